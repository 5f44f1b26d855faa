#include "ui/document/dataactions.h"

#include "core/service/databaseopener.h"
#include "core/service/datapaths.h"
#include "core/service/demodata.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/lock.h"
#include "ui/document/plandocument.h"
#include "ui/shell/prompt.h"
#include "ui/shell/restoredialog.h"
#include "ui/widgets/activitystyle.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace Stridewise {

namespace {

constexpr int kDemoWeeks = 26; ///< half a year ending this week: enough for every chart range but "all"
constexpr quint64 kDemoSeed = 2026; ///< fixed, so every runner sees the same believable half-year

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::MainWindow", text);
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

/** Fills the demo file unless it already holds data (a demo file made earlier is opened as it is). */
Result<void> fillDemoDatabase(const QString &path, QDate today)
{
    OpenOptions openOptions;
    openOptions.now = QDateTime::currentDateTime(); // names the backup if a demo file from an older version is updated
    auto db = Database::open(path, Database::Mode::ReadWrite, openOptions);
    if (!db)
        return db.error();
    if (db.value()->isReadOnly()) {
        return Result<void>::failure(ErrorKind::ReadOnly,
            tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), db.value()->readOnlyReason()));
    }
    DemoOptions options;
    options.weeks = kDemoWeeks;
    options.seed = kDemoSeed;
    options.today = today;
    auto filled = DemoData(*db.value()).fill(options);
    if (!filled && filled.kind() != ErrorKind::Conflict)
        return filled.error();
    return {};
}

} // namespace

DataActions::DataActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_backupNow = new QAction(tr("&Back Up Now"), this);
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    m_backupNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupNow->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::Backup));
    m_backupNow->setStatusTip(tr("Keep a copy of your data as it is now in the backups folder"));
    connect(m_backupNow, &QAction::triggered, this, &DataActions::backUpNow);

    m_restore = new QAction(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("Go back to your data as it was when a backup was made"));
    connect(m_restore, &QAction::triggered, this, &DataActions::restoreBackup);

    m_openDemo = new QAction(tr("Open &Demo Data"), this);
    m_openDemo->setObjectName(QStringLiteral("openDemoAction"));
    m_openDemo->setStatusTip(
        tr("Look around with half a year of made-up training in a separate window; your own data is not touched"));
    connect(m_openDemo, &QAction::triggered, this, &DataActions::openDemoData);

    connect(&m_document, &PlanDocument::databaseReplaced, this, &DataActions::updateActions);
    updateActions();
}

QString DataActions::demoDatabasePath()
{
    return DataPaths::demoDatabasePath();
}

void DataActions::setDemoData(bool demo)
{
    m_demo = demo;
    updateActions();
}

void DataActions::updateActions()
{
    // A backup only reads, so it works read-only; a restore replaces the file, so it needs write access.
    m_backupNow->setEnabled(m_document.hasDatabase());
    m_restore->setEnabled(m_document.isEditable());
    m_openDemo->setEnabled(!m_demo);
}

void DataActions::showProblem(const QString &title, const QString &text)
{
    emit message(text, 0);
    Prompt::warning(m_window, title, text);
}

void DataActions::backUpNow()
{
    if (!m_document.hasDatabase())
        return;
    Database &db = m_document.database();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A copy only reads the database, so this works on a read-only file too (the backups folder must be writable).
    auto made = BackupManager(db.path()).backupNow(db, QDateTime::currentDateTime(), BackupManager::Reason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        showProblem(tr("Not Backed Up"), tr("Not backed up: %1").arg(made.message()));
        return;
    }
    emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value())), 0);
}

void DataActions::restoreBackup()
{
    if (!m_document.isEditable())
        return;
    const BackupManager manager(m_document.database().path());
    auto *dialog = new RestoreDialog(manager.backups(), manager.folder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->chosenPath();
        const auto answer = Prompt::question(m_window, tr("Restore?"),
            tr("Replace your data with %1?\n\nYour current data is kept as a backup first, so File ▸ Restore… can "
               "bring it back.")
                .arg(dialog->chosenDescription()));
        if (answer == QMessageBox::Yes)
            restoreFrom(path);
    });
    dialog->open();
}

bool DataActions::restoreFrom(const QString &path)
{
    if (!m_document.isEditable())
        return false;
    BackupManager manager(m_document.database().path());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<Result<BackupManager::Restored>> restored;
    m_document.replaceDatabase([&](std::unique_ptr<Database> &db) {
        restored = manager.restoreAndReopen(db, path, QDateTime::currentDateTime());
    });
    QApplication::restoreOverrideCursor();
    if (!m_document.hasDatabase()) {
        // Neither the restored file nor the original opens: nothing here can work any more.
        Prompt::warning(m_window, tr("Stridewise Cannot Open Your Data"),
            tr("%1\n\nStridewise closes now. Start it again to be offered the newest good backup.")
                .arg(restored->message()));
        m_window->close();
        return false;
    }
    if (!*restored) {
        showProblem(tr("Not Restored"), tr("Not restored: %1 Your data was left as it was.").arg(restored->message()));
        return false;
    }
    m_document.undoStack()->clear(); // its commands refer to rows of the data that was replaced
    const QString keptAs = (*restored)->keptAs;
    emit message(keptAs.isEmpty() ? tr("Restored from %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("Restored from %1. Your data as it was before is kept as %2.")
                                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(keptAs)),
        0);
    return true;
}

void DataActions::backupOnClose()
{
    // Nothing can have changed in a read-only window; a failure is reported but never keeps the window open.
    if (!m_document.isEditable())
        return;
    waitForBackup(); // closed twice: one backup at a time
    const QString path = m_document.database().path();
    const QDateTime now = QDateTime::currentDateTime();
    // Every change is committed before the window closes, and a connection of its own sees every commit (WAL).
    m_closeBackup.reset(QThread::create([path, now] {
        if (auto made = DatabaseOpener::backupIfDue(path, now); !made)
            qWarning("stridewise: the daily backup was not made: %s", qPrintable(made.message()));
    }));
    m_closeBackup->start();
}

void DataActions::waitForBackup()
{
    if (m_closeBackup)
        m_closeBackup->wait();
}

DataActions::~DataActions()
{
    waitForBackup();
}

void DataActions::openDemoData()
{
    const QString path = demoDatabasePath();
    if (m_demo || (m_document.hasDatabase() && sameFile(m_document.database().path(), path))) {
        emit message(tr("This window already shows the demo data."), 6000);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<void> filled;
    {
        // Held while filling, so a demo window already open on the file is never written to behind its back.
        auto lock = DatabaseLock::acquire(path);
        if (!lock && lock.kind() == ErrorKind::Locked) {
            emit message(tr("The demo data is already open in another window."), 8000);
            return;
        }
        emit message(tr("Making demo data: half a year of plans, ticks and back-pain logs…"), 0);
        QApplication::setOverrideCursor(Qt::BusyCursor);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the message before the work
        filled = fillDemoDatabase(path, m_document.today());
        QApplication::restoreOverrideCursor();
    }
    if (!filled) {
        showProblem(tr("No Demo Data"), tr("The demo data could not be made: %1").arg(filled.message()));
        return;
    }
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments{ QStringLiteral("--db"), path, QStringLiteral("--demo") };
    const bool started = m_launch ? m_launch(program, arguments) : QProcess::startDetached(program, arguments);
    if (!started) {
        showProblem(tr("No Demo Data"),
            tr("The demo data is ready in %1, but a new window could not be started.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit message(tr("Opening the demo data in a new window."), 8000);
}

} // namespace Stridewise
