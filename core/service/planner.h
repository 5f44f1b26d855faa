#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"
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

    explicit Planner(Database &db)
        : m_db(db)
    {
    }

    /**
     * What the generator gets for the week starting on monday, with history up to and including
     * historyEnd (default: the Sunday before monday). NotFound when no profile is saved yet.
     */
    Result<PlanInput> inputFor(QDate monday, QDate historyEnd = {}) const;

    /** Generates and saves the plan for a week that has none; Conflict if it already has one. */
    Result<Week> planWeek(QDate monday);

    /**
     * Re-plans the not-yet-done part of a week from `from` on (from = today mid-week, or the Monday):
     * done and skipped sessions stay, earlier days stay, the rest is generated afresh with history up to from.
     */
    Result<Week> replan(QDate monday, QDate from);

    /** Replaces a whole week that has no completions (the command line's --regenerate); Conflict otherwise. */
    Result<Week> regenerate(QDate monday);

private:
    enum Keep { KeepDoneAndOwn, KeepAll };
    /**
     * Generates the week for input and saves it from start on, fitted around the sessions that stay: earlier
     * days, done, skipped and hand-added sessions (KeepDoneAndOwn), or every session already there (KeepAll).
     */
    Result<Week> replaceFrom(const PlanInput &input, QDate start, Keep keep = KeepDoneAndOwn);

    Database &m_db;
};

} // namespace Stridewise
