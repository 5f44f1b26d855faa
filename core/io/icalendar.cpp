#include "core/io/icalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace Stridewise::ICalendar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ICalendar", text);
}

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype localTime(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t; // floating: the TZID parameter names the zone
}

icaltimetype utcTime(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    icaltimetype t = localTime(utc.date(), utc.time());
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

icalproperty *zonedTime(icalproperty *property, const QByteArray &tzid)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.constData()));
    return property;
}

QByteArray text(const QString &value)
{
    return value.toUtf8();
}

} // namespace

QString normalisedZone(const QString &timeZone)
{
    if (timeZone == QLatin1String("UTC") || timeZone == QLatin1String("Z") || timeZone == QLatin1String("Etc/UCT"))
        return QStringLiteral("Etc/UTC");
    return timeZone;
}

bool knowsTimeZone(const QString &timeZone)
{
    const QByteArray name = normalisedZone(timeZone).toUtf8();
    icaltimezone *zone = icaltimezone_get_builtin_timezone(name.constData());
    return zone && icaltimezone_get_component(zone);
}

Result<QByteArray> write(const QList<CalendarEvent> &events, const QString &timeZone, const QDateTime &stamp, Kind kind)
{
    const QString zoneName = normalisedZone(timeZone);
    const QByteArray tzid = zoneName.toUtf8();
    icaltimezone *zone = icaltimezone_get_builtin_timezone(tzid.constData());
    if (!zone || !icaltimezone_get_component(zone)) {
        return Result<QByteArray>::failure(ErrorKind::Invalid,
            tr("\"%1\" is not a time zone this system knows; use a name such as Europe/Berlin or America/New_York.")
                .arg(timeZone));
    }

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Stridewise//Stridewise//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    if (kind == Kind::File) {
        icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
        icalproperty *name = icalproperty_new_x(text(tr("Stridewise training plan")).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
        icalproperty *tzName = icalproperty_new_x(tzid.constData());
        icalproperty_set_x_name(tzName, "X-WR-TIMEZONE");
        icalcomponent_add_property(calendar.get(), tzName);
    }

    // The zone's rules from the first exported day on; its TZID is the plain IANA name, which calendar programs
    // map to their own zone data (libical's own ids carry a vendor prefix).
    icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone));
    if (!events.isEmpty()) {
        const auto first = std::min_element(events.cbegin(), events.cend(),
            [](const CalendarEvent &a, const CalendarEvent &b) { return a.date < b.date; });
        icaltimetype from = localTime(first->date.addDays(-1), QTime(0, 0));
        from.zone = icaltimezone_get_utc_timezone();
        icaltimezone_truncate_vtimezone(vtimezone, from, icaltime_null_time(), 1);
    }
    if (icalproperty *id = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(id, tzid.constData());
    icalcomponent_add_component(calendar.get(), vtimezone);

    const icaltimetype dtstamp = utcTime(stamp);
    for (const CalendarEvent &e : events) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QDateTime begin(e.date, e.start, Qt::UTC); // wall-clock arithmetic; UTC only avoids DST skips here
        const QDateTime end = begin.addSecs(qint64(e.minutes) * 60);
        icalcomponent_add_property(event, icalproperty_new_uid(text(e.uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(
            event, zonedTime(icalproperty_new_dtstart(localTime(begin.date(), begin.time())), tzid));
        icalcomponent_add_property(event, zonedTime(icalproperty_new_dtend(localTime(end.date(), end.time())), tzid));
        icalcomponent_add_property(event, icalproperty_new_sequence(e.sequence));
        icalcomponent_add_property(event, icalproperty_new_summary(text(e.summary).constData()));
        icalcomponent_add_property(event, icalproperty_new_description(text(e.description).constData()));
        if (!e.categories.isEmpty())
            icalcomponent_add_property(
                event, icalproperty_new_categories(text(e.categories.join(QLatin1Char(','))).constData()));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(calendar.get(), event);
    }

    char *written = icalcomponent_as_ical_string_r(calendar.get());
    if (!written)
        return Result<QByteArray>::failure(ErrorKind::Storage, tr("libical could not write the calendar."));
    QByteArray bytes(written);
    icalmemory_free_buffer(written);
    return bytes;
}

Result<QList<ParsedEvent>> read(const QByteArray &text)
{
    Component root(icalparser_parse_string(text.constData()));
    if (!root)
        return Result<QList<ParsedEvent>>::failure(ErrorKind::Invalid, tr("This is not iCalendar data."));
    QList<ParsedEvent> events;
    auto take = [&events](icalcomponent *event) {
        ParsedEvent e;
        if (const char *uid = icalcomponent_get_uid(event))
            e.uid = QString::fromUtf8(uid);
        const icaltimetype start = icalcomponent_get_dtstart(event);
        if (!icaltime_is_null_time(start))
            e.date = QDate(start.year, start.month, start.day);
        e.sequence = icalcomponent_get_sequence(event);
        if (const char *summary = icalcomponent_get_summary(event))
            e.summary = QString::fromUtf8(summary);
        events << e;
    };
    if (icalcomponent_isa(root.get()) == ICAL_VEVENT_COMPONENT) {
        take(root.get());
        return events;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT))
        take(c);
    return events;
}

} // namespace Stridewise::ICalendar
