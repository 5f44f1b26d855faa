// Issue 6.4, bad files at open: each is named with its problem, left byte-for-byte unchanged, and the
// newest good backup is offered (the command line prints it with the restore command).
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <functional>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** A real database with a few hundred pain logs (several pages), closed cleanly, and one good backup of it. */
QString makeRunnerDb(const QString &path)
{
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(db.value()->exec(QStringLiteral("PRAGMA synchronous = OFF"), QStringLiteral("test")).ok());
    for (int i = 0; i < 300; ++i) {
        PainEntry e;
        e.date = QDate(2026, 1, 1).addDays(i);
        e.score = i % 11;
        e.note = QStringLiteral("Day %1: a note long enough to fill some pages of the file.").arg(i);
        EXPECT_TRUE(LogRepository(*db.value()).logPain(e).ok());
    }
    auto backup = BackupManager(path).backupNow(*db.value(), QDateTime(QDate(2026, 11, 24), QTime(20, 0)));
    EXPECT_TRUE(backup.ok());
    return backup.ok() ? *backup : QString();
}

struct Damage
{
    const char *name;
    std::function<void(const QString &)> apply;
    ErrorKind kind;
    const char *says;
    bool dataExpected = false;
};

void PrintTo(const Damage &d, std::ostream *os)
{
    *os << d.name;
}

std::string damageName(const ::testing::TestParamInfo<Damage> &param)
{
    return param.param.name;
}

class DamagedFile : public ::testing::TestWithParam<Damage>
{
};

QByteArray flipPage(QByteArray bytes, int page)
{
    const int size = 4096;
    for (int i = page * size; i < (page + 1) * size && i < bytes.size(); ++i)
        bytes[i] = char(~bytes.at(i));
    return bytes;
}

} // namespace

TEST_P(DamagedFile, IsNamedLeftUnchangedAndTheNewestGoodBackupIsOffered)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("runner.db"));
    const QString backup = makeRunnerDb(path);
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal"))) << "closed cleanly, all in the file";
    GetParam().apply(path);
    const QByteArray before = readAll(path);

    OpenOptions options;
    options.dataExpected = GetParam().dataExpected;
    auto db = Database::open(path, Database::Mode::ReadWrite, options);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.kind(), GetParam().kind) << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(QStringLiteral("runner.db"))) << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(QString::fromUtf8(GetParam().says))) << db.message().toStdString();
    EXPECT_EQ(readAll(path), before) << "the file's bytes changed";

    const auto offered = BackupManager(path).newestGoodBackup();
    ASSERT_TRUE(offered.has_value());
    EXPECT_EQ(offered->path, backup);

    if (!GetParam().dataExpected) {
        // The command line says the same, then where the backup is and how to restore it.
        auto cli = runCli({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("2"),
                           QStringLiteral("--db"), path});
        EXPECT_EQ(cli.exitCode, 1);
        EXPECT_TRUE(cli.err.contains(QString::fromUtf8(GetParam().says))) << cli.err.toStdString();
        EXPECT_TRUE(cli.err.contains(QStringLiteral("stridewise restore \"%1\" --db \"%2\"").arg(backup, path)))
            << cli.err.toStdString();
        EXPECT_EQ(readAll(path), before) << "the command line changed the file's bytes";
        // And the offer works: the restore brings the runner's data back.
        auto restore = runCli({QStringLiteral("restore"), backup, QStringLiteral("--db"), path});
        EXPECT_EQ(restore.exitCode, 0) << restore.err.toStdString();
        EXPECT_EQ(dumpTables(path), dumpTables(backup));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Safety,
    DamagedFile,
    ::testing::Values(
        Damage{"FlippedPage", [](const QString &p) { writeAll(p, flipPage(readAll(p), 5)); }, ErrorKind::Corrupt, "damaged"},
        Damage{"OnePage", [](const QString &p) { writeAll(p, readAll(p).left(4096)); }, ErrorKind::Corrupt, "cut short"},
        Damage{"HalfAFile", [](const QString &p) { writeAll(p, readAll(p).left(readAll(p).size() / 2)); }, ErrorKind::Corrupt,
               "cut short"},
        Damage{"EmptiedWhenDataExisted", [](const QString &p) { writeAll(p, {}); }, ErrorKind::Corrupt, "empty (0 bytes)", true},
        Damage{"NotADatabase", [](const QString &p) { writeAll(p, "Monday: 5 km, back fine\n"); }, ErrorKind::NotStridewise,
               "not an SQLite"},
        Damage{"NewerVersion",
               [](const QString &p) {
                   auto db = Database::open(p);
                   ASSERT_TRUE(db.ok());
                   ASSERT_TRUE(db.value()->exec(QStringLiteral("PRAGMA user_version = 42"), QStringLiteral("test")).ok());
               },
               ErrorKind::NewerVersion, "newer version"}),
    damageName);

TEST(BadFiles, AnEmptyFileIsANewDatabaseUnlessTheSettingsKnowItHeldData)
{
    TempDir dir;
    writeAll(dir.path(), {});
    EXPECT_TRUE(Database::open(dir.path()).ok());
    TempDir other;
    OpenOptions options;
    options.dataExpected = true;
    auto missing = Database::open(other.path(), Database::Mode::ReadWrite, options);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.kind(), ErrorKind::NotFound);
    EXPECT_TRUE(missing.message().contains(QStringLiteral("missing"))) << missing.message().toStdString();
    EXPECT_FALSE(QFile::exists(other.path())) << "no new file in place of the lost one";
}

TEST(BadFiles, TheWindowHeadlessPrintsTheProblemAndTheBackupAndExits)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("runner.db"));
    const QString backup = makeRunnerDb(path);
    writeAll(path, flipPage(readAll(path), 5));
    const QByteArray before = readAll(path);
    auto r = runCli({QStringLiteral("--db"), path, QStringLiteral("--screenshot"), dir.path(QStringLiteral("w.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("runner.db is damaged"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(backup)) << r.err.toStdString();
    EXPECT_EQ(readAll(path), before);
}
