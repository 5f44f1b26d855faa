#pragma once

#include "core/model/enums.h"
#include "core/model/painentry.h"
#include "core/model/profile.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Stridewise {

/** A session the runner actually did, as the planner and analytics see it. */
struct CompletedSession
{
    QDate date;
    Activity activity = Activity::Run;
    int minutes = 0;
    int rpe = 0;
    std::optional<int> pain; ///< back pain after the session, 0–10
    /** Recorded distance, when the session was imported from a watch or phone (rule 10 prefers it, Frandsen 2025). */
    std::optional<double> distanceMeters = std::nullopt;
    bool operator==(const CompletedSession &) const = default;
};

/**
 * Everything PlanGenerator needs to plan one week. Read from the store by core/service;
 * built by hand in tests. "Today" is never read from the clock: weekStart is the input.
 */
struct PlanInput
{
    Profile profile;
    QDate weekStart; ///< Monday of the ISO week to plan
    /**
     * Last day the history covers: weekStart - 1 when planning ahead; the re-plan day when re-planning
     * mid-week (so a red flag logged today counts). "The last 7 days" are historyEnd - 6 … historyEnd.
     */
    QDate historyEnd;
    QList<CompletedSession> completed; ///< sessions done in the 6 weeks up to historyEnd, oldest first
    QList<PainEntry> painLog; ///< daily log of the 14 days up to historyEnd, oldest first (days without a log are absent)
    int weeksPlannedBefore = 0; ///< consecutive planned weeks right before this one (for the easier 4th week)
    /**
     * Running minutes planned for the week before weekStart, -1 when unknown. With it, rule 7 holds running at
     * the completed level after a week with less than half of the plan done.
     */
    int previousWeekPlannedRunMinutes = -1;
    /**
     * Date of the latest run completed before the `completed` window, invalid when there is none: a runner
     * back after a long break restarts gently instead of at the profile's full minutes (rule 7).
     */
    QDate lastRunBefore;
    bool operator==(const PlanInput &) const = default;
};

} // namespace Stridewise
