#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

/**
 * Load of one day or week split by activity group (groupOf(): stretches count as strength).
 * Session-RPE load = effort 0–10 × minutes (Foster 2001), in "load units" (effort × min).
 */
struct GroupLoads
{
    int running = 0;
    int lowImpact = 0;
    int strength = 0;

    int total() const { return running + lowImpact + strength; }
    int of(ActivityGroup group) const
    {
        switch (group) {
        case ActivityGroup::Running:
            return running;
        case ActivityGroup::LowImpact:
            return lowImpact;
        case ActivityGroup::Strength:
            return strength;
        }
        return 0;
    }
    void add(ActivityGroup group, int load)
    {
        switch (group) {
        case ActivityGroup::Running:
            running += load;
            break;
        case ActivityGroup::LowImpact:
            lowImpact += load;
            break;
        case ActivityGroup::Strength:
            strength += load;
            break;
        }
    }
    GroupLoads &operator+=(const GroupLoads &o)
    {
        running += o.running;
        lowImpact += o.lowImpact;
        strength += o.strength;
        return *this;
    }
    bool operator==(const GroupLoads &) const = default;
};

// ---- Inputs (what core/store's StatsRepository reads, aggregated in SQL; or built by hand in tests) ----

/** Sessions of one activity on one date, summed: done sessions (actual minutes × effort) or planned targets. */
struct ActivityDayLoad
{
    QDate date;
    Activity activity = Activity::Run;
    int sessions = 0;
    int minutes = 0;
    int load = 0; ///< Σ effort × minutes
    std::optional<int> painAfter; ///< highest back pain logged after one of these sessions, 0–10
    bool operator==(const ActivityDayLoad &) const = default;
};

/** One day's back-pain log entry, as analytics need it. */
struct DailyPain
{
    QDate date;
    int score = 0; ///< 0–10
    bool redFlag = false; ///< any red-flag symptom logged that day
    bool urgent = false; ///< bladder/bowel change or saddle numbness
    bool operator==(const DailyPain &) const = default;
};

/** One completed run (one session, not a day), for the single-run spike check. */
struct RunRecord
{
    QDate date;
    int minutes = 0;
    std::optional<double> distanceMeters = std::nullopt; ///< recorded distance (imported runs), when known
    bool operator==(const RunRecord &) const = default;
};

/**
 * Everything analyse() needs for the range from..to. Lists need not be sorted.
 * `done` and `planned` should start at warmUpStart() (EWMA warm-up), `runs` at from - 30 days (spikes),
 * `pain` may stop at `to`.
 */
struct LoadInput
{
    QDate from;
    QDate to;
    /** First day the runner's records cover (first planned or done session or pain log); invalid = unknown. */
    QDate historyStart;
    QList<ActivityDayLoad> done;
    QList<ActivityDayLoad> planned;
    QList<DailyPain> pain;
    QList<RunRecord> runs;
};

/** How a long range is split into bars: ISO weeks (Monday–Sunday) or calendar months. */
enum class Period
{
    Week,
    Month
};

/** Done sessions of one activity in one ISO week or calendar month, summed in SQL (StatsRepository::periodLoads). */
struct ActivityPeriodLoad
{
    QDate start; ///< the period's Monday or 1st (before clipping to a range)
    Activity activity = Activity::Run;
    int minutes = 0;
    int load = 0; ///< Σ effort × minutes
    bool operator==(const ActivityPeriodLoad &) const = default;
};

/** The pain log of one ISO week or calendar month, summed in SQL (StatsRepository::periodPain). */
struct PeriodPain
{
    QDate start;
    int days = 0; ///< days with a pain log
    int scoreSum = 0;
    int redFlagDays = 0;
    bool operator==(const PeriodPain &) const = default;
};

/** What Load::overview() needs for from..to: per-period sums (not per day) and the runs for the spike check. */
struct OverviewInput
{
    QDate from;
    QDate to;
    Period period = Period::Week;
    QList<ActivityPeriodLoad> done;
    QList<PeriodPain> pain;
    QList<RunRecord> runs; ///< from from − 30 days, as LoadInput::runs
};

// ---- Outputs (what a chart or `stridewise stats` consumes directly) ----

/**
 * One calendar day. Every day from..to is present: a day without training has zero load
 * (it is known that nothing was done), but a day without a pain log has no pain value (missing, not 0).
 */
struct DailyLoad
{
    QDate date;
    GroupLoads load; ///< done: effort × actual minutes
    GroupLoads planned; ///< planned: target effort × planned minutes (all planned sessions, done or not)
    int minutes = 0; ///< minutes done, all activity
    int runMinutes = 0;
    std::optional<int> pain; ///< daily back-pain log 0–10; nullopt = not logged
    bool redFlag = false; ///< red-flag symptoms logged that day
    bool urgent = false;
    std::optional<int> painAfter; ///< highest pain logged after a session that day
    /** EWMA of the daily total load (Williams 2017), acute N = 7, chronic N = 28 days. */
    double acute = 0;
    double chronic = 0;
    /** acute ÷ chronic; nullopt while chronic is 0 or fewer than 28 days of records lie behind it. Context, not a
     * verdict. */
    std::optional<double> acwr;
    /** The same for the running group only. */
    double runningAcute = 0;
    double runningChronic = 0;
    std::optional<double> runningAcwr;
    bool spike = false; ///< a run this day was > 110 % of the longest run of the 30 days before

    int total() const { return load.total(); }
};

/** One ISO week (Monday–Sunday), restricted to the days inside the report's range. */
struct WeekStats
{
    QDate monday;
    int days = 0; ///< days of this week inside the range (7 for a whole week)
    GroupLoads load;
    GroupLoads planned;
    int minutes = 0;
    int runMinutes = 0;
    double meanDailyLoad = 0;
    /** Sample standard deviation (n − 1) of the 7 daily totals; nullopt when the week is not whole. */
    std::optional<double> sdDailyLoad;
    /** Foster 1998: mean daily load ÷ SD; nullopt when the week is not whole (< 7 days) or SD is 0. */
    std::optional<double> monotony;
    /** Foster 1998: weekly load × monotony; nullopt when monotony is. */
    std::optional<double> strain;
    int painDays = 0; ///< days with a pain log
    std::optional<double> meanPain; ///< mean of the logged days; nullopt when none
    int redFlagDays = 0;

    int total() const { return load.total(); }
};

/** A run more than 10 % longer than the longest run of the 30 days before it (Frandsen 2025). */
struct Spike
{
    QDate date;
    int minutes = 0;
    int longestPrior30d = 0; ///< longest run dated day − 30 … day − 1
    double ratio = 0; ///< minutes ÷ longestPrior30d, > 1.1 (or metres ÷ longestPriorMeters when byDistance)
    /** Compared by distance: the run and every run of its 30 days before have one (Frandsen 2025 measured distance). */
    bool byDistance = false;
    double meters = 0; ///< the run's distance when byDistance
    double longestPriorMeters = 0; ///< longest distance of day − 30 … day − 1 when byDistance
    bool operator==(const Spike &) const = default;
};

/**
 * Spearman rank correlation between daily total load and the back pain logged `lag` days later.
 * Only days with a pain log pair up (missing days are left out, never read as 0). Descriptive only.
 */
struct Correlation
{
    int lag = 0; ///< 0 = same day, 1–3 = days later
    std::optional<double> rho; ///< nullopt when n < 3 or load or pain never varies
    int n = 0; ///< paired days used
    bool operator==(const Correlation &) const = default;
};

/**
 * One ISO week or calendar month restricted to the days inside a range: the same sums as WeekStats (for a week,
 * equal to analyse()'s WeekStats of it), read from per-period SQL sums rather than day by day.
 */
struct PeriodStats
{
    QDate first; ///< the period's Monday or 1st, or the range's first day
    QDate last; ///< its Sunday or last day of the month, or the range's last day
    GroupLoads load;
    int minutes = 0;
    int runMinutes = 0;
    int painDays = 0; ///< days with a pain log
    std::optional<double> meanPain; ///< mean of the logged days; nullopt when none
    int redFlagDays = 0;

    int days() const { return static_cast<int>(first.daysTo(last)) + 1; }
    int total() const { return load.total(); }
};

/**
 * A long range as bars need it, built by overview(): one entry per week or month (every one touching the range, with
 * or without records) and the spike runs. Its cost follows the periods, not the days: no daily series, no EWMA, no
 * correlation (those need LoadReport).
 */
struct LoadOverview
{
    QDate from;
    QDate to;
    Period period = Period::Week;
    QList<PeriodStats> periods; ///< oldest first
    QList<Spike> spikes; ///< spike runs dated from..to, oldest first

    /** No training and no pain log anywhere in the range. */
    bool isEmpty() const;
};

/** Everything the Progress chart and `stridewise stats` show for one range. Built by analyse(). */
struct LoadReport
{
    QDate from;
    QDate to;
    QList<DailyLoad> days; ///< one per calendar day from..to, oldest first
    QList<WeekStats> weeks; ///< ISO weeks touching from..to, oldest first
    QList<Spike> spikes; ///< spike runs dated from..to, oldest first
    QList<Correlation> correlations; ///< lags 0, 1, 2, 3
    /** First day whose load enters the pain/load pairs: days before the runner's first record are unknown, not rest. */
    QDate firstPairedDay;
    QString summary; ///< plain-words sentence about pain vs load (translated)

    /** No training and no pain log anywhere in the range: the chart's empty state. */
    bool isEmpty() const;
};

} // namespace Stridewise
