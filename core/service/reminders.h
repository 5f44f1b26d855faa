#pragma once

#include "core/model/painentry.h"
#include "core/model/plannedsession.h"
#include "core/model/reminder.h"
#include "core/plan/redflags.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <optional>

namespace Stridewise {

class Database;

/**
 * What is due for the desktop reminders (issue 14): the hamstring stretch morning and evening (DESIGN.md rule 1)
 * and, when asked for, a note an hour before a planned run. Pure functions of what is planned, logged and already
 * shown; "today" and "now" are parameters, so the window, `stridewise remind` and tests decide the same way.
 */
namespace Reminders {

/** Later brings a reminder back after this many minutes… */
constexpr int kLaterMinutes = 30;
/** …at most this many times (our own choice: a third nudge would nag). */
constexpr int kMaxLater = 2;
/** The run reminder comes this long before the run. */
constexpr int kMinutesBeforeRun = 60;

/**
 * The reminders due at now on today, in the order to show them:
 * - a stretch slot from its time until the next slot begins (the morning one until the evening time, the evening
 *   one until midnight), once, and again when Later's time has come;
 * - none for a stretch that is ticked or skipped, or when today has no stretch planned (Done needs a session);
 * - a run reminder in the hour before the run's part of the day (settings' run times), once, never when a
 *   red flag is pending on today: logged and not yet cleared by a clinician (issue 17; the planner plans no run).
 * records are those of today; redFlags is RedFlags::status of today (Planner::redFlagStatus).
 */
QList<DueReminder> due(const ReminderSettings &settings,
    const QList<PlannedSession> &todaysSessions,
    const RedFlags::Status &redFlags,
    const QList<ReminderRecord> &records,
    QDate today,
    QTime now);

/** The record after reminder was shown (before: its record of today, if any). */
ReminderRecord shown(const DueReminder &reminder, const std::optional<ReminderRecord> &before);

/**
 * The record after the runner chose Later at now: back in kLaterMinutes. A Later that would fall after midnight
 * does not come back (the day's slot is over).
 */
ReminderRecord later(ReminderRecord record, QTime now);

} // namespace Reminders

/**
 * The reminders' flows over a runner's database: what is due (reading today's sessions, the pain log and what was
 * shown), remembering what was shown and Later, and Done, which ticks the session as planned in one transaction.
 * The caller holds the database's lock for the writes.
 */
class ReminderService
{
public:
    explicit ReminderService(Database &db)
        : m_db(db)
    {
    }

    Result<QList<DueReminder>> due(const ReminderSettings &settings, QDate today, QTime now) const;
    /** Remembers that these were shown, in one transaction. */
    Result<void> markShown(const QList<DueReminder> &shown);
    /** Remembers Later for the slot; returns when it comes back (invalid: not today). */
    Result<QTime> markLater(QDate date, const QString &slot, QTime now);
    /**
     * Done: ticks the session done as planned (its minutes and target effort), in one transaction. A session
     * already ticked or skipped is left as it is (the window may have been quicker); returns the session as saved.
     */
    Result<PlannedSession> markDone(qint64 sessionId);

private:
    Database &m_db;
};

} // namespace Stridewise
