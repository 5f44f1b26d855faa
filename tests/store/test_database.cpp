#include "core/store/database.h"
#include "core/store/filechecks.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/schema.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

QVariant pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    return q.next() ? q.value(0) : QVariant();
}

/** An SQLite file made by "another program": plain Qt SQL, no Stridewise marks. */
void makeForeignSqlite(const QString &path, bool withApplicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
        if (withApplicationId) {
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST(Database, CreatesAFileWithWalFullSyncForeignKeysAndOurApplicationId)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    EXPECT_EQ(pragma(*db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(*db, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*db, "application_id").toInt(), Database::kApplicationId);
    EXPECT_EQ(db->schemaVersion(), Database::kSchemaVersion);
    EXPECT_TRUE(db->checkIntegrity().ok());
}

TEST(Database, MigratesAnEmptyFileToTheCurrentVersion)
{
    TempDir dir;
    writeAll(dir.path(), {}); // 0 bytes: SQLite treats it as an empty database
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    // Later migrations add tables of their own; these are the ones every version has, and the clearances.
    for (const char *table : { "clearance", "completion", "pain_log", "profile", "session", "week" })
        EXPECT_TRUE(tables.contains(QLatin1String(table))) << table;
}

TEST(Database, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    TempDir dir;
    {
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    }
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    auto p = ProfileRepository(*db).load();
    ASSERT_TRUE(p.ok());
    EXPECT_TRUE(p->has_value());
}

struct BadFile
{
    const char *name;
    std::function<void(const QString &)> make;
    ErrorKind kind;
    const char *says;
};

void PrintTo(const BadFile &file, std::ostream *os)
{
    *os << file.name;
}

std::string badFileName(const ::testing::TestParamInfo<BadFile> &param)
{
    return param.param.name;
}

class RefusedFile : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(RefusedFile, IsRefusedWithAClearMessageAndLeftByteForByteUnchanged)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("runner.db"));
    GetParam().make(path);
    const QByteArray before = readAll(path);
    ASSERT_FALSE(before.isEmpty());

    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.kind(), GetParam().kind) << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(QStringLiteral("runner.db"))) << db.message().toStdString();
    EXPECT_TRUE(db.message().contains(QString::fromUtf8(GetParam().says))) << db.message().toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

INSTANTIATE_TEST_SUITE_P(
    Database,
    RefusedFile,
    ::testing::Values(
        BadFile{"Text", [](const QString &p) { writeAll(p, "my running diary\nMonday: 5 km\n"); }, ErrorKind::NotStridewise,
                "not an SQLite"},
        BadFile{"RandomBytes",
                [](const QString &p) {
                    QByteArray bytes(8192, '\0');
                    QRandomGenerator gen(42);
                    for (char &c : bytes)
                        c = char(gen.bounded(256));
                    writeAll(p, bytes);
                },
                ErrorKind::NotStridewise, "not an SQLite"},
        BadFile{"OtherAppsSqlite", [](const QString &p) { makeForeignSqlite(p, false); }, ErrorKind::NotStridewise,
                "another program"},
        BadFile{"OtherAppsSqliteWithId", [](const QString &p) { makeForeignSqlite(p, true); }, ErrorKind::NotStridewise,
                "another program"},
        BadFile{"NewerVersion",
                [](const QString &p) {
                    {
                        auto db = Database::open(p);
                        ASSERT_TRUE(db.ok());
                        ASSERT_TRUE(db.value()->exec(QStringLiteral("PRAGMA user_version = 99"), QStringLiteral("test")).ok());
                    }
                },
                ErrorKind::NewerVersion, "newer version"},
        BadFile{"HalfAFile",
                [](const QString &p) {
                    {
                        auto db = Database::open(p);
                        ASSERT_TRUE(db.ok());
                    }
                    QByteArray bytes = readAll(p);
                    writeAll(p, bytes.left(bytes.size() / 2 + 100));
                },
                ErrorKind::Corrupt, "cut short"}),
    badFileName);

TEST(Database, ConstraintViolationIsAnErrorValueNotACrash)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    auto r = db->exec(QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-12-01', 11)"), QStringLiteral("test"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::Invalid);
    r = db->exec(QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-02-30', 1)"), QStringLiteral("test"));
    EXPECT_FALSE(r.ok());
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-12-01', 3)"), QStringLiteral("t")).ok());
    }
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pain_log")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Database, CopyToMakesAConsistentOpenableCopy)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    ASSERT_TRUE(db->copyTo(dir.path(QStringLiteral("copy.db"))).ok());
    auto copy = openDb(dir.path(QStringLiteral("copy.db")));
    ASSERT_TRUE(copy);
    EXPECT_TRUE(ProfileRepository(*copy).load()->has_value());
    EXPECT_FALSE(db->copyTo(dir.path(QStringLiteral("copy.db"))).ok()); // never overwrites
}

TEST(Database, ANewFileIsMadeWholeOrNotAtAll)
{
    // A new file gets every version in one transaction: a failure (or a kill) while it is made leaves no
    // half-made file that would need a backup before it could be finished.
    TempDir dir;
    const QString path = dir.path();
    Database::setMigrationsForTesting({ Schema::migrations().first(), { QStringLiteral("CREATE TABLE broken (") } });
    auto failed = Database::open(path);
    Database::setMigrationsForTesting({});
    ASSERT_FALSE(failed.ok()) << "the broken second version must fail";
    failed = Error{};
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-new-file"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << "the first version was committed on its own";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << "tables of a half-made file were left behind";
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-new-file"));
    auto db = Database::open(path); // no time given: a new file needs no backup first
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion);
}

TEST(Database, TheLogIdMigrationKeepsAVersionOneFilesDataAndEveryCommitRenewsTheId)
{
    TempDir dir;
    const QString path = dir.path();
    Database::setMigrationsForTesting({ Schema::migrations().first() });
    {
        auto v1 = openDb(path);
        ASSERT_TRUE(v1);
        ASSERT_EQ(v1->schemaVersion(), 1);
        ASSERT_TRUE(
            v1->exec(QStringLiteral("INSERT INTO pain_log (date, score, note) VALUES ('2026-10-06', 4, 'kept')"),
                  QStringLiteral("test"))
                .ok());
    }
    Database::setMigrationsForTesting({});
    OpenOptions options;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
    auto db = Database::open(path, Database::Mode::ReadWrite, options);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::kSchemaVersion);
    QSqlQuery q(db.value()->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT score, note FROM pain_log WHERE date = '2026-10-06'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("kept"));
    auto ids = [&] {
        QSqlQuery r(db.value()->connection());
        EXPECT_TRUE(r.exec(QStringLiteral("SELECT log_id, previous_log_id FROM file_identity")) && r.next());
        return QStringList{ r.value(0).toString(), r.value(1).toString() };
    };
    const QStringList before = ids();
    EXPECT_EQ(before.at(0).size(), 32);
    PainEntry e;
    e.date = QDate(2026, 10, 7);
    e.score = 2;
    ASSERT_TRUE(LogRepository(*db.value()).logPain(e).ok());
    const QStringList after = ids();
    EXPECT_NE(after.at(0), before.at(0));
    EXPECT_EQ(after.at(1), before.at(0)) << "each commit keeps the id before it";
}

// Issue 15: the usual open compares a file with the schema snapshot taken at build time instead of replaying the
// migrations. The snapshot must be exactly what the migrations make with this SQLite, version by version, or a
// runner's own file would be checked against the wrong schema.
TEST(Database, TheBuildsSchemaSnapshotIsWhatTheMigrationsMake)
{
    const QList<QStringList> built = FileChecks::builtSchemas();
    const QList<QStringList> migrations = Schema::migrations();
    ASSERT_EQ(built.size(), migrations.size() + 1);
    EXPECT_TRUE(built.first().isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot-check"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        ASSERT_TRUE(db.open());
        for (qsizetype v = 0; v < migrations.size(); ++v) {
            for (const QString &statement : migrations.at(v))
                ASSERT_TRUE(QSqlQuery(db).exec(statement)) << qPrintable(statement);
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral(
                "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")));
            QStringList rows;
            while (q.next()) {
                rows << q.value(0).toString() + QChar(0x1f) + q.value(1).toString() + QChar(0x1f)
                        + q.value(2).toString() + QChar(0x1f) + q.value(3).toString();
            }
            EXPECT_EQ(rows, built.at(v + 1)) << "version " << v + 1;
            EXPECT_FALSE(rows.isEmpty());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot-check"));
}
