#include "core/load/loadmath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stridewise::Load {

QList<double> ewma(const QList<double> &dailyLoads, int days, double seed)
{
    const double lambda = ewmaLambda(days);
    QList<double> out;
    out.reserve(dailyLoads.size());
    double previous = seed;
    for (double load : dailyLoads) {
        previous = lambda * load + (1.0 - lambda) * previous;
        out.append(previous);
    }
    return out;
}

double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

std::optional<double> sampleSd(const QList<double> &values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size() - 1));
}

std::optional<double> monotony(const QList<double> &weekDailyLoads)
{
    // Only whole weeks: a part-week's mean and SD are not comparable with a whole week's.
    if (weekDailyLoads.size() != 7)
        return std::nullopt;
    const auto sd = sampleSd(weekDailyLoads);
    // SD 0 (the same load every day, e.g. a week of full rest) would divide by zero: no monotony to report.
    if (!sd || *sd < 1e-9)
        return std::nullopt;
    return mean(weekDailyLoads) / *sd;
}

std::optional<double> strain(const QList<double> &weekDailyLoads)
{
    const auto m = monotony(weekDailyLoads);
    if (!m)
        return std::nullopt;
    return std::accumulate(weekDailyLoads.begin(), weekDailyLoads.end(), 0.0) * *m;
}

QList<double> averageRanks(const QList<double> &values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> ranks(n, 0.0);
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        // Positions i..j (0-based) hold equal values: each gets the mean of ranks i+1 … j+1.
        const double rank = (double(i + 1) + double(j + 1)) / 2.0;
        for (qsizetype k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

std::optional<double> pearson(const QList<double> &x, const QList<double> &y)
{
    if (x.size() != y.size() || x.size() < 3)
        return std::nullopt;
    const double mx = mean(x);
    const double my = mean(y);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx < 1e-12 || syy < 1e-12)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

std::optional<double> spearman(const QList<double> &x, const QList<double> &y)
{
    // With ties, the 1 − 6Σd²/(n(n²−1)) shortcut is wrong; Pearson's r of the average ranks is exact.
    if (x.size() != y.size())
        return std::nullopt;
    return pearson(averageRanks(x), averageRanks(y));
}

SpikeBaseline spikeBaseline(const QList<RunRecord> &runs, QDate day)
{
    SpikeBaseline b;
    bool allHaveDistance = true;
    for (const RunRecord &r : runs) {
        if (r.date < day.addDays(-kSpikeWindowDays) || r.date >= day)
            continue;
        ++b.runs;
        b.longestMinutes = std::max(b.longestMinutes, r.minutes);
        if (r.distanceMeters)
            b.longestMeters = std::max(b.longestMeters, *r.distanceMeters);
        else
            allHaveDistance = false;
    }
    b.byDistance = b.runs > 0 && allHaveDistance;
    if (!b.byDistance)
        b.longestMeters = 0;
    return b;
}

QList<Spike> findSpikes(const QList<RunRecord> &runs, QDate from, QDate to)
{
    QList<RunRecord> sorted = runs;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const RunRecord &a, const RunRecord &b) { return a.date < b.date; });
    QList<Spike> spikes;
    // Two-pointer window over runs dated d − 30 … d − 1, with the longest found by a scan: a month holds few runs.
    qsizetype windowStart = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const RunRecord &run = sorted[i];
        if (run.date < from || run.date > to)
            continue;
        const QDate earliest = run.date.addDays(-kSpikeWindowDays);
        while (windowStart < sorted.size() && sorted[windowStart].date < earliest)
            ++windowStart;
        int longest = 0;
        double longestMeters = 0;
        bool allHaveDistance = true;
        for (qsizetype k = windowStart; k < sorted.size() && sorted[k].date < run.date; ++k) {
            longest = std::max(longest, sorted[k].minutes);
            if (sorted[k].distanceMeters)
                longestMeters = std::max(longestMeters, *sorted[k].distanceMeters);
            else
                allHaveDistance = false;
        }
        if (run.distanceMeters && allHaveDistance && longestMeters > 0) {
            // Distance, as Frandsen 2025 measured it, when the run and its whole window have one.
            if (*run.distanceMeters * 100 > longestMeters * kSpikePercent) {
                Spike s{ run.date, run.minutes, longest, *run.distanceMeters / longestMeters };
                s.byDistance = true;
                s.meters = *run.distanceMeters;
                s.longestPriorMeters = longestMeters;
                spikes.append(s);
            }
        } else if (isSpike(run.minutes, longest)) {
            spikes.append({ run.date, run.minutes, longest, double(run.minutes) / double(longest) });
        }
    }
    return spikes;
}

} // namespace Stridewise::Load
