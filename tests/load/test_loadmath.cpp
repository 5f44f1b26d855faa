#include "core/load/loadmath.h"
#include "core/load/loadreport.h"

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

QDate day(int d)
{
    return QDate(2026, 11, 2).addDays(d); // 2026-11-02 is a Monday
}

ActivityDayLoad done(int d, Activity activity, int minutes, int rpe)
{
    ActivityDayLoad a;
    a.date = day(d);
    a.activity = activity;
    a.sessions = 1;
    a.minutes = minutes;
    a.load = Load::sessionLoad(rpe, minutes);
    return a;
}

} // namespace

TEST(SessionLoad, IsEffortTimesMinutes)
{
    EXPECT_EQ(Load::sessionLoad(5, 30), 150); // Foster 2001: RPE 5 for 30 min
    EXPECT_EQ(Load::sessionLoad(0, 45), 0);
}

TEST(Ewma, TenDaysByHand)
{
    // N = 7: λ = 2/8 = 0.25. E_t = 0.25·L_t + 0.75·E_{t−1}, E_{−1} = 0.
    // 0.25·100 = 25; 0.75·25 = 18.75; 50 + 14.0625 = 64.0625; 48.046875; 36.03515625;
    // 75 + 27.0263671875 = 102.0263671875; 76.519775390625; 25 + 57.38983154296875 = 82.38983154296875;
    // 61.79237365722656; 46.34428024291992.
    const QList<double> loads{ 100, 0, 200, 0, 0, 300, 0, 100, 0, 0 };
    const QList<double> expected{ 25.0, 18.75, 64.0625, 48.046875, 36.03515625, 102.0263671875, 76.519775390625,
        82.38983154296875, 61.79237365722656, 46.34428024291992 };
    const QList<double> acute = Load::ewma(loads, 7);
    ASSERT_EQ(acute.size(), 10);
    for (int i = 0; i < 10; ++i)
        EXPECT_NEAR(acute[i], expected[i], 1e-9) << "day " << i;
    // N = 28: λ = 2/29. Day 0: 200/29 = 6.8966; day 1: 6.8966·27/29 = 6.4209; day 2: 400/29 + 6.4209·27/29 = 19.7712.
    const QList<double> chronic = Load::ewma(loads, 28);
    EXPECT_NEAR(chronic[0], 200.0 / 29.0, 1e-9);
    EXPECT_NEAR(chronic[1], 200.0 / 29.0 * 27.0 / 29.0, 1e-9);
    EXPECT_NEAR(chronic[2], 400.0 / 29.0 + chronic[1] * 27.0 / 29.0, 1e-9);
    EXPECT_NEAR(chronic[9], 33.513313976476056, 1e-9);
}

TEST(Ewma, AnalyseSeedsAtZeroOnTheFirstRecordAndWithholdsTheRatio)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(9);
    input.historyStart = day(0); // the runner's first record: the averages start from 0 here
    const QList<int> loads{ 100, 0, 200, 0, 0, 300, 0, 100, 0, 0 };
    for (int d = 0; d < loads.size(); ++d) {
        if (loads[d] > 0)
            input.done << done(d, Activity::Run, loads[d] / 5, 5);
    }
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.days.size(), 10);
    EXPECT_NEAR(r.days[0].acute, 25.0, 1e-9);
    EXPECT_NEAR(r.days[5].acute, 102.0263671875, 1e-9);
    EXPECT_NEAR(r.days[9].acute, 46.34428024291992, 1e-9);
    EXPECT_NEAR(r.days[9].chronic, 33.513313976476056, 1e-9);
    EXPECT_NEAR(r.days[9].runningAcute, r.days[9].acute, 1e-9); // all of it was running
    // Fewer than 28 days of records: no ratio yet, however large acute is.
    for (const DailyLoad &d : r.days) {
        EXPECT_FALSE(d.acwr.has_value()) << d.date.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(d.runningAcwr.has_value());
    }
}

TEST(Ewma, RatioAppearsAfter28DaysAndNeverOnZeroChronic)
{
    LoadInput input;
    input.historyStart = day(0);
    input.from = day(0);
    input.to = day(40);
    for (int d = 0; d <= 40; d += 2)
        input.done << done(d, Activity::Walk, 40, 3);
    const LoadReport r = Load::analyse(input);
    EXPECT_FALSE(r.days[26].acwr.has_value());
    ASSERT_TRUE(r.days[27].acwr.has_value()); // day 28 of records
    EXPECT_NEAR(*r.days[27].acwr, r.days[27].acute / r.days[27].chronic, 1e-12);
    EXPECT_FALSE(r.days[27].runningAcwr.has_value()); // no running at all: chronic running is 0
}

TEST(Monotony, FosterWeekByHand)
{
    // Mon–Sun 300, 0, 450, 200, 0, 600, 200 = 1750; mean 250. Deviations 50, −250, 200, −50, −250, 350, −50;
    // squares sum to 295000; sample variance 295000/6 = 49166.67; SD 221.736.
    // Monotony 250/221.736 = 1.12747; strain 1750 × 1.12747 = 1973.07.
    const QList<double> week{ 300, 0, 450, 200, 0, 600, 200 };
    ASSERT_TRUE(Load::monotony(week).has_value());
    EXPECT_NEAR(*Load::monotony(week), 1.12747, 1e-5);
    EXPECT_NEAR(*Load::strain(week), 1973.07, 1e-2);
}

TEST(Monotony, NullWhenSdIsZeroOrTheWeekIsNotWhole)
{
    EXPECT_FALSE(Load::monotony({ 0, 0, 0, 0, 0, 0, 0 }).has_value()); // a week of rest
    EXPECT_FALSE(Load::monotony({ 90, 90, 90, 90, 90, 90, 90 }).has_value()); // identical days: SD 0
    EXPECT_FALSE(Load::monotony({ 300, 0, 450, 200, 0, 600 }).has_value()); // 6 days
    EXPECT_FALSE(Load::strain({ 0, 0, 0, 0, 0, 0, 0 }).has_value());
}

TEST(Monotony, AnalyseGivesTheFosterWeekAndLeavesPartWeeksNull)
{
    LoadInput input;
    input.from = day(0); // Monday
    input.to = day(9); // the next Wednesday: second week is partial
    // 300 = run 60 min at 5; 450 = run 50 at 5 + strength 20 at 10 (250+200); 200 = walk 50 at 4;
    // 600 = run 100 at 6; 200 = cycle 40 at 5.
    input.done << done(0, Activity::Run, 60, 5) << done(2, Activity::Run, 50, 5) << done(2, Activity::Strength, 20, 10)
               << done(3, Activity::Walk, 50, 4) << done(5, Activity::Run, 100, 6) << done(6, Activity::Cycle, 40, 5)
               << done(8, Activity::Run, 30, 4);
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.weeks.size(), 2);
    const WeekStats &w = r.weeks[0];
    EXPECT_EQ(w.days, 7);
    EXPECT_EQ(w.total(), 1750);
    EXPECT_EQ(w.load.running, 300 + 250 + 600);
    EXPECT_EQ(w.load.lowImpact, 200 + 200);
    EXPECT_EQ(w.load.strength, 200);
    ASSERT_TRUE(w.monotony.has_value());
    EXPECT_NEAR(*w.monotony, 1.12747, 1e-5);
    EXPECT_NEAR(*w.strain, 1973.07, 1e-2);
    EXPECT_EQ(r.weeks[1].days, 3);
    EXPECT_EQ(r.weeks[1].total(), 120);
    EXPECT_FALSE(r.weeks[1].monotony.has_value());
    EXPECT_FALSE(r.weeks[1].strain.has_value());
}

TEST(Groups, StretchesCountAsStrength)
{
    LoadInput input;
    input.from = input.to = day(0);
    input.done << done(0, Activity::Stretch, 3, 1) << done(0, Activity::Swim, 30, 4);
    const LoadReport r = Load::analyse(input);
    EXPECT_EQ(r.days[0].load.strength, 3);
    EXPECT_EQ(r.days[0].load.lowImpact, 120);
    EXPECT_EQ(r.days[0].load.running, 0);
}

TEST(Spearman, TextbookExampleWithoutTies)
{
    // The IQ / hours of television example (Wikipedia, "Spearman's rank correlation coefficient"):
    // Σd² = 194, ρ = 1 − 6·194 / (10·99) = −29/165.
    const QList<double> iq{ 106, 100, 86, 101, 99, 103, 97, 113, 112, 110 };
    const QList<double> tv{ 7, 27, 2, 50, 28, 29, 20, 12, 6, 17 };
    ASSERT_TRUE(Load::spearman(iq, tv).has_value());
    EXPECT_NEAR(*Load::spearman(iq, tv), -29.0 / 165.0, 1e-12);
}

TEST(Spearman, TiesGetAverageRanks)
{
    // x = 10, 20, 20, 30, 40 → ranks 1, 2.5, 2.5, 4, 5; y = 1, 3, 2, 2, 5 → ranks 1, 4, 2.5, 2.5, 5.
    // Pearson of the ranks: Σdxdy = 7.25, Σdx² = Σdy² = 9.5, ρ = 7.25/9.5 = 0.763158.
    // (The tie-blind shortcut 1 − 6Σd²/(n(n²−1)) would give 0.775: wrong with ties.)
    const QList<double> x{ 10, 20, 20, 30, 40 };
    const QList<double> y{ 1, 3, 2, 2, 5 };
    EXPECT_EQ(Load::averageRanks(x), (QList<double>{ 1, 2.5, 2.5, 4, 5 }));
    EXPECT_EQ(Load::averageRanks(y), (QList<double>{ 1, 4, 2.5, 2.5, 5 }));
    ASSERT_TRUE(Load::spearman(x, y).has_value());
    EXPECT_NEAR(*Load::spearman(x, y), 7.25 / 9.5, 1e-12);
}

TEST(Spearman, NullWithoutVariationOrTooFewPoints)
{
    EXPECT_FALSE(Load::spearman({ 1, 2, 3 }, { 4, 4, 4 }).has_value());
    EXPECT_FALSE(Load::spearman({ 1, 2 }, { 1, 2 }).has_value());
    EXPECT_FALSE(Load::spearman({ 1, 2, 3 }, { 1, 2 }).has_value());
    EXPECT_NEAR(*Load::spearman({ 1, 2, 3 }, { 30, 20, 10 }), -1.0, 1e-12);
}

TEST(Spikes, ExactlyTenPercentIsNotASpikeJustAboveIs)
{
    EXPECT_FALSE(Load::isSpike(55, 50)); // exactly 110 %
    EXPECT_TRUE(Load::isSpike(56, 50)); // 112 %
    EXPECT_FALSE(Load::isSpike(33, 30)); // exactly 110 % (where 30·1.1 in floating point is 33.000000000000004)
    EXPECT_TRUE(Load::isSpike(34, 30));
    EXPECT_FALSE(Load::isSpike(40, 0)); // nothing to compare with

    const QList<RunRecord> runs{ { day(0), 50 }, { day(10), 55 }, { day(20), 61 } };
    const QList<Spike> spikes = Load::findSpikes(runs, day(0), day(30));
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_EQ(spikes[0].date, day(20));
    EXPECT_EQ(spikes[0].minutes, 61); // 61 > 55 × 1.1 = 60.5
    EXPECT_EQ(spikes[0].longestPrior30d, 55); // the longest of the 30 days before, not the first
    EXPECT_NEAR(spikes[0].ratio, 61.0 / 55.0, 1e-12);
}

TEST(Spikes, WindowIsThe30DaysBeforeNotTheSameDay)
{
    // A 60-minute run 30 days before still counts; 31 days before it has dropped out.
    const QList<RunRecord> within{ { day(0), 60 }, { day(20), 30 }, { day(30), 62 } };
    EXPECT_TRUE(Load::findSpikes(within, day(30), day(30)).isEmpty());
    const QList<RunRecord> outside{ { day(0), 60 }, { day(20), 30 }, { day(31), 62 } };
    const auto spikes = Load::findSpikes(outside, day(31), day(31));
    ASSERT_EQ(spikes.size(), 1);
    EXPECT_EQ(spikes[0].longestPrior30d, 30);
    // An earlier run the same day is not "before": two runs on one day never spike each other.
    const QList<RunRecord> sameDay{ { day(5), 20 }, { day(5), 40 } };
    EXPECT_TRUE(Load::findSpikes(sameDay, day(5), day(5)).isEmpty());
    // The first run with no run in the 30 days before has nothing to compare with.
    EXPECT_TRUE(Load::findSpikes({ { day(40), 90 } }, day(0), day(60)).isEmpty());
}
