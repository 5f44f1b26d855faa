// Issue 15: the count of weeks planned in a row before a week is read from week.streak, kept by triggers, instead of
// a walk back through every week of the streak. These tests hold it to the walk on every kind of write.

#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/schema.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"
#include <random>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kFirst(2026, 1, 5); // a Monday
constexpr int kWeeks = 30;

QDate mondayAt(int week)
{
    return kFirst.addDays(7 * week);
}

/** The definition, as the recursive walk had it: step back 7 days at a time while a week row is there. */
int walkBack(const QSet<QDate> &weeks, QDate monday)
{
    int n = 0;
    for (QDate d = monday.addDays(-7); weeks.contains(d); d = d.addDays(-7))
        ++n;
    return n;
}

QSet<QDate> weekRows(Database &db)
{
    QSet<QDate> out;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT monday FROM week")));
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}

/** Every Monday around the weeks (and a Tuesday) gets the walk's count; the trace says after which step. */
void expectLikeTheWalk(Database &db, const std::string &after, int first = -2, int last = kWeeks + 2)
{
    const QSet<QDate> weeks = weekRows(db);
    PlanRepository plans(db);
    for (int w = first; w <= last; ++w) {
        for (QDate day : { mondayAt(w), mondayAt(w).addDays(1) }) {
            auto count = plans.consecutivePlannedWeeksBefore(day);
            ASSERT_TRUE(count.ok()) << count.message().toStdString();
            ASSERT_EQ(*count, walkBack(weeks, day))
                << "before " << qPrintable(day.toString(Qt::ISODate)) << " after " << after;
        }
    }
}

Week emptyWeek(QDate monday, int version = 3)
{
    Week w;
    w.monday = monday;
    w.generatorVersion = version;
    return w;
}

bool execSql(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    EXPECT_TRUE(ok) << qPrintable(sql);
    return ok;
}

QString insertRow(QDate monday)
{
    return QStringLiteral("INSERT INTO week (iso_week, monday) VALUES ('%1', '%2')")
        .arg(IsoWeek::name(monday), monday.toString(Qt::ISODate));
}

} // namespace

TEST(WeekStreak, CountsAcrossGapsLikeTheWalk)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    PlanRepository plans(*db);
    for (int w : { 0, 1, 2, 4, 5, 9, 10, 11, 12 })
        ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(w))).ok());
    expectLikeTheWalk(*db, "the first weeks");
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(13)).value(), 4);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(9)).value(), 0);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 2);
    // Filling a gap joins two runs; every week after it counts on.
    ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(3))).ok());
    expectLikeTheWalk(*db, "filling week 3");
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 6);
    // Deleting a week in the middle splits the run again.
    ASSERT_TRUE(plans.deleteWeek(mondayAt(1)).ok());
    expectLikeTheWalk(*db, "deleting week 1");
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 4);
}

TEST(WeekStreak, UndoOfAPlanAndOfADeleteGivesTheCountBack)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    PlanRepository plans(*db);
    for (int w = 0; w < 6; ++w)
        ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(w))).ok());
    // Plan week 6, then undo it: restore() of the snapshot taken before, which had no week.
    auto before = plans.snapshot(mondayAt(6));
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(6))).ok());
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(7)).value(), 7);
    ASSERT_TRUE(plans.restore(*before).ok());
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(7)).value(), 0);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 6);
    expectLikeTheWalk(*db, "undoing the plan of week 6");
    // Delete week 2 and undo the delete: the row comes back (a new row id), and so does the count.
    auto kept = plans.snapshot(mondayAt(2));
    ASSERT_TRUE(kept.ok());
    ASSERT_TRUE(plans.deleteWeek(mondayAt(2)).ok());
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 3);
    ASSERT_TRUE(plans.restore(*kept).ok());
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(6)).value(), 6);
    expectLikeTheWalk(*db, "undoing the delete of week 2");
}

TEST(WeekStreak, HandMadeRowsAndMovedRowsCount)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    PlanRepository plans(*db);
    ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(0))).ok());
    // A week row made by hand edits alone (generator_version 0), as replaceWeek makes it for a session moved in.
    ASSERT_TRUE(plans.replaceWeek(emptyWeek(mondayAt(1), 0), mondayAt(1), {}).ok());
    // Rows written by SQL by hand, in any order.
    ASSERT_TRUE(execSql(*db, insertRow(mondayAt(3))));
    ASSERT_TRUE(execSql(*db, insertRow(mondayAt(2))));
    expectLikeTheWalk(*db, "hand-made rows");
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(4)).value(), 4);
    // A row moved to another Monday by hand: out of the run, and into another one.
    ASSERT_TRUE(plans.saveWeek(emptyWeek(mondayAt(6))).ok());
    ASSERT_TRUE(execSql(*db,
        QStringLiteral("UPDATE week SET monday = '%1', iso_week = '%2' WHERE monday = '%3'")
            .arg(mondayAt(5).toString(Qt::ISODate), IsoWeek::name(mondayAt(5)), mondayAt(1).toString(Qt::ISODate))));
    expectLikeTheWalk(*db, "moving week 1 to week 5");
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(7)).value(), 2); // weeks 5 and 6
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(4)).value(), 2); // weeks 2 and 3
    // A row that is not a Monday never counts for a Monday, as the walk never stepped on it.
    ASSERT_TRUE(execSql(*db, insertRow(mondayAt(7).addDays(1))));
    ASSERT_TRUE(execSql(*db, insertRow(mondayAt(8).addDays(1))));
    expectLikeTheWalk(*db, "rows on Tuesdays");
}

TEST(WeekStreak, RandomWritesKeepTheCountExact)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    PlanRepository plans(*db);
    std::mt19937 rng(15);
    const auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    for (int step = 0; step < 150; ++step) {
        const QSet<QDate> weeks = weekRows(*db);
        const QDate monday = mondayAt(pick(kWeeks));
        std::string what;
        switch (pick(5)) {
        case 0:
            what = "saveWeek";
            if (!weeks.contains(monday)) {
                ASSERT_TRUE(plans.saveWeek(emptyWeek(monday)).ok());
            }
            break;
        case 1:
            what = "deleteWeek";
            ASSERT_TRUE(plans.deleteWeek(monday).ok());
            break;
        case 2: {
            what = "plan and undo";
            auto before = plans.snapshot(monday);
            ASSERT_TRUE(before.ok());
            if (!weeks.contains(monday)) {
                ASSERT_TRUE(plans.saveWeek(emptyWeek(monday)).ok());
            }
            ASSERT_TRUE(plans.restore(*before).ok());
            break;
        }
        case 3:
            what = "INSERT by hand";
            if (!weeks.contains(monday)) {
                ASSERT_TRUE(execSql(*db, insertRow(monday)));
            }
            break;
        default: {
            what = "moved by hand";
            const QDate to = mondayAt(pick(kWeeks));
            if (weeks.contains(monday) && !weeks.contains(to)) {
                ASSERT_TRUE(execSql(*db,
                    QStringLiteral("UPDATE week SET monday = '%1', iso_week = '%2' WHERE "
                                   "monday = '%3'")
                        .arg(to.toString(Qt::ISODate), IsoWeek::name(to), monday.toString(Qt::ISODate))));
            }
            break;
        }
        }
        expectLikeTheWalk(*db, "step " + std::to_string(step) + " (" + what + ")");
        if (HasFatalFailure())
            return;
    }
}

TEST(WeekStreak, CountsPastTenYears)
{
    // The walk stopped at 520 weeks, so after ten years in a row the easier fourth week never came again.
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.isActive());
        for (int w = 0; w < 600; ++w)
            ASSERT_TRUE(execSql(*db, insertRow(mondayAt(w))));
        ASSERT_TRUE(tx.commit().ok());
    }
    PlanRepository plans(*db);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(600)).value(), 600);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(601)).value(), 0);
    ASSERT_TRUE(plans.deleteWeek(mondayAt(100)).ok());
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(600)).value(), 499);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(mondayAt(100)).value(), 100);
    expectLikeTheWalk(*db, "600 weeks less week 100", 95, 110);
}

// The migration fills the count for files that already hold weeks (brief: "Schema migrations").
TEST(WeekStreak, MigrationCountsTheWeeksAFileAlreadyHolds)
{
    QList<QStringList> before;
    for (const QStringList &version : Schema::migrations()) {
        if (version.join(QLatin1Char(' ')).contains(QLatin1String("week_streak_insert")))
            break;
        before << version;
    }
    ASSERT_LT(before.size(), Schema::migrations().size());
    TempDir dir;
    {
        Database::setMigrationsForTesting(before);
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        // Rows in no particular order, runs of several lengths, and a row on a Tuesday.
        for (int w : { 7, 0, 1, 2, 3, 12, 5, 6, 8, 13, 14, 20, 4 })
            ASSERT_TRUE(execSql(*db, insertRow(mondayAt(w))));
        ASSERT_TRUE(execSql(*db, insertRow(mondayAt(16).addDays(1))));
        ASSERT_TRUE(execSql(*db, insertRow(mondayAt(17).addDays(1))));
    }
    Database::setMigrationsForTesting({});
    OpenOptions open;
    open.now = QDateTime(QDate(2026, 12, 1), QTime(8, 0));
    auto opened = Database::open(dir.path(), Database::Mode::ReadWrite, open);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database &db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    expectLikeTheWalk(db, "the migration");
    EXPECT_EQ(PlanRepository(db).consecutivePlannedWeeksBefore(mondayAt(9)).value(), 9);
    EXPECT_EQ(PlanRepository(db).consecutivePlannedWeeksBefore(mondayAt(18).addDays(1)).value(), 2);
    // And the triggers work on the migrated rows.
    ASSERT_TRUE(PlanRepository(db).saveWeek(emptyWeek(mondayAt(9))).ok());
    EXPECT_EQ(PlanRepository(db).consecutivePlannedWeeksBefore(mondayAt(10)).value(), 10);
    expectLikeTheWalk(db, "planning week 9 after the migration");
}
