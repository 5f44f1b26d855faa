#pragma once

#include "core/load/loadtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Stridewise::Charts {

/**
 * What the Progress view draws, as plain values built from a LoadReport: no Qt Charts type appears here,
 * so the drawing layer (today Qt Charts, deprecated from Qt 6.10; later Qt Graphs) can be swapped without
 * touching how a report becomes points. Nothing here computes statistics: loads, pain, ratios and pairs come
 * from core (Load::analyse); this only picks, groups and positions them.
 */

/** The ranges a runner can pick; each ends today. */
enum class ChartRange
{
    FourWeeks,
    TwelveWeeks,
    SixMonths,
    OneYear,
    All
};

constexpr int kChartRangeCount = 5;

struct DateRange
{
    QDate from;
    QDate to;
};

/**
 * from..to of a range ending on today. All starts at the runner's first record (the last four weeks when
 * there is none or it lies after today).
 */
DateRange rangeDates(ChartRange range, QDate today, std::optional<QDate> firstRecord);

/** Longer ranges than this many days are drawn as weekly bars (about six months). */
constexpr int kMaxDailyDays = 190;

/** What one bar of the time chart stands for (before bars are merged to fit the plot). */
enum class BucketUnit
{
    Day,
    Week,
    Month
};

/**
 * The bars of a range for a plot with room for maxPoints bars (barBudget()): days up to kMaxDailyDays, ISO weeks while
 * a week's bar keeps at least twice the narrowest bar's width (so about 2½ years on a 800-pixel plot), calendar months
 * beyond: what a runner reads off ten years, at a cost that no longer grows with the years.
 */
BucketUnit bucketUnitFor(DateRange range, int maxPoints);

/** One bar of the time chart: one day, one ISO week, or several whole weeks when even weeks are too many. */
struct ChartBucket
{
    QDate first;
    QDate last;
    GroupLoads load; ///< done load, effort × min
    int minutes = 0;
    int runMinutes = 0;
    std::optional<double> pain; ///< the day's log, or the mean of the logged days (core's WeekStats::meanPain)
    int painDays = 0; ///< days with a pain log in the bucket
    int redFlagDays = 0;
    QList<Spike> spikes; ///< spike runs dated inside the bucket
    std::optional<double> acwr; ///< the ratio on the bucket's last day (an average's state, not a sum)

    int days() const { return static_cast<int>(first.daysTo(last)) + 1; }
};

/** A label on the time axis at a bucket position. */
struct AxisTick
{
    double x = 0;
    QString label;
};

/** Everything the time chart draws; x of every point is its bucket's index. */
struct TimeSeries
{
    QDate from;
    QDate to;
    int bucketDays = 1; ///< 1 = daily bars, 7 = weekly, 7·k when weeks are merged to fit the width; 0 for months
    BucketUnit unit = BucketUnit::Day;
    int perBucket = 1; ///< days, weeks or months merged into one bar to fit the width
    QList<ChartBucket> buckets;
    QList<double> running; ///< one value per bucket, effort × min
    QList<double> lowImpact;
    QList<double> strength;
    QList<QPointF> pain; ///< only buckets with a pain log: missing is not zero
    QList<QList<QPointF>> painRuns; ///< pain split where a log is missing, so the line never bridges a gap
    QList<QPointF> redFlags; ///< (x, pain-axis position) for buckets with red-flag days
    QList<QPointF> spikes; ///< (x, bucket total) for buckets with a spike run
    QList<QPointF> ratio; ///< (x, acute:chronic) where core reports one
    QList<AxisTick> ticks;
    int painDays = 0; ///< pain logs in the range

    bool isWeekly() const { return unit == BucketUnit::Week; }
    bool isMonthly() const { return unit == BucketUnit::Month; }
    /** The most points any one series holds (what must stay within barBudget() of the plot width). */
    qsizetype maxSeriesPoints() const;
};

/**
 * How many bars a plot this many pixels wide draws at most: a bar needs about three pixels to be seen as one (bar and
 * gap), and more bars than that only cost time to lay out and paint (issue 15: work follows the points drawn).
 * A plot not laid out yet (0) counts as a modest window's.
 */
int barBudget(int plotWidth);

/** Where red-flag marks sit on the 0–10 pain axis: at the top, above any pain score's line. */
constexpr double kRedFlagMarkY = 9.75;

/**
 * Maps a report to bars, lines and marks. Daily up to kMaxDailyDays, else the report's ISO weeks; when
 * there are more buckets than maxPoints, consecutive weeks are merged (summed loads, pain averaged over
 * logged days) until they fit.
 */
TimeSeries buildTimeSeries(const LoadReport &report, int maxPoints);

/**
 * Maps core's per-period overview (weeks or months summed in SQL) to bars and marks, merging consecutive periods
 * when there are more than maxPoints. The acute:chronic ratio is left out: it needs the daily series (attachRatios).
 */
TimeSeries buildTimeSeries(const LoadOverview &overview, int maxPoints);

/** Sets each bar's acute:chronic ratio to core's figure on its last day, from a daily report of the same range. */
void attachRatios(TimeSeries &series, const LoadReport &report);

/** The tooltip of one bar: the day's or week's numbers, each with its unit (translated). */
QString describeBucket(const TimeSeries &series, int index);

/** Back pain `lag` days later against the day's load, as core pairs them for the correlation. */
struct ScatterSeries
{
    int lag = 1;
    QList<QPointF> points; ///< (load effort × min, pain /10); identical pairs drawn once
    QList<int> counts; ///< how many days each point stands for
    QList<QDate> loadDates; ///< the (first) load day of each point
    Correlation correlation; ///< core's figure for this lag (rho, n)
    QString sentence; ///< Load::describe of it
    int pairs = 0; ///< paired days before identical ones were merged (= correlation.n)
    double maxLoad = 0;
};

ScatterSeries buildScatter(const LoadReport &report, int lag);

/** The tooltip of one scatter point (translated). */
QString describePoint(const ScatterSeries &series, int index);

/** "the same day", "1 day later", "2 days later" (translated). */
QString daysLater(int lag);

/** Axis titles and the number format of loads, shared by both charts. */
QString loadAxisTitle(bool weekly);
QString loadAxisTitle(BucketUnit unit);
QString painAxisTitle();
QString ratioAxisTitle();
QString loadUnit();

} // namespace Stridewise::Charts
