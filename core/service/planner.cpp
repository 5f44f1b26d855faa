#include "core/service/planner.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/plan/plangenerator.h"
#include "core/plan/replanmerge.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Planner", text);
}

/** The inputs, summarised, stored with the week so a plan can be explained later. */
QString describeInputs(const PlanInput &input)
{
    int runMinutes = 0;
    for (const CompletedSession &c : input.completed) {
        if (c.activity == Activity::Run)
            runMinutes += c.minutes;
    }
    const QJsonObject o{
        {QStringLiteral("history_end"), input.historyEnd.toString(Qt::ISODate)},
        {QStringLiteral("completed_sessions"), int(input.completed.size())},
        {QStringLiteral("completed_run_minutes"), runMinutes},
        {QStringLiteral("pain_days"), int(input.painLog.size())},
        {QStringLiteral("weeks_planned_before"), input.weeksPlannedBefore},
        {QStringLiteral("generator_version"), PlanGenerator::kVersion},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<PlanInput> Planner::inputFor(QDate monday, QDate historyEnd) const
{
    if (!monday.isValid() || monday.dayOfWeek() != Qt::Monday)
        return Result<PlanInput>::failure(ErrorKind::Invalid, tr("A week must start on a Monday."));
    auto profile = ProfileRepository(m_db).load();
    if (!profile)
        return profile.error();
    if (!profile->has_value()) {
        return Result<PlanInput>::failure(ErrorKind::NotFound,
                                          tr("There is no profile yet. Fill in your profile first "
                                             "(Edit ▸ Profile…, or: stridewise profile set …)."));
    }
    PlanInput input;
    input.profile = **profile;
    input.weekStart = monday;
    input.historyEnd = historyEnd.isValid() ? historyEnd : monday.addDays(-1);
    LogRepository log(m_db);
    auto completed = log.completedBetween(input.historyEnd.addDays(1 - kHistoryDays), input.historyEnd);
    if (!completed)
        return completed.error();
    input.completed = *completed;
    auto lastRun = log.lastRunBefore(input.historyEnd.addDays(1 - kHistoryDays));
    if (!lastRun)
        return lastRun.error();
    input.lastRunBefore = lastRun->value_or(QDate());
    auto pain = log.painBetween(input.historyEnd.addDays(1 - kPainDays), input.historyEnd);
    if (!pain)
        return pain.error();
    input.painLog = *pain;
    PlanRepository plans(m_db);
    auto before = plans.consecutivePlannedWeeksBefore(monday);
    if (!before)
        return before.error();
    input.weeksPlannedBefore = *before;
    // Rule 7 holds at the completed level when less than half of last week's planned running was done.
    auto lastWeek = plans.sessionsBetween(monday.addDays(-7), monday.addDays(-1));
    if (!lastWeek)
        return lastWeek.error();
    if (*before > 0) {
        input.previousWeekPlannedRunMinutes = 0;
        for (const PlannedSession &s : *lastWeek) {
            if (s.activity == Activity::Run)
                input.previousWeekPlannedRunMinutes += s.minutes;
        }
    }
    return input;
}

Result<Week> Planner::planWeek(QDate monday)
{
    PlanRepository plans(m_db);
    auto existing = plans.week(monday);
    if (!existing)
        return existing.error();
    // A week row made only by hand edits (sessions added or moved in) has no generator version: plan around them.
    if (existing->has_value() && (*existing)->generatorVersion > 0)
        return Result<Week>::failure(ErrorKind::Conflict, tr("%1 already has a plan.").arg(IsoWeek::name(monday)));
    auto input = inputFor(monday);
    if (!input)
        return input.error();
    if (existing->has_value())
        return replaceFrom(*input, monday, KeepAll);
    Week week = PlanGenerator().generate(*input);
    week.inputs = describeInputs(*input);
    return plans.saveWeek(week);
}

Result<Week> Planner::replan(QDate monday, QDate from)
{
    const QDate start = qMax(from, monday);
    // Mid-week, what was logged up to and including the re-plan day counts (a red flag logged today).
    auto input = inputFor(monday, from >= monday ? from : monday.addDays(-1));
    if (!input)
        return input.error();
    return replaceFrom(*input, start);
}

Result<Week> Planner::replaceFrom(const PlanInput &input, QDate start, Keep keep)
{
    PlanRepository plans(m_db);
    auto existing = plans.week(input.weekStart);
    if (!existing)
        return existing.error();
    // What stays: earlier days, and whatever the runner did, skipped or added by hand.
    QList<PlannedSession> kept;
    if (existing->has_value()) {
        for (const PlannedSession &s : (*existing)->sessions) {
            if (keep == KeepAll || s.date < start || s.completion || s.manual)
                kept << s;
        }
    }
    QList<qint64> keepIds;
    for (const PlannedSession &s : kept)
        keepIds << s.id;
    Week week = fitAroundKept(PlanGenerator().generate(input), kept, start);
    week.inputs = describeInputs(input);
    return plans.replaceWeek(week, start, keepIds);
}

Result<Week> Planner::regenerate(QDate monday)
{
    PlanRepository plans(m_db);
    auto existing = plans.week(monday);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        for (const PlannedSession &s : (*existing)->sessions) {
            if (s.completion) {
                return Result<Week>::failure(ErrorKind::Conflict,
                                             tr("%1 already has ticked or skipped sessions; it was left as it is. "
                                                "Re-plan the rest of the week instead.")
                                                 .arg(IsoWeek::name(monday)));
            }
        }
    }
    auto input = inputFor(monday);
    if (!input)
        return input.error();
    return replaceFrom(*input, monday);
}

} // namespace Stridewise
