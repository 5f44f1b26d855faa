#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

/**
 * The planning rules of DESIGN.md as one function each, applied in order by PlanGenerator to a PlanState.
 * Internal to core/plan (tests may use it); the thresholds are in thresholds.h, the evidence in rules.cpp.
 */
namespace Stridewise::PlanRules {

constexpr int kDays = 7; ///< index 0 is Monday

/** What the history says, computed once (pure function of PlanInput). */
struct History
{
    // Pain, last 7 days (historyEnd - 6 … historyEnd); days without a log are absent, not zero.
    int painDays = 0;
    double meanPain = 0;
    int maxPain = 0;
    QDate maxPainDay;
    QDate consecutiveHighFrom; ///< first of two consecutive days ≥ kRedConsecutiveDayPain, invalid if none
    int maxPostRunPain = -1; ///< highest pain recorded after a run, -1 if none
    QDate worseAfterRunDay; ///< a morning after a run with more pain than the morning before, invalid if none
    int worseBefore = 0;
    int worseAfter = 0;
    // Red flags, last 7 days.
    QList<Symptom> redFlagSymptoms; ///< sorted, unique
    QDate firstRedFlagDay;
    bool urgent = false;
    // Running.
    bool hasRunHistory = false; ///< any run completed in the history
    int previousWeekRunMinutes = 0; ///< completed in the ISO week before weekStart
    int lastRunningWeekMinutes = 0; ///< the latest earlier week with running (for a restart)
    int longestRecentRun = 0; ///< longest run in the spike-guard window, 0 if none
    int runsCompleted = 0;
    int strengthCompleted = 0;
    int runStreakBefore = 0; ///< consecutive days with a run right before weekStart (0–2)
    bool strengthDayBefore = false; ///< core strength done the day before weekStart (rule 6 across weeks)
    QDate lastRunBefore; ///< latest run before the history window, invalid if none (a long break)
};

History analyseHistory(const PlanInput &input);

/** The week as it is being decided; each rule function reads and narrows it. */
struct PlanState
{
    explicit PlanState(const PlanInput &in)
        : input(in)
    {
    }
    const PlanInput &input;
    History history;
    PainZone zone = PainZone::Green;
    bool redFlag = false;
    bool urgent = false;
    QString zoneTrigger; ///< rule 8: what put the week in amber or red, in words with numbers

    std::array<bool, kDays> available{}; ///< rule 11: training only on these days
    std::array<int, kDays> budget{}; ///< minutes a day for everything but the stretches

    int runTarget = 0; ///< rule 7/8: running minutes this week may not exceed this
    int runCountWanted = 0;
    int maxRunStreak = 0; ///< rule 3 / rule 8 amber
    int spikeCap = 0; ///< rule 10: longest run allowed, 0 = no cap from history
    bool swapLongRun = false; ///< rule 8 amber: the long run becomes low-impact

    std::array<int, kDays> runMinutes{}; ///< 0 = no run that day
    int longRunDay = -1;
    bool spikeCapBound = false;

    int swapDay = -1; ///< rule 8 amber: the low-impact session that replaces the long run
    int swapMinutes = 0;

    int lowImpactWanted = 0; ///< rule 5, free (not the swap)
    int lowImpactMinimum = 0;
    int lowImpactMinutes = 0;
    int lowImpactRpe = 0;
    std::array<int, kDays> lowImpactMinutesOn{};

    int strengthWanted = 0; ///< rule 6
    int strengthMinimum = 0;
    int strengthMinutes = 0;
    std::array<bool, kDays> strengthOn{};

    QList<Adaptation> redFlagAdaptations; ///< always shown first
    QList<Adaptation> adaptations;
    QStringList unsatisfied;
};

int dayIndex(Qt::DayOfWeek day); ///< Monday 0 … Sunday 6

// The rules, in the order PlanGenerator applies them. Each cites its DESIGN.md number.
void applyRedFlags(PlanState &state); // 9
void applyPainZone(PlanState &state); // 8
void applyProgression(PlanState &state); // 7
void applySpikeGuard(PlanState &state); // 10
void applyAvailability(PlanState &state); // 11
/** Rules 3 and 4 (with 8 amber: no runs on consecutive days; 10 and 11 as caps): run days and lengths. */
void planRuns(PlanState &state);
/** Rule 3: no more than maxStreak running days in a row, counting the runs right before the week. */
bool runStreakOk(int runMask, int streakBefore, int maxStreak);
/**
 * Rule 4: lengths for runs with these caps (index longIndex is the longer run), adding up to at most total:
 * all different, and with 3 or more runs the longer one at most 40 % of the sum. Empty if a run would be
 * shorter than kMinRunMinutes.
 */
QList<int> runLengths(int total, const QList<int> &caps, int longIndex);
void planLowImpact(PlanState &state); // 5
void planStrength(PlanState &state); // 6
void placeForMonotony(PlanState &state); // 12 (places 5 and 6 within 11 and 3)
/** Rules 1 and 2: the sessions themselves, with structure, title and reason. */
QList<PlannedSession> buildSessions(const PlanState &state);

/** Foster's monotony of daily loads (RPE × minutes, all sessions): mean ÷ population SD; 0 when flat at 0. */
double monotony(const std::array<int, kDays> &dailyLoad);

} // namespace Stridewise::PlanRules
