#include "ui/charts/chartseries.h"

#include "core/load/loadreport.h"
#include "core/model/isoweek.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Stridewise::Charts {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Charts", text, comment, n);
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

ChartBucket dayBucket(const DailyLoad &day)
{
    ChartBucket b;
    b.first = b.last = day.date;
    b.load = day.load;
    b.minutes = day.minutes;
    b.runMinutes = day.runMinutes;
    if (day.pain) {
        b.pain = *day.pain;
        b.painDays = 1;
    }
    b.redFlagDays = day.redFlag ? 1 : 0;
    b.acwr = day.acwr;
    return b;
}

ChartBucket weekBucket(const WeekStats &week, const LoadReport &report)
{
    ChartBucket b;
    b.first = std::max(week.monday, report.from);
    b.last = std::min(week.monday.addDays(6), report.to);
    b.load = week.load;
    b.minutes = week.minutes;
    b.runMinutes = week.runMinutes;
    b.pain = week.meanPain;
    b.painDays = week.painDays;
    b.redFlagDays = week.redFlagDays;
    return b;
}

/** Several whole weeks as one bar: loads add up, pain is the mean over all logged days of the weeks. */
void merge(ChartBucket &into, const ChartBucket &week)
{
    const int painDays = into.painDays + week.painDays;
    if (painDays > 0) {
        into.pain = (into.pain.value_or(0) * into.painDays + week.pain.value_or(0) * week.painDays) / painDays;
    }
    into.painDays = painDays;
    into.last = week.last;
    into.load += week.load;
    into.minutes += week.minutes;
    into.runMinutes += week.runMinutes;
    into.redFlagDays += week.redFlagDays;
}

ChartBucket periodBucket(const PeriodStats &period)
{
    ChartBucket b;
    b.first = period.first;
    b.last = period.last;
    b.load = period.load;
    b.minutes = period.minutes;
    b.runMinutes = period.runMinutes;
    b.pain = period.meanPain;
    b.painDays = period.painDays;
    b.redFlagDays = period.redFlagDays;
    return b;
}

/** Spikes are per day: each goes to the bucket holding its day. */
void attachSpikes(QList<ChartBucket> &list, const QList<Spike> &spikes)
{
    qsizetype at = 0;
    for (const Spike &spike : spikes) {
        while (at < list.size() && list.at(at).last < spike.date)
            ++at;
        if (at < list.size() && list.at(at).first <= spike.date)
            list[at].spikes.append(spike);
    }
}

QList<ChartBucket> buckets(const LoadReport &report, int maxPoints, int &bucketDays)
{
    QList<ChartBucket> result;
    const qsizetype dayCount = report.days.size();
    if (dayCount <= kMaxDailyDays && dayCount <= maxPoints) {
        bucketDays = 1;
        result.reserve(dayCount);
        for (const DailyLoad &day : report.days)
            result.append(dayBucket(day));
    } else {
        const qsizetype weeks = report.weeks.size();
        const int perBucket =
            static_cast<int>(std::max<qsizetype>(1, (weeks + maxPoints - 1) / std::max(1, maxPoints)));
        bucketDays = 7 * perBucket;
        for (qsizetype i = 0; i < weeks; ++i) {
            const ChartBucket week = weekBucket(report.weeks.at(i), report);
            if (i % perBucket == 0)
                result.append(week);
            else
                merge(result.last(), week);
        }
    }
    // Spikes and the ratio are per day: attach them to the bucket holding the day.
    attachSpikes(result, report.spikes);
    for (ChartBucket &b : result) {
        const qsizetype day = report.from.daysTo(b.last);
        if (day >= 0 && day < dayCount)
            b.acwr = report.days.at(day).acwr;
    }
    return result;
}

QString tickLabel(QDate date, const QString &format)
{
    return QLocale().toString(date, format);
}

/**
 * Labels at Mondays (up to five weeks), at the bars holding the 1st of a month (up to about a year and a
 * half) or the 1st of January. The range's first bar is labelled too unless the next label is close by.
 */
QList<AxisTick> ticks(const QList<ChartBucket> &list)
{
    QList<AxisTick> result;
    if (list.isEmpty())
        return result;
    const qint64 span = list.first().first.daysTo(list.last().last) + 1;
    enum class Step
    {
        Monday,
        Month,
        Year
    } step = span <= 35 ? Step::Monday
        : span <= 550   ? Step::Month
                        : Step::Year;
    const int yearStep = span > 12 * 366 ? 2 : 1;
    QList<std::pair<qsizetype, QDate>> marks;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate first = list.at(i).first;
        const QDate last = list.at(i).last;
        // A bar is labelled with the month or year that begins inside it (a bar of merged weeks can hold 1 January
        // after its first day); the range's first bar with its own start when nothing begins in it.
        const QDate before = first.addDays(-1);
        const bool newMonth = last.year() != before.year() || last.month() != before.month();
        const bool newYear = last.year() != before.year() && last.year() % yearStep == 0;
        if (step == Step::Monday && first.dayOfWeek() == Qt::Monday)
            marks.append({ i, first });
        else if (step == Step::Month && newMonth)
            marks.append({ i, QDate(last.year(), last.month(), 1) });
        else if (step == Step::Year && newYear)
            marks.append({ i, QDate(last.year(), 1, 1) });
        else if (i == 0 && step != Step::Monday)
            marks.append({ i, first });
    }
    // About one label's width, in bars: drop the range-start label when the first real one follows closely.
    const qsizetype minGap = std::max<qsizetype>(2, list.size() / 12);
    if (step != Step::Monday && marks.size() >= 2 && marks.at(1).first - marks.at(0).first < minGap)
        marks.removeFirst();
    QSet<QString> seen; // Qt's category axis needs unique labels
    for (qsizetype m = 0; m < marks.size(); ++m) {
        const auto &[index, date] = marks.at(m);
        QString label;
        if (step == Step::Monday)
            label = tickLabel(date, QStringLiteral("d MMM"));
        else if (step == Step::Year)
            label = tickLabel(date, QStringLiteral("yyyy"));
        else
            label = tickLabel(date, m == 0 || date.month() == 1 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        if (seen.contains(label))
            label = tickLabel(date, QStringLiteral("MMM yyyy"));
        if (seen.contains(label))
            continue;
        seen.insert(label);
        result.append({ index - 0.5, label });
    }
    return result;
}

} // namespace

DateRange rangeDates(ChartRange range, QDate today, std::optional<QDate> firstRecord)
{
    switch (range) {
    case ChartRange::FourWeeks:
        return { today.addDays(-27), today };
    case ChartRange::TwelveWeeks:
        return { today.addDays(-83), today };
    case ChartRange::SixMonths:
        return { today.addMonths(-6).addDays(1), today };
    case ChartRange::OneYear:
        return { today.addYears(-1).addDays(1), today };
    case ChartRange::All:
        if (firstRecord && firstRecord->isValid() && *firstRecord < today.addDays(-27))
            return { *firstRecord, today };
        return { today.addDays(-27), today };
    }
    return { today.addDays(-27), today };
}

int barBudget(int plotWidth)
{
    constexpr int kPixelsPerBar = 3;
    constexpr int kUnknownWidth = 800;
    return std::max(1, (plotWidth > 50 ? plotWidth : kUnknownWidth) / kPixelsPerBar);
}

qsizetype TimeSeries::maxSeriesPoints() const
{
    qsizetype most = std::max({ running.size(), lowImpact.size(), strength.size(), pain.size(), redFlags.size(),
        spikes.size(), ratio.size() });
    return most;
}

namespace {

/** Bars, lines and marks of s.buckets, and the axis labels. */
void fillPoints(TimeSeries &s)
{
    const qsizetype n = s.buckets.size();
    s.running.clear();
    s.lowImpact.clear();
    s.strength.clear();
    s.pain.clear();
    s.painRuns.clear();
    s.redFlags.clear();
    s.spikes.clear();
    s.ratio.clear();
    s.painDays = 0;
    s.running.reserve(n);
    s.lowImpact.reserve(n);
    s.strength.reserve(n);
    QList<QPointF> run;
    for (qsizetype i = 0; i < n; ++i) {
        const ChartBucket &b = s.buckets.at(i);
        const double x = static_cast<double>(i);
        s.running.append(b.load.running);
        s.lowImpact.append(b.load.lowImpact);
        s.strength.append(b.load.strength);
        s.painDays += b.painDays;
        if (b.pain) {
            s.pain.append({ x, *b.pain });
            run.append({ x, *b.pain });
        } else if (!run.isEmpty()) {
            s.painRuns.append(run);
            run.clear();
        }
        if (b.redFlagDays > 0)
            s.redFlags.append({ x, kRedFlagMarkY });
        if (!b.spikes.isEmpty())
            s.spikes.append({ x, static_cast<double>(b.load.total()) });
        if (b.acwr)
            s.ratio.append({ x, *b.acwr });
    }
    if (!run.isEmpty())
        s.painRuns.append(run);
    s.ticks = ticks(s.buckets);
}

} // namespace

TimeSeries buildTimeSeries(const LoadReport &report, int maxPoints)
{
    TimeSeries s;
    s.from = report.from;
    s.to = report.to;
    s.buckets = buckets(report, std::max(1, maxPoints), s.bucketDays);
    s.unit = s.bucketDays == 1 ? BucketUnit::Day : BucketUnit::Week;
    s.perBucket = std::max(1, s.bucketDays / 7);
    fillPoints(s);
    return s;
}

TimeSeries buildTimeSeries(const LoadOverview &overview, int maxPoints)
{
    TimeSeries s;
    s.from = overview.from;
    s.to = overview.to;
    s.unit = overview.period == Period::Week ? BucketUnit::Week : BucketUnit::Month;
    const qsizetype periods = overview.periods.size();
    const qsizetype budget = std::max(1, maxPoints);
    s.perBucket = static_cast<int>(std::max<qsizetype>(1, (periods + budget - 1) / budget));
    s.bucketDays = s.unit == BucketUnit::Week ? 7 * s.perBucket : 0;
    for (qsizetype i = 0; i < periods; ++i) {
        const ChartBucket period = periodBucket(overview.periods.at(i));
        if (i % s.perBucket == 0)
            s.buckets.append(period);
        else
            merge(s.buckets.last(), period);
    }
    attachSpikes(s.buckets, overview.spikes);
    fillPoints(s);
    return s;
}

void attachRatios(TimeSeries &series, const LoadReport &report)
{
    for (ChartBucket &b : series.buckets) {
        const qint64 day = report.from.daysTo(b.last);
        b.acwr = day >= 0 && day < report.days.size() ? report.days.at(day).acwr : std::nullopt;
    }
    series.ratio.clear();
    for (qsizetype i = 0; i < series.buckets.size(); ++i) {
        if (const auto acwr = series.buckets.at(i).acwr)
            series.ratio.append({ static_cast<double>(i), *acwr });
    }
}

BucketUnit bucketUnitFor(DateRange range, int maxPoints)
{
    const qint64 days = range.from.daysTo(range.to) + 1;
    if (days <= kMaxDailyDays && days <= maxPoints)
        return BucketUnit::Day;
    const qint64 weeks = IsoWeek::mondayOf(range.from).daysTo(IsoWeek::mondayOf(range.to)) / 7 + 1;
    return weeks <= std::max(1, maxPoints / 2) ? BucketUnit::Week : BucketUnit::Month;
}

QString describeBucket(const TimeSeries &series, int index)
{
    if (index < 0 || index >= series.buckets.size())
        return {};
    const ChartBucket &b = series.buckets.at(index);
    QStringList lines;
    if (series.bucketDays == 1)
        lines << QLocale().toString(b.first, QStringLiteral("dddd d MMMM yyyy"));
    else if (series.unit == BucketUnit::Month && series.perBucket == 1)
        lines << QLocale().toString(b.first, QStringLiteral("MMMM yyyy"));
    else if (series.bucketDays == 7)
        lines << tr("Week %1 (%2 – %3)")
                     .arg(IsoWeek::name(b.first), QLocale().toString(b.first, QStringLiteral("d MMM")),
                         QLocale().toString(b.last, QStringLiteral("d MMM yyyy")));
    else
        lines << tr("%1 – %2").arg(QLocale().toString(b.first, QStringLiteral("d MMM yyyy")),
            QLocale().toString(b.last, QStringLiteral("d MMM yyyy")));
    lines << tr("Running: %1 effort × min").arg(number(b.load.running))
          << tr("Low-impact: %1 effort × min").arg(number(b.load.lowImpact))
          << tr("Strength & stretching: %1 effort × min").arg(number(b.load.strength))
          << tr("Total: %1 effort × min in %2 min").arg(number(b.load.total()), number(b.minutes));
    if (!b.pain)
        lines << tr("Back pain: not logged");
    else if (b.days() == 1)
        lines << tr("Back pain: %1/10").arg(number(*b.pain));
    else
        lines << (b.painDays == 1 ? tr("Back pain: %1/10 on the one logged day")
                                  : tr("Back pain: %1/10 on average over %n logged days", nullptr, b.painDays))
                     .arg(number(*b.pain, 1));
    if (b.redFlagDays > 0)
        lines << (b.redFlagDays == 1
                ? tr("Red-flag symptoms logged: see a clinician")
                : tr("Red-flag symptoms logged on %n days: see a clinician", nullptr, b.redFlagDays));
    for (const Spike &spike : b.spikes) {
        lines << tr("Spike run on %1: %2 min, %3 % longer than the longest run of the 30 days before (%4 min)")
                     .arg(QLocale().toString(spike.date, QStringLiteral("d MMM")), number(spike.minutes),
                         number((spike.ratio - 1) * 100), number(spike.longestPrior30d));
    }
    return lines.join(QLatin1Char('\n'));
}

ScatterSeries buildScatter(const LoadReport &report, int lag)
{
    ScatterSeries s;
    s.lag = std::clamp(lag, 0, 3);
    for (const Correlation &c : report.correlations) {
        if (c.lag == s.lag)
            s.correlation = c;
    }
    s.correlation.lag = s.lag;
    s.sentence = Load::describe(s.correlation);
    // The same pairs Load::correlate uses: load on day d, pain logged on d + lag, both inside the range,
    // from the first day core pairs (days before the runner's first record are unknown).
    QHash<quint64, qsizetype> seen;
    for (qsizetype i = 0; i + s.lag < report.days.size(); ++i) {
        const DailyLoad &day = report.days.at(i);
        if (report.firstPairedDay.isValid() && day.date < report.firstPairedDay)
            continue;
        const std::optional<int> pain = report.days.at(i + s.lag).pain;
        if (!pain)
            continue;
        ++s.pairs;
        const quint64 key = (quint64(quint32(day.total())) << 8) | quint64(*pain & 0xff);
        const auto found = seen.constFind(key);
        if (found != seen.constEnd()) {
            ++s.counts[*found];
            continue;
        }
        seen.insert(key, s.points.size());
        s.points.append({ static_cast<double>(day.total()), static_cast<double>(*pain) });
        s.counts.append(1);
        s.loadDates.append(day.date);
        s.maxLoad = std::max(s.maxLoad, static_cast<double>(day.total()));
    }
    return s;
}

QString describePoint(const ScatterSeries &series, int index)
{
    if (index < 0 || index >= series.points.size())
        return {};
    const QPointF p = series.points.at(index);
    const int count = series.counts.at(index);
    const QString when = count == 1
        ? QLocale().toString(series.loadDates.at(index), QStringLiteral("ddd d MMM yyyy"))
        : tr("%n days, first on %1", nullptr, count)
              .arg(QLocale().toString(series.loadDates.at(index), QStringLiteral("d MMM yyyy")));
    const QString later = daysLater(series.lag);
    return tr("%1\nLoad: %2 effort × min\nBack pain %3: %4/10").arg(when, number(p.x()), later, number(p.y()));
}

QString daysLater(int lag)
{
    // Explicit singular and plural: without an English plural translation installed, "%n day(s)" would show as is.
    if (lag == 0)
        return tr("the same day");
    return lag == 1 ? tr("1 day later") : tr("%n days later", nullptr, lag);
}

QString loadAxisTitle(bool weekly)
{
    return weekly ? tr("Weekly load (effort × min)") : tr("Daily load (effort × min)");
}

QString loadAxisTitle(BucketUnit unit)
{
    return unit == BucketUnit::Month ? tr("Monthly load (effort × min)") : loadAxisTitle(unit == BucketUnit::Week);
}

QString painAxisTitle()
{
    return tr("Back pain (/10)");
}

QString ratioAxisTitle()
{
    return tr("Acute:chronic ratio (×)");
}

QString loadUnit()
{
    return tr("effort × min");
}

} // namespace Stridewise::Charts
