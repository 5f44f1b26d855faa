#include "core/plan/weekchange.h"

#include "core/model/names.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::WeekChange", text);
}

bool same(const PlannedSession &a, const PlannedSession &b)
{
    return a.date == b.date && a.timeOfDay == b.timeOfDay && a.activity == b.activity && a.minutes == b.minutes;
}

QString line(QChar mark, const PlannedSession &s)
{
    return QStringLiteral("%1 %2 %3: %4, %5")
        .arg(mark)
        .arg(Labels::weekday(Qt::DayOfWeek(s.date.dayOfWeek())), s.date.toString(Qt::ISODate), s.title)
        .arg(tr("%1 min").arg(s.minutes));
}

} // namespace

WeekChange compareWeeks(const Week &before, const Week &after, QDate from)
{
    WeekChange change{ before, after, from, {}, {} };
    QList<PlannedSession> rest;
    for (const PlannedSession &s : after.sessions) {
        if (s.date >= from)
            rest << s;
    }
    for (const PlannedSession &s : before.sessions) {
        if (s.date < from)
            continue;
        const auto match = std::find_if(rest.begin(), rest.end(), [&](const PlannedSession &o) { return same(s, o); });
        if (match != rest.end())
            rest.erase(match);
        else
            change.removed << s;
    }
    change.added = rest;
    return change;
}

QStringList describeChange(const WeekChange &c)
{
    QStringList out;
    if (c.redFlagChanged() && c.after.redFlag) {
        out << (c.after.urgent ? tr("Urgent red flag: nothing is planned until a clinician has seen you.")
                               : tr("Red flag: running and strength come out of the rest of the week."));
    } else if (c.redFlagChanged()) {
        out << tr("No red flag any more: the rest of the week can be planned again.");
    }
    if (c.zoneChanged()) {
        out << tr("Pain zone: %1 → %2.").arg(Labels::zone(c.before.zone), Labels::zone(c.after.zone));
    }
    for (const PlannedSession &s : c.removed) {
        if (s.activity != Activity::Stretch)
            out << line(QLatin1Char('-'), s);
    }
    for (const PlannedSession &s : c.added) {
        if (s.activity != Activity::Stretch)
            out << line(QLatin1Char('+'), s);
    }
    return out;
}

} // namespace Stridewise
