#include "core/load/loadreport.h"

#include "core/model/isoweek.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Stridewise {

bool LoadReport::isEmpty() const
{
    for (const DailyLoad &d : days) {
        if (d.total() > 0 || d.pain)
            return false;
    }
    return true;
}

bool LoadOverview::isEmpty() const
{
    for (const PeriodStats &p : periods) {
        if (p.total() > 0 || p.painDays > 0)
            return false;
    }
    return true;
}

namespace Load {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Load", text);
}

} // namespace

QString lagLabel(int lag)
{
    switch (lag) {
    case 0:
        return tr("the same day");
    case 1:
        return tr("the next day");
    default:
        return tr("%1 days later").arg(lag); // lag ≥ 2: always plural
    }
}

QDate warmUpStart(QDate from)
{
    return from.addDays(-kWarmUpDays);
}

Correlation correlate(const QList<DailyLoad> &days, int lag)
{
    Correlation c;
    c.lag = lag;
    QList<double> loads, pains;
    for (qsizetype i = 0; i + lag < days.size(); ++i) {
        // Days are consecutive calendar days, so index + lag is the date + lag. A day without a pain log is
        // missing and left out; its load (zero when nothing was done) is known but has nothing to pair with.
        const DailyLoad &later = days[i + lag];
        if (!later.pain)
            continue;
        loads.append(days[i].total());
        pains.append(*later.pain);
    }
    c.n = int(loads.size());
    c.rho = spearman(loads, pains);
    return c;
}

QString describe(const Correlation &c)
{
    if (c.n < kMinCorrelationDays) {
        return tr("Not enough data yet: %1 of the 14 paired days needed (a day's training and a back-pain log to "
                  "compare it with). Keep ticking off sessions and logging your back pain for two weeks to see the "
                  "relationship.")
            .arg(c.n);
    }
    if (!c.rho) {
        return tr("Over %1 days, either your training load or your back pain did not change, "
                  "so there is no relationship to show.")
            .arg(c.n);
    }
    const double rho = *c.rho;
    const double size = std::abs(rho);
    const QString rhoText = QString::number(rho, 'f', 2);
    if (size < 0.1) {
        return tr("Over %1 days, back pain %2 showed no clear link with the day's training load (Spearman ρ = %3).")
            .arg(c.n)
            .arg(lagLabel(c.lag), rhoText);
    }
    const QString strength = size < 0.3 ? tr("a weak") : size < 0.5 ? tr("a moderate") : tr("a strong");
    const QString direction = rho > 0 ? tr("higher") : tr("lower");
    // Same day: "on days with more training"; later: "after days with more training".
    const QString text = c.lag == 0
        ? tr("Over %1 days, back pain %2 showed %3 tendency to be %4 on days with more training (Spearman ρ = %5).")
        : tr("Over %1 days, back pain %2 showed %3 tendency to be %4 after days with more training (Spearman ρ = %5).");
    return text.arg(c.n).arg(lagLabel(c.lag), strength, direction, rhoText);
}

QString summarise(const QList<Correlation> &correlations)
{
    if (correlations.isEmpty())
        return describe(Correlation{ 1, std::nullopt, 0 });
    Correlation chosen = correlations.first();
    for (const Correlation &c : correlations) {
        if (c.lag == 1)
            chosen = c;
    }
    QString text = describe(chosen);
    if (chosen.n >= kMinCorrelationDays) {
        text += QLatin1Char(' ')
            + tr("This describes your days; it does not show that training causes or relieves the pain.");
    }
    return text;
}

LoadReport analyse(const LoadInput &input)
{
    LoadReport report;
    report.from = input.from;
    report.to = input.to;
    if (!input.from.isValid() || !input.to.isValid() || input.from > input.to)
        return report;

    // The averages run from seriesStart: kWarmUpDays before `from`, or the runner's first record if later.
    QDate seriesStart = warmUpStart(input.from);
    if (input.historyStart.isValid() && input.historyStart > seriesStart)
        seriesStart = std::min(input.historyStart, input.from);
    const qint64 dayCount = seriesStart.daysTo(input.to) + 1;
    auto indexOf = [&](QDate date) { return seriesStart.daysTo(date); };

    // Every calendar day gets an entry: a day without a done session is zero load (nothing was done).
    QList<DailyLoad> series(dayCount);
    for (qint64 i = 0; i < dayCount; ++i)
        series[i].date = seriesStart.addDays(i);
    for (const ActivityDayLoad &a : input.done) {
        const qint64 i = indexOf(a.date);
        if (i < 0 || i >= dayCount)
            continue;
        DailyLoad &d = series[i];
        d.load.add(groupOf(a.activity), a.load);
        d.minutes += a.minutes;
        if (a.activity == Activity::Run)
            d.runMinutes += a.minutes;
        if (a.painAfter)
            d.painAfter = std::max(d.painAfter.value_or(0), *a.painAfter);
    }
    for (const ActivityDayLoad &a : input.planned) {
        const qint64 i = indexOf(a.date);
        if (i >= 0 && i < dayCount)
            series[i].planned.add(groupOf(a.activity), a.load);
    }
    // Pain is only set where logged: a day without a log stays nullopt (missing, never 0).
    for (const DailyPain &p : input.pain) {
        const qint64 i = indexOf(p.date);
        if (i < 0 || i >= dayCount)
            continue;
        series[i].pain = p.score;
        series[i].redFlag = p.redFlag;
        series[i].urgent = p.urgent;
    }

    QList<double> totals, running;
    totals.reserve(dayCount);
    running.reserve(dayCount);
    for (const DailyLoad &d : series) {
        totals.append(d.total());
        running.append(d.load.running);
    }
    const QList<double> acute = ewma(totals, kAcuteDays);
    const QList<double> chronic = ewma(totals, kChronicDays);
    const QList<double> runAcute = ewma(running, kAcuteDays);
    const QList<double> runChronic = ewma(running, kChronicDays);
    // Days of records behind a day: counted from the runner's first record when known, else from seriesStart.
    const QDate recordsStart = input.historyStart.isValid() ? std::max(input.historyStart, seriesStart) : seriesStart;
    auto ratio = [](double a, double c, bool enoughDays) -> std::optional<double> {
        if (!enoughDays || c <= 1e-9)
            return std::nullopt;
        return a / c;
    };
    for (qint64 i = 0; i < dayCount; ++i) {
        DailyLoad &d = series[i];
        const bool enough = recordsStart.daysTo(d.date) + 1 >= kRatioMinDays;
        d.acute = acute[i];
        d.chronic = chronic[i];
        d.acwr = ratio(d.acute, d.chronic, enough);
        d.runningAcute = runAcute[i];
        d.runningChronic = runChronic[i];
        d.runningAcwr = ratio(d.runningAcute, d.runningChronic, enough);
    }

    report.spikes = findSpikes(input.runs, input.from, input.to);
    QHash<QDate, bool> spikeDays;
    for (const Spike &s : report.spikes)
        spikeDays.insert(s.date, true);

    const qint64 first = indexOf(input.from);
    report.days = series.mid(first);
    for (DailyLoad &d : report.days)
        d.spike = spikeDays.contains(d.date);

    for (QDate monday = IsoWeek::mondayOf(input.from); monday <= input.to; monday = monday.addDays(7)) {
        WeekStats w;
        w.monday = monday;
        QList<double> daily;
        int painSum = 0;
        for (int k = 0; k < 7; ++k) {
            const QDate date = monday.addDays(k);
            if (date < input.from || date > input.to)
                continue;
            const DailyLoad &d = report.days[input.from.daysTo(date)];
            ++w.days;
            w.load += d.load;
            w.planned += d.planned;
            w.minutes += d.minutes;
            w.runMinutes += d.runMinutes;
            daily.append(d.total());
            if (d.pain) {
                ++w.painDays;
                painSum += *d.pain;
            }
            if (d.redFlag)
                ++w.redFlagDays;
        }
        w.meanDailyLoad = mean(daily);
        if (w.days == 7)
            w.sdDailyLoad = sampleSd(daily);
        w.monotony = monotony(daily);
        w.strain = strain(daily);
        if (w.painDays > 0)
            w.meanPain = double(painSum) / w.painDays;
        report.weeks.append(w);
    }

    // Before the runner's first record, a zero load is not known to be a rest day: leave those days out of the pairs.
    const qint64 unknownDays = input.historyStart.isValid()
        ? std::clamp<qint64>(input.from.daysTo(input.historyStart), 0, report.days.size())
        : 0;
    const QList<DailyLoad> recorded = report.days.mid(unknownDays);
    report.firstPairedDay = report.from.addDays(unknownDays);
    for (int lag = 0; lag <= kMaxLag; ++lag)
        report.correlations.append(correlate(recorded, lag));
    report.summary = summarise(report.correlations);
    return report;
}

QDate periodStart(QDate date, Period period)
{
    return period == Period::Week ? IsoWeek::mondayOf(date) : QDate(date.year(), date.month(), 1);
}

LoadOverview overview(const OverviewInput &input)
{
    LoadOverview result;
    result.from = input.from;
    result.to = input.to;
    result.period = input.period;
    if (!input.from.isValid() || !input.to.isValid() || input.from > input.to)
        return result;

    // Every period touching the range, in order; rows are found by their period's start.
    QHash<QDate, qsizetype> index;
    for (QDate start = periodStart(input.from, input.period); start <= input.to;) {
        const QDate next = input.period == Period::Week ? start.addDays(7) : start.addMonths(1);
        PeriodStats p;
        p.first = std::max(start, input.from);
        p.last = std::min(next.addDays(-1), input.to);
        index.insert(start, result.periods.size());
        result.periods.append(p);
        start = next;
    }
    for (const ActivityPeriodLoad &a : input.done) {
        const auto at = index.constFind(a.start);
        if (at == index.constEnd())
            continue;
        PeriodStats &p = result.periods[*at];
        p.load.add(groupOf(a.activity), a.load);
        p.minutes += a.minutes;
        if (a.activity == Activity::Run)
            p.runMinutes += a.minutes;
    }
    QList<int> painSums(result.periods.size(), 0);
    for (const PeriodPain &pain : input.pain) {
        const auto at = index.constFind(pain.start);
        if (at == index.constEnd())
            continue;
        PeriodStats &p = result.periods[*at];
        p.painDays += pain.days;
        p.redFlagDays += pain.redFlagDays;
        painSums[*at] += pain.scoreSum;
    }
    // Summed as integers, divided once: the same mean as analyse()'s weeks, to the last bit.
    for (qsizetype i = 0; i < result.periods.size(); ++i) {
        PeriodStats &p = result.periods[i];
        if (p.painDays > 0)
            p.meanPain = double(painSums.at(i)) / p.painDays;
    }
    result.spikes = findSpikes(input.runs, input.from, input.to);
    return result;
}

} // namespace Load

} // namespace Stridewise
