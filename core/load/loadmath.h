#pragma once

#include "core/load/loadtypes.h"

#include <QList>

#include <optional>

namespace Stridewise::Load {

/** Window lengths of the acute and chronic averages (Williams 2017). */
constexpr int kAcuteDays = 7;
constexpr int kChronicDays = 28;
/** Days of records the ratio needs behind it before it is shown (one chronic window). */
constexpr int kRatioMinDays = kChronicDays;
/** Days before `from` the averages are warmed up over: (1 − 2/29)^84 ≈ 0.3 %, so the zero seed no longer shows. */
constexpr int kWarmUpDays = 3 * kChronicDays;
/** A run is a spike when longer than this share of the longest run of the days before (Frandsen 2025). */
constexpr int kSpikeWindowDays = 30;
constexpr int kSpikePercent = 110;
/** Below this many paired days the correlation sentence refuses to conclude. */
constexpr int kMinCorrelationDays = 14;
constexpr int kMaxLag = 3;

/** Session-RPE load (Foster 2001): effort 0–10 × minutes. */
constexpr int sessionLoad(int rpe, int minutes)
{
    return rpe * minutes;
}

/** λ = 2 / (N + 1) (Williams 2017). */
constexpr double ewmaLambda(int days)
{
    return 2.0 / (days + 1);
}

/**
 * EWMA over consecutive daily loads: E_t = λ·L_t + (1 − λ)·E_{t−1}, with E_{−1} = seed (0 by default:
 * before the first day, nothing is known to have been done). One output per input day.
 */
QList<double> ewma(const QList<double> &dailyLoads, int days, double seed = 0);

/** Mean of the values; 0 for none. */
double mean(const QList<double> &values);
/** Sample standard deviation (n − 1); nullopt for fewer than 2 values. */
std::optional<double> sampleSd(const QList<double> &values);

/**
 * Foster 1998 monotony of one week's 7 daily loads (rest days included as 0): mean ÷ sample SD.
 * nullopt when not exactly 7 days are given or the SD is 0 (every day the same load, e.g. a week of rest).
 */
std::optional<double> monotony(const QList<double> &weekDailyLoads);
/** Foster 1998 strain: weekly load × monotony; nullopt when monotony is. */
std::optional<double> strain(const QList<double> &weekDailyLoads);

/** Ranks 1…n with ties given the average of the ranks they span (e.g. two values tied for 2nd and 3rd: 2.5). */
QList<double> averageRanks(const QList<double> &values);
/** Pearson correlation of x and y; nullopt when sizes differ, n < 3 or either does not vary. */
std::optional<double> pearson(const QList<double> &x, const QList<double> &y);
/** Spearman rank correlation with ties (Pearson of average ranks); nullopt as pearson(). */
std::optional<double> spearman(const QList<double> &x, const QList<double> &y);

/** True when minutes is more than 10 % above longestPrior (exactly 110 % is not a spike); integer-exact. */
constexpr bool isSpike(int minutes, int longestPrior)
{
    return longestPrior > 0 && minutes * 100 > longestPrior * kSpikePercent;
}

/**
 * What rule 10 compares a run on `day` with: the longest run dated day − 30 … day − 1 (runs earlier the same day do
 * not count). byDistance when every one of those runs has a recorded distance (Frandsen 2025 measured distance);
 * runs of any order.
 */
struct SpikeBaseline
{
    int runs = 0; ///< runs in the window
    int longestMinutes = 0;
    bool byDistance = false; ///< runs > 0 and all of them have a distance
    double longestMeters = 0;
    bool operator==(const SpikeBaseline &) const = default;
};
SpikeBaseline spikeBaseline(const QList<RunRecord> &runs, QDate day);

/**
 * Runs dated from..to longer than 110 % of the longest run dated 30 … 1 days before them, by distance when the run
 * and all of those runs have one (spikeBaseline), by minutes otherwise (runs earlier the
 * same day do not count). A run with no run in the 30 days before has nothing to compare with: no spike.
 * `runs` must reach back to from − 30 days; any order.
 */
QList<Spike> findSpikes(const QList<RunRecord> &runs, QDate from, QDate to);

} // namespace Stridewise::Load
