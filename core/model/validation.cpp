#include "core/model/validation.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Validation", text);
}

Result<void> invalid(const QString &message)
{
    return Result<void>::failure(ErrorKind::Invalid, message);
}

bool inScore(int value)
{
    return value >= Limits::kMinScore && value <= Limits::kMaxScore;
}

Result<void> checkNote(const QString &note)
{
    if (note.size() > Limits::kMaxNoteLength) {
        return invalid(tr("The note has %1 characters; at most %2 fit.").arg(note.size()).arg(Limits::kMaxNoteLength));
    }
    return {};
}

} // namespace

Result<void> validateProfile(const Profile &p)
{
    if (p.runMinutes < 0 || p.runMinutes > Limits::kMaxWeeklyRunMinutes) {
        return invalid(tr("Weekly running minutes %1 is outside 0–%2 min.").arg(p.runMinutes).arg(Limits::kMaxWeeklyRunMinutes));
    }
    if (p.goalMinutes < 0 || p.goalMinutes > Limits::kMaxWeeklyRunMinutes) {
        return invalid(tr("The weekly running goal %1 min is outside 0–%2 min.")
                           .arg(p.goalMinutes)
                           .arg(Limits::kMaxWeeklyRunMinutes));
    }
    if (p.runDays < Limits::kMinRunDays || p.runDays > Limits::kMaxRunDays) {
        return invalid(tr("Running days %1 is outside %2–%3.").arg(p.runDays).arg(Limits::kMinRunDays).arg(Limits::kMaxRunDays));
    }
    if (p.days.isEmpty())
        return invalid(tr("Choose at least one available day."));
    if (p.lowImpact.isEmpty())
        return invalid(tr("Choose at least one low-impact activity: walking, cycling or swimming."));
    for (Activity a : p.lowImpact) {
        if (!isLowImpact(a))
            return invalid(tr("Low-impact activities are walking, cycling and swimming."));
    }
    if (p.weekdayMinutes <= 0 || p.weekdayMinutes > Limits::kMaxDayMinutes) {
        return invalid(tr("Minutes available on a weekday %1 is outside 1–%2 min.").arg(p.weekdayMinutes).arg(Limits::kMaxDayMinutes));
    }
    if (p.weekendMinutes <= 0 || p.weekendMinutes > Limits::kMaxDayMinutes) {
        return invalid(tr("Minutes available on a weekend day %1 is outside 1–%2 min.").arg(p.weekendMinutes).arg(Limits::kMaxDayMinutes));
    }
    return {};
}

Result<void> validatePainEntry(const PainEntry &e)
{
    if (!e.date.isValid())
        return invalid(tr("The pain log needs a valid date."));
    if (!inScore(e.score))
        return invalid(tr("Pain score %1 is outside 0–10.").arg(e.score));
    return checkNote(e.note);
}

Result<void> validateCompletion(const Completion &c)
{
    if (!c.skipped) {
        if (c.minutes <= 0 || c.minutes > Limits::kMaxSessionMinutes) {
            return invalid(tr("Actual minutes %1 is outside 1–%2 min.").arg(c.minutes).arg(Limits::kMaxSessionMinutes));
        }
        if (!inScore(c.rpe))
            return invalid(tr("Effort %1 is outside 0–10.").arg(c.rpe));
    }
    if (c.pain && !inScore(*c.pain))
        return invalid(tr("Pain score %1 is outside 0–10.").arg(*c.pain));
    if (c.distanceMeters && !(*c.distanceMeters >= 0 && *c.distanceMeters <= Limits::kMaxDistanceMeters)) {
        return invalid(tr("Distance %1 km is outside 0–%2 km.")
                           .arg(*c.distanceMeters / 1000.0, 0, 'f', 1)
                           .arg(Limits::kMaxDistanceMeters / 1000.0, 0, 'f', 0));
    }
    return checkNote(c.note);
}

Result<void> validateSession(const PlannedSession &s)
{
    if (!s.date.isValid())
        return invalid(tr("The session needs a valid date."));
    if (s.minutes <= 0 || s.minutes > Limits::kMaxSessionMinutes) {
        return invalid(tr("Planned minutes %1 is outside 1–%2 min.").arg(s.minutes).arg(Limits::kMaxSessionMinutes));
    }
    if (!inScore(s.rpe))
        return invalid(tr("Target effort %1 is outside 0–10.").arg(s.rpe));
    if (s.runMinutes < 0 || s.runMinutes > Limits::kMaxSessionMinutes) {
        return invalid(tr("Running minutes %1 is outside 0–%2 min.").arg(s.runMinutes).arg(Limits::kMaxSessionMinutes));
    }
    if (s.title.trimmed().isEmpty())
        return invalid(tr("The session needs a title."));
    if (s.title.size() > Limits::kMaxTitleLength)
        return invalid(tr("The title has %1 characters; at most %2 fit.").arg(s.title.size()).arg(Limits::kMaxTitleLength));
    return checkNote(s.reason);
}

} // namespace Stridewise

namespace Stridewise {

Result<void> validateDateInLifetime(QDate date, QDate today, const QString &what)
{
    const QString tr1 = QCoreApplication::translate("Stridewise::Validation",
        "%1: %2 is more than %3 years from today (%4); Stridewise keeps "
        "dates within %3 years of today.");
    if (!date.isValid())
        return Result<void>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Stridewise::Validation", "%1: not a valid date.").arg(what));
    if (date < today.addYears(-Limits::kLifetimeYears) || date > today.addYears(Limits::kLifetimeYears)) {
        return Result<void>::failure(ErrorKind::Invalid,
            tr1.arg(what, date.toString(Qt::ISODate)).arg(Limits::kLifetimeYears).arg(today.toString(Qt::ISODate)));
    }
    return {};
}

Result<void> validateDateRange(QDate from, QDate to, QDate today)
{
    if (auto r = validateDateInLifetime(from, today, QStringLiteral("--from")); !r)
        return r;
    if (auto r = validateDateInLifetime(to, today, QStringLiteral("--to")); !r)
        return r;
    if (from > to) {
        return Result<void>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Stridewise::Validation", "--from %1 is after --to %2.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    if (to > from.addYears(Limits::kLifetimeYears)) {
        return Result<void>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Stridewise::Validation", "The range %1 to %2 spans more than %3 years.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                .arg(Limits::kLifetimeYears));
    }
    return {};
}

} // namespace Stridewise
