#include "core/io/sessiontext.h"

#include "core/model/names.h"

#include <QCoreApplication>

namespace Stridewise::SessionText {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::SessionText", text, nullptr, n);
}

/** English needs its own singular: without a plural translation installed, "%n day(s)" would show as is. */
QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

} // namespace

QString partName(StepPart part)
{
    switch (part) {
    case StepPart::WarmUp:
        return tr("Warm-up");
    case StepPart::Main:
        return tr("Main part");
    case StepPart::CoolDown:
        return tr("Cool-down");
    case StepPart::Exercise:
        return tr("Exercise");
    }
    return QString();
}

QString amount(const StructureStep &step)
{
    QStringList parts;
    if (step.minutes > 0)
        parts << tr("%1 min").arg(step.minutes);
    if (step.sets > 0 && step.reps > 0)
        parts << tr("%1 × %2").arg(step.sets).arg(step.reps);
    else if (step.sets > 0)
        parts << trn("1 set", "%n sets", step.sets);
    else if (step.reps > 0)
        parts << trn("once", "%n times", step.reps);
    if (step.holdSeconds > 0)
        parts << tr("%1 s hold").arg(step.holdSeconds);
    if (step.perSide && !parts.isEmpty())
        parts << tr("per side");
    return parts.join(QStringLiteral(", "));
}

QString stepLine(const StructureStep &step)
{
    const QString how = amount(step);
    if (how.isEmpty())
        return tr("%1: %2").arg(partName(step.part), step.text);
    return tr("%1: %2 — %3").arg(partName(step.part), step.text, how);
}

QString stepText(const StructureStep &step)
{
    const QString how = amount(step);
    return how.isEmpty() ? step.text : tr("%1 — %2").arg(step.text, how);
}

QString targetEffort(int rpe)
{
    return tr("Target effort %1/10 (%2)").arg(rpe).arg(Labels::borgWord(rpe));
}

QString record(const PlannedSession &session)
{
    if (!session.completion)
        return QString();
    const Completion &c = *session.completion;
    if (c.skipped)
        return c.note.isEmpty() ? tr("Skipped.") : tr("Skipped: %1").arg(c.note);
    QString line = tr("Done: %1 min, effort %2/10").arg(c.minutes).arg(c.rpe);
    if (c.pain)
        line += tr(", back pain after %1/10").arg(*c.pain);
    line += QLatin1Char('.');
    if (!c.note.isEmpty())
        line += QLatin1Char(' ') + c.note;
    return line;
}

QString description(const PlannedSession &session)
{
    QStringList lines;
    if (!session.reason.isEmpty())
        lines << session.reason << QString();
    for (const StructureStep &step : session.structure)
        lines << stepLine(step);
    if (!session.structure.isEmpty())
        lines << QString();
    lines << tr("%1 min. %2.").arg(session.minutes).arg(targetEffort(session.rpe));
    if (const QString done = record(session); !done.isEmpty())
        lines << done;
    lines << QString() << notAClinician();
    return lines.join(QLatin1Char('\n'));
}

QString notAClinician()
{
    return tr("Planned by Stridewise from your own log. It does not replace a clinician.");
}

} // namespace Stridewise::SessionText
