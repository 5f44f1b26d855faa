// Issue 6.6, disk full: simulated with PRAGMA max_page_count. The transaction rolls back, the message says
// "Not saved: the disk is full", earlier data is intact, and a retry after space is freed works.
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

int pageCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA page_count")) && q.next() ? q.value(0).toInt() : -1;
}

PainEntry entry(int day)
{
    PainEntry e;
    e.date = QDate(2026, 1, 1).addDays(day);
    e.score = day % 11;
    e.note = QString(1900, QLatin1Char('a' + day % 26));
    return e;
}

Week bigWeek(QDate monday)
{
    Week w;
    w.monday = monday;
    for (int i = 0; i < 40; ++i) {
        PlannedSession s;
        s.date = monday.addDays(i % 7);
        s.minutes = 30;
        s.rpe = 4;
        s.title = QStringLiteral("Session %1").arg(i);
        s.reason = QString(1500, QLatin1Char('r'));
        w.sessions << s;
    }
    return w;
}

} // namespace

TEST(DiskFull, AFullDiskRollsBackSaysNotSavedKeepsEarlierDataAndARetryWorks)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    LogRepository log(*db);
    for (int day = 0; day < 3; ++day)
        ASSERT_TRUE(log.logPain(entry(day)).ok());

    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(*db)), QStringLiteral("test")).ok());
    Result<void> r;
    int day = 3;
    for (; day < 200 && r.ok(); ++day)
        r = log.logPain(entry(day));
    ASSERT_FALSE(r.ok()) << "the page limit never filled";
    const int failedDay = day - 1;
    EXPECT_EQ(r.kind(), ErrorKind::DiskFull) << r.message().toStdString();
    EXPECT_TRUE(r.message().startsWith(QStringLiteral("Not saved: the disk is full"))) << r.message().toStdString();

    // The failed entry is not there, and everything before it is.
    auto lost = log.painOn(entry(failedDay).date);
    ASSERT_TRUE(lost.ok());
    EXPECT_FALSE(lost->has_value());
    for (int earlier = 0; earlier < failedDay; ++earlier)
        ASSERT_TRUE(log.painOn(entry(earlier).date)->has_value()) << earlier;
    EXPECT_TRUE(db->checkIntegrity(false).ok());

    // A whole week that does not fit is not saved at all: no week row, no sessions.
    auto week = PlanRepository(*db).saveWeek(bigWeek(QDate(2026, 11, 23)));
    ASSERT_FALSE(week.ok());
    EXPECT_EQ(week.kind(), ErrorKind::DiskFull);
    auto saved = PlanRepository(*db).week(QDate(2026, 11, 23));
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(saved->has_value());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM session")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);

    // Space is freed: the same saves now work.
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA max_page_count = 1000000"), QStringLiteral("test")).ok());
    EXPECT_TRUE(log.logPain(entry(failedDay)).ok());
    EXPECT_TRUE(log.painOn(entry(failedDay).date)->has_value());
    EXPECT_TRUE(PlanRepository(*db).saveWeek(bigWeek(QDate(2026, 11, 23))).ok());
    EXPECT_TRUE(db->checkIntegrity(false).ok());
}
