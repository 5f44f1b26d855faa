#pragma once

#include "core/model/enums.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Stridewise {

class Database;

/**
 * A session's calendar event as last exported: its UID, what it said (fingerprint) and its SEQUENCE.
 * The record outlives its session: when a re-plan or a delete removes the session, sessionId becomes 0 and the
 * UID waits for the session that takes the same day (core/service/calendarexport.h), so calendars update the
 * event instead of showing a duplicate.
 */
struct CalendarEventRecord
{
    QString uid;
    qint64 sessionId = 0; ///< 0 when the session is gone
    QDate date; ///< the date the event was last exported for
    TimeOfDay timeOfDay = TimeOfDay::Morning;
    Activity activity = Activity::Run;
    QString fingerprint; ///< hash of the exported content; a change raises sequence
    int sequence = 0;
    bool operator==(const CalendarEventRecord &) const = default;
};

/** What a CalDAV calendar held for one of our events after the last publish that touched it. */
struct CalDavResourceRecord
{
    QString calendar; ///< the calendar collection's URL, as the runner entered it
    QString uid;
    QString href; ///< the event resource's path on the server
    QString etag; ///< the server's ETag after our last PUT; empty when the server sent none
    QString fingerprint; ///< the content we put
    QDate date;
    bool operator==(const CalDavResourceRecord &) const = default;
};

/** The calendar tables (issue 13): event UIDs and sequences, and what each CalDAV server holds. */
class CalendarRepository
{
public:
    explicit CalendarRepository(Database &db)
        : m_db(db)
    {
    }

    /**
     * The records a calendar export of from..to may use: those linked to a session dated from..to (wherever the
     * record's own date is, since a session may have moved) and those whose session is gone, dated from..to.
     */
    Result<QList<CalendarEventRecord>> eventsFor(QDate from, QDate to) const;
    /** Inserts or updates records by UID in one transaction; nothing is saved when one fails. */
    Result<void> saveEvents(const QList<CalendarEventRecord> &records);

    /** What the calendar at this URL held after our last publish, oldest date first. */
    Result<QList<CalDavResourceRecord>> resources(const QString &calendar) const;
    /** Records one event put on a server (its own transaction, so an interrupted publish keeps what it did). */
    Result<void> saveResource(const CalDavResourceRecord &record);
    /** Forgets one event removed from a server. */
    Result<void> removeResource(const QString &calendar, const QString &uid);

private:
    Database &m_db;
};

} // namespace Stridewise
