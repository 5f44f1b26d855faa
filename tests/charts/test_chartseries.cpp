#include "core/load/loadreport.h"
#include "ui/charts/chartseries.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <functional>

using namespace Stridewise;
using namespace Stridewise::Charts;

namespace {

const QDate kToday(2026, 11, 25);

/** A run of `minutes` at effort 5 every day from..to with pain logged on the days `painOn` accepts. */
LoadReport report(QDate from, QDate to, const std::function<bool(QDate)> &painOn, int minutes = 30)
{
    LoadInput input;
    input.from = from;
    input.to = to;
    input.historyStart = Load::warmUpStart(from);
    for (QDate d = input.historyStart; d <= to; d = d.addDays(1)) {
        input.done.append({ d, Activity::Run, 1, minutes, 5 * minutes, std::nullopt });
        input.done.append({ d, Activity::Strength, 1, 10, 30, std::nullopt });
        input.runs.append({ d, minutes });
        if (d >= from && painOn(d))
            input.pain.append({ d, static_cast<int>(d.day() % 11), d == to.addDays(-2), false });
    }
    return Load::analyse(input);
}

} // namespace

TEST(ChartRanges, EndTodayAndAllStartsAtTheFirstRecord)
{
    const DateRange four = rangeDates(ChartRange::FourWeeks, kToday, std::nullopt);
    EXPECT_EQ(four.to, kToday);
    EXPECT_EQ(four.from.daysTo(four.to) + 1, 28);
    const DateRange twelve = rangeDates(ChartRange::TwelveWeeks, kToday, std::nullopt);
    EXPECT_EQ(twelve.from.daysTo(twelve.to) + 1, 84);
    EXPECT_EQ(rangeDates(ChartRange::OneYear, kToday, std::nullopt).from, QDate(2025, 11, 26));
    EXPECT_EQ(rangeDates(ChartRange::All, kToday, QDate(2020, 1, 6)).from, QDate(2020, 1, 6));
    // An empty database (no first record) still shows four weeks, with the empty state.
    EXPECT_EQ(rangeDates(ChartRange::All, kToday, std::nullopt).from, four.from);
}

TEST(ChartSeries, DailyBarsAreTheReportsGroupLoadsAndMissingPainIsAGapNotZero)
{
    const QDate from = kToday.addDays(-27);
    // Pain logged on every day except Sundays.
    const LoadReport r = report(from, kToday, [](QDate d) { return d.dayOfWeek() != Qt::Sunday; });
    const TimeSeries s = buildTimeSeries(r, 1000);
    ASSERT_EQ(s.bucketDays, 1);
    ASSERT_EQ(s.buckets.size(), 28);
    for (qsizetype i = 0; i < r.days.size(); ++i) {
        EXPECT_EQ(s.running.at(i), r.days.at(i).load.running);
        EXPECT_EQ(s.lowImpact.at(i), r.days.at(i).load.lowImpact);
        EXPECT_EQ(s.strength.at(i), r.days.at(i).load.strength);
    }
    EXPECT_EQ(s.pain.size(), 24); // 4 Sundays missing, not drawn as 0
    for (const QPointF &p : s.pain)
        EXPECT_NE(r.days.at(static_cast<qsizetype>(p.x())).date.dayOfWeek(), Qt::Sunday);
    // The line breaks at every Sunday: no piece spans a missing day.
    EXPECT_GE(s.painRuns.size(), 4);
    for (const QList<QPointF> &run : s.painRuns) {
        for (qsizetype i = 1; i < run.size(); ++i)
            EXPECT_EQ(run.at(i).x() - run.at(i - 1).x(), 1.0);
    }
    ASSERT_EQ(s.redFlags.size(), 1);
    EXPECT_EQ(s.redFlags.first().x(), 25.0);
    // Constant runs never spike; the ratio is reported on every day (history is long enough).
    EXPECT_TRUE(s.spikes.isEmpty());
    EXPECT_EQ(s.ratio.size(), 28);
    EXPECT_DOUBLE_EQ(s.ratio.last().y(), *r.days.last().acwr);
}

TEST(ChartSeries, SpikeRunIsMarkedAtItsBarTop)
{
    LoadInput input;
    input.from = kToday.addDays(-27);
    input.to = kToday;
    for (QDate d = kToday.addDays(-40); d <= kToday; d = d.addDays(3))
        input.runs.append({ d, d == kToday.addDays(-1) ? 60 : 30 });
    for (const RunRecord &run : std::as_const(input.runs))
        input.done.append({ run.date, Activity::Run, 1, run.minutes, 4 * run.minutes, std::nullopt });
    const LoadReport r = Load::analyse(input);
    ASSERT_EQ(r.spikes.size(), 1);
    const TimeSeries s = buildTimeSeries(r, 1000);
    ASSERT_EQ(s.spikes.size(), 1);
    EXPECT_EQ(s.spikes.first(), QPointF(26, 240));
    EXPECT_TRUE(describeBucket(s, 26).contains(QStringLiteral("60 min")));
}

TEST(ChartSeries, LongerThanSixMonthsIsWeeklyFromTheReportsWeeks)
{
    const QDate from = kToday.addYears(-1).addDays(1);
    const LoadReport r = report(from, kToday, [](QDate d) { return d.day() % 3 != 0; });
    const TimeSeries s = buildTimeSeries(r, 2000);
    EXPECT_EQ(s.bucketDays, 7);
    ASSERT_EQ(s.buckets.size(), r.weeks.size());
    for (qsizetype i = 0; i < r.weeks.size(); ++i) {
        EXPECT_EQ(s.running.at(i), r.weeks.at(i).load.running);
        EXPECT_EQ(s.buckets.at(i).pain, r.weeks.at(i).meanPain);
    }
    EXPECT_TRUE(describeBucket(s, 3).startsWith(QStringLiteral("Week ")));
}

TEST(ChartSeries, MergesWeeksUntilTheyFitTheBudgetAndKeepsTheTotals)
{
    const QDate from = kToday.addYears(-10);
    const LoadReport r = report(from, kToday, [](QDate d) { return d.dayOfWeek() < 6; });
    const TimeSeries s = buildTimeSeries(r, 200);
    EXPECT_LE(s.maxSeriesPoints(), 200);
    EXPECT_EQ(s.bucketDays, 21); // 523 weeks in 3-week bars
    double barTotal = 0;
    for (qsizetype i = 0; i < s.buckets.size(); ++i)
        barTotal += s.running.at(i) + s.lowImpact.at(i) + s.strength.at(i);
    double reportTotal = 0;
    for (const DailyLoad &d : r.days)
        reportTotal += d.total();
    EXPECT_DOUBLE_EQ(barTotal, reportTotal);
    EXPECT_EQ(s.buckets.first().first, r.from);
    EXPECT_EQ(s.buckets.last().last, r.to);
}

TEST(ChartSeries, TooltipsGiveEveryNumberWithItsUnit)
{
    const LoadReport r = report(kToday.addDays(-27), kToday, [](QDate d) { return d != kToday; });
    const TimeSeries s = buildTimeSeries(r, 1000);
    const QString first = describeBucket(s, 0);
    EXPECT_TRUE(first.contains(QStringLiteral("Running: 150 effort × min"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Strength & stretching: 30 effort × min")));
    EXPECT_TRUE(first.contains(QStringLiteral("in 40 min")));
    EXPECT_TRUE(first.contains(QStringLiteral("/10")));
    EXPECT_TRUE(describeBucket(s, 27).contains(QStringLiteral("Back pain: not logged")));
    EXPECT_TRUE(describeBucket(s, 25).contains(QStringLiteral("Red-flag")));
    EXPECT_TRUE(describeBucket(s, 99).isEmpty());
}

TEST(ScatterSeries, PairsADaysLoadWithPainLagDaysLaterAsCoreCountsThem)
{
    LoadInput input;
    input.from = QDate(2026, 11, 1);
    input.to = QDate(2026, 11, 6);
    const int loads[] = { 100, 0, 200, 300, 0, 150 };
    for (int i = 0; i < 6; ++i) {
        if (loads[i] > 0)
            input.done.append({ input.from.addDays(i), Activity::Run, 1, loads[i] / 5, loads[i], std::nullopt });
    }
    // Pain on days 0, 1, 3, 4 and 5; day 2 not logged.
    input.pain = { { input.from, 2, false, false }, { input.from.addDays(1), 4, false, false },
        { input.from.addDays(3), 5, false, false }, { input.from.addDays(4), 6, false, false },
        { input.from.addDays(5), 1, false, false } };
    const LoadReport r = Load::analyse(input);

    const ScatterSeries same = buildScatter(r, 0);
    EXPECT_EQ(same.points, (QList<QPointF>{ { 100, 2 }, { 0, 4 }, { 300, 5 }, { 0, 6 }, { 150, 1 } }));
    EXPECT_EQ(same.pairs, r.correlations.at(0).n);
    const ScatterSeries next = buildScatter(r, 1);
    // Day 1's load pairs with day 2's pain, which is missing: left out, not 0.
    EXPECT_EQ(next.points, (QList<QPointF>{ { 100, 4 }, { 200, 5 }, { 300, 6 }, { 0, 1 } }));
    EXPECT_EQ(next.pairs, r.correlations.at(1).n);
    EXPECT_EQ(next.sentence, Load::describe(r.correlations.at(1)));
    const ScatterSeries three = buildScatter(r, 3);
    EXPECT_EQ(three.points, (QList<QPointF>{ { 100, 5 }, { 0, 6 }, { 200, 1 } }));
    EXPECT_TRUE(describePoint(three, 0).contains(QStringLiteral("100 effort × min")));
    EXPECT_TRUE(describePoint(three, 0).contains(QStringLiteral("5/10")));
}

TEST(ScatterSeries, IdenticalPairsAreDrawnOnceAndCounted)
{
    LoadInput input;
    input.from = QDate(2026, 11, 1);
    input.to = QDate(2026, 11, 10);
    for (QDate d = input.from; d <= input.to; d = d.addDays(1))
        input.pain.append({ d, 3, false, false });
    const ScatterSeries s = buildScatter(Load::analyse(input), 0);
    ASSERT_EQ(s.points.size(), 1);
    EXPECT_EQ(s.counts.first(), 10);
    EXPECT_EQ(s.pairs, 10);
    EXPECT_TRUE(describePoint(s, 0).contains(QStringLiteral("10 days")));
}

TEST(ChartSeries, TimeAxisLabelsEveryMonthOfAYearOnce)
{
    const LoadReport r = report(kToday.addYears(-1).addDays(1), kToday, [](QDate) { return true; });
    const TimeSeries s = buildTimeSeries(r, 2000);
    ASSERT_TRUE(s.isWeekly());
    // 26 Nov 2025 … 25 Nov 2026 holds the 1st of twelve months, Dec … Nov.
    ASSERT_EQ(s.ticks.size(), 12);
    EXPECT_EQ(s.ticks.first().label, QLocale().toString(QDate(2025, 12, 1), QStringLiteral("MMM yyyy")));
    EXPECT_EQ(s.ticks.at(1).label, QLocale().toString(QDate(2026, 1, 1), QStringLiteral("MMM yyyy")));
    for (qsizetype i = 1; i < s.ticks.size(); ++i)
        EXPECT_GT(s.ticks.at(i).x, s.ticks.at(i - 1).x);

    const TimeSeries days = buildTimeSeries(report(kToday.addDays(-27), kToday, [](QDate) { return true; }), 1000);
    EXPECT_EQ(days.ticks.size(), 4); // the Mondays
}
