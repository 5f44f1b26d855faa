#include "core/io/loadjson.h"
#include "core/load/loadreport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

QDate day(int d)
{
    return QDate(2026, 9, 7).addDays(d); // a Monday
}

ActivityDayLoad run(int d, int minutes, int rpe)
{
    return { day(d), Activity::Run, 1, minutes, minutes * rpe, std::nullopt };
}

} // namespace

TEST(MissingVsZero, DaysWithoutTrainingAreZeroDaysWithoutALogAreMissing)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(3);
    input.done << run(0, 30, 5);
    input.pain << DailyPain{ day(0), 2, false, false } << DailyPain{ day(1), 0, false, false };
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.days.size(), 4); // every calendar day is there
    EXPECT_EQ(r.days[1].total(), 0); // no training: known zero load
    EXPECT_EQ(r.days[2].total(), 0);
    ASSERT_TRUE(r.days[1].pain.has_value());
    EXPECT_EQ(*r.days[1].pain, 0); // logged "no pain" is 0
    EXPECT_FALSE(r.days[2].pain.has_value()); // not logged: missing, never 0
    EXPECT_FALSE(r.days[3].pain.has_value());
    EXPECT_EQ(r.weeks[0].painDays, 2);
    EXPECT_NEAR(*r.weeks[0].meanPain, 1.0, 1e-12); // (2 + 0) / 2, not / 4
    EXPECT_FALSE(r.isEmpty());
}

TEST(MissingVsZero, UnloggedDaysAreLeftOutOfTheCorrelation)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(19);
    for (int d = 0; d < 20; ++d) {
        input.done << run(d, 20 + d, 5);
        if (d % 4 != 3) // every fourth day not logged
            input.pain << DailyPain{ day(d), d / 3, false, false };
    }
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.correlations.size(), 4);
    EXPECT_EQ(r.correlations[0].lag, 0);
    EXPECT_EQ(r.correlations[0].n, 15); // 20 days, 5 without a log
    // Lag 1: days 0–18 paired with the pain of days 1–19, of which 14 are logged.
    EXPECT_EQ(r.correlations[1].n, 14);
    EXPECT_EQ(r.correlations[3].lag, 3);
    // Load and logged pain both rise day by day: a strong positive rank correlation.
    ASSERT_TRUE(r.correlations[0].rho.has_value());
    EXPECT_GT(*r.correlations[0].rho, 0.9);
}

TEST(Correlation, RefusesToConcludeBelow14PairedDays)
{
    const Correlation thirteen{ 1, 0.8, 13 };
    EXPECT_TRUE(Load::describe(thirteen).contains(QStringLiteral("Not enough data yet")))
        << Load::describe(thirteen).toStdString();
    EXPECT_TRUE(Load::summarise({ { 0, 0.8, 13 }, thirteen }).contains(QStringLiteral("Not enough data yet")));
    const Correlation fourteen{ 1, 0.8, 14 };
    const QString text = Load::describe(fourteen);
    EXPECT_FALSE(text.contains(QStringLiteral("Not enough"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("14 days"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("strong"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("higher"))) << text.toStdString();
    EXPECT_TRUE(Load::summarise({ fourteen }).contains(QStringLiteral("does not show that training causes")));
    EXPECT_TRUE(Load::describe({ 1, -0.35, 30 }).contains(QStringLiteral("moderate")));
    EXPECT_TRUE(Load::describe({ 1, -0.35, 30 }).contains(QStringLiteral("lower")));
    EXPECT_TRUE(Load::describe({ 0, 0.05, 30 }).contains(QStringLiteral("no clear link")));
    EXPECT_TRUE(Load::describe({ 0, std::nullopt, 30 }).contains(QStringLiteral("did not change")));
}

TEST(Report, EmptyRangeIsEmptyAndBadRangeGivesNoDays)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(27);
    const LoadReport r = Load::analyse(input);
    EXPECT_TRUE(r.isEmpty());
    EXPECT_EQ(r.days.size(), 28);
    EXPECT_EQ(r.weeks.size(), 4);
    EXPECT_TRUE(r.summary.contains(QStringLiteral("Not enough data yet")));
    input.from = day(5);
    input.to = day(1);
    EXPECT_TRUE(Load::analyse(input).days.isEmpty());
}

TEST(Report, WarmUpBeforeFromFeedsTheAverages)
{
    // Training before `from` counts in acute and chronic on the first day shown.
    LoadInput input;
    input.from = day(60);
    input.to = day(61);
    for (int d = 0; d < 60; ++d)
        input.done << run(d, 40, 5);
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.days.size(), 2);
    EXPECT_EQ(r.days[0].total(), 0);
    EXPECT_GT(r.days[0].chronic, 150); // 60 days of 200 a day before
    ASSERT_TRUE(r.days[0].acwr.has_value());
    EXPECT_LT(*r.days[0].acwr, 1.0); // a rest day after steady training
}

TEST(Report, SpikesAreMarkedOnTheirDay)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(10);
    input.runs << RunRecord{ day(0), 40 } << RunRecord{ day(5), 45 };
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.spikes.size(), 1);
    EXPECT_TRUE(r.days[5].spike);
    EXPECT_FALSE(r.days[0].spike);
}

TEST(Report, JsonHasTheIssueFieldsWithNulls)
{
    LoadInput input;
    input.from = day(0);
    input.to = day(6);
    input.historyStart = day(0); // first record: no ratio in the first 28 days
    input.done << run(0, 30, 5) << ActivityDayLoad{ day(0), Activity::Walk, 1, 30, 90, 3 };
    input.pain << DailyPain{ day(0), 3, true, false };
    const QJsonObject o = Json::fromLoadReport(Load::analyse(input));
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-09-07"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-09-13"));
    const QJsonObject d0 = o.value(QStringLiteral("days")).toArray().at(0).toObject();
    EXPECT_EQ(d0.value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-07"));
    EXPECT_EQ(d0.value(QStringLiteral("load")).toObject().value(QStringLiteral("running")).toInt(), 150);
    EXPECT_EQ(d0.value(QStringLiteral("load")).toObject().value(QStringLiteral("low_impact")).toInt(), 90);
    EXPECT_EQ(d0.value(QStringLiteral("load")).toObject().value(QStringLiteral("strength")).toInt(), 0);
    EXPECT_EQ(d0.value(QStringLiteral("total")).toInt(), 240);
    EXPECT_EQ(d0.value(QStringLiteral("pain")).toInt(), 3);
    EXPECT_TRUE(d0.value(QStringLiteral("red_flag")).toBool());
    EXPECT_EQ(d0.value(QStringLiteral("pain_after")).toInt(), 3);
    EXPECT_TRUE(d0.value(QStringLiteral("acute")).isDouble());
    EXPECT_TRUE(d0.value(QStringLiteral("chronic")).isDouble());
    EXPECT_TRUE(d0.value(QStringLiteral("acwr")).isNull());
    const QJsonObject d1 = o.value(QStringLiteral("days")).toArray().at(1).toObject();
    EXPECT_TRUE(d1.value(QStringLiteral("pain")).isNull());
    const QJsonObject w = o.value(QStringLiteral("weeks")).toArray().at(0).toObject();
    EXPECT_EQ(w.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W37"));
    EXPECT_EQ(w.value(QStringLiteral("load")).toInt(), 240);
    EXPECT_TRUE(w.value(QStringLiteral("monotony")).isDouble());
    EXPECT_TRUE(w.value(QStringLiteral("strain")).isDouble());
    const QJsonArray c = o.value(QStringLiteral("correlations")).toArray();
    ASSERT_EQ(c.size(), 4);
    EXPECT_EQ(c.at(2).toObject().value(QStringLiteral("lag")).toInt(), 2);
    EXPECT_TRUE(c.at(0).toObject().value(QStringLiteral("rho")).isNull());
    EXPECT_EQ(c.at(0).toObject().value(QStringLiteral("n")).toInt(), 1);
    EXPECT_TRUE(o.value(QStringLiteral("spikes")).isArray());
    EXPECT_FALSE(o.value(QStringLiteral("summary")).toString().isEmpty());
}

TEST(MissingVsZero, DaysBeforeTheFirstRecordAreNotPairedAsRest)
{
    // The runner started on day 5: the zero load of days 0–4 is unknown, not rest, so pain on day 5 is not
    // paired with day 4's "zero" at lag 1.
    LoadInput input;
    input.from = day(0);
    input.to = day(30);
    input.historyStart = day(5);
    for (int d = 5; d <= 30; ++d) {
        input.done << run(d, 20 + d % 7, 5);
        input.pain << DailyPain{ day(d), d % 4, false, false };
    }
    const LoadReport r = Load::analyse(input);
    EXPECT_EQ(r.days.size(), 31);
    EXPECT_EQ(r.correlations[0].n, 26); // days 5–30
    EXPECT_EQ(r.correlations[1].n, 25); // days 5–29 with the pain of days 6–30
    EXPECT_EQ(r.correlations[3].n, 23);
}

TEST(Correlation, SentencesSayWhenThePainCame)
{
    EXPECT_TRUE(Load::describe({ 0, 0.4, 20 }).contains(QStringLiteral("the same day")));
    EXPECT_TRUE(Load::describe({ 0, 0.4, 20 }).contains(QStringLiteral("on days with more training")));
    EXPECT_TRUE(Load::describe({ 1, 0.4, 20 }).contains(QStringLiteral("the next day")));
    EXPECT_TRUE(Load::describe({ 3, 0.4, 20 }).contains(QStringLiteral("3 days later")));
    EXPECT_TRUE(Load::describe({ 3, 0.4, 20 }).contains(QStringLiteral("after days with more training")));
}
