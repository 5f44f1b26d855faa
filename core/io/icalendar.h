#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Stridewise {

/** One event as it goes into a calendar: wall-clock times in the calendar's time zone. */
struct CalendarEvent
{
    QString uid; ///< stable across exports (CalendarRepository)
    int sequence = 0; ///< raised each time what the event says changes (RFC 5545 SEQUENCE)
    QDate date;
    QTime start; ///< wall-clock start in the calendar's time zone
    int minutes = 0; ///< DTEND = start + minutes
    QString summary;
    QString description;
    QStringList categories;
    QString fingerprint; ///< hash of what the event says, for telling changed events from unchanged ones
    bool operator==(const CalendarEvent &) const = default;
};

/** An event read back from iCalendar text (what a CalDAV server holds). */
struct ParsedEvent
{
    QString uid;
    QDate date; ///< DTSTART's date as written (in the event's own time zone)
    int sequence = 0;
    QString summary;
};

/**
 * iCalendar (RFC 5545) written with libical, so escaping, line folding at 75 octets and CRLF line ends are
 * libical's, not ours. Times carry the runner's time zone by its IANA name (TZID) with a VTIMEZONE built from
 * the system's time zone data and trimmed to the dates exported.
 */
namespace ICalendar {

enum class Kind
{
    File, ///< a calendar to import: METHOD:PUBLISH and a calendar name
    CalDavResource, ///< one event stored on a CalDAV server: no METHOD (RFC 4791 4.1)
};

/** "UTC" and "Z" as Etc/UTC; other names as given. */
QString normalisedZone(const QString &timeZone);

/** Whether the system's time zone data know timeZone (an IANA name such as "Europe/Berlin"). */
bool knowsTimeZone(const QString &timeZone);

/**
 * A VCALENDAR holding events with one VTIMEZONE for timeZone. stamp (DTSTAMP, the time of writing) comes from
 * the caller: core never reads the clock. An Invalid error names an unknown time zone.
 */
Result<QByteArray> write(
    const QList<CalendarEvent> &events, const QString &timeZone, const QDateTime &stamp, Kind kind = Kind::File);

/** The VEVENTs of iCalendar text; an Invalid error when libical cannot read it. */
Result<QList<ParsedEvent>> read(const QByteArray &text);

} // namespace ICalendar

} // namespace Stridewise
