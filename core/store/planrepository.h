#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"
#include "core/result.h"

#include <QDate>
#include <QSqlQuery>

#include <optional>

namespace Stridewise {

class Database;

/** A week as it was before a plan or re-plan changed it, so the change can be undone (issue 9, item 8). */
struct WeekSnapshot
{
    QDate monday;
    std::optional<Week> week; ///< nullopt: the week had no row at all (nothing planned, nothing added by hand)
    bool operator==(const WeekSnapshot &) const = default;
};

/** A session recorded as done or skipped, and where it was before a tick moved it to today. */
struct TickResult
{
    PlannedSession session; ///< as saved, with its completion
    QDate movedFrom; ///< the date it was planned for when a tick moved it to today; invalid when it did not move
};

/** Weeks and their planned sessions (with any completions attached when read). */
class PlanRepository
{
public:
    explicit PlanRepository(Database &db)
        : m_db(db)
    {
    }

    /** The week starting on monday with its sessions ordered by date and time of day, or nullopt if none is saved. */
    Result<std::optional<Week>> week(QDate monday) const;
    /** Saves a new week and its sessions in one transaction; Conflict if that week already has a plan. */
    Result<Week> saveWeek(const Week &week);
    /**
     * saveWeek() without its own transaction, for a caller that holds a Transaction and writes more in it
     * (demo data: a week, its completions and its pain log in one). Sessions' completions, when set, are saved too.
     */
    Result<Week> insertWeek(const Week &week);
    /**
     * Re-plans a week from a date on, in one transaction: updates the week's zone, flags and adaptations,
     * removes its sessions on or after `from` that have no completion, and adds week's sessions on or after
     * `from`. Done, skipped and hand-added sessions are kept, and so are the sessions whose ids are in `keep`.
     * Returns the week as saved.
     */
    Result<Week> replaceWeek(const Week &week, QDate from, const QList<qint64> &keep = {});
    /** Removes a week with all its sessions and completions. */
    Result<void> deleteWeek(QDate monday);

    /** The week starting on monday as it is now, sessions with their ids and completions, for restore(). */
    Result<WeekSnapshot> snapshot(QDate monday) const;
    /**
     * Puts a week back exactly as in the snapshot, in one transaction: its planning columns, and its sessions with
     * their ids and completions; any other session of that week is removed. A snapshot without a week removes the
     * week. Undo and redo of Plan and Re-plan are restore(before) and restore(after). Returns the week as saved
     * (nullopt for a snapshot without a week).
     */
    Result<std::optional<Week>> restore(const WeekSnapshot &snapshot);

    Result<std::optional<PlannedSession>> session(qint64 id) const;
    /**
     * Adds one session (creating an empty week row when its week has none). A session with a non-zero id
     * is restored with that id and its completion, so undoing a delete gives back the same session.
     */
    Result<PlannedSession> addSession(const PlannedSession &session);
    /** Saves a session's date, time of day, minutes, effort, title, reason and structure (moving it between weeks if needed). */
    Result<void> updateSession(const PlannedSession &session);
    Result<void> deleteSession(qint64 id);
    /**
     * Records a session as done or skipped in one transaction (issue 9: a completion never lies in the future): a
     * session dated after today that is ticked done is first moved to today, keeping its time of day. Skipping a
     * future session leaves it where it is. NotFound when there is no such session.
     */
    Result<TickResult> completeMovingToToday(const Completion &completion, QDate today);

    /** Sessions dated from..to inclusive, with completions, ordered by date and time of day. */
    Result<QList<PlannedSession>> sessionsBetween(QDate from, QDate to) const;
    /** Mondays of saved weeks from..to inclusive, oldest first. */
    Result<QList<QDate>> plannedMondays(QDate from, QDate to) const;
    /** How many weeks right before monday have a saved plan, without a gap (the easier-4th-week cycle). */
    Result<int> consecutivePlannedWeeksBefore(QDate monday) const;
    /** Saved weeks whose Monday is from..to inclusive, oldest first, as the progression reads them (PlanInput). */
    Result<QList<PastWeek>> pastWeeks(QDate from, QDate to) const;

private:
    Result<qint64> ensureWeekRow(QDate monday);
    Result<qint64> insertSession(qint64 weekId, const PlannedSession &session, int position);
    /** The statement sql, prepared once per repository and reused (issue 15: demo data re-parsed every INSERT). */
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);

    Database &m_db;
    std::optional<QSqlQuery> m_weekExists, m_insertWeek, m_insertSession, m_insertCompletion;
};

} // namespace Stridewise
