#include "ui/shell/mainwindow.h"

// The window's data safety (issue 6) and demo data (issue 5): File ▸ Back Up Now, File ▸ Restore…, the daily
// backup on close and Help ▸ Open Demo Data. Backups, restores and demo data are core's (BackupManager,
// DemoData); this file only asks, shows and lets go of the database while it is swapped.

#include "core/service/demodata.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/lock.h"
#include "ui/log/todaypanel.h"
#include "ui/shell/prompt.h"
#include "ui/shell/restoredialog.h"
#include "ui/week/sessionpanel.h"
#include "ui/week/weekmodel.h"
#include "ui/week/weekview.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace Stridewise {

MainWindow::ProcessLauncher MainWindow::s_processLauncher;

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

/** A failure the runner asked about: said in a box and left in the status bar, where it can be read again. */
void showProblem(QMainWindow *window, const QString &title, const QString &message)
{
    window->statusBar()->showMessage(message);
    MessageBox::warning(window, title, message);
}

} // namespace

void MainWindow::createDataActions()
{
    m_backupNowAction = new QAction(tr("&Back Up Now"), this);
    m_backupNowAction->setObjectName(QStringLiteral("backupNowAction"));
    m_backupNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupNowAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_backupNowAction->setStatusTip(tr("Keep a copy of your data as it is now in the backups folder"));
    connect(m_backupNowAction, &QAction::triggered, this, &MainWindow::backUpNow);

    m_restoreAction = new QAction(tr("&Restore…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Go back to your data as it was when a backup was made"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);

    m_openDemoAction = new QAction(tr("Open &Demo Data"), this);
    m_openDemoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_openDemoAction->setStatusTip(
        tr("Look around with half a year of made-up training in a separate window; your own data is not touched"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoData);
}

QString MainWindow::demoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.db"));
}

void MainWindow::setProcessLauncher(ProcessLauncher launcher)
{
    s_processLauncher = std::move(launcher);
}

void MainWindow::setDemoData(bool demo)
{
    m_demo = demo;
    m_openDemoAction->setEnabled(!demo);
    if (demo && !m_demoLabel) {
        m_demoLabel = new QLabel(tr("Demo data: made up, to look around. Your own data is in another file."), this);
        m_demoLabel->setObjectName(QStringLiteral("demoDataLabel"));
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    if (m_demoLabel)
        m_demoLabel->setVisible(demo);
    updateTitle();
}

void MainWindow::backUpNow()
{
    if (!m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A copy only reads the database, so this works on a read-only file too (the backups folder must be writable).
    auto made =
        BackupManager(m_db->path()).backupNow(*m_db, QDateTime::currentDateTime(), BackupManager::Reason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        const QString message = tr("Not backed up: %1").arg(made.message());
        showProblem(this, tr("Not Backed Up"), message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value())));
}

void MainWindow::restoreBackup()
{
    if (!m_db || m_db->isReadOnly())
        return;
    const BackupManager manager(m_db->path());
    auto *dialog = new RestoreDialog(manager.backups(), manager.folder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->chosenPath();
        const auto answer = MessageBox::question(this, tr("Restore?"),
            tr("Replace your data with %1?\n\nYour current data is kept as a backup first, so File ▸ Restore… can "
               "bring it back.")
                .arg(dialog->chosenDescription()));
        if (answer == QMessageBox::Yes)
            restoreFrom(path);
    });
    dialog->open();
}

bool MainWindow::restoreFrom(const QString &path)
{
    if (!m_db || m_db->isReadOnly())
        return false;
    const QDate monday = shownMonday();
    BackupManager manager(m_db->path());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    detachDatabase();
    auto restored = manager.restoreAndReopen(m_db, path, QDateTime::currentDateTime());
    if (!m_db) {
        // Neither the restored file nor the original opens: nothing here can work any more.
        QApplication::restoreOverrideCursor();
        MessageBox::warning(this, tr("Stridewise Cannot Open Your Data"),
            tr("%1\n\nStridewise closes now. Start it again to be offered the newest good backup.")
                .arg(restored.message()));
        close();
        return false;
    }
    attachDatabase(monday);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        const QString message = tr("Not restored: %1 Your data was left as it was.").arg(restored.message());
        showProblem(this, tr("Not Restored"), message);
        return false;
    }
    m_undoStack.clear(); // its commands refer to rows of the data that was replaced
    const QString kept = restored->keptAs.isEmpty()
        ? tr("Restored from %1.").arg(QDir::toNativeSeparators(path))
        : tr("Restored from %1. Your data as it was before is kept as %2.")
              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(restored->keptAs));
    statusBar()->showMessage(kept);
    return true;
}

void MainWindow::detachDatabase()
{
    // The database is about to be closed and replaced: nothing may keep a reference to it. The Progress view
    // goes first (its destructor waits for its loading threads), then the models and panels. The undo commands
    // act through the model, so they stay until the restore succeeds (a refused one reopens the same rows).
    if (m_progressDock) {
        if (QWidget *view = m_progressDock->widget()) {
            m_progressDock->setWidget(nullptr);
            delete view;
        }
    }
    m_sessionPanel->setSession(std::nullopt);
    m_model->setDatabase(nullptr);
    m_todayPanel->setDatabase(nullptr);
}

void MainWindow::attachDatabase(QDate monday)
{
    m_model->setDatabase(m_db.get());
    m_todayPanel->setDatabase(m_db.get());
    m_todayPanel->setEditable(m_model->isEditable());
    if (m_progressDock && m_progressFactory)
        m_progressDock->setWidget(m_progressFactory(*m_db, m_today, m_progressDock));
    m_lastFailure.clear();
    showWeek(monday);
    m_sessionPanel->setSession(selectedSession());
    updateActions();
}

void MainWindow::backupOnClose()
{
    // Nothing can have changed in a read-only window; a failure is reported but never keeps the window open.
    if (!m_db || m_db->isReadOnly())
        return;
    if (auto made = BackupManager(m_db->path()).backupIfDue(*m_db, QDateTime::currentDateTime()); !made)
        qWarning("stridewise: the daily backup was not made: %s", qPrintable(made.message()));
}

void MainWindow::openDemoData()
{
    const QString path = demoDatabasePath();
    if (m_demo || (m_db && sameFile(m_db->path(), path))) {
        statusBar()->showMessage(tr("This window already shows the demo data."), 6000);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    Result<void> filled;
    {
        // Held while filling, so a demo window already open on the file is never written to behind its back.
        auto lock = DatabaseLock::acquire(path);
        if (!lock && lock.kind() == ErrorKind::Locked) {
            statusBar()->showMessage(tr("The demo data is already open in another window."), 8000);
            return;
        }
        statusBar()->showMessage(tr("Making demo data: half a year of plans, ticks and back-pain logs…"));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the message before the work
        filled = fillDemoDatabase(path, m_today);
        QApplication::restoreOverrideCursor();
    }
    if (!filled) {
        const QString message = tr("The demo data could not be made: %1").arg(filled.message());
        showProblem(this, tr("No Demo Data"), message);
        return;
    }
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments{ QStringLiteral("--db"), path, QStringLiteral("--demo") };
    const bool started =
        s_processLauncher ? s_processLauncher(program, arguments) : QProcess::startDetached(program, arguments);
    if (!started) {
        const QString message = tr("The demo data is ready in %1, but a new window could not be started.")
                                    .arg(QDir::toNativeSeparators(path));
        showProblem(this, tr("No Demo Data"), message);
        return;
    }
    statusBar()->showMessage(tr("Opening the demo data in a new window."), 8000);
}

} // namespace Stridewise
