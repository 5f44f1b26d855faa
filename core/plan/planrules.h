#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

/**
 * The planning rules of DESIGN.md as one function each, applied in order by PlanGenerator to a PlanState.
 * Internal to core/plan (tests may use it); the thresholds are in thresholds.h, the evidence in rules.cpp.
 */
namespace Stridewise::PlanRules {

constexpr int kDays = 7; ///< index 0 is Monday
constexpr int kHistoryWeeks = 6; ///< weeks of completed sessions the history covers

/** A run in the history more than 10 % longer than the longest of the 30 days before it (rule 10, as `stats`). */
struct Spike
{
    QDate date;
    int minutes = 0;
    int longestBefore = 0; ///< running minutes of the longest run of the 30 days before
    bool byDistance = false; ///< compared by recorded distance (the run and its 30 days all have one)
    double meters = 0;
    double longestBeforeMeters = 0;
};

/** One ISO week of the history: what was planned (when a plan was saved) and what was done. */
struct HistoryWeek
{
    QDate monday;
    bool complete = false; ///< every day of it lies on or before historyEnd
    bool planKnown = false; ///< a saved plan (or previousWeekPlannedRunMinutes) says what was planned
    int plannedRunMinutes = 0;
    int plannedRuns = 0; ///< 0 when not known
    bool easy = false;
    std::optional<LadderRung> ladder;
    PainZone zone = PainZone::Green;
    bool redFlag = false;
    int storedLevel = 0;
    int storedStrengthLevel = -1;
    int runDone = 0; ///< running minutes done
    int runsDone = 0;
    int plannedOfDone = 0; ///< running the done runs planned
    int highEffortEasyRuns = 0; ///< easy runs (target effort ≤ 3) logged at effort 5 or more
    int strengthDone = 0;
    int maxStrengthPain = -1;
};

/** What the history says, computed once (pure function of PlanInput). */
struct History
{
    // Pain, last 7 days (historyEnd - 6 … historyEnd); days without a log are absent, not zero.
    int painDays = 0;
    double meanPain = 0;
    int maxPain = 0;
    QDate maxPainDay;
    QDate consecutiveHighFrom; ///< first of two consecutive days ≥ kRedConsecutiveDayPain, invalid if none
    bool baselineKnown = false;
    double baseline = 0; ///< the runner's usual pain: median of the 7 days before the last 7 (rule 8)
    int maxPostRunPain = -1; ///< highest pain recorded after a run in the last 7 days, -1 if none
    QDate maxPostRunPainDay;
    QDate riseAfterRunDay; ///< a morning after a run with pain 2 points or more over the reference, invalid if none
    int riseReference = 0;
    int riseAfter = 0;
    // Red flags that no clearance has cleared (issue 17), up to historyEnd.
    QList<Symptom> redFlagSymptoms; ///< sorted, unique
    QDate firstRedFlagDay;
    QDate lastRedFlagDay;
    bool urgent = false;
    bool legSymptoms = false; ///< leg symptoms logged in the last 14 days
    QDate lastClearance;
    bool clearedAfterRedFlag = false; ///< a red flag was cleared recently: the ladder restarts at walk–run
    // Running (in running minutes: the run part of a walk–run).
    bool hasRunHistory = false; ///< any run completed before weekStart in the history
    int longestRecentRun = 0; ///< longest run in the spike-guard window, 0 if none
    int runsCompleted = 0;
    int strengthCompleted = 0;
    int runStreakBefore = 0; ///< consecutive days with a run right before planFrom (0–2)
    bool strengthDayBefore = false; ///< core strength done the day before planFrom (rule 6 across days)
    QDate lastRunBefore; ///< latest run before the history window, invalid if none (a long break)
    std::array<HistoryWeek, kHistoryWeeks> weeks{}; ///< [0] is the week before weekStart
    QList<Spike> spikes; ///< spikes in the latest complete week
};

History analyseHistory(const PlanInput &input);

/** How the running target of the week was reached, for the message that says so (rule 7, issue 9). */
enum class Progression
{
    None, ///< no running this week (red zone or red flag)
    Stated, ///< no history: the profile's stated minutes
    WalkRunStart, ///< a new runner's first walk–run week
    Step, ///< up by at most 10 % of the level
    AtGoal, ///< the level is at (or above) the goal
    HoldMissed, ///< fewer than 80 % of last week's runs were done
    HoldNoRun, ///< no run was done last week
    HoldOverDone, ///< far more than planned, or easy runs logged as hard
    HoldAmber, ///< rule 8 amber
    HoldInProgress, ///< the week before is still in progress: no step on a week not yet over
    Ladder, ///< on the return ladder
};

/** The week as it is being decided; each rule function reads and narrows it. */
struct PlanState
{
    explicit PlanState(const PlanInput &in)
        : input(in)
    {
    }
    const PlanInput &input;
    History history;
    int firstDay = 0; ///< index of planFrom: days before it get nothing
    PainZone zone = PainZone::Green;
    bool redFlag = false;
    bool urgent = false;
    QString zoneTrigger; ///< rule 8: what put the week in amber or red, in words with numbers

    std::array<bool, kDays> available{}; ///< rule 11: training only on these days
    std::array<int, kDays> budget{}; ///< minutes a day for everything but the stretches (and kept sessions)
    std::array<int, kDays> keptMinutes{}; ///< minutes of kept sessions a day (re-plan)
    std::array<bool, kDays> keptRun{};
    std::array<bool, kDays> keptStrength{};
    std::array<bool, kDays> keptLowImpact{};
    int keptRunning = 0; ///< planned running of every kept session of the week
    int keptStrengthCount = 0;
    int keptLowImpactCount = 0;

    // Rule 7 and issue 9: level, goal, ladder, target.
    int level = 0;
    int goal = 0;
    std::optional<LadderRung> ladder;
    bool ladderDone = false; ///< the week before was the ladder's last rung, climbed: back at the level
    Progression progression = Progression::None;
    int weekTarget = 0; ///< the whole week's running target, before the mid-week share and the easier week
    int easyBase = 0; ///< the target the easier week is a share of, 0 when the week is not easier
    bool easy = false;
    QString easySkipped; ///< why the fourth week is not easier, when it is not
    int runTarget = 0; ///< running minutes the new runs may add up to
    int runCountWanted = 0;
    int maxRunStreak = 0; ///< rule 3 / rule 8 amber
    int spikeCap = 0; ///< rule 10: longest run allowed on any day of the week, 0 = no cap
    int spikeBase = 0; ///< the run spikeCap is 110 % of
    /**
     * Rule 10 per day: a run on day d may be at most 110 % of the longest run of the 30 days before d that is already
     * done (the window slides through the week, as `stats` counts spikes); spikeVirtual's cap when there is none.
     */
    std::array<int, kDays> spikeCapOn{};
    std::array<int, kDays> spikeBaseOn{}; ///< the run each day's cap is 110 % of, 0 when virtual
    bool spikeVirtual = false; ///< no run in the last 30 days: the cap comes from the profile or the programme
    bool chain = false; ///< no run in the last 30 days: each run at most 110 % of the longest before it this week
    int amberCap = 0; ///< rule 8 amber: the longer run at most this
    bool walkRun = false; ///< the runs are walk–runs (new runners, or the ladder's first rung after a red flag)
    bool newRunner = false; ///< sessions follow the new runner's programme (walk warm-up and cool-down)
    int intervalRunSeconds = 0; ///< walk–run intervals: run this long …
    int intervalWalkSeconds = 0; ///< … then walk this long
    std::function<int(int)> sessionMinutes; ///< a run's session minutes for its running minutes

    std::array<int, kDays> runMinutes{}; ///< running minutes of the run on each day, 0 = none
    int longRunDay = -1;

    int lowImpactWanted = 0; ///< rule 5
    int lowImpactMinimum = 0;
    int lowImpactMinutes = 0;
    int lowImpactRpe = 0;
    std::array<int, kDays> lowImpactMinutesOn{};

    int strengthWanted = 0; ///< rule 6
    int strengthMinimum = 0;
    int strengthMinutes = 0;
    int strengthLevel = 0;
    int previousStrengthLevel = -1;
    std::array<bool, kDays> strengthOn{};
    QString strengthShortfall; ///< why fewer than two strength sessions fit, when they do not

    QList<Adaptation> redFlagAdaptations; ///< always shown first
    QList<Adaptation> adaptations;
    QStringList unsatisfied;
};

int dayIndex(Qt::DayOfWeek day); ///< Monday 0 … Sunday 6

// The rules, in the order PlanGenerator applies them. Each cites its DESIGN.md number.
void prepareDays(PlanState &state); // 11 and the re-plan's kept sessions
void applyRedFlags(PlanState &state); // 9
void applyPainZone(PlanState &state); // 8
void applyProgression(PlanState &state); // 7
void applySpikeGuard(PlanState &state); // 10
/** Rules 3 and 4 (with 8 amber: no runs on consecutive days; 10 and 11 as caps): run days and lengths. */
void planRuns(PlanState &state);
/** Rule 3: no more than maxStreak running days in a row, counting the runs right before day `from`. */
bool runStreakOk(int runMask, int streakBefore, int maxStreak, int from = 0);
/**
 * Rule 4: lengths for runs with these caps (index longIndex is the longer run), adding up to at most total:
 * all different, each at least minLength, and with 3 or more runs the longer one at most 40 % of the sum. Empty if
 * no such lengths exist.
 */
QList<int> runLengths(int total, const QList<int> &caps, int longIndex, int minLength = 15);
/** The least running that makes `runs` runs of at least minLength, each a different length (rule 4). */
int minimumForRuns(int runs, int minLength);
void planLowImpact(PlanState &state); // 5
void planStrength(PlanState &state); // 6
void placeForMonotony(PlanState &state); // 12 (places 5 and 6 within 11 and 3)
/** Minutes of a walk–run's main part: runs of runSeconds, each followed by a walk of walkSeconds but a short last one.
 */
int walkRunMainMinutes(int running, int runSeconds, int walkSeconds);
/** Rules 1 and 2: the sessions themselves, with structure, title and reason. */
QList<PlannedSession> buildSessions(const PlanState &state);
/** The week's messages, built last from the numbers of the sessions (issue 9: one source for every number). */
void composeAdaptations(PlanState &state, const QList<PlannedSession> &sessions);

/** Rule 10: the longest run allowed after a longest run of `longest` min: 110 %, or one minute more below 10 min. */
int spikeLimit(int longest);

/** Foster's monotony of daily loads (RPE × minutes, all sessions): mean ÷ population SD; 0 when flat at 0. */
double monotony(const std::array<int, kDays> &dailyLoad);

} // namespace Stridewise::PlanRules
