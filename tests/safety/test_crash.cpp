// Issue 6.1, crash safety: a writer killed with SIGKILL at random moments never loses a write it
// acknowledged, never leaves a damaged file, and never leaves half a week's plan.
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/schema.h"
#include "tests/safety/safetysupport.h"
#include "tests/safety/slowmigration.h"
#include "tests/support/testdb.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** What the children acknowledged, over all runs. */
struct Acknowledged
{
    QHash<QString, int> pain; ///< date → score
    QHash<QString, int> weeks; ///< monday → session count
    QHash<qint64, QPair<int, int>> ticks; ///< session id → minutes, effort
    int total() const { return int(pain.size() + weeks.size() + ticks.size()); }
};

void readAcknowledgements(const QByteArray &output, Acknowledged &acked)
{
    // Only whole lines count: a line cut by the kill was never fully said.
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &raw : lines) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char(' '));
        if (f.value(0) == QLatin1String("P") && f.size() == 3)
            acked.pain.insert(f.at(1), f.at(2).toInt());
        else if (f.value(0) == QLatin1String("W") && f.size() == 3)
            acked.weeks.insert(f.at(1), f.at(2).toInt());
        else if (f.value(0) == QLatin1String("T") && f.size() == 4)
            acked.ticks.insert(f.at(1).toLongLong(), {f.at(2).toInt(), f.at(3).toInt()});
    }
}

/** Fails the test (with the run number) unless the database is sound and holds everything acknowledged. */
void verify(const QString &path, const Acknowledged &acked, int run)
{
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << "run " << run << ": " << opened.message().toStdString();
    Database &db = *opened.value();
    ASSERT_TRUE(db.checkIntegrity(false).ok()) << "run " << run << ": " << db.checkIntegrity(false).message().toStdString();

    QHash<QString, int> pain;
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT date, score FROM pain_log")));
    while (q.next())
        pain.insert(q.value(0).toString(), q.value(1).toInt());
    for (auto it = acked.pain.cbegin(); it != acked.pain.cend(); ++it) {
        ASSERT_TRUE(pain.contains(it.key())) << "run " << run << ": acknowledged pain log " << it.key().toStdString() << " lost";
        ASSERT_EQ(pain.value(it.key()), it.value()) << "run " << run << ": " << it.key().toStdString();
    }

    // A week is all or nothing: each saved week has exactly the sessions it was saved with (its notes say how many).
    QHash<QString, int> weeks;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT w.monday, w.notes, (SELECT count(*) FROM session s WHERE s.week_id = w.id) "
                                      "FROM week w")));
    while (q.next()) {
        ASSERT_EQ(q.value(1).toInt(), q.value(2).toInt())
            << "run " << run << ": week " << q.value(0).toString().toStdString() << " saved in part";
        weeks.insert(q.value(0).toString(), q.value(2).toInt());
    }
    for (auto it = acked.weeks.cbegin(); it != acked.weeks.cend(); ++it) {
        ASSERT_TRUE(weeks.contains(it.key())) << "run " << run << ": acknowledged week " << it.key().toStdString() << " lost";
        ASSERT_EQ(weeks.value(it.key()), it.value());
    }

    QHash<qint64, QPair<int, int>> ticks;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT session_id, minutes, rpe FROM completion")));
    while (q.next())
        ticks.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    for (auto it = acked.ticks.cbegin(); it != acked.ticks.cend(); ++it) {
        ASSERT_TRUE(ticks.contains(it.key())) << "run " << run << ": acknowledged tick of session " << it.key() << " lost";
        ASSERT_EQ(ticks.value(it.key()), it.value());
    }
}

int killCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("STRIDEWISE_KILLS", &ok);
    return ok && n > 0 ? n : 60; // the full run: STRIDEWISE_KILLS=200
}

} // namespace

TEST(CrashSafety, KilledWriterNeverLosesAcknowledgedWritesNorLeavesHalfAWeek)
{
    TempDir dir;
    const QString path = dir.path();
    const int kills = killCount();
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    Acknowledged acked;
    QElapsedTimer timer;
    timer.start();
    int killedBeforeReady = 0;
    int promised = 0; // writes seen acknowledged before a kill was even decided
    for (int run = 0; run < kills; ++run) {
        auto child = startChild({QStringLiteral("work"), path, QString::number(rng.generate())});
        ASSERT_TRUE(child) << "the crash child did not start";
        QByteArray output;
        if (rng.bounded(10) < 2) {
            // Now and then kill it while it starts, opens or (on the first run) creates the file.
            QThread::msleep(rng.bounded(30));
            ++killedBeforeReady;
        } else {
            // Otherwise after a few acknowledged writes (so every run makes progress however slow the disk),
            // then a little later: the kill lands inside a transaction, a commit or between them.
            const int acks = 1 + int(rng.bounded(4)); // "ready" plus 0-3 writes
            QDeadlineTimer deadline(20000);
            while (output.count('\n') < acks && !deadline.hasExpired() && child->state() == QProcess::Running) {
                child->waitForReadyRead(100);
                output += child->readAllStandardOutput();
            }
            ASSERT_GE(output.count('\n'), acks) << child->readAllStandardError().toStdString();
            promised += acks - 1;
            QThread::usleep(rng.bounded(4000));
        }
        killChild(*child);
        ASSERT_EQ(child->exitStatus(), QProcess::CrashExit)
            << "run " << run << ": the child stopped by itself: " << child->readAllStandardError().toStdString();
        output += child->readAllStandardOutput();
        readAcknowledgements(output, acked);
        verify(path, acked, run);
        if (::testing::Test::HasFatalFailure()) {
            ADD_FAILURE() << "seed " << seed;
            return;
        }
    }
    const qint64 ms = timer.elapsed();
    std::cout << "[ crash    ] " << kills << " kills (" << killedBeforeReady << " while starting) in " << ms << " ms; "
              << acked.total() << " acknowledged writes (" << acked.pain.size() << " pain logs, " << acked.weeks.size()
              << " weeks, " << acked.ticks.size() << " ticks) all present; seed " << seed << std::endl;
    ::testing::Test::RecordProperty("kills", kills);
    ::testing::Test::RecordProperty("milliseconds", int(ms));
    EXPECT_GE(acked.total(), promised);
    EXPECT_GE(acked.weeks.size(), kills / 20);
    EXPECT_GE(acked.ticks.size(), kills / 20);
}

TEST(CrashSafety, KillDuringAMigrationLeavesTheOldVersionIntactAndOpenable)
{
    TempDir dir;
    const QString templatePath = dir.path(QStringLiteral("template.db"));
    {
        auto db = openDb(templatePath);
        ASSERT_TRUE(db);
        for (int i = 0; i < 50; ++i) {
            ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO pain_log (date, score, note) VALUES (date('2026-01-01', '+%1 days'), %2, 'n')")
                                     .arg(i)
                                     .arg(i % 11),
                                 QStringLiteral("test"))
                            .ok());
        }
    }
    const QString before = dumpTables(templatePath);
    const QString path = dir.path();

    auto fresh = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QDir(BackupManager(path).folder()).removeRecursively();
        return QFile::copy(templatePath, path);
    };

    // How long one whole migration takes here, to spread the kills over it.
    ASSERT_TRUE(fresh());
    auto timing = startChild({QStringLiteral("migrate"), path});
    ASSERT_TRUE(timing);
    ASSERT_TRUE(waitForLine(*timing, QStringLiteral("ready")));
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(waitForLine(*timing, QStringLiteral("migrated"), 60000)) << timing->readAllStandardError().toStdString();
    const int migrationMs = int(qMax<qint64>(5, timer.elapsed()));
    timing->waitForFinished();

    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int intact = 0, finished = 0;
    for (int run = 0; run < 20; ++run) {
        ASSERT_TRUE(fresh());
        auto child = startChild({QStringLiteral("migrate"), path});
        ASSERT_TRUE(child);
        ASSERT_TRUE(waitForLine(*child, QStringLiteral("ready")));
        QThread::msleep(rng.bounded(migrationMs));
        killChild(*child);

        Database::setMigrationsForTesting({});
        auto old = Database::open(path);
        if (old) {
            // Killed before the migration committed: the real schema's version, every row as it was.
            ++intact;
            EXPECT_EQ(old.value()->schemaVersion(), Database::kSchemaVersion);
            EXPECT_TRUE(old.value()->checkIntegrity(false).ok());
            old = Error{};
            EXPECT_EQ(dumpTables(path), before) << "run " << run;
        } else {
            // Killed after it committed: this build calls it newer, and with the migration it is whole.
            ASSERT_EQ(old.kind(), ErrorKind::NewerVersion) << "run " << run << ": " << old.message().toStdString();
            ++finished;
            Database::setMigrationsForTesting(withSlowMigration(Schema::migrations()));
            OpenOptions options;
            options.now = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
            auto migrated = Database::open(path, Database::Mode::ReadWrite, options);
            ASSERT_TRUE(migrated.ok()) << migrated.message().toStdString();
            QSqlQuery q(migrated.value()->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM slow_fill")) && q.next());
            EXPECT_EQ(q.value(0).toInt(), kSlowMigrationRows);
            Database::setMigrationsForTesting({});
        }
        // A backup with its final name is always whole, wherever the kill landed.
        for (const auto &b : BackupManager(path).backups()) {
            auto copy = Database::open(b.path, Database::Mode::ReadOnly);
            ASSERT_TRUE(copy.ok()) << b.path.toStdString() << ": " << copy.message().toStdString();
            EXPECT_EQ(dumpTables(b.path), before);
        }
    }
    std::cout << "[ crash    ] migration of " << migrationMs << " ms killed 20 times: " << intact
              << " left the old version intact, " << finished << " had finished" << std::endl;
    EXPECT_GT(intact, 0) << "no kill landed before the migration committed";
}

TEST(CrashSafety, AfterAKilledWriterReadOnlyOpeningStillWorks)
{
    // SQLite refuses a read-only connection while a killed writer's log needs recovering; reading (profile
    // show, backup) must still work, and must still refuse writes.
    TempDir dir;
    const QString path = dir.path();
    // Killed early and often: while the file is created, migrated, or a write is under way.
    int opened = 0;
    for (int attempt = 0; attempt < 30; ++attempt) {
        auto child = startChild({QStringLiteral("work"), path, QString::number(attempt)});
        ASSERT_TRUE(child);
        if (attempt % 2) {
            // After the file exists: the kill lands in or between writes.
            ASSERT_TRUE(waitForLine(*child, QStringLiteral("ready")));
            QThread::usleep(QRandomGenerator::global()->bounded(15000));
        } else {
            // Early: while the file is being created and given its first version.
            QThread::msleep(QRandomGenerator::global()->bounded(60));
        }
        killChild(*child);
        if (!QFile::exists(path) || QFileInfo(path).size() == 0)
            continue; // killed before anything was written: nothing to read yet
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db && db.message().contains(QStringLiteral("needs updating")))
            continue; // killed before the new file's first version was committed: there is nothing to read
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        ++opened;
        EXPECT_TRUE(db.value()->isReadOnly());
        EXPECT_TRUE(db.value()->checkIntegrity(false).ok());
        PainEntry e;
        e.date = QDate(1999, 1, 1);
        e.score = 1;
        EXPECT_EQ(LogRepository(*db.value()).logPain(e).kind(), ErrorKind::ReadOnly);
    }
    EXPECT_GE(opened, 15);
}

namespace {

/** How many times each command is killed: a few under ctest, STRIDEWISE_CLI_KILLS for the full run (>= 50). */
int cliKillCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("STRIDEWISE_CLI_KILLS", &ok);
    return ok && n > 0 ? n : 5;
}

/** Starts the stridewise executable with args (offscreen, no input). */
std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(STRIDEWISE_EXE));
    p->setArguments(args);
    p->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    p->start();
    if (!p->waitForStarted(10000))
        return nullptr;
    return p;
}

/** Runs args once to the end and returns how long it took (ms), to spread the kills over a run. */
int timeOneRun(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    auto p = startCli(args);
    if (!p || !p->waitForFinished(60000) || p->exitCode() != 0)
        return -1;
    return int(qMax<qint64>(5, timer.elapsed()));
}

/** Kills p after a random moment within 0..spreadMs and returns what it printed. */
QString killSometimeIn(QProcess &p, int spreadMs, QRandomGenerator &rng)
{
    QThread::usleep(rng.bounded(quint32(spreadMs) * 1000u));
    p.kill();
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Every backup of path opens as a sound database: a backup with its final name is always whole. */
void expectBackupsWhole(const QString &path, int run)
{
    for (const auto &b : BackupManager(path).backups()) {
        auto copy = Database::open(b.path, Database::Mode::ReadOnly);
        ASSERT_TRUE(copy.ok()) << "run " << run << ": " << b.path.toStdString() << ": " << copy.message().toStdString();
        ASSERT_TRUE(copy.value()->checkIntegrity(false).ok()) << "run " << run << ": " << b.path.toStdString();
    }
}

void fillPain(const QString &path, QDate first, int days)
{
    auto db = openDb(path);
    ASSERT_TRUE(db);
    for (int i = 0; i < days; ++i) {
        PainEntry e;
        e.date = first.addDays(i);
        e.score = i % 11;
        e.note = QStringLiteral("day %1").arg(i);
        ASSERT_TRUE(LogRepository(*db).logPain(e).ok());
    }
}

} // namespace

TEST(CrashSafety, KilledBackupsNeverDamageTheFileOrLeaveABrokenBackup)
{
    TempDir dir;
    const QString path = dir.path();
    fillPain(path, QDate(2020, 1, 1), 400);
    const QString acknowledged = dumpTables(path);
    const QStringList args{ QStringLiteral("backup"), QStringLiteral("--db"), path };
    const int spread = timeOneRun(args);
    ASSERT_GT(spread, 0);
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int made = 0;
    const int kills = cliKillCount();
    for (int run = 0; run < kills; ++run) {
        auto p = startCli(args);
        ASSERT_TRUE(p);
        const QString out = killSometimeIn(*p, spread * 2, rng);
        if (out.contains(QStringLiteral("Backed up"))) {
            ++made;
            const QString target = out.section(QStringLiteral(" to "), 1).section(QStringLiteral(" ("), 0, 0);
            EXPECT_TRUE(QFileInfo::exists(target)) << "run " << run << ": an acknowledged backup is missing";
        }
        ASSERT_EQ(dumpTables(path), acknowledged) << "run " << run;
        expectBackupsWhole(path, run);
        if (::testing::Test::HasFatalFailure())
            return;
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE(db.value()->checkIntegrity(false).ok());
    std::cout << "[ crash    ] backup killed " << kills << " times (" << spread << " ms a run): file and "
              << BackupManager(path).backups().size() << " backups whole, " << made << " finished before the kill"
              << std::endl;
}

TEST(CrashSafety, KilledRestoresLeaveTheOldFileOrTheRestoredOneWhole)
{
    TempDir dir;
    const QString path = dir.path();
    const QString sourceA = dir.path(QStringLiteral("sources/a.db"));
    const QString sourceB = dir.path(QStringLiteral("sources/b.db"));
    QDir().mkpath(dir.path(QStringLiteral("sources")));
    fillPain(sourceA, QDate(2020, 1, 1), 300);
    fillPain(sourceB, QDate(2022, 6, 1), 200);
    const QString a = dumpTables(sourceA);
    const QString b = dumpTables(sourceB);
    fillPain(path, QDate(2020, 1, 1), 300); // starts as a's data
    QString current = dumpTables(path);
    ASSERT_EQ(current, a);
    const int spread = timeOneRun({ QStringLiteral("restore"), sourceB, QStringLiteral("--db"), path });
    ASSERT_GT(spread, 0);
    current = b;
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int restored = 0;
    const int kills = cliKillCount();
    for (int run = 0; run < kills; ++run) {
        const bool toA = current == b;
        auto p = startCli({ QStringLiteral("restore"), toA ? sourceA : sourceB, QStringLiteral("--db"), path });
        ASSERT_TRUE(p);
        const QString out = killSometimeIn(*p, spread * 2, rng);
        const QString now = dumpTables(path);
        const QString target = toA ? a : b;
        ASSERT_TRUE(now == current || now == target)
            << "run " << run << ": neither the old nor the restored data: " << now.left(200).toStdString();
        if (out.contains(QStringLiteral("Restored"))) {
            ++restored;
            ASSERT_EQ(now, target) << "run " << run << ": an acknowledged restore is not in the file";
        }
        current = now;
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << "run " << run << ": " << db.message().toStdString();
        ASSERT_TRUE(db.value()->checkIntegrity(false).ok()) << "run " << run;
        db = Error{};
        expectBackupsWhole(path, run);
        if (::testing::Test::HasFatalFailure())
            return;
    }
    std::cout << "[ crash    ] restore killed " << kills << " times (" << spread
              << " ms a run): file whole every time, " << restored << " finished before the kill, "
              << BackupManager(path).backups().size() << " before-restore backups whole" << std::endl;
}

TEST(CrashSafety, AKilledDemoLeavesNoDemoDataOrAllOfIt)
{
    TempDir dir;
    const QStringList common{ QStringLiteral("--weeks"), QStringLiteral("26"), QStringLiteral("--seed"),
        QStringLiteral("7"), QStringLiteral("--today"), QDate::currentDate().toString(Qt::ISODate) };
    const int spread = timeOneRun(
        QStringList{ QStringLiteral("demo"), QStringLiteral("--db"), dir.path(QStringLiteral("timing.db")) } + common);
    ASSERT_GT(spread, 0);
    const QString complete = dumpTables(dir.path(QStringLiteral("timing.db")));
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int whole = 0, empty = 0, none = 0;
    const int kills = cliKillCount();
    for (int run = 0; run < kills; ++run) {
        const QString path = dir.path(QStringLiteral("demo-%1.db").arg(run));
        auto p = startCli(QStringList{ QStringLiteral("demo"), QStringLiteral("--db"), path } + common);
        ASSERT_TRUE(p);
        const QString out = killSometimeIn(*p, spread * 2, rng);
        if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
            ++none;
            ASSERT_FALSE(out.contains(QStringLiteral("Wrote"))) << "run " << run;
            continue;
        }
        OpenOptions options; // killed between two migrations of the new file: the next open finishes them
        options.now = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
        auto db = Database::open(path, Database::Mode::ReadWrite, options);
        ASSERT_TRUE(db.ok()) << "run " << run << ": " << db.message().toStdString();
        ASSERT_TRUE(db.value()->checkIntegrity(false).ok()) << "run " << run;
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM week) + (SELECT count(*) FROM pain_log) "
                                          "+ (SELECT count(*) FROM profile)"))
            && q.next());
        const int rows = q.value(0).toInt();
        q.finish();
        db = Error{};
        if (rows == 0) {
            ++empty;
            ASSERT_FALSE(out.contains(QStringLiteral("Wrote")))
                << "run " << run << ": acknowledged, but nothing is there";
        } else {
            ++whole;
            ASSERT_EQ(dumpTables(path), complete) << "run " << run << ": a partial demo";
        }
    }
    std::cout << "[ crash    ] demo killed " << kills << " times (" << spread << " ms a run): " << whole << " whole, "
              << empty << " empty, " << none << " with no file yet; never a partial demo" << std::endl;
}
