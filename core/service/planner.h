#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"
#include "core/plan/redflags.h"
#include "core/plan/weekchange.h"
#include "core/result.h"

#include <QDate>

namespace Stridewise {

class Database;

/**
 * Builds weeks the one way the window and the command line share (DESIGN.md "Ways data flows"):
 * profile + history from the repositories → PlanGenerator → PlanRepository, one transaction.
 */
class Planner
{
public:
    static constexpr int kHistoryDays = 42; ///< completed sessions the generator sees (6 weeks)
    static constexpr int kPainDays = 14; ///< pain log days the generator sees
    static constexpr int kPastWeeks = 6; ///< saved plans the progression reads

    explicit Planner(Database &db)
        : m_db(db)
    {
    }

    /**
     * What the generator gets for the week starting on monday, with history up to and including
     * historyEnd (default: the Sunday before monday). NotFound when no profile is saved yet.
     */
    Result<PlanInput> inputFor(QDate monday, QDate historyEnd = {}) const;

    /**
     * Generates and saves the plan for a week that has none; Conflict if it already has one. With `today` (issue 9:
     * plan from today): a week planned mid-week gets nothing on days already past and the rest of the week's share of
     * running, with today's log counted; a week planned ahead sees the history up to today; a week that is over is
     * refused (Conflict). Without today the whole week is planned from the history up to the Sunday before.
     */
    Result<Week> planWeek(QDate monday, QDate today = {});

    /**
     * Re-plans the not-yet-done part of a week from `from` on (from = today mid-week, or the Monday):
     * done and skipped sessions stay, earlier days stay, the rest is generated afresh with history up to from.
     */
    Result<Week> replan(QDate monday, QDate from);

    /**
     * What replan(monday, from) would change, without saving anything: for `log pain` and the window, which offer the
     * change when a day's log moves the zone or raises a red flag (issue 17). NotFound when the week has no plan.
     */
    Result<WeekChange> previewReplan(QDate monday, QDate from) const;

    /**
     * Replaces a whole week that has no completions (the command line's --regenerate); Conflict otherwise. With
     * today, from today on, as planWeek().
     */
    Result<Week> regenerate(QDate monday, QDate today = {});

    /** The red flags that govern `day` (a week shown: its Sunday, or today in the week in progress) (issue 17). */
    Result<RedFlags::Status> redFlagStatus(QDate day) const;

    /**
     * Records that a clinician has seen the runner on clearance.date (issue 17), in one transaction. Invalid when the
     * date is after today, or when no red flag is pending on that day; returns the red flags it cleared.
     */
    Result<RedFlags::Status> recordClearance(const Clearance &clearance, QDate today);

private:
    enum Keep
    {
        KeepDoneAndOwn,
        KeepAll
    };
    /** The week generated from `start` on around the sessions that stay (not saved), and the ids of those. */
    Result<std::pair<Week, QList<qint64>>> generateFrom(PlanInput input, QDate start, Keep keep) const;
    /** Generates as generateFrom() and saves the week from start on, keeping the sessions that stay. */
    Result<Week> replaceFrom(const PlanInput &input, QDate start, Keep keep = KeepDoneAndOwn);

    Database &m_db;
};

} // namespace Stridewise
