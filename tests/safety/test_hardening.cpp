// Issue 16, "nothing lost, nothing leaked, under files a user really has": one test (or more) per numbered item,
// each failing on the build before the fix. Item numbers are the issue's.
#include "core/service/databaseopener.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/lock.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/storagefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

void logPain(Database &db, QDate date, int score, const QString &note = QStringLiteral("a note"))
{
    PainEntry e;
    e.date = date;
    e.score = score;
    e.note = note;
    ASSERT_TRUE(LogRepository(db).logPain(e).ok());
}

int painRows(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM pain_log")) && q.next() ? q.value(0).toInt() : -1;
}

/** A database with days of pain logs, closed cleanly (no -wal). */
void makeDb(const QString &path, int days, QDate first = QDate(2026, 1, 1))
{
    auto db = openDb(path);
    ASSERT_TRUE(db);
    for (int i = 0; i < days; ++i)
        logPain(*db, first.addDays(i), i % 11);
}

/**
 * What a crash (or a window still open) leaves: the main file and a -wal holding `pending` more days, copied to
 * target while the writer still has them open.
 */
void makeCrashImage(
    const QString &scratch, const QString &target, int days, int pending, QDate first = QDate(2026, 1, 1))
{
    makeDb(scratch, days, first);
    auto db = openDb(scratch);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), QStringLiteral("test")).ok());
    for (int i = 0; i < pending; ++i)
        logPain(*db, first.addDays(days + i), 5);
    ASSERT_GT(QFileInfo(scratch + QStringLiteral("-wal")).size(), 0);
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile::remove(target + suffix);
        ASSERT_TRUE(QFile::copy(scratch + suffix, target + suffix));
    }
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

} // namespace

// 1. A restore through a symlink replaces the real file, removes the real file's log and keeps the before-restore
// backup beside the real file.
TEST(Hardening, RestoreThroughASymlinkUsesTheRealFileItsLogAndItsBackups)
{
    TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("real")));
    QDir().mkpath(dir.path(QStringLiteral("links")));
    const QString real = dir.path(QStringLiteral("real/p.db"));
    const QString link = dir.path(QStringLiteral("links/link.db"));
    const QString backupSource = dir.path(QStringLiteral("other.db"));
    makeDb(backupSource, 30, QDate(2025, 1, 1));
    makeCrashImage(dir.path(QStringLiteral("scratch.db")), real, 40, 25); // the real file with a pending log
    ASSERT_TRUE(QFile::link(real, link));

    auto restored = BackupManager(link).restore(backupSource, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(real + QStringLiteral("-wal")))
        << "the real file's log was left beside the new file";
    auto db = Database::open(real);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    EXPECT_TRUE(db.value()->checkIntegrity(false).ok());
    db = Error{};
    EXPECT_EQ(dumpTables(real), dumpTables(backupSource));
    // The file as it was (65 days, log included) is kept beside the real file, where the real path finds it.
    EXPECT_TRUE(restored->keptAs.startsWith(dir.path(QStringLiteral("real/backups/p.db/"))))
        << restored->keptAs.toStdString();
    EXPECT_EQ(painRows(restored->keptAs), 65);
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("links/backups"))));
    EXPECT_EQ(BackupManager(real).backups().size(), 1);
    EXPECT_EQ(BackupManager(link).backups().size(), 1);
}

// 2. The one-writer lock is on the real file, however it is spelled.
TEST(Hardening, TheLockIsOnTheRealFileSoALinkIsLockedToo)
{
    TempDir dir;
    const QString real = dir.path(QStringLiteral("p.db"));
    const QString link = dir.path(QStringLiteral("link.db"));
    makeDb(real, 1);
    ASSERT_TRUE(QFile::link(real, link));
    auto first = DatabaseLock::acquire(real);
    ASSERT_TRUE(first.ok());
    auto second = DatabaseLock::acquire(link);
    EXPECT_FALSE(second.ok());
    EXPECT_EQ(second.kind(), ErrorKind::Locked);
    // And through the command line: a writer on the link is refused while the real path is held.
    first = Error{};
    auto holder = startChild({ QStringLiteral("lock"), real });
    ASSERT_TRUE(holder && waitForLine(*holder, QStringLiteral("locked")));
    auto write = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
        QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--db"), link });
    EXPECT_EQ(write.exitCode, 1) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(QStringLiteral("in use by"))) << write.err.toStdString();
    killChild(*holder);
}

// 3. A backup with a -wal of its own is restored whole: a consistent snapshot, not the main file alone.
TEST(Hardening, RestoreTakesTheBackupWithItsOwnLog)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    const QString backup = dir.path(QStringLiteral("copy/with-log.db"));
    QDir().mkpath(dir.path(QStringLiteral("copy")));
    makeDb(path, 5);
    makeCrashImage(dir.path(QStringLiteral("scratch.db")), backup, 69, 40);
    const QByteArray backupBytes = readAll(backup);
    auto restored = BackupManager(path).restore(backup, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    EXPECT_EQ(painRows(path), 109) << "the rows in the backup's log were dropped";
}

// 4. A -wal that the file did not write is never applied: another file's, or an older copy's. Both files stay.
TEST(Hardening, AnotherFilesLogBesideTheFileIsRefusedAndBothAreLeftAsTheyWere)
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.db"));
    const QString b = dir.path(QStringLiteral("b.db"));
    makeDb(a, 20);
    makeCrashImage(dir.path(QStringLiteral("scratch.db")), b, 10, 109, QDate(2024, 1, 1));
    ASSERT_TRUE(QFile::copy(b + QStringLiteral("-wal"), a + QStringLiteral("-wal")));
    const QByteArray mainBefore = readAll(a);
    const QByteArray logBefore = readAll(a + QStringLiteral("-wal"));
    auto opened = Database::open(a);
    ASSERT_FALSE(opened.ok()) << "B's log was mixed into A";
    EXPECT_EQ(opened.kind(), ErrorKind::Corrupt);
    EXPECT_TRUE(opened.message().contains(QStringLiteral("a.db-wal"))) << opened.message().toStdString();
    auto readOnly = Database::open(a, Database::Mode::ReadOnly);
    EXPECT_FALSE(readOnly.ok());
    EXPECT_EQ(readAll(a), mainBefore);
    EXPECT_EQ(readAll(a + QStringLiteral("-wal")), logBefore);
    auto cli = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), a });
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_EQ(readAll(a), mainBefore);
    EXPECT_EQ(readAll(a + QStringLiteral("-wal")), logBefore);
    // Moved away as the message says, A opens as it was last saved.
    ASSERT_TRUE(QFile::rename(a + QStringLiteral("-wal"), dir.path(QStringLiteral("stray-wal"))));
    EXPECT_EQ(painRows(a), 20);
}

TEST(Hardening, AnOlderCopysLogIsRefusedButTheFilesOwnLogAfterACrashIsApplied)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    const QString old = dir.path(QStringLiteral("old/p.db"));
    QDir().mkpath(dir.path(QStringLiteral("old")));
    {
        makeDb(path, 10);
        auto db = openDb(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), QStringLiteral("test")).ok());
        logPain(*db, QDate(2026, 10, 6), 4); // in the log only
        for (const QString &suffix : { QString(), QStringLiteral("-wal") })
            ASSERT_TRUE(QFile::copy(path + suffix, old + suffix)); // the older copy, as a crash would leave it
        logPain(*db, QDate(2026, 10, 7), 5);
    } // closed cleanly: no log left
    ASSERT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::copy(old + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    const QByteArray before = readAll(path);
    auto opened = Database::open(path);
    EXPECT_FALSE(opened.ok()) << "an older copy's log was applied";
    EXPECT_EQ(readAll(path), before);
    // The older copy with its own log is fine: that log is its own.
    EXPECT_EQ(painRows(old), 11);
}

// 5. Hostile files: only a schema exactly ours for its version opens or is restored; the file keeps every byte.
struct Hostile
{
    const char *name;
    QStringList statements; ///< run on a good database through a plain connection
    bool empty = false; ///< a marked file with no tables at all
};

void PrintTo(const Hostile &h, std::ostream *os)
{
    *os << h.name;
}

class HostileFile : public ::testing::TestWithParam<Hostile>
{
};

QString makeHostile(const TempDir &dir, const Hostile &h)
{
    const QString path = dir.path(QStringLiteral("hostile.db"));
    if (!h.empty)
        makeDb(path, 5);
    const QString connection = QStringLiteral("hostile-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        {
            QSqlQuery q(db);
            QStringList statements = h.statements;
            if (h.empty) {
                statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
                           << QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion);
            }
            for (const QString &s : statements)
                EXPECT_TRUE(q.exec(s)) << s.toStdString() << ": " << q.lastError().text().toStdString();
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); // a file as another program would hand it over
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

TEST_P(HostileFile, IsRefusedForOpenAndRestoreAndLeftByteIdentical)
{
    TempDir dir;
    const QString hostile = makeHostile(dir, GetParam());
    ASSERT_FALSE(QFileInfo::exists(hostile + QStringLiteral("-wal")));
    const QByteArray bytes = readAll(hostile);

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(hostile);
    ASSERT_FALSE(opened.ok()) << "a hostile file was opened";
    EXPECT_EQ(opened.kind(), ErrorKind::Corrupt) << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(QStringLiteral("changed outside Stridewise")))
        << opened.message().toStdString();
    EXPECT_LT(timer.elapsed(), 10000) << "refusing must not hang";
    EXPECT_FALSE(Database::open(hostile, Database::Mode::ReadOnly).ok());
    EXPECT_EQ(readAll(hostile), bytes);

    const QString runner = dir.path(QStringLiteral("runner.db"));
    makeDb(runner, 7);
    const QString before = dumpTables(runner);
    auto restored = BackupManager(runner).restore(hostile, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    EXPECT_FALSE(restored.ok()) << "a hostile file was restored";
    EXPECT_EQ(dumpTables(runner), before);
    EXPECT_EQ(readAll(hostile), bytes);
    auto cli = runCli({ QStringLiteral("restore"), hostile, QStringLiteral("--db"), runner });
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_EQ(dumpTables(runner), before);
    EXPECT_EQ(readAll(hostile), bytes);
    EXPECT_FALSE(QFileInfo::exists(hostile + QStringLiteral("-wal")));
}

INSTANTIATE_TEST_SUITE_P(Safety,
    HostileFile,
    ::testing::Values(Hostile{ "TriggerEmptiesSymptoms",
                          { QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON pain_log BEGIN "
                                           "UPDATE pain_log SET symptoms = '' WHERE date = new.date; END") } },
        Hostile{ "ViewWithInsteadOfTrigger",
            { QStringLiteral("ALTER TABLE pain_log RENAME TO pain_store"),
                QStringLiteral("CREATE VIEW pain_log AS SELECT * FROM pain_store"),
                QStringLiteral("CREATE TRIGGER discard INSTEAD OF INSERT ON pain_log BEGIN SELECT 1; END") } },
        Hostile{ "RecursiveView",
            { QStringLiteral("DROP TABLE profile"),
                QStringLiteral("CREATE VIEW profile AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                               "SELECT x AS id FROM r") } },
        Hostile{ "MissingChecks",
            { QStringLiteral("ALTER TABLE pain_log RENAME TO old_pain"),
                QStringLiteral("CREATE TABLE pain_log (date TEXT PRIMARY KEY, score INTEGER NOT NULL, "
                               "symptoms TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("INSERT INTO pain_log SELECT * FROM old_pain"),
                QStringLiteral("DROP TABLE old_pain") } },
        Hostile{ "EmptySchema", {}, true }),
    [](const ::testing::TestParamInfo<Hostile> &param) { return std::string(param.param.name); });

TEST(Hardening, EveryConnectionIsDefensiveWithAnUntrustedSchema)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isDefensive());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // Defensive mode: the schema cannot be written around SQLite's back.
    q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'pain_log'")));
}

// 6. Index damage that quick_check misses: the daily backup (full check), a restore and checkIntegrity find it.
TEST(Hardening, IndexDamageQuickCheckMissesIsCaughtByTheBackupAndBeforeARestore)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    makeDb(path, 60);
    int indexPage = 0;
    int pageSize = 0;
    {
        auto db = openDb(path);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_pain_log_1'"))
            && q.next());
        indexPage = q.value(0).toInt();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    // One byte of one key in the date index: "2026-01-05" becomes "2026-01-0X".
    QByteArray bytes = readAll(path);
    const int start = (indexPage - 1) * pageSize;
    const int at = int(bytes.indexOf(QByteArrayLiteral("2026-01-05"), start));
    ASSERT_TRUE(at > start && at < start + pageSize);
    bytes[at + 9] = 'X';
    writeAll(path, bytes);

    auto db = Database::open(path, Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok()) << "quick_check is expected to miss this: " << db.message().toStdString();
    EXPECT_TRUE(db.value()->checkIntegrity(true).ok());
    EXPECT_FALSE(db.value()->checkIntegrity(false).ok());
    auto backup = BackupManager(path).backupNow(*db.value(), QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    EXPECT_FALSE(backup.ok()) << "a damaged file was backed up as sound";
    EXPECT_EQ(backup.kind(), ErrorKind::Corrupt);
    EXPECT_TRUE(BackupManager(path).backups().isEmpty());
    db = Error{};

    const QString runner = dir.path(QStringLiteral("runner.db"));
    makeDb(runner, 3);
    const QString before = dumpTables(runner);
    EXPECT_FALSE(BackupManager(runner).restore(path, QDateTime(QDate(2026, 11, 25), QTime(9, 0))).ok());
    EXPECT_EQ(dumpTables(runner), before);
}

// 7. An emptied file beside its own backups is refused on the command line too.
TEST(Hardening, TheCommandLineRefusesAnEmptiedFileThatHasBackups)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    makeDb(path, 10);
    ASSERT_EQ(runCli({ QStringLiteral("backup"), QStringLiteral("--db"), path }).exitCode, 0);
    writeAll(path, {});
    auto r = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("2"),
        QStringLiteral("--db"), path });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("empty (0 bytes)"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("stridewise restore"))) << r.err.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

// 8. A backup stamped in the future (the clock ran ahead once) does not stop the daily backups.
TEST(Hardening, AFutureStampedBackupDoesNotStopDailyBackups)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    auto db = openDb(path);
    logPain(*db, QDate(2026, 11, 1), 3);
    ASSERT_TRUE(BackupManager(path).backupIfDue(*db, QDateTime(QDate(2030, 1, 1), QTime(9, 0))).ok());
    logPain(*db, QDate(2026, 11, 2), 3);
    auto made = BackupManager(path).backupIfDue(*db, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    ASSERT_TRUE(made.ok()) << made.message().toStdString();
    EXPECT_FALSE(made->isEmpty()) << "no daily backup until 2030";
}

// 9. Backups are matched by exact name, one folder per database, stamped in UTC.
TEST(Hardening, BackupsAreFoundByExactNameInAFolderOfTheirOwn)
{
    TempDir dir;
    const QString brackets = dir.path(QStringLiteral("p[1].db"));
    makeDb(brackets, 3);
    {
        auto db = openDb(brackets);
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(BackupManager(brackets).backupNow(*db, QDateTime(QDate(2026, 11, 20 + i), QTime(9, 0))).ok());
    }
    EXPECT_EQ(BackupManager(brackets).backups().size(), 3) << "a glob character in the name hid the backups";

    const QString run = dir.path(QStringLiteral("run.db"));
    const QString sqlite = dir.path(QStringLiteral("run.sqlite"));
    makeDb(run, 2);
    makeDb(sqlite, 4);
    {
        auto db = openDb(sqlite);
        ASSERT_TRUE(BackupManager(sqlite).backupNow(*db, QDateTime(QDate(2026, 11, 20), QTime(9, 0))).ok());
    }
    EXPECT_TRUE(BackupManager(run).backups().isEmpty()) << "run.db was offered run.sqlite's backups";
    EXPECT_FALSE(BackupManager(run).newestGoodBackup().has_value());
    EXPECT_EQ(BackupManager(sqlite).backups().size(), 1);

    // A stamp that does not exist in local time (02:30 on the day clocks go forward in Berlin) is still found.
    const QString name = QStringLiteral("run-2026-03-29-023000Z-daily.db");
    QDir().mkpath(BackupManager(run).folder());
    ASSERT_TRUE(
        QFile::copy(BackupManager(sqlite).backups().first().path, QDir(BackupManager(run).folder()).filePath(name)));
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    const auto list = BackupManager(run).backups();
    qputenv("TZ", oldTz);
    ::tzset();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().time, QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
}

// 10. Dates beyond a lifetime are refused at once with exit 2 and nothing written.
TEST(Hardening, DatesBeyondALifetimeAreRefusedQuickly)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    ASSERT_EQ(runCli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--run-minutes"),
                         QStringLiteral("60"), QStringLiteral("--db"), path })
                  .exitCode,
        0);
    const QString before = dumpTables(path);
    const QList<QStringList> commands{
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("0001-01-01"), QStringLiteral("--to"),
            QStringLiteral("9999-12-31") },
        { QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("1000-01-01"), QStringLiteral("--to"),
            QStringLiteral("3000-12-31") },
        { QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("9999-12-31"),
            QStringLiteral("--score"), QStringLiteral("3") },
        { QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("0001-01-01"),
            QStringLiteral("--score"), QStringLiteral("3") },
        { QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("9999-W52") },
        { QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("9999-12-31") },
    };
    for (const QStringList &args : commands) {
        QElapsedTimer timer;
        timer.start();
        auto r = runCli(args + QStringList{ QStringLiteral("--db"), path });
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("30 years"))) << r.err.toStdString();
    }
    EXPECT_EQ(dumpTables(path), before);
    const QString demo = dir.path(QStringLiteral("demo.db"));
    auto r = runCli({ QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("9999-12-31"),
        QStringLiteral("--db"), demo });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(demo)) << "a refused demo left a file";
}

// 11. An empty lock file (a power cut, ": > p.db.lock") names no live owner: taken over, not locked forever.
TEST(Hardening, AnEmptyLockFileIsTakenOver)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    makeDb(path, 1);
    writeAll(DatabaseLock::lockPathFor(path), {});
    EXPECT_TRUE(DatabaseLock::acquire(path).ok());
    writeAll(DatabaseLock::lockPathFor(path), "garbage");
    auto r = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("2"),
        QStringLiteral("--db"), path });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// 12. Concurrent backups of one database all succeed, each under a name of its own.
TEST(Hardening, TwelveConcurrentBackupsAllSucceed)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    makeDb(path, 200);
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 12; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(STRIDEWISE_EXE));
        p->setArguments({ QStringLiteral("backup"), QStringLiteral("--db"), path });
        p->start();
        runs.push_back(std::move(p));
    }
    for (auto &p : runs) {
        ASSERT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    }
    const auto list = BackupManager(path).backups();
    EXPECT_EQ(list.size(), 12);
    for (const auto &b : list)
        EXPECT_EQ(painRows(b.path), 200) << b.path.toStdString();
    EXPECT_TRUE(QDir(BackupManager(path).folder()).entryList({ QStringLiteral("*.partial") }, QDir::Files).isEmpty());
}

// 13. Health data is the owner's only: new files 0600, folders 0700, also under umask 022; old files tightened.
TEST(Hardening, FilesAreTheOwnersOnlyAndOldOnesAreTightenedWithANotice)
{
    TempDir dir;
    const mode_t oldMask = ::umask(022);
    const QString path = dir.path(QStringLiteral("data/p.db"));
    {
        auto db = openDb(path);
        logPain(*db, QDate(2026, 11, 1), 3);
        EXPECT_EQ(modeOf(path), 0600u);
        EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600u);
        EXPECT_EQ(modeOf(dir.path(QStringLiteral("data"))), 0700u);
        auto backup = BackupManager(path).backupNow(*db, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        ASSERT_TRUE(backup.ok());
        EXPECT_EQ(modeOf(*backup), 0600u);
        EXPECT_EQ(modeOf(BackupManager(path).folder()), 0700u);
    }
    ::umask(oldMask);
    // The command line, under umask 022, keeps everything private too.
    const QString cliPath = dir.path(QStringLiteral("cli/p.db"));
    ASSERT_EQ(runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("2"),
                         QStringLiteral("--db"), cliPath })
                  .exitCode,
        0);
    ASSERT_EQ(runCli({ QStringLiteral("backup"), QStringLiteral("--db"), cliPath }).exitCode, 0);
    EXPECT_EQ(modeOf(cliPath), 0600u);
    EXPECT_EQ(modeOf(BackupManager(cliPath).folder()), 0700u);
    EXPECT_EQ(modeOf(BackupManager(cliPath).backups().first().path), 0600u);

    // An older version's files, readable by all: made private once, and the runner is told.
    ::chmod(QFile::encodeName(path).constData(), 0644);
    ::chmod(QFile::encodeName(BackupManager(path).folder()).constData(), 0755);
    DatabaseOpener opener(path);
    auto opened = opener.open(Database::Mode::ReadWrite);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(BackupManager(path).folder()), 0700u);
    EXPECT_TRUE(opener.privacyNotice().contains(QStringLiteral("readable only by you")))
        << opener.privacyNotice().toStdString();
    DatabaseOpener again(path);
    ASSERT_TRUE(again.open(Database::Mode::ReadWrite).ok());
    EXPECT_TRUE(again.privacyNotice().isEmpty()) << "told twice";
}

// 14. A refusal says an entry exists, not what its note says; reading leaves no -wal or -shm behind.
TEST(Hardening, RefusalsHideNotesAndReadingLeavesNoLogBehind)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    auto first = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
        QStringLiteral("2026-11-20"), QStringLiteral("--score"), QStringLiteral("3"), QStringLiteral("--note"),
        QStringLiteral("private words about my back"), QStringLiteral("--db"), path });
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    auto again = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
        QStringLiteral("2026-11-20"), QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--db"), path });
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already a pain entry"))) << again.err.toStdString();
    EXPECT_FALSE(again.err.contains(QStringLiteral("private words"))) << again.err.toStdString();
    for (const QStringList &read :
        { QStringList{ QStringLiteral("stats") }, QStringList{ QStringLiteral("profile"), QStringLiteral("show") } }) {
        runCli(read + QStringList{ QStringLiteral("--db"), path });
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << read.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm"))) << read.join(QLatin1Char(' ')).toStdString();
    }
}

// Smaller items: special files, repeated flags, --db inside a value, invalid UTF-8.
TEST(Hardening, APipeOrDeviceIsRefusedAsNotARegularFile)
{
    TempDir dir;
    const QString fifo = dir.path(QStringLiteral("fifo.db"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto opened = Database::open(fifo);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("not a regular file"))) << opened.message().toStdString();
    auto r = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), fifo });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a regular file"))) << r.err.toStdString();
    auto devNull = Database::open(QStringLiteral("/dev/null"));
    EXPECT_FALSE(devNull.ok());
    // An empty file has no data to read; its folder is not to blame.
    const QString empty = dir.path(QStringLiteral("empty.db"));
    writeAll(empty, {});
    auto stats = runCli({ QStringLiteral("stats"), QStringLiteral("--db"), empty });
    EXPECT_EQ(stats.exitCode, 1);
    EXPECT_TRUE(stats.err.contains(QStringLiteral("empty (0 bytes)"))) << stats.err.toStdString();
    EXPECT_FALSE(stats.err.contains(QStringLiteral("folder"))) << stats.err.toStdString();
}

TEST(Hardening, RepeatedFlagsAreRefusedAndDbIsOnlyReadAsAnOption)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    auto twice = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
        QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--db"), path });
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("--score"))) << twice.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    auto dbTwice = runCli({ QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--db"), path });
    EXPECT_EQ(dbTwice.exitCode, 2) << dbTwice.err.toStdString();
    // Two symptoms are fine: --symptom is repeatable.
    auto symptoms = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"),
        QStringLiteral("3"), QStringLiteral("--symptom"), QStringLiteral("numbness"), QStringLiteral("--symptom"),
        QStringLiteral("tingling"), QStringLiteral("--date"), QStringLiteral("2026-11-01"), QStringLiteral("--db"),
        path });
    EXPECT_EQ(symptoms.exitCode, 0) << symptoms.err.toStdString();
    // "--db=x" as a note is a note.
    const QString stray = dir.path(QStringLiteral("x.db"));
    auto note = runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
        QStringLiteral("--date"), QStringLiteral("2026-11-02"), QStringLiteral("--note"),
        QStringLiteral("--db=") + stray, QStringLiteral("--db"), path });
    EXPECT_EQ(note.exitCode, 0) << note.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(stray));
    auto db = openDb(path);
    auto entry = LogRepository(*db).painOn(QDate(2026, 11, 2));
    ASSERT_TRUE(entry.ok() && entry->has_value());
    EXPECT_EQ((*entry)->note, QStringLiteral("--db=") + stray);
}

TEST(Hardening, InvalidUtf8IsRefusedNotTurnedIntoReplacementCharacters)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    QProcess p;
    // QProcess encodes its arguments as UTF-8; a raw byte 0x80 (a lone continuation byte) needs the shell's printf.
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({ QStringLiteral("-c"),
        QStringLiteral("exec \"$0\" log pain --score 3 --note \"$(printf 'bad \\200 byte')\" --db \"$1\""),
        QStringLiteral(STRIDEWISE_EXE), path });
    p.start();
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2) << p.readAllStandardError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

// Disk full: every command, reads included, says the disk is full and that nothing was lost (no restore offer).
TEST(Hardening, AFullDiskIsNamedAsSuchAndNoRestoreIsOffered)
{
    TempDir dir;
    const QString mountPoint = dir.path(QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    // Room for the first save's write-ahead log to be checkpointed (it grows with every migration); the filler
    // below takes the rest.
    if (!runningAsRoot()
        || QProcess::execute(QStringLiteral("mount"),
               { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1m"),
                   QStringLiteral("tmpfs"), mountPoint })
            != 0) {
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    }
    const QString path = QDir(mountPoint).filePath(QStringLiteral("p.db"));
    ASSERT_EQ(runCli({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
                         QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--db"), path })
                  .exitCode,
        0);
    const QByteArray before = readAll(path);
    {
        QFile filler(QDir(mountPoint).filePath(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size()) { }
    }
    for (const QStringList &args :
        { QStringList{ QStringLiteral("stats") }, QStringList{ QStringLiteral("profile"), QStringLiteral("show") },
            QStringList{ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("4"),
                QStringLiteral("--date"), QStringLiteral("2026-11-21") } }) {
        auto r = runCli(args + QStringList{ QStringLiteral("--db"), path });
        EXPECT_EQ(r.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("disk is full"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing in it was lost"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("restore"))) << r.err.toStdString();
    }
    EXPECT_EQ(readAll(path), before);
    QProcess::execute(QStringLiteral("umount"), { mountPoint });
}
