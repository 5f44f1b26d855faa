#include "core/io/json.h"
#include "core/load/distancestats.h"
#include "core/load/loadmath.h"
#include "core/service/importer.h"
#include "core/store/statsrepository.h"

#include <gtest/gtest.h>

#include "tests/import/importtest.h"
#include "tests/io/readertest.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

TEST(WeeklyDistance, SumsRecordedDistancePerIsoWeekAndCountsRunsWithoutOne)
{
    const QDate monday(2026, 11, 23);
    CompletedSession run1{ monday, Activity::Run, 30, 4, {}, 5000.0 };
    CompletedSession run2{ monday.addDays(6), Activity::Run, 40, 4, {}, 7000.0 };
    CompletedSession byHand{ monday.addDays(3), Activity::Run, 30, 4, {}, std::nullopt };
    CompletedSession ride{ monday.addDays(2), Activity::Cycle, 60, 3, {}, 20000.0 };
    CompletedSession nextWeek{ monday.addDays(7), Activity::Run, 30, 4, {}, 6000.0 };
    CompletedSession outside{ monday.addDays(30), Activity::Run, 30, 4, {}, 6000.0 };
    const QList<WeekDistance> weeks =
        Load::weeklyDistance({ run1, run2, byHand, ride, nextWeek, outside }, monday.addDays(2), monday.addDays(13));
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks.at(0).monday, monday);
    // run1 is dated before `from`: only what lies inside the range counts.
    EXPECT_DOUBLE_EQ(weeks.at(0).runMeters, 7000.0);
    EXPECT_DOUBLE_EQ(weeks.at(0).allMeters, 27000.0);
    EXPECT_EQ(weeks.at(0).runsWithDistance, 1);
    EXPECT_EQ(weeks.at(0).runsWithoutDistance, 1);
    EXPECT_DOUBLE_EQ(weeks.at(1).runMeters, 6000.0);
    EXPECT_TRUE(Load::weeklyDistance({}, monday, monday.addDays(-1)).isEmpty());
}

TEST(SpikeGuardByDistance, UsesDistanceWhenTheRunAndItsThirtyDaysHaveOne)
{
    const QDate day(2026, 11, 30);
    // Longest of the 30 days: 10 km in 60 min. The new run is 12 km in 55 min: a spike by distance (+20 %),
    // not by minutes.
    const QList<RunRecord> runs{ { day.addDays(-20), 60, 10000.0 }, { day.addDays(-10), 40, 8000.0 },
        { day, 55, 12000.0 } };
    const Load::SpikeBaseline b = Load::spikeBaseline(runs, day);
    EXPECT_EQ(b.runs, 2);
    EXPECT_TRUE(b.byDistance);
    EXPECT_DOUBLE_EQ(b.longestMeters, 10000.0);
    EXPECT_EQ(b.longestMinutes, 60);
    const QList<Spike> spikes = Load::findSpikes(runs, day, day);
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_TRUE(spikes.first().byDistance);
    EXPECT_DOUBLE_EQ(spikes.first().meters, 12000.0);
    EXPECT_DOUBLE_EQ(spikes.first().longestPriorMeters, 10000.0);
    EXPECT_DOUBLE_EQ(spikes.first().ratio, 1.2);

    // One run of the window ticked by hand (no distance): minutes decide, and 55 min after 60 is no spike.
    QList<RunRecord> mixed = runs;
    mixed[1].distanceMeters.reset();
    EXPECT_FALSE(Load::spikeBaseline(mixed, day).byDistance);
    EXPECT_TRUE(Load::findSpikes(mixed, day, day).isEmpty());
    // Exactly 110 % by distance is not a spike.
    EXPECT_TRUE(Load::findSpikes({ { day.addDays(-3), 60, 10000.0 }, { day, 30, 11000.0 } }, day, day).isEmpty());
}

TEST(DistanceInTheStore, ReachesStatsAndThePlanJson)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const QDate monday(2026, 11, 30);
    const Week w = saveWeek(*db, monday, { planned(monday, Activity::Run, 30, 4) });
    ImportOptions o;
    o.today = monday;
    ASSERT_EQ(Importer(*db).importFile(activityFixture(QStringLiteral("run-35min-1hz.fit")), o).imported.size(), 1);
    auto runs = StatsRepository(*db).runs(monday, monday);
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 1);
    EXPECT_EQ(runs->first().distanceMeters, 6300.0);

    auto session = PlanRepository(*db).session(w.sessions.first().id);
    const QJsonObject done = Json::fromSession(**session).value(QStringLiteral("done")).toObject();
    EXPECT_EQ(done.value(QStringLiteral("distance_m")).toDouble(), 6300.0);
    EXPECT_TRUE(done.value(QStringLiteral("shoe")).isNull());
    EXPECT_TRUE(done.value(QStringLiteral("needs_effort")).toBool());
    EXPECT_EQ(done.value(QStringLiteral("minutes")).toInt(), 35);
}
