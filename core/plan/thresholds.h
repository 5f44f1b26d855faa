#pragma once

/**
 * Every number the planning rules use, in one place (DESIGN.md "Planning rules").
 * Each constant names the rule it belongs to and whether EVIDENCE.md backs it or it is our own judgement; the
 * evidence the runner reads is in rules.cpp (planningRules()).
 */
namespace Stridewise::Thresholds {

// Rule 1 — hamstring stretch twice every day.
constexpr int kStretchHoldSeconds = 30; ///< Bandy 1997: 30 s works as well as 60 s
constexpr int kStretchSetsPerLeg = 2;
constexpr int kStretchMinutes = 3;
constexpr int kStretchRpe = 1;
constexpr int kStretchesPerDay = 2; ///< morning and evening; both count in the day's minutes (rule 11)

// Rule 2 — warm-up and cool-down around every run; walk–run intervals for new runners.
constexpr int kWarmUpMinutes = 5; ///< issue 3: 5–10 min of brisk walking or light jogging
constexpr int kLongWarmUpMinutes = 10;
constexpr int kLongWarmUpFromRunMinutes = 45; ///< runs this long get the 10-min warm-up
constexpr int kCoolDownMinutes = 5;
/// A new runner's running part that is this long or longer is run without walking breaks: the walk–run programme
/// ends with 20 min of continuous running (issue 9), in the manner of public beginner programmes. Our judgement.
constexpr int kContinuousRunMinutes = 20;
/// The first week of the walk–run programme for a runner with no running yet: three sessions of 10, 11 and 12 min
/// of running in 1-min runs with 1½-min walks (issue 9's example is 8 × 1 min). Our judgement: 12 min in the longest
/// session lets each week's longest grow by rule 10's 10 % and reach 20 min of continuous running in week 9.
constexpr int kWalkRunFirstWeekMinutes = 33;
constexpr int kWalkRunFirstLongest = 11; ///< treated as the longest earlier run: the first week's runs are at most 12
/// A walk–run's running part is at least this long (with warm-up and cool-down the session is 15 min or more).
constexpr int kMinWalkRunMinutes = 5;
/// Walk–run rungs of the return ladder after a red flag: 4 min running, 1 min walking. Our judgement.
constexpr int kLadderWalkRunRunSeconds = 240;
constexpr int kLadderWalkRunWalkSeconds = 60;

// Rule 3 — running streaks and the rest day.
constexpr int kMaxRunStreakDays = 2;
constexpr int kMinRestDays = 1;

// Rule 4 — varied run lengths.
constexpr double kLongRunMaxShare = 0.40; ///< of the week's running minutes, with 3 or more runs (our judgement)
constexpr int kMinRunsForLongRun = 3;
constexpr int kRunLengthStep = 3; ///< minutes between the easy runs' lengths when there is room
constexpr int kMinRunMinutes = 15; ///< warm-up + at least 5 min of running + cool-down

// Rule 5 — low-impact sessions.
constexpr int kMinLowImpactSessions = 1;
constexpr int kLowImpactMinutes = 40;
constexpr int kRedZoneLowImpactSessions = 3; ///< red zone: running replaced by up to this many sessions
constexpr int kRedZoneLowImpactMinutes = 30;
constexpr int kRedFlagLowImpactMinutes = 20; ///< gentle, only if comfortable
constexpr int kMinLowImpactMinutes = 15;
constexpr int kShortSessionFrom = 25; ///< below this, a low-impact session warms up 3 min and cools down 2 min
constexpr int kShortWarmUpMinutes = 3;
constexpr int kShortCoolDownMinutes = 2;
constexpr int kLowImpactRpe = 3;
constexpr int kGentleRpe = 2;

// Rule 6 — core strength. Two to three a week is our judgement (EVIDENCE.md: Steffens 2016 backs exercise itself).
constexpr int kMinStrengthSessions = 2;
constexpr int kMaxStrengthSessions = 3;
constexpr int kStrengthRpe = 3;
/// The strength ladder (our judgement, after McGill's exercises): one stage up after two weeks on a stage, each with
/// at least this many strength sessions done, the last one green and no pain after them at kStrengthPainDown or
/// more; one stage down after pain at or above kStrengthPainDown after a strength session, or a red week.
constexpr int kStrengthDoneToProgress = 2;
constexpr int kStrengthPainDown = 6;
constexpr int kStrengthTopRung = 4;
/// A week planned before the ladder existed: its rung is estimated as done sessions in the history ÷ this.
constexpr int kStrengthSessionsPerRungEstimate = 4;

// Rule 7 — progression toward the goal (issue 9).
constexpr double kMaxWeeklyIncrease = 1.10; ///< of the current level (Buist 2008 found no benefit; kept as a guard)
/// The current level looks at the completed running of the last 4 weeks (a chronic average, not last week alone):
/// the latest week with running, or the mean of the 3 latest, whichever is higher. Our judgement.
constexpr int kLevelWindowWeeks = 4;
constexpr int kLevelMeanWeeks = 3;
/// A week whose runs were done at this share or more (by count) may progress; below it, running holds at the level.
/// Our judgement (issue 9: "a week done at ≥ 80 % holds or progresses").
constexpr double kProgressDoneShare = 0.80;
constexpr int kEasyWeekEvery = 4; ///< weeksPlannedBefore % 4 == 3 is the easier week
constexpr double kEasyWeekShare = 0.75; ///< of the week's target (our judgement)
constexpr double kEasyWeekMaxOfPrevious = 0.85; ///< and at most this share of the week before's planned running
/// Over-completion (issue 17): ran more than this share of the planned running, or logged two easy runs at effort
/// kHighEffortOnEasyRun or more: the next week holds instead of stepping up. Our judgement.
constexpr double kOverCompletionShare = 1.20;
constexpr int kEasyRunMaxTargetRpe = 3;
constexpr int kHighEffortOnEasyRun = 5; ///< Borg CR-10 "hard"
constexpr int kHighEffortRunsToHold = 2;
/// The return ladder after a red week, a cleared red flag or kLadderAfterWeeksOff weeks without running: shares of
/// the level before the flare, one rung per green week (issue 9's example; our judgement).
constexpr double kLadderShares[] = { 0.50, 0.65, 0.80, 1.00 };
constexpr int kLadderRungs = 4;
constexpr int kLadderAfterWeeksOff = 2;
constexpr int kHistoryDays = 42;
constexpr int kEasyRunRpe = 3;
constexpr int kLongRunRpe = 4;

// Rule 8 — pain zones on the pain-monitoring model (Silbernagel 2007 for tendons; the cut-offs are our judgement).
constexpr int kPainWindowDays = 7;
constexpr int kBaselineWindowDays = 14; ///< the baseline is the median of the 7 days before the last 7
constexpr int kBaselineMinDays = 3; ///< fewer logs there: the median of all logs of the 14 days
constexpr int kAcceptablePain =
    5; ///< pain during or after running up to 5/10 is acceptable (as summaries of the trial say)
constexpr int kAmberRise = 2; ///< a rise of 2 points or more over the baseline matters; 1 point is noise
constexpr int kRedConsecutiveDayPain = 6; ///< two consecutive days at or above: red
constexpr double kRedMeanPain = 5.0; ///< mean at or above: red
constexpr int kAmberMaxRunStreakDays = 1;
constexpr double kAmberLongestShare = 0.90; ///< amber: no run longer than 90 % of the longest run of the last 30 days

// Rule 9 — red flags. They stay until a clinician's clearance is recorded (issue 17).
constexpr int kLegSymptomDays = 14; ///< leg symptoms logged this recently make the stretch warn about nerve tension

// Rule 10 — spike guard (Frandsen 2025).
constexpr double kMaxSingleRunIncrease = 1.10; ///< of the longest run completed in the window
constexpr int kSpikeWindowDays = 30;
/// Below 10 min, 10 % is less than a whole minute and a short walk–run could never grow: it may grow by one minute.
/// Our judgement (Frandsen 2025 studied runs, not 5-minute running parts of a walk–run).
constexpr int kSpikeMinuteStepBelow = 10;

// Rule 12 — monotony.
constexpr double kMaxMonotony = 1.5; ///< mean daily load ÷ standard deviation (population), planned week

} // namespace Stridewise::Thresholds
