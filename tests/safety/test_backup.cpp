// Issue 6.3, rolling backups: consistent copies, daily when changed, before a migration, pruning, restore.
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include "tests/safety/safetysupport.h"
#include "tests/safety/slowmigration.h"
#include "tests/support/testdb.h"
#include <iostream>
#include <sys/stat.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

void logPain(Database &db, QDate date, int score)
{
    PainEntry e;
    e.date = date;
    e.score = score;
    e.note = QStringLiteral("note for %1").arg(date.toString(Qt::ISODate));
    ASSERT_TRUE(LogRepository(db).logPain(e).ok());
}

QSet<QString> dates(const QList<BackupManager::Backup> &list)
{
    QSet<QString> out;
    for (const auto &b : list)
        out.insert(b.time.date().toString(Qt::ISODate));
    return out;
}

QList<BackupManager::Backup> dailyFrom(QDate first, QDate last)
{
    QList<BackupManager::Backup> list;
    for (QDate d = first; d <= last; d = d.addDays(1))
        list << BackupManager::Backup{QStringLiteral("/b/%1").arg(d.toString(Qt::ISODate)), QDateTime(d, QTime(9, 0)),
                                      BackupManager::Reason::Daily};
    return list;
}

} // namespace

TEST(Backups, PruningKeepsSevenDailyFourWeeklyAndSixMonthly)
{
    const QDate today(2026, 11, 25); // a Wednesday
    const auto all = dailyFrom(QDate(2026, 1, 1), today);
    QSet<QString> kept = dates(all);
    kept.subtract(dates(BackupManager::toPrune(all, today)));
    const QSet<QString> expected{
        // 7 daily
        QStringLiteral("2026-11-25"), QStringLiteral("2026-11-24"), QStringLiteral("2026-11-23"), QStringLiteral("2026-11-22"),
        QStringLiteral("2026-11-21"), QStringLiteral("2026-11-20"), QStringLiteral("2026-11-19"),
        // 4 weekly: W48 and W47 are among the daily ones; W46 and W45 end on these Sundays
        QStringLiteral("2026-11-15"), QStringLiteral("2026-11-08"),
        // 6 monthly: November is among the daily ones
        QStringLiteral("2026-10-31"), QStringLiteral("2026-09-30"), QStringLiteral("2026-08-31"), QStringLiteral("2026-07-31"),
        QStringLiteral("2026-06-30")};
    EXPECT_EQ(kept, expected);
}

TEST(Backups, PruningAfterALongBreakKeepsTheLastBackupsAndNothingFromTheFuture)
{
    // The runner stopped in March and comes back in November: March's backups are still the newest they have.
    auto all = dailyFrom(QDate(2026, 3, 1), QDate(2026, 3, 20));
    all << BackupManager::Backup{QStringLiteral("/b/future"), QDateTime(QDate(2027, 1, 1), QTime(9, 0)), BackupManager::Reason::Daily};
    const auto dropped = dates(BackupManager::toPrune(all, QDate(2026, 11, 25)));
    for (int day = 14; day <= 20; ++day)
        EXPECT_FALSE(dropped.contains(QStringLiteral("2026-03-%1").arg(day))) << day;
    EXPECT_FALSE(dropped.contains(QStringLiteral("2027-01-01")));
    EXPECT_TRUE(dropped.contains(QStringLiteral("2026-03-02")));
}

TEST(Backups, PruningKeepsBeforeRestoreAndBeforeUpdateBackupsForThirtyDays)
{
    // The reported case: yesterday's restore was kept as a before-restore backup at 08:00, the daily backup at
    // 20:00 was that day's newest, and today's daily backup pruned the before-restore one.
    const QDate today(2026, 11, 25);
    auto all = dailyFrom(QDate(2026, 1, 1), today);
    for (auto &b : all)
        b.time.setTime(QTime(20, 0));
    const auto dailyKept = dates(all).subtract(dates(BackupManager::toPrune(all, today)));
    const auto safety = [](QDate date, BackupManager::Reason reason) {
        return BackupManager::Backup{
            QStringLiteral("/b/%1-%2").arg(date.toString(Qt::ISODate), BackupManager::reasonName(reason)),
            QDateTime(date, QTime(8, 0)), reason
        };
    };
    const auto beforeRestore = safety(today.addDays(-1), BackupManager::Reason::BeforeRestore);
    const auto beforeUpdate = safety(today.addDays(-29), BackupManager::Reason::BeforeUpdate);
    const auto oldBeforeRestore = safety(today.addDays(-30), BackupManager::Reason::BeforeRestore);
    const auto oldBeforeUpdate = safety(today.addDays(-45), BackupManager::Reason::BeforeUpdate);
    all << beforeRestore << beforeUpdate << oldBeforeRestore << oldBeforeUpdate;

    QSet<QString> dropped;
    QList<BackupManager::Backup> droppedDaily;
    for (const auto &b : BackupManager::toPrune(all, today)) {
        dropped.insert(b.path);
        if (b.reason == BackupManager::Reason::Daily)
            droppedDaily << b;
    }
    EXPECT_FALSE(dropped.contains(beforeRestore.path));
    EXPECT_FALSE(dropped.contains(beforeUpdate.path));
    // From 30 days on they are backups like any other, and these are not the newest of any kept period.
    EXPECT_TRUE(dropped.contains(oldBeforeRestore.path));
    EXPECT_TRUE(dropped.contains(oldBeforeUpdate.path));
    // Keeping them costs no daily, weekly or monthly backup its place.
    QSet<QString> keptDaily = dates(dailyFrom(QDate(2026, 1, 1), today));
    keptDaily.subtract(dates(droppedDaily));
    EXPECT_EQ(keptDaily, dailyKept);
}

TEST(Backups, PruneDeletesOnlyThisDatabasesDroppedFiles)
{
    TempDir dir;
    BackupManager backups(dir.path());
    ASSERT_TRUE(QDir().mkpath(backups.folder()));
    for (const auto &b : dailyFrom(QDate(2026, 9, 1), QDate(2026, 11, 25)))
        writeAll(QDir(backups.folder()).filePath(QStringLiteral("stridewise-%1-daily.db").arg(b.time.toString(QStringLiteral("yyyy-MM-dd-HHmmss")))), "x");
    writeAll(QDir(backups.folder()).filePath(QStringLiteral("other-2026-09-01-090000-daily.db")), "x");
    writeAll(QDir(backups.folder()).filePath(QStringLiteral("holiday photos.txt")), "x");
    auto removed = backups.prune(QDate(2026, 11, 25));
    ASSERT_TRUE(removed.ok()) << removed.message().toStdString();
    EXPECT_EQ(backups.backups().size(), 7 + 2 + 2); // 7 days, W46 and W45, October and September
    EXPECT_EQ(*removed, 86 - 11);
    EXPECT_TRUE(QFile::exists(QDir(backups.folder()).filePath(QStringLiteral("other-2026-09-01-090000-daily.db"))));
    EXPECT_TRUE(QFile::exists(QDir(backups.folder()).filePath(QStringLiteral("holiday photos.txt"))));
}

TEST(Backups, DailyBackupAtMostOnceADayAndOnlyWhenTheDataChanged)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    BackupManager backups(dir.path());
    const QDateTime day1(QDate(2026, 11, 23), QTime(8, 0));
    EXPECT_TRUE(backups.mayBeDue(day1)) << "no backup yet: only the data can tell";
    auto none = backups.backupIfDue(*db, day1);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty()) << "an empty database needs no backup";

    logPain(*db, QDate(2026, 11, 22), 3);
    auto first = backups.backupIfDue(*db, day1);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    ASSERT_FALSE(first->isEmpty());
    // In this database's own folder, stamped in UTC (issue 16.9).
    EXPECT_TRUE(first->endsWith(QStringLiteral("backups/stridewise.db/stridewise-%1Z-daily.db")
                                    .arg(day1.toUTC().toString(QStringLiteral("yyyy-MM-dd-HHmmss")))))
        << first->toStdString();
    // The backup's own time is a minute back, so a write now is surely later (file times can be coarse).
    {
        QFile f(*first);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    }
    logPain(*db, QDate(2026, 11, 23), 4);
    // mayBeDue (a start's check without opening the file) never says no where a backup is due (issue 15).
    EXPECT_FALSE(backups.mayBeDue(day1.addSecs(3600)));
    EXPECT_TRUE(backups.backupIfDue(*db, day1.addSecs(3600))->isEmpty()) << "one a day";
    EXPECT_TRUE(backups.mayBeDue(day1.addDays(1)));
    auto second = backups.backupIfDue(*db, day1.addDays(1));
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->isEmpty()) << "a new day and changed data";
    {
        QFile f(*second);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    }
    EXPECT_FALSE(backups.mayBeDue(day1.addDays(2)));
    EXPECT_TRUE(backups.backupIfDue(*db, day1.addDays(2))->isEmpty()) << "nothing changed since";
    EXPECT_EQ(backups.backups().size(), 2);
}

TEST(Backups, BackupIsAConsistentCheckedCopyEvenWhileTheLogHoldsTheData)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    // Two years of a runner's data, written without waiting for the disk (only this fixture).
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("test")).ok());
    QElapsedTimer timer;
    timer.start();
    PlanRepository plans(*db);
    for (int week = 0; week < 104; ++week) {
        Week w;
        w.monday = QDate(2024, 12, 2).addDays(7 * week);
        for (int i = 0; i < 14; ++i) {
            PlannedSession s;
            s.date = w.monday.addDays(i / 2);
            s.timeOfDay = i % 2 ? TimeOfDay::Evening : TimeOfDay::Morning;
            s.activity = i % 3 ? Activity::Stretch : Activity::Run;
            s.minutes = 10 + i;
            s.rpe = i % 11;
            s.title = QStringLiteral("Session %1").arg(i);
            s.reason = QStringLiteral("A reason that is about as long as the real ones are, give or take.");
            w.sessions << s;
        }
        auto saved = plans.saveWeek(w);
        ASSERT_TRUE(saved.ok());
        for (int i = 0; i < 10; ++i) {
            Completion c;
            c.sessionId = saved->sessions.at(i).id;
            c.minutes = 20;
            c.rpe = 5;
            c.pain = 2;
            ASSERT_TRUE(LogRepository(*db).complete(c).ok());
        }
        for (int d = 0; d < 7; ++d)
            logPain(*db, w.monday.addDays(d), (week + d) % 11);
    }
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("test")).ok());
    const QString before = dumpTables(dir.path());
    ASSERT_TRUE(QFileInfo(dir.path(QStringLiteral("stridewise.db-wal"))).size() > 0) << "the data should still be in the log";

    timer.restart();
    auto made = BackupManager(dir.path()).backupNow(*db, QDateTime(QDate(2026, 11, 25), QTime(7, 30)));
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(made.ok()) << made.message().toStdString();
    std::cout << "[ backup   ] " << QFileInfo(dir.path()).size() / 1024 << " KB file + "
              << QFileInfo(dir.path(QStringLiteral("stridewise.db-wal"))).size() / 1024 << " KB log, 104 weeks: backup of "
              << QFileInfo(*made).size() / 1024 << " KB in " << ms << " ms" << std::endl;
    EXPECT_EQ(dumpTables(*made), before);
    EXPECT_FALSE(QFile::exists(*made + QStringLiteral(".partial")));
    EXPECT_LT(ms, 5000);
}

TEST(Backups, AMigrationIsPrecededByABackupNamedByTheGivenTime)
{
    TempDir dir;
    {
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        logPain(*db, QDate(2026, 11, 20), 6);
    }
    const QString before = dumpTables(dir.path());
    const QByteArray bytes = readAll(dir.path());
    const QDateTime migrationTime(QDate(2026, 11, 24), QTime(8, 30, 15));
    Database::setMigrationsForTesting(withSlowMigration(Schema::migrations()));
    {
        // Core does not read the clock: without the time to name the backup, the file is not updated at all.
        auto refused = Database::open(dir.path());
        EXPECT_FALSE(refused.ok());
        EXPECT_TRUE(refused.message().contains(dir.path())) << refused.message().toStdString();
        EXPECT_TRUE(BackupManager(dir.path()).backups().isEmpty());
        EXPECT_EQ(readAll(dir.path()), bytes);
    }
    {
        OpenOptions options;
        options.now = migrationTime;
        auto db = Database::open(dir.path(), Database::Mode::ReadWrite, options);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion + 1); // the slow test migration on top
    }
    Database::setMigrationsForTesting({});
    const auto list = BackupManager(dir.path()).backups();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().reason, BackupManager::Reason::BeforeUpdate);
    EXPECT_EQ(QFileInfo(list.first().path).fileName(),
        QStringLiteral("stridewise-%1Z-before-update.db")
            .arg(migrationTime.toUTC().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))))
        << "named by the time given, not the clock";
    EXPECT_EQ(dumpTables(list.first().path), before);
}

TEST(Backups, RestoreChecksTheBackupKeepsTheCurrentFileAndNeverReplaysTheOldLog)
{
    TempDir dir;
    const QString path = dir.path();
    {
        auto db = openDb(path);
        ASSERT_TRUE(db);
        logPain(*db, QDate(2026, 11, 1), 1);
    }
    QString backupPath;
    {
        auto db = openDb(path);
        auto made = BackupManager(path).backupNow(*db, QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
        ASSERT_TRUE(made.ok());
        backupPath = *made;
    }
    const QString atBackup = dumpTables(path);
    // Later writes by a process that is then killed: committed, acknowledged, and still only in the -wal file.
    auto child = startChild({QStringLiteral("work"), path, QStringLiteral("7")});
    ASSERT_TRUE(child);
    ASSERT_TRUE(waitForLine(*child, QStringLiteral("ready")));
    QThread::msleep(40);
    killChild(*child);
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    const QString atKill = dumpTables(path);
    ASSERT_NE(atKill, atBackup);

    auto restored = BackupManager(path).restore(backupPath, QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(dumpTables(path), atBackup);
    auto db = openDb(path);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->checkIntegrity(false).ok());
    ASSERT_FALSE(restored->keptAs.isEmpty());
    EXPECT_TRUE(restored->keptAs.endsWith(QStringLiteral("-before-restore.db")));
    EXPECT_EQ(dumpTables(restored->keptAs), atKill) << "the file as it was, with its log, is kept";
}

TEST(Backups, RestoreRefusesABadBackupAndChangesNothing)
{
    TempDir dir;
    const QString path = dir.path();
    {
        auto db = openDb(path);
        ASSERT_TRUE(db);
        logPain(*db, QDate(2026, 11, 1), 1);
    }
    const QByteArray before = readAll(path);
    const QString bad = dir.path(QStringLiteral("bad.db"));
    QByteArray half = before.left(before.size() / 2);
    writeAll(bad, half);
    auto r = BackupManager(path).restore(bad, QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("bad.db"))) << r.message().toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_TRUE(BackupManager(path).backups().isEmpty());
    writeAll(bad, "not a database at all");
    EXPECT_FALSE(BackupManager(path).restore(bad, QDateTime(QDate(2026, 11, 3), QTime(9, 0))).ok());
    EXPECT_EQ(readAll(path), before);
}

TEST(Backups, CommandLineBacksUpListsAndRestores)
{
    TempDir dir;
    const QString db = dir.path();
    auto pain = [&](const char *date, const char *score) {
        return runCli({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QString::fromLatin1(date),
                       QStringLiteral("--score"), QString::fromLatin1(score), QStringLiteral("--db"), db});
    };
    ASSERT_EQ(pain("2026-11-01", "2").exitCode, 0);
    auto backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const auto list = BackupManager(db).backups();
    ASSERT_FALSE(list.isEmpty());
    const QString file = list.first().path;
    EXPECT_TRUE(backup.out.contains(file)) << backup.out.toStdString();
    const QString atBackup = dumpTables(db);

    ASSERT_EQ(pain("2026-11-02", "7").exitCode, 0);
    auto listed = runCli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--db"), db});
    EXPECT_TRUE(listed.out.contains(file)) << listed.out.toStdString();

    auto restore = runCli({QStringLiteral("restore"), file, QStringLiteral("--db"), db});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(QStringLiteral("before-restore"))) << restore.out.toStdString();
    EXPECT_EQ(dumpTables(db), atBackup);

    auto missing = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db});
    EXPECT_EQ(missing.exitCode, 2);
}

TEST(Backups, RestoringAMissingOrUnreadableFileIsABadValueThatNamesIt)
{
    TempDir dir;
    const QString db = dir.path();
    auto made = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
        QStringLiteral("2026-11-01"), QStringLiteral("--score"), QStringLiteral("2"), QStringLiteral("--db"), db });
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString before = dumpTables(db);

    const QString missing = dir.path(QStringLiteral("nonexist.db"));
    const QString folder = dir.path(QStringLiteral("a folder.db"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const QString &file : { missing, folder }) {
        auto r = runCli({ QStringLiteral("restore"), file, QStringLiteral("--db"), db });
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(file)) << r.err.toStdString();
    }

    // Unreadable: as root permissions do not apply, so the command runs as nobody, who may use the folder and the
    // database but not the backup.
    const QString unreadable = dir.path(QStringLiteral("unreadable.db"));
    ASSERT_TRUE(QFile::copy(db, unreadable));
    ASSERT_EQ(::chmod(QFile::encodeName(QFileInfo(db).absolutePath()).constData(), 0777), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(db).constData(), 0666), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(unreadable).constData(), 0), 0);
    auto r = runCliUnprivileged({ QStringLiteral("restore"), unreadable, QStringLiteral("--db"), db });
    ::chmod(QFile::encodeName(unreadable).constData(), 0644);
    ::chmod(QFile::encodeName(QFileInfo(db).absolutePath()).constData(), 0700);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(unreadable)) << r.err.toStdString();
    EXPECT_EQ(dumpTables(db), before);
}

TEST(Backups, TheWindowsRestoreClosesRestoresAndReopens)
{
    TempDir dir;
    const QString path = dir.path();
    auto db = openDb(path);
    ASSERT_TRUE(db);
    logPain(*db, QDate(2026, 11, 1), 1);
    BackupManager backups(path);
    auto made = backups.backupNow(*db, QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    ASSERT_TRUE(made.ok());
    const QString atBackup = dumpTables(path);
    logPain(*db, QDate(2026, 11, 2), 8); // still open, still in the log

    auto restored = backups.restoreAndReopen(db, *made, QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    ASSERT_TRUE(db);
    EXPECT_FALSE(LogRepository(*db).painOn(QDate(2026, 11, 2))->has_value());
    EXPECT_TRUE(LogRepository(*db).painOn(QDate(2026, 11, 1))->has_value());
    EXPECT_EQ(dumpTables(path), atBackup);
    EXPECT_TRUE(LogRepository(*db).logPain(PainEntry{QDate(2026, 11, 4), 2, {}, {}}).ok()) << "the reopened file takes writes";

    // A refused restore leaves the window with its own database, unchanged.
    const QString now = dumpTables(path);
    writeAll(dir.path(QStringLiteral("junk.db")), "junk");
    auto refused = backups.restoreAndReopen(db, dir.path(QStringLiteral("junk.db")), QDateTime(QDate(2026, 11, 5), QTime(9, 0)));
    EXPECT_FALSE(refused.ok());
    ASSERT_TRUE(db);
    EXPECT_EQ(dumpTables(path), now);
}
