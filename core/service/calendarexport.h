#pragma once

#include "core/io/icalendar.h"
#include "core/model/plannedsession.h"
#include "core/result.h"
#include "core/store/calendarrepository.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>

namespace Stridewise {

class Database;

struct CalendarExportOptions
{
    /** The twice-daily stretch belongs to reminders, not to a calendar: off unless asked for. */
    bool withStretches = false;
    QString timeZone; ///< the runner's time zone, an IANA name ("Europe/Berlin")
};

/**
 * When a time of day starts on a calendar. Our own choice, not evidence: sessions of one time of day follow one
 * another from its start; stretches end at the morning and midday starts and begin at kEveningStretch.
 */
namespace CalendarTimes {
QTime start(TimeOfDay timeOfDay); ///< morning 07:00, midday 12:00, evening 18:00
constexpr int kEveningStretchHour = 21; ///< the evening stretch, before bed

/** The start time of each session (a list parallel to sessions, which are ordered by date, time of day, position). */
QList<QTime> startTimes(const QList<PlannedSession> &sessions);
} // namespace CalendarTimes

/**
 * Planned sessions as calendar events with UIDs that stay the same across exports (issue 13), so importing a
 * new export, or publishing again, updates events instead of duplicating them.
 */
class CalendarExport
{
public:
    explicit CalendarExport(Database &db)
        : m_db(db)
    {
    }

    /**
     * One event per session dated from..to (stretches only with options.withStretches), ordered by start.
     * Gives each session its UID (CalendarExport::assign), raises SEQUENCE where an event says something new, and
     * saves the UIDs in one transaction: a failure saves nothing and returns the store's error. An unknown time
     * zone is an Invalid error.
     */
    Result<QList<CalendarEvent>> events(QDate from, QDate to, const CalendarExportOptions &options);

    /** events() written as one iCalendar file (RFC 5545) stamped with stamp. */
    Result<QByteArray> ics(QDate from, QDate to, const CalendarExportOptions &options, const QDateTime &stamp);

    /** The event a session becomes, without UID or sequence (what fingerprint() is taken of). */
    static CalendarEvent eventFor(const PlannedSession &session, QTime start, const QString &timeZone);
    /** A hash of everything an event says (time zone, times, summary, description, categories). */
    static QString fingerprint(const CalendarEvent &event, const QString &timeZone);

    /**
     * Which record each session's event uses (a list parallel to sessions). A session keeps the record linked to
     * it; a session without one takes the record of a removed session (sessionId 0) on the same date, preferring the
     * same time of day and activity, so a re-planned day updates its events; otherwise it gets a new UID from
     * newUid. A record whose fingerprint differs from fingerprints[i] gets sequence + 1. Pure, for tests.
     */
    static QList<CalendarEventRecord> assign(const QList<PlannedSession> &sessions,
        const QList<QString> &fingerprints,
        const QList<CalendarEventRecord> &existing,
        const std::function<QString()> &newUid);

    /** "stridewise-<uuid>": a UID nobody else makes, and the name of its resource on a CalDAV server. */
    static QString newUid();

private:
    Database &m_db;
};

} // namespace Stridewise
