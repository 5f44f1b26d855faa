// The window's File ▸ Back Up Now, File ▸ Restore…, the daily backup on close and Help ▸ Open Demo Data.

#include "core/service/datapaths.h"
#include "core/store/backupmanager.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/charts/progressview.h"
#include "ui/charts/progresswindow.h"
#include "ui/shell/restoredialog.h"
#include "ui/week/weekbanner.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>

#include "tests/ui/uitest.h"
#include <algorithm>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Every row of every table of the file at path, in a stable order, for comparing two files' data. */
QStringList dataOf(const QString &path)
{
    static int s_counter = 0;
    const QString name = QStringLiteral("test-data-of-%1").arg(++s_counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return { QStringLiteral("cannot open") };
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name != 'file_identity' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            while (q.next()) {
                QStringList values{ table };
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

class DataSafetyTest : public UiTest
{
protected:
    /** Ticks the first stretch of the week (saved at once, no editor) and returns its id. */
    qint64 tickFirstStretch(MainWindow &window)
    {
        auto *stretch = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
        const qint64 id = stretch->property("sessionId").toLongLong();
        QTest::mouseClick(stretch, Qt::LeftButton);
        return id;
    }

    bool isDone(MainWindow &window, qint64 id)
    {
        auto stored = LogRepository(window.database()).completion(id);
        return stored.ok() && stored->has_value();
    }
};

} // namespace

TEST_F(DataSafetyTest, BackUpNowSaysInTheStatusBarWhereTheBackupWent)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    QAction *backup = action(QStringLiteral("backupNowAction"));
    ASSERT_TRUE(backup);
    ASSERT_TRUE(backup->isEnabled());
    backup->trigger();

    const auto backups = BackupManager(m_dir.path()).backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupManager::Reason::Manual);
    EXPECT_EQ(window.statusBar()->currentMessage(),
        QStringLiteral("Backed up to %1").arg(QDir::toNativeSeparators(backups.first().path)));
    EXPECT_TRUE(backups.first().path.startsWith(QFileInfo(m_dir.path()).absolutePath() + QStringLiteral("/backups/")));
    EXPECT_EQ(dataOf(backups.first().path), dataOf(m_dir.path())) << "the backup holds the data as it is";
}

TEST_F(DataSafetyTest, BackUpNowWorksOnAReadOnlyDatabase)
{
    seedPlannedWeek();
    MainWindow &window = openWindow(Database::Mode::ReadOnly);
    ASSERT_TRUE(window.database().isReadOnly());
    QAction *backup = action(QStringLiteral("backupNowAction"));
    ASSERT_TRUE(backup->isEnabled());
    backup->trigger();
    const auto backups = BackupManager(m_dir.path()).backups();
    ASSERT_EQ(backups.size(), 1) << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to")));
}

TEST_F(DataSafetyTest, BackUpNowFailureIsShownPlainly)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    // A file where the backups folder should be: the folder cannot be made.
    writeAll(QFileInfo(m_dir.path()).absolutePath() + QStringLiteral("/backups"), "in the way");
    m_prompts.answer(QMessageBox::Ok);
    action(QStringLiteral("backupNowAction"))->trigger();
    EXPECT_TRUE(m_prompts.lastText().startsWith(QStringLiteral("Not backed up: Cannot create the backup folder")))
        << m_prompts.lastText().toStdString();
    EXPECT_EQ(window.statusBar()->currentMessage(), m_prompts.lastText());
}

TEST_F(DataSafetyTest, RestoreBringsBackTheBackupAndForgetsTheUndoHistory)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.viewActions()
        .showProgress(); // the Progress view holds the database too: it must be rebuilt on the restored file
    ProgressWindow *progress = window.viewActions().progressWindow();
    ASSERT_TRUE(progress && progress->view());
    const QPointer<QWidget> oldProgress = progress->view();
    action(QStringLiteral("backupNowAction"))->trigger();
    const QString backupPath = BackupManager(m_dir.path()).backups().first().path;
    const QStringList before = dataOf(backupPath);

    const qint64 stretchId = tickFirstStretch(window);
    ASSERT_TRUE(isDone(window, stretchId));
    ASSERT_EQ(window.undoStack().count(), 1);
    const QStringList ticked = dataOf(m_dir.path());
    ASSERT_NE(ticked, before);

    QAction *restore = action(QStringLiteral("restoreAction"));
    ASSERT_TRUE(restore->isEnabled());
    restore->trigger();
    auto *dialog = waitFor<RestoreDialog>(QStringLiteral("restoreDialog"));
    ASSERT_TRUE(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupsListWidget"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->currentRow(), 0) << "the newest backup is chosen";
    EXPECT_TRUE(list->item(0)->text().endsWith(QStringLiteral("made with Back Up Now")))
        << list->item(0)->text().toStdString();
    m_prompts.answer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restorePushButton")), Qt::LeftButton);
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("Your current data is kept as a backup first")));

    EXPECT_FALSE(isDone(window, stretchId)) << "the tick made after the backup is gone";
    auto *stretch = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
    EXPECT_FALSE(stretch->isChecked()) << "and the week shown says so";
    EXPECT_EQ(window.undoStack().count(), 0) << "the undo history referred to the replaced data";
    EXPECT_EQ(dataOf(m_dir.path()), before) << "the file holds exactly the backup's data";
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored from")));

    const auto backups = BackupManager(m_dir.path()).backups();
    ASSERT_EQ(backups.size(), 2);
    const auto kept = std::find_if(backups.cbegin(), backups.cend(),
        [](const BackupManager::Backup &b) { return b.reason == BackupManager::Reason::BeforeRestore; });
    ASSERT_NE(kept, backups.cend());
    EXPECT_EQ(dataOf(kept->path), ticked) << "the data as it was before the restore is kept";

    // The window works on the restored file: a new tick is saved, and the Progress view reads the new file.
    tickFirstStretch(window);
    EXPECT_TRUE(isDone(window, stretchId));
    EXPECT_FALSE(oldProgress) << "the Progress view on the old database is gone";
    ASSERT_TRUE(qobject_cast<ProgressView *>(progress->view())) << "and a new one reads the restored file";
    progress->view()->refresh();
}

TEST_F(DataSafetyTest, ARefusedRestoreLeavesTheWindowOnItsOwnData)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    const qint64 stretchId = tickFirstStretch(window);
    ASSERT_TRUE(isDone(window, stretchId));
    const QStringList before = dataOf(m_dir.path());
    const int undoSteps = window.undoStack().count();
    ASSERT_GT(undoSteps, 0);

    const QString other = m_dir.path(QStringLiteral("notes.db"));
    writeAll(other, QByteArray("These are my running notes, not a database.\n").repeated(200));
    m_prompts.file(other);
    action(QStringLiteral("restoreAction"))->trigger();
    auto *dialog = waitFor<RestoreDialog>(QStringLiteral("restoreDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("noBackupsLabel"))->isVisible());
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("restorePushButton"))->isEnabled());
    m_prompts.answerAll(QMessageBox::Yes); // "Restore?" then the warning
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("otherFilePushButton")), Qt::LeftButton);

    const auto opened = std::find_if(m_prompts.asked().cbegin(), m_prompts.asked().cend(),
        [](const Prompt::Request &r) { return r.kind == Prompt::Kind::OpenFile; });
    ASSERT_NE(opened, m_prompts.asked().cend());
    const QString askedIn = opened->path;
    EXPECT_EQ(askedIn, BackupManager(m_dir.path()).folder());
    EXPECT_TRUE(m_prompts.lastText().startsWith(QStringLiteral("Not restored:"))) << m_prompts.lastText().toStdString();
    EXPECT_TRUE(m_prompts.lastText().contains(QDir::toNativeSeparators(other)));
    EXPECT_TRUE(m_prompts.lastText().endsWith(QStringLiteral("Your data was left as it was.")));
    EXPECT_EQ(window.statusBar()->currentMessage(), m_prompts.lastText());
    EXPECT_EQ(dataOf(m_dir.path()), before);
    EXPECT_EQ(window.undoStack().count(), undoSteps) << "a refused restore keeps the undo history";
    EXPECT_TRUE(isDone(window, stretchId));
    EXPECT_TRUE(window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first()->isChecked());

    // Still working: the tick can be taken back and it is saved.
    tickFirstStretch(window);
    EXPECT_FALSE(isDone(window, stretchId));
}

TEST_F(DataSafetyTest, RestoreDialogListsBackupsNewestFirstInPlainWords)
{
    seedPlannedWeek();
    auto db = openDb(m_dir.path());
    BackupManager manager(m_dir.path());
    const QDateTime older(QDate(2026, 11, 20), QTime(7, 15));
    const QDateTime newer(QDate(2026, 11, 24), QTime(21, 40));
    ASSERT_TRUE(manager.backupNow(*db, older, BackupManager::Reason::Daily).ok());
    ASSERT_TRUE(manager.backupNow(*db, newer, BackupManager::Reason::Manual).ok());
    db.reset();

    RestoreDialog dialog(manager.backups(), manager.folder());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("backupsListWidget"));
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Tuesday 24 November 2026, 21:40 · made with Back Up Now"));
    EXPECT_EQ(list->item(1)->text(), QStringLiteral("Friday 20 November 2026, 07:15 · daily backup"));
    EXPECT_FALSE(list->accessibleName().isEmpty());

    list->setCurrentRow(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restorePushButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.chosenPath(), manager.backups().at(1).path);

    if (!qEnvironmentVariableIsEmpty("STRIDEWISE_SHOTS_DIR")) {
        const QString folder = qEnvironmentVariable("STRIDEWISE_SHOTS_DIR");
        QDir().mkpath(folder);
        RestoreDialog shown(manager.backups(), manager.folder());
        shown.show();
        QApplication::processEvents();
        EXPECT_TRUE(shown.grab().save(folder + QStringLiteral("/restore-dialog.png")));
        RestoreDialog none({}, manager.folder());
        none.show();
        QApplication::processEvents();
        EXPECT_TRUE(none.grab().save(folder + QStringLiteral("/restore-dialog-empty.png")));
    }
}

TEST_F(DataSafetyTest, FileAndHelpMenusOfferTheDataActions)
{
    MainWindow &window = openWindow();
    auto *file = find<QMenu>(QStringLiteral("fileMenu"));
    ASSERT_TRUE(file);
    QStringList names;
    for (QAction *a : file->actions())
        names << a->objectName();
    EXPECT_EQ(names,
        QStringList({ QStringLiteral("backupNowAction"), QStringLiteral("restoreAction"), QString(),
            QStringLiteral("quitAction") }));
    EXPECT_TRUE(find<QMenu>(QStringLiteral("helpMenu"))->actions().contains(action(QStringLiteral("openDemoAction"))));

    if (!qEnvironmentVariableIsEmpty("STRIDEWISE_SHOTS_DIR")) {
        const QString folder = qEnvironmentVariable("STRIDEWISE_SHOTS_DIR");
        QDir().mkpath(folder);
        for (QMenu *menu : { file, find<QMenu>(QStringLiteral("helpMenu")) }) {
            menu->popup(window.mapToGlobal(QPoint(10, 30)));
            QApplication::processEvents();
            EXPECT_TRUE(menu->grab().save(folder + QStringLiteral("/%1.png").arg(menu->objectName())));
            menu->close();
        }
    }
}

TEST_F(DataSafetyTest, ClosingMakesTheDailyBackupAndNeverWaitsOnAFailure)
{
    seedPlannedWeek();
    openWindow();
    closeWindow();
    const auto backups = BackupManager(m_dir.path()).backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupManager::Reason::Daily);
    EXPECT_EQ(dataOf(backups.first().path), dataOf(m_dir.path()));

    // Once a day: closing again the same day makes no second one.
    openWindow();
    closeWindow();
    EXPECT_EQ(BackupManager(m_dir.path()).backups().size(), 1);
}

TEST_F(DataSafetyTest, AFailedBackupOnCloseStillCloses)
{
    seedPlannedWeek();
    writeAll(QFileInfo(m_dir.path()).absolutePath() + QStringLiteral("/backups"), "in the way");
    MainWindow &window = openWindow();
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(window.findChild<QWidget *>(QStringLiteral("messageBox"))) << "nothing asks anything on the way out";
}

TEST_F(DataSafetyTest, OpenDemoDataFillsASeparateFileAndOpensItInANewWindow)
{
    const QString demo = DataActions::demoDatabasePath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(demo + suffix);
    seedPlannedWeek();
    MainWindow &window = openWindow();
    const QByteArray ownBytes = readAll(m_dir.path());
    const QStringList ownData = dataOf(m_dir.path());

    QString program;
    QStringList arguments;
    int launches = 0;
    window.dataActions().setProcessLauncher([&](const QString &p, const QStringList &a) {
        program = p;
        arguments = a;
        ++launches;
        return true;
    });
    QAction *open = action(QStringLiteral("openDemoAction"));
    ASSERT_TRUE(open && open->isEnabled());
    open->trigger();

    ASSERT_EQ(launches, 1) << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(program, QCoreApplication::applicationFilePath());
    EXPECT_EQ(arguments, QStringList({ QStringLiteral("--db"), demo, QStringLiteral("--demo") }));
    EXPECT_EQ(QFileInfo(demo).absolutePath(), DataPaths::dataFolder()) << "beside the runner's own file, never in it";
    EXPECT_NE(QFileInfo(demo).absoluteFilePath(), QFileInfo(window.database().path()).absoluteFilePath());
    {
        auto filled = Database::open(demo, Database::Mode::ReadOnly);
        ASSERT_TRUE(filled.ok()) << filled.message().toStdString();
        auto mondays = PlanRepository(*filled.value()).plannedMondays(m_monday.addDays(-7 * 40), m_monday);
        ASSERT_TRUE(mondays.ok());
        EXPECT_EQ(mondays->size(), 26) << "half a year of plans ending this week";
        EXPECT_EQ(mondays->last(), m_monday);
        auto pain = LogRepository(*filled.value()).painBetween(m_monday.addDays(-7 * 26), m_today);
        ASSERT_TRUE(pain.ok());
        EXPECT_GT(pain->size(), 100) << "a daily back-pain log";
    }
    EXPECT_EQ(readAll(m_dir.path()), ownBytes) << "the runner's own file is not touched";
    EXPECT_EQ(dataOf(m_dir.path()), ownData);

    // A second time the demo file exists: it is opened as it is, not filled again.
    const QStringList demoData = dataOf(demo);
    open->trigger();
    EXPECT_EQ(launches, 2);
    EXPECT_EQ(dataOf(demo), demoData);

    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(demo + suffix);
}

TEST_F(DataSafetyTest, ADemoWindowSaysItShowsDemoData)
{
    MainWindow &window = openWindow();
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("demo data")));
    window.setDemoData(true);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo data"))) << window.windowTitle().toStdString();
    auto *label = find<QLabel>(QStringLiteral("demoDataLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->isVisible());
    EXPECT_FALSE(action(QStringLiteral("openDemoAction"))->isEnabled()) << "a demo window does not open itself again";
    window.planActions().nextWeekAction()->trigger();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo data"))) << "on every week";
}
