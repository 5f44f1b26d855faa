#include "core/service/calendarexport.h"

#include "core/io/sessiontext.h"
#include "core/model/names.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::CalendarExport", text);
}

QString groupLabel(Activity activity)
{
    if (activity == Activity::Stretch)
        return tr("Stretching");
    switch (groupOf(activity)) {
    case ActivityGroup::Running:
        return tr("Running");
    case ActivityGroup::LowImpact:
        return tr("Low-impact");
    case ActivityGroup::Strength:
        return tr("Strength");
    }
    return QString();
}

QTime minutesAfterMidnight(int minutes)
{
    return QTime(0, 0).addSecs(qint64(std::clamp(minutes, 0, 24 * 60 - 1)) * 60);
}

} // namespace

QTime CalendarTimes::start(TimeOfDay timeOfDay)
{
    switch (timeOfDay) {
    case TimeOfDay::Morning:
        return QTime(7, 0);
    case TimeOfDay::Midday:
        return QTime(12, 0);
    case TimeOfDay::Evening:
        return QTime(18, 0);
    }
    return QTime(7, 0);
}

QList<QTime> CalendarTimes::startTimes(const QList<PlannedSession> &sessions)
{
    QList<QTime> times(sessions.size());
    int i = 0;
    while (i < sessions.size()) {
        // One day's one time of day: sessions follow each other from its start; stretches sit before it (morning,
        // midday) or at kEveningStretchHour, after whatever the evening holds.
        int j = i;
        while (j < sessions.size() && sessions.at(j).date == sessions.at(i).date
            && sessions.at(j).timeOfDay == sessions.at(i).timeOfDay)
            ++j;
        const TimeOfDay slot = sessions.at(i).timeOfDay;
        const int slotStart = CalendarTimes::start(slot).msecsSinceStartOfDay() / 60000;
        int cursor = slotStart;
        int stretchMinutes = 0;
        for (int k = i; k < j; ++k) {
            if (sessions.at(k).activity == Activity::Stretch) {
                stretchMinutes += sessions.at(k).minutes;
                continue;
            }
            times[k] = minutesAfterMidnight(cursor);
            cursor += sessions.at(k).minutes;
        }
        int stretchCursor =
            slot == TimeOfDay::Evening ? std::max(kEveningStretchHour * 60, cursor) : slotStart - stretchMinutes;
        for (int k = i; k < j; ++k) {
            if (sessions.at(k).activity != Activity::Stretch)
                continue;
            times[k] = minutesAfterMidnight(stretchCursor);
            stretchCursor += sessions.at(k).minutes;
        }
        i = j;
    }
    return times;
}

CalendarEvent CalendarExport::eventFor(const PlannedSession &session, QTime start, const QString &timeZone)
{
    CalendarEvent e;
    e.date = session.date;
    e.start = start;
    e.minutes = session.minutes;
    e.summary = session.title;
    e.description = SessionText::description(session);
    e.categories = QStringList{ QStringLiteral("Stridewise"), groupLabel(session.activity) };
    e.fingerprint = fingerprint(e, timeZone);
    return e;
}

QString CalendarExport::fingerprint(const CalendarEvent &e, const QString &timeZone)
{
    const QStringList parts{ ICalendar::normalisedZone(timeZone), e.date.toString(Qt::ISODate),
        e.start.toString(QStringLiteral("HH:mm")), QString::number(e.minutes), e.summary, e.description,
        e.categories.join(QLatin1Char(',')) };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString CalendarExport::newUid()
{
    return QStringLiteral("stridewise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<CalendarEventRecord> CalendarExport::assign(const QList<PlannedSession> &sessions,
    const QList<QString> &fingerprints,
    const QList<CalendarEventRecord> &existing,
    const std::function<QString()> &newUid)
{
    QList<CalendarEventRecord> result(sessions.size());
    QList<bool> assigned(sessions.size(), false);
    QList<bool> used(existing.size(), false);

    // 1. A session keeps its own record.
    for (int s = 0; s < sessions.size(); ++s) {
        for (int r = 0; r < existing.size(); ++r) {
            if (!used[r] && existing[r].sessionId != 0 && existing[r].sessionId == sessions[s].id) {
                result[s] = existing[r];
                assigned[s] = used[r] = true;
                break;
            }
        }
    }
    // 2. Sessions without one inherit a removed session's record of the same day, closest match first.
    using Match = std::function<bool(const PlannedSession &, const CalendarEventRecord &)>;
    const QList<Match> passes{
        [](const PlannedSession &s, const CalendarEventRecord &r) {
            return s.timeOfDay == r.timeOfDay && s.activity == r.activity;
        },
        [](const PlannedSession &s, const CalendarEventRecord &r) { return s.activity == r.activity; },
        [](const PlannedSession &s, const CalendarEventRecord &r) {
            return s.timeOfDay == r.timeOfDay && (s.activity == Activity::Stretch) == (r.activity == Activity::Stretch);
        },
        [](const PlannedSession &s, const CalendarEventRecord &r) {
            return (s.activity == Activity::Stretch) == (r.activity == Activity::Stretch);
        },
    };
    for (const Match &match : passes) {
        for (int s = 0; s < sessions.size(); ++s) {
            if (assigned[s])
                continue;
            for (int r = 0; r < existing.size(); ++r) {
                if (!used[r] && existing[r].sessionId == 0 && existing[r].date == sessions[s].date
                    && match(sessions[s], existing[r])) {
                    result[s] = existing[r];
                    assigned[s] = used[r] = true;
                    break;
                }
            }
        }
    }
    // 3. The rest are new; then every record takes its session's current state.
    for (int s = 0; s < sessions.size(); ++s) {
        CalendarEventRecord &r = result[s];
        if (!assigned[s]) {
            r = CalendarEventRecord{};
            r.uid = newUid();
            r.sequence = 0;
        } else if (r.fingerprint != fingerprints.value(s)) {
            ++r.sequence;
        }
        r.sessionId = sessions[s].id;
        r.date = sessions[s].date;
        r.timeOfDay = sessions[s].timeOfDay;
        r.activity = sessions[s].activity;
        r.fingerprint = fingerprints.value(s);
    }
    return result;
}

Result<QList<CalendarEvent>> CalendarExport::events(QDate from, QDate to, const CalendarExportOptions &options)
{
    if (!ICalendar::knowsTimeZone(options.timeZone)) {
        return Result<QList<CalendarEvent>>::failure(ErrorKind::Invalid,
            tr("\"%1\" is not a time zone this system knows; use a name such as Europe/Berlin or America/New_York.")
                .arg(options.timeZone));
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        return Result<QList<CalendarEvent>>::failure(ErrorKind::Invalid,
            tr("The range %1 to %2 is empty: --to must not be before --from.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    auto all = PlanRepository(m_db).sessionsBetween(from, to);
    if (!all)
        return all.error();
    // Start times come from the whole day, stretches included, so a session's time does not depend on the option.
    const QList<QTime> allTimes = CalendarTimes::startTimes(*all);
    QList<PlannedSession> sessions;
    QList<QTime> times;
    for (int i = 0; i < all->size(); ++i) {
        if (all->at(i).activity == Activity::Stretch && !options.withStretches)
            continue;
        sessions << all->at(i);
        times << allTimes.at(i);
    }
    QList<CalendarEvent> events;
    QList<QString> fingerprints;
    for (int i = 0; i < sessions.size(); ++i) {
        events << eventFor(sessions.at(i), times.at(i), options.timeZone);
        fingerprints << events.last().fingerprint;
    }

    CalendarRepository repository(m_db);
    auto existing = repository.eventsFor(from, to);
    if (!existing)
        return existing.error();
    const QList<CalendarEventRecord> records = assign(sessions, fingerprints, *existing, &CalendarExport::newUid);
    QList<CalendarEventRecord> changed;
    for (const CalendarEventRecord &r : records) {
        if (!existing->contains(r))
            changed << r;
    }
    if (auto saved = repository.saveEvents(changed); !saved)
        return saved.error();
    for (int i = 0; i < events.size(); ++i) {
        events[i].uid = records.at(i).uid;
        events[i].sequence = records.at(i).sequence;
    }
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.date != b.date ? a.date < b.date : a.start < b.start;
    });
    return events;
}

Result<QByteArray> CalendarExport::ics(
    QDate from, QDate to, const CalendarExportOptions &options, const QDateTime &stamp)
{
    auto list = events(from, to, options);
    if (!list)
        return list.error();
    return ICalendar::write(*list, options.timeZone, stamp, ICalendar::Kind::File);
}

} // namespace Stridewise
