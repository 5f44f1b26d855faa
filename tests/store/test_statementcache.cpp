// Issue 15: statements are prepared once per connection and reused. These tests hold the cache to giving the same
// answers as a statement prepared anew: with new values bound, nested, after schema changes, per connection.

#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kDay(2026, 11, 30);

void logPain(Database &db, QDate date, int score)
{
    auto saved = LogRepository(db).logPain(PainEntry{ date, score, {}, {} });
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
}

int scoreOn(Database &db, QDate date)
{
    auto entry = LogRepository(db).painOn(date);
    EXPECT_TRUE(entry.ok());
    return entry.ok() && entry->has_value() ? (*entry)->score : -1;
}

const QString kCount = QStringLiteral("SELECT count(*) FROM pain_log WHERE score >= ?");

int countAtLeast(Database &db, int score)
{
    auto q = db.prepared(kCount);
    q->addBindValue(score);
    EXPECT_TRUE(q->exec());
    return q->next() ? q->value(0).toInt() : -1;
}

} // namespace

TEST(StatementCache, ReusesOneStatementWithNewValuesEachTime)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    for (int d = 0; d < 5; ++d)
        logPain(*db, kDay.addDays(d), d);
    const int kept = db->preparedCount();
    for (int d = 0; d < 5; ++d)
        EXPECT_EQ(scoreOn(*db, kDay.addDays(d)), d);
    EXPECT_EQ(scoreOn(*db, kDay.addDays(9)), -1);
    EXPECT_EQ(countAtLeast(*db, 3), 2);
    EXPECT_EQ(countAtLeast(*db, 0), 5);
    // One more statement (the count) and one for painOn: reads add no statement per call.
    EXPECT_EQ(db->preparedCount(), kept + 2);
    // A statement comes back reset: not left on a row, holding no read open.
    auto q = db->prepared(kCount);
    EXPECT_FALSE(q->isActive());
}

TEST(StatementCache, NestedUseOfTheSameSqlGetsAStatementOfItsOwn)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    for (int d = 0; d < 4; ++d)
        logPain(*db, kDay.addDays(d), d + 1);
    auto outer = db->prepared(kCount);
    outer->addBindValue(1);
    ASSERT_TRUE(outer->exec());
    // While the outer one is being read, the same SQL again (as a repository calling another would).
    EXPECT_EQ(countAtLeast(*db, 3), 2);
    ASSERT_TRUE(outer->next());
    EXPECT_EQ(outer->value(0).toInt(), 4);
}

TEST(StatementCache, GivesRightAnswersAfterTheSchemaChanges)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    logPain(*db, kDay, 3);
    EXPECT_EQ(countAtLeast(*db, 1), 1);
    EXPECT_EQ(scoreOn(*db, kDay), 3);
    // Schema changes on the same connection: SQLite prepares the kept statements again by itself.
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE INDEX pain_score ON pain_log(score)"), QStringLiteral("test")).ok());
    logPain(*db, kDay.addDays(1), 5);
    EXPECT_EQ(countAtLeast(*db, 1), 2);
    EXPECT_EQ(scoreOn(*db, kDay.addDays(1)), 5);
    ASSERT_TRUE(db->exec(QStringLiteral("DROP INDEX pain_score"), QStringLiteral("test")).ok());
    ASSERT_TRUE(db->exec(QStringLiteral("VACUUM"), QStringLiteral("test")).ok());
    logPain(*db, kDay.addDays(2), 7);
    EXPECT_EQ(countAtLeast(*db, 1), 3);
    EXPECT_EQ(scoreOn(*db, kDay.addDays(2)), 7);
}

TEST(StatementCache, EachConnectionHasItsOwnStatements)
{
    TempDir dir;
    auto first = openDb(dir.path());
    ASSERT_TRUE(first);
    logPain(*first, kDay, 2);
    auto second = openDb(dir.path());
    ASSERT_TRUE(second);
    EXPECT_EQ(scoreOn(*first, kDay), 2);
    EXPECT_EQ(scoreOn(*second, kDay), 2);
    {
        auto a = first->prepared(kCount);
        auto b = second->prepared(kCount);
        EXPECT_EQ(a->driver(), first->connection().driver());
        EXPECT_EQ(b->driver(), second->connection().driver());
        EXPECT_NE(a->driver(), b->driver());
    }
    // A write not yet committed on one connection is seen through its own statements only.
    {
        Transaction tx(*first);
        ASSERT_TRUE(tx.isActive());
        auto q = first->prepared(QStringLiteral("UPDATE pain_log SET score = 9 WHERE date = ?"));
        q->addBindValue(kDay.toString(Qt::ISODate));
        ASSERT_TRUE(q->exec());
        EXPECT_EQ(scoreOn(*first, kDay), 9);
        EXPECT_EQ(scoreOn(*second, kDay), 2);
    } // rolled back
    EXPECT_EQ(scoreOn(*first, kDay), 2);
    // What one connection commits, the other's kept statements read at once (no read is left open).
    logPain(*first, kDay, 6);
    EXPECT_EQ(scoreOn(*second, kDay), 6);
    logPain(*second, kDay, 4);
    EXPECT_EQ(scoreOn(*first, kDay), 4);
}

TEST(StatementCache, AReopenedFileReadsTheDataAsSavedAndClosesCleanly)
{
    TempDir dir;
    {
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        logPain(*db, kDay, 3);
        EXPECT_EQ(scoreOn(*db, kDay), 3);
        EXPECT_GT(db->preparedCount(), 0);
    } // closed with statements kept: they are dropped first, and the close checkpoints the log away
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("-wal")));
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    EXPECT_EQ(scoreOn(*db, kDay), 3);
    EXPECT_TRUE(db->checkIntegrity().ok());
}

TEST(StatementCache, AnotherThreadNeverGetsThisConnectionsStatements)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    logPain(*db, kDay, 3);
    EXPECT_EQ(countAtLeast(*db, 0), 1);
    const int kept = db->preparedCount();
    QSqlDriver *const mine = db->connection().driver();
    bool ran = false;
    bool cached = true;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto q = db->prepared(kCount);
        ran = true;
        cached = q->driver() == mine;
    }));
    thread->start();
    thread->wait();
    EXPECT_TRUE(ran);
    EXPECT_FALSE(cached);
    EXPECT_EQ(db->preparedCount(), kept);
    EXPECT_EQ(countAtLeast(*db, 0), 1);
}
