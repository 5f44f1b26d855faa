#pragma once

#include "core/model/enums.h"
#include "core/model/painentry.h"
#include "core/model/profile.h"
#include "core/model/week.h"

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
    int plannedMinutes = 0; ///< the session's planned minutes, 0 when not known
    int plannedRunMinutes = 0; ///< the planned session's running() for a run, 0 when not known
    int plannedRpe = -1; ///< the planned target effort, -1 when not known
    bool operator==(const CompletedSession &) const = default;

    /** Minutes of running done: all of them, or for a walk–run the running share of what was done. */
    int running() const
    {
        if (activity != Activity::Run || minutes <= 0)
            return 0;
        if (plannedRunMinutes <= 0 || plannedMinutes <= 0 || plannedRunMinutes >= plannedMinutes)
            return minutes;
        return int((qint64(minutes) * plannedRunMinutes + plannedMinutes / 2) / plannedMinutes);
    }
    /** Running minutes the session planned: plannedRunMinutes, or what was done when the plan is not known. */
    int plannedRunning() const { return plannedRunMinutes > 0 ? plannedRunMinutes : running(); }
};

/** What a saved plan of an earlier week said, as the progression needs it (issue 9). */
struct PastWeek
{
    QDate monday;
    int plannedRunMinutes = 0; ///< sum of running() over the week's run sessions (done, skipped or missed)
    int plannedRuns = 0; ///< run sessions planned
    int level = 0; ///< the level the week was planned at, 0 when not known (a week saved before levels existed)
    bool easy = false; ///< the easier fourth week
    std::optional<LadderRung> ladder;
    PainZone zone = PainZone::Green;
    bool redFlag = false;
    int strengthLevel = -1; ///< -1 when not known
    bool generated = false; ///< made by the planner (not only hand-added sessions)
    bool operator==(const PastWeek &) const = default;
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
    /**
     * Sessions done in the 6 weeks up to historyEnd, oldest first. Planner::inputFor reads only runs and strength, the
     * sessions the rules look at (stretches, twice a day, were two thirds of the rows: issue 15).
     */
    QList<CompletedSession> completed;
    /** How many sessions of every kind were done in those 6 weeks (stored with the week); -1 = completed.size(). */
    int completedSessions = -1;
    int completedCount() const { return completedSessions >= 0 ? completedSessions : int(completed.size()); }
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
    /** Saved plans of the 6 weeks before weekStart, oldest first (weeks without a plan are absent). */
    QList<PastWeek> pastWeeks;
    /**
     * Every day with red-flag symptoms after the latest clinician clearance, up to historyEnd, oldest first: a red
     * flag stays until a clearance is recorded (issue 17), however long ago it was logged.
     */
    QList<PainEntry> unclearedRedFlags;
    QDate lastClearance; ///< latest day a clinician's clearance was recorded, up to historyEnd; invalid if none
    /**
     * First day that gets sessions: today when a week is planned or re-planned mid-week (issue 9: nothing on days
     * already past). Invalid means weekStart.
     */
    QDate planFrom;
    /**
     * Sessions of this week that stay when it is re-planned (earlier days, done, skipped and hand-added ones): the
     * new sessions are fitted around them and the messages count them.
     */
    QList<PlannedSession> kept;
    bool operator==(const PlanInput &) const = default;
};

} // namespace Stridewise
