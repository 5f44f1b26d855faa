#include "core/service/reminders.h"

#include "core/plan/thresholds.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/reminderrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stridewise {

namespace Reminders {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Reminders", text, comment, n);
}

const char *const kMorningSlot = "stretch-morning";
const char *const kEveningSlot = "stretch-evening";

QString runSlot(qint64 sessionId)
{
    return QStringLiteral("run-%1").arg(sessionId);
}

std::optional<ReminderRecord> recordOf(const QList<ReminderRecord> &records, const QString &slot)
{
    for (const ReminderRecord &r : records) {
        if (r.slot == slot)
            return r;
    }
    return std::nullopt;
}

/** Shown before and not yet brought back by Later: nothing to do. Never shown, or Later's time has come: due. */
bool slotOpen(const std::optional<ReminderRecord> &record, QTime now)
{
    if (!record || record->sent == 0)
        return true;
    return record->dueAgain.isValid() && now >= record->dueAgain;
}

QString stretchBody(const PlannedSession &s, bool redFlag)
{
    QString body;
    const auto step = std::find_if(s.structure.cbegin(), s.structure.cend(),
        [](const StructureStep &st) { return st.part == StepPart::Exercise; });
    if (step != s.structure.cend()) {
        body = step->holdSeconds > 0 && step->sets > 0
            ? tr("%1. Hold %2 s each side, %n time(s).", "reminder: how to stretch", step->sets)
                  .arg(step->text)
                  .arg(step->holdSeconds)
            : step->text + QLatin1Char('.');
    } else {
        body = tr("%n min.", "reminder: how long the stretch takes", s.minutes);
    }
    if (redFlag)
        body += QLatin1Char(' ') + tr("Gently, and only if it brings on no leg symptoms.");
    return body;
}

QTime runTime(const ReminderSettings &settings, TimeOfDay time)
{
    switch (time) {
    case TimeOfDay::Morning:
        return settings.runMorning;
    case TimeOfDay::Midday:
        return settings.runMidday;
    case TimeOfDay::Evening:
        return settings.runEvening;
    }
    return settings.runMorning;
}

QString runBody(const PlannedSession &s, QTime at)
{
    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    const auto warmUp = std::find_if(
        s.structure.cbegin(), s.structure.cend(), [](const StructureStep &st) { return st.part == StepPart::WarmUp; });
    if (warmUp == s.structure.cend())
        return tr("%1 min at %2, effort %3/10.").arg(s.minutes).arg(when).arg(s.rpe);
    return tr("%1 min at %2, effort %3/10. Warm up first: %4.").arg(s.minutes).arg(when).arg(s.rpe).arg(warmUp->text);
}

} // namespace

QList<DueReminder> due(const ReminderSettings &settings,
    const QList<PlannedSession> &todaysSessions,
    const RedFlags::Status &redFlags,
    const QList<ReminderRecord> &records,
    QDate today,
    QTime now)
{
    QList<DueReminder> out;
    if (!today.isValid() || !now.isValid())
        return out;
    const bool redFlag = redFlags.pending;

    // The stretches: the morning slot lasts until the evening one begins; the evening one until midnight.
    const auto stretchSlot = [&](TimeOfDay time, bool wanted, QTime from, QTime until, ReminderKind kind,
                                 const char *slotName, const QString &title) {
        if (!wanted || !from.isValid())
            return;
        const QString slot = QString::fromLatin1(slotName);
        const auto record = recordOf(records, slot);
        const bool firstTime = !record || record->sent == 0;
        if (firstTime && (now < from || (until.isValid() && until > from && now >= until)))
            return;
        if (!slotOpen(record, now))
            return;
        const auto s = std::find_if(todaysSessions.cbegin(), todaysSessions.cend(), [&](const PlannedSession &p) {
            return p.date == today && p.activity == Activity::Stretch && p.timeOfDay == time;
        });
        if (s == todaysSessions.cend() || s->completion)
            return;
        DueReminder r;
        r.kind = kind;
        r.date = today;
        r.slot = slot;
        r.sessionId = s->id;
        r.title = title.arg(s->title);
        r.body = stretchBody(*s, redFlag);
        r.offersDone = true;
        r.laterSoFar = record ? record->later : 0;
        r.offersLater = r.laterSoFar < kMaxLater;
        out << r;
    };
    stretchSlot(TimeOfDay::Morning, settings.morningStretch, settings.morning, settings.evening,
        ReminderKind::MorningStretch, kMorningSlot, tr("%1 (morning)", "reminder title: the session's title"));
    stretchSlot(TimeOfDay::Evening, settings.eveningStretch, settings.evening, QTime(), ReminderKind::EveningStretch,
        kEveningSlot, tr("%1 (evening)", "reminder title: the session's title"));

    // An hour before a planned run, never while a red flag governs today (rule 9: no running).
    if (settings.beforeRun && !redFlag) {
        for (const PlannedSession &s : todaysSessions) {
            if (s.date != today || s.activity != Activity::Run || s.completion)
                continue;
            const QTime at = runTime(settings, s.timeOfDay);
            if (!at.isValid())
                continue;
            const QTime from = at.addSecs(-kMinutesBeforeRun * 60);
            // A run before 01:00 has its reminder on the day before: not ours to send.
            if (from > at || now < from || now >= at)
                continue;
            const QString slot = runSlot(s.id);
            if (const auto record = recordOf(records, slot); record && record->sent > 0)
                continue;
            DueReminder r;
            r.kind = ReminderKind::Run;
            r.date = today;
            r.slot = slot;
            r.sessionId = s.id;
            r.title = tr("In an hour: %1", "reminder title: the run's title").arg(s.title);
            r.body = runBody(s, at);
            out << r;
        }
    }
    return out;
}

ReminderRecord shown(const DueReminder &reminder, const std::optional<ReminderRecord> &before)
{
    ReminderRecord r = before.value_or(ReminderRecord{ reminder.date, reminder.slot, 0, 0, QTime() });
    r.date = reminder.date;
    r.slot = reminder.slot;
    ++r.sent;
    r.dueAgain = QTime();
    return r;
}

ReminderRecord later(ReminderRecord record, QTime now)
{
    ++record.later;
    const QTime again = now.addSecs(kLaterMinutes * 60);
    // QTime wraps at midnight: a Later after 23:30 would come back "early this morning", which is over.
    record.dueAgain = again > now ? again : QTime();
    return record;
}

} // namespace Reminders

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ReminderService", text);
}

} // namespace

Result<QList<DueReminder>> ReminderService::due(const ReminderSettings &settings, QDate today, QTime now) const
{
    auto sessions = PlanRepository(m_db).sessionsBetween(today, today);
    if (!sessions)
        return sessions.error();
    // Red flags last until a clinician's clearance is recorded, as in the plan (issue 17).
    auto redFlags = Planner(m_db).redFlagStatus(today);
    if (!redFlags)
        return redFlags.error();
    auto records = ReminderRepository(m_db).recordsOn(today);
    if (!records)
        return records.error();
    return Reminders::due(settings, *sessions, *redFlags, *records, today, now);
}

Result<void> ReminderService::markShown(const QList<DueReminder> &shown)
{
    if (shown.isEmpty())
        return {};
    ReminderRepository repository(m_db);
    QList<ReminderRecord> records;
    for (const DueReminder &r : shown) {
        auto before = repository.record(r.date, r.slot);
        if (!before)
            return before.error();
        records << Reminders::shown(r, *before);
    }
    return repository.save(records);
}

Result<QTime> ReminderService::markLater(QDate date, const QString &slot, QTime now)
{
    ReminderRepository repository(m_db);
    auto before = repository.record(date, slot);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Result<QTime>::failure(
            ErrorKind::NotFound, tr("No reminder \"%1\" was shown on %2.").arg(slot, date.toString(Qt::ISODate)));
    const ReminderRecord after = Reminders::later(**before, now);
    if (auto saved = repository.save({ after }); !saved)
        return saved.error();
    return after.dueAgain;
}

Result<PlannedSession> ReminderService::markDone(qint64 sessionId)
{
    PlanRepository plans(m_db);
    auto session = plans.session(sessionId);
    if (!session)
        return session.error();
    if (!session->has_value())
        return Result<PlannedSession>::failure(
            ErrorKind::NotFound, tr("Session %1 is no longer in the plan.").arg(sessionId));
    PlannedSession s = **session;
    if (s.completion)
        return s;
    const Completion done{ s.id, false, s.minutes, s.rpe, std::nullopt, {} };
    if (auto saved = LogRepository(m_db).complete(done); !saved)
        return saved.error();
    s.completion = done;
    return s;
}

} // namespace Stridewise
