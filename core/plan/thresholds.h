#pragma once

/**
 * Every number the planning rules use, in one place (DESIGN.md "Planning rules").
 * Each constant names the rule it belongs to; the evidence behind it is in rules.cpp.
 */
namespace Stridewise::Thresholds {

// Rule 1 — hamstring stretch twice every day.
constexpr int kStretchHoldSeconds = 30; ///< Bandy 1997: 30 s works as well as 60 s
constexpr int kStretchSetsPerLeg = 2;
constexpr int kStretchMinutes = 3;
constexpr int kStretchRpe = 1;

// Rule 2 — warm-up and cool-down around every run; walk–run intervals for new runners.
constexpr int kWarmUpMinutes = 5; ///< issue 3: 5–10 min of brisk walking or light jogging
constexpr int kLongWarmUpMinutes = 10;
constexpr int kLongWarmUpFromRunMinutes = 45; ///< runs this long get the 10-min warm-up
constexpr int kCoolDownMinutes = 5;
constexpr int kRunsPerIntervalLevel = 3; ///< completed runs before a new runner's intervals get longer

// Rule 3 — running streaks and the rest day.
constexpr int kMaxRunStreakDays = 2;
constexpr int kMinRestDays = 1;

// Rule 4 — varied run lengths.
constexpr double kLongRunMaxShare = 0.40; ///< of the week's running minutes, with 3 or more runs
constexpr int kMinRunsForLongRun = 3;
constexpr int kRunLengthStep = 3; ///< minutes between the easy runs' lengths
constexpr int kMinRunMinutes = 15; ///< warm-up + at least 5 min of running + cool-down

// Rule 5 — low-impact sessions.
constexpr int kMinLowImpactSessions = 1;
constexpr int kLowImpactMinutes = 40;
constexpr int kRedZoneLowImpactSessions = 3; ///< red zone: running replaced by up to this many sessions
constexpr int kRedZoneLowImpactMinutes = 30;
constexpr int kRedFlagLowImpactMinutes = 20; ///< gentle, only if comfortable
constexpr int kMinLowImpactMinutes = 15;
constexpr int kLowImpactRpe = 3;
constexpr int kGentleRpe = 2;

// Rule 6 — core strength.
constexpr int kMinStrengthSessions = 2;
constexpr int kMaxStrengthSessions = 3;
constexpr int kStrengthMinutes = 15;
constexpr int kStrengthProgressionMinutes = 20;
constexpr int kStrengthSessionsForProgression = 6; ///< completed in the history before dead bug and glute bridge
constexpr int kStrengthRpe = 3;

// Rule 7 — progression.
constexpr double kMaxWeeklyIncrease = 1.10; ///< of running minutes completed the week before
constexpr double kHoldBelowCompletedShare = 0.5; ///< completed less than half of the plan: hold
constexpr int kEasyWeekEvery = 4; ///< weeksPlannedBefore % 4 == 3 is the easier week
constexpr double kEasyWeekShare = 0.75;
constexpr int kNewRunnerStartMinutes = 60; ///< a new runner without history starts at most here
constexpr double kRestartShare = 0.5; ///< after a week without running: half the last running week
/// A restart never goes below two short walk–run sessions (our own judgement): lower targets fit no run at all,
/// and the runner would stay at zero running for good after a break.
constexpr int kRestartFloorMinutes = 2 * kMinRunMinutes + kRunLengthStep;
constexpr int kHistoryDays = 42;
constexpr int kEasyRunRpe = 3;
constexpr int kLongRunRpe = 4;

// Rule 8 — pain zones (after the pain-monitoring model; the cut-offs are our judgement).
constexpr int kPainWindowDays = 7;
constexpr double kGreenMaxMeanPain = 2.0; ///< mean over the logged days of the last 7
constexpr int kGreenMaxPostRunPain = 3; ///< pain recorded after a run above this: not green
constexpr int kAmberDayPain = 5; ///< any day at or above: amber
constexpr double kRedMeanPain = 5.0; ///< mean at or above: red
constexpr int kRedConsecutiveDayPain = 6; ///< two consecutive days at or above: red
constexpr int kAmberMaxRunStreakDays = 1;

// Rule 9 — red flags.
constexpr int kRedFlagWindowDays = 7;

// Rule 10 — spike guard (Frandsen 2025).
constexpr double kMaxSingleRunIncrease = 1.10; ///< of the longest run completed in the window
constexpr int kSpikeWindowDays = 30;

// Rule 12 — monotony.
constexpr double kMaxMonotony = 1.5; ///< mean daily load ÷ standard deviation (population), planned week

} // namespace Stridewise::Thresholds
