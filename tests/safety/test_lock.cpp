// Issue 6.2, one writer at a time: the lock beside the database, the second window, the command line.
#include "core/store/lock.h"
#include "core/store/logrepository.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

QStringList profileSet(const QString &db)
{
    return {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--run-minutes"), QStringLiteral("60"),
            QStringLiteral("--db"), db};
}

QStringList logPain(const QString &db, const QString &date)
{
    return {QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), date, QStringLiteral("--score"),
            QStringLiteral("4"), QStringLiteral("--db"), db};
}

} // namespace

TEST(OneWriter, ASecondHolderInTheSameOrAnotherProcessIsToldWhoHasTheFile)
{
    TempDir dir;
    auto first = DatabaseLock::acquire(dir.path());
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    EXPECT_TRUE(QFile::exists(DatabaseLock::lockPathFor(dir.path())));
    auto second = DatabaseLock::acquire(dir.path());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.kind(), ErrorKind::Locked);
    EXPECT_TRUE(second.message().contains(QStringLiteral("stridewise.db"))) << second.message().toStdString();
    EXPECT_TRUE(second.message().contains(QString::number(QCoreApplication::applicationPid()))) << second.message().toStdString();
    first = Error{};
    EXPECT_FALSE(QFile::exists(DatabaseLock::lockPathFor(dir.path())));
    EXPECT_TRUE(DatabaseLock::acquire(dir.path()).ok());
}

TEST(OneWriter, WhileAnotherProcessHoldsTheLockWritesAreRefusedReadsWorkAndASecondWindowExits)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_EQ(runCli(profileSet(db)).exitCode, 0);
    const QStringList planArgs{ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db, QStringLiteral("--today"),
        QStringLiteral("2026-11-30") };
    const auto planned = runCli(planArgs);
    ASSERT_EQ(planned.exitCode, 0) << planned.err.toStdString();
    const QString before = dumpTables(db);

    auto holder = startChild({QStringLiteral("lock"), db});
    ASSERT_TRUE(holder);
    ASSERT_TRUE(waitForLine(*holder, QStringLiteral("locked"))) << holder->readAllStandardError().toStdString();
    const QString pid = QString::number(holder->processId());

    auto write = runCli(logPain(db, QStringLiteral("2026-11-20")));
    EXPECT_EQ(write.exitCode, 1);
    EXPECT_TRUE(write.err.contains(QStringLiteral("in use by"))) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(pid)) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(db)) << write.err.toStdString();
    EXPECT_EQ(dumpTables(db), before);

    auto restore = runCli({QStringLiteral("restore"), dir.path(QStringLiteral("whatever.db")), QStringLiteral("--db"), db});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_TRUE(restore.err.contains(pid)) << restore.err.toStdString();

    auto show = runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--db"), db});
    EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains(QStringLiteral("60 min"))) << show.out.toStdString();
    // Printing a week that is already planned only reads: it works while the window has the file.
    auto printed = runCli(planArgs);
    EXPECT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    EXPECT_EQ(printed.out, planned.out);
    // Planning a new week writes: refused with the holder named.
    auto newWeek = runCli({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W50"),
        QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    EXPECT_EQ(newWeek.exitCode, 1);
    EXPECT_TRUE(newWeek.err.contains(pid)) << newWeek.err.toStdString();
    auto backup = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    EXPECT_EQ(backup.exitCode, 0) << backup.err.toStdString();

    // A second window on the same file names the holder and exits cleanly, without rendering anything.
    const QString png = dir.path(QStringLiteral("window.png"));
    auto window = runCli({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    EXPECT_EQ(window.exitCode, 1);
    EXPECT_TRUE(window.err.contains(pid)) << window.err.toStdString();
    EXPECT_FALSE(QFile::exists(png));

    // The holder is killed: its lock file stays behind, stale, and is taken over.
    killChild(*holder);
    EXPECT_TRUE(QFile::exists(DatabaseLock::lockPathFor(db)));
    auto after = runCli(logPain(db, QStringLiteral("2026-11-21")));
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(DatabaseLock::acquire(db).ok());
    auto windowAfter = runCli({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    EXPECT_EQ(windowAfter.exitCode, 0) << windowAfter.err.toStdString();
}
