#include "core/service/planner.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/plan/plangenerator.h"
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
    for (const CompletedSession &c : input.completed)
        runMinutes += c.running();
    QJsonObject o{
        { QStringLiteral("history_end"), input.historyEnd.toString(Qt::ISODate) },
        { QStringLiteral("completed_sessions"), input.completedCount() },
        { QStringLiteral("completed_run_minutes"), runMinutes },
        { QStringLiteral("pain_days"), int(input.painLog.size()) },
        { QStringLiteral("weeks_planned_before"), input.weeksPlannedBefore },
        { QStringLiteral("generator_version"), PlanGenerator::kVersion },
    };
    if (input.planFrom.isValid())
        o.insert(QStringLiteral("plan_from"), input.planFrom.toString(Qt::ISODate));
    if (input.lastClearance.isValid())
        o.insert(QStringLiteral("last_clearance"), input.lastClearance.toString(Qt::ISODate));
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
    const QDate historyStart = input.historyEnd.addDays(1 - kHistoryDays);
    auto completed = log.completedBetween(historyStart, input.historyEnd, LogRepository::Done::RunsAndStrength);
    if (!completed)
        return completed.error();
    input.completed = *completed;
    auto count = log.completedCountBetween(historyStart, input.historyEnd);
    if (!count)
        return count.error();
    input.completedSessions = *count;
    auto lastRun = log.lastRunBefore(input.historyEnd.addDays(1 - kHistoryDays));
    if (!lastRun)
        return lastRun.error();
    input.lastRunBefore = lastRun->value_or(QDate());
    auto pain = log.painBetween(input.historyEnd.addDays(1 - kPainDays), input.historyEnd);
    if (!pain)
        return pain.error();
    input.painLog = *pain;
    // Issue 17: red flags stay until a clinician's clearance is recorded, however long ago they were logged.
    auto clearance = log.latestClearance(input.historyEnd);
    if (!clearance)
        return clearance.error();
    if (clearance->has_value())
        input.lastClearance = (*clearance)->date;
    auto flags = log.redFlagsBetween(input.lastClearance, input.historyEnd);
    if (!flags)
        return flags.error();
    input.unclearedRedFlags = *flags;
    PlanRepository plans(m_db);
    auto before = plans.consecutivePlannedWeeksBefore(monday);
    if (!before)
        return before.error();
    input.weeksPlannedBefore = *before;
    auto past = plans.pastWeeks(monday.addDays(-7 * kPastWeeks), monday.addDays(-1));
    if (!past)
        return past.error();
    input.pastWeeks = *past;
    // Rule 7 reads what was planned last week (missed runs do not lower the level; done under 80 % holds).
    for (const PastWeek &w : input.pastWeeks) {
        if (w.monday == monday.addDays(-7))
            input.previousWeekPlannedRunMinutes = w.plannedRunMinutes;
    }
    return input;
}

Result<Week> Planner::planWeek(QDate monday, QDate today)
{
    PlanRepository plans(m_db);
    auto existing = plans.week(monday);
    if (!existing)
        return existing.error();
    // A week row made only by hand edits (sessions added or moved in) has no generator version: plan around them.
    if (existing->has_value() && (*existing)->generatorVersion > 0)
        return Result<Week>::failure(ErrorKind::Conflict, tr("%1 already has a plan.").arg(IsoWeek::name(monday)));
    if (today.isValid() && today > monday.addDays(6)) {
        return Result<Week>::failure(ErrorKind::Conflict,
            tr("%1 is over: Stridewise plans from today on, and nothing is planned for days already past.")
                .arg(IsoWeek::name(monday)));
    }
    // Plan from today (issue 9): mid-week, today's log counts and the days before get nothing; ahead, the history
    // ends today.
    const QDate start = today.isValid() ? std::max(today, monday) : monday;
    auto input = inputFor(monday, today);
    if (!input)
        return input.error();
    if (existing->has_value())
        return replaceFrom(*input, start, KeepAll);
    input.value().planFrom = start;
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

Result<WeekChange> Planner::previewReplan(QDate monday, QDate from) const
{
    auto existing = PlanRepository(m_db).week(monday);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Result<WeekChange>::failure(ErrorKind::NotFound, tr("%1 has no plan yet.").arg(IsoWeek::name(monday)));
    const QDate start = qMax(from, monday);
    auto input = inputFor(monday, from >= monday ? from : monday.addDays(-1));
    if (!input)
        return input.error();
    auto generated = generateFrom(*input, start, KeepDoneAndOwn);
    if (!generated)
        return generated.error();
    return compareWeeks(**existing, generated->first, start);
}

Result<std::pair<Week, QList<qint64>>> Planner::generateFrom(PlanInput input, QDate start, Keep keep) const
{
    auto existing = PlanRepository(m_db).week(input.weekStart);
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
    input.kept = kept;
    input.planFrom = start;
    Week week = PlanGenerator().generate(input);
    week.inputs = describeInputs(input);
    return std::pair{ week, keepIds };
}

Result<Week> Planner::replaceFrom(const PlanInput &input, QDate start, Keep keep)
{
    auto generated = generateFrom(input, start, keep);
    if (!generated)
        return generated.error();
    Week week = generated->first;
    // The store adds the new sessions (id 0); the kept ones are already there.
    week.sessions.erase(
        std::remove_if(week.sessions.begin(), week.sessions.end(), [](const PlannedSession &s) { return s.id != 0; }),
        week.sessions.end());
    return PlanRepository(m_db).replaceWeek(week, start, generated->second);
}

Result<Week> Planner::regenerate(QDate monday, QDate today)
{
    PlanRepository plans(m_db);
    auto existing = plans.week(monday);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        for (const PlannedSession &s : (*existing)->sessions) {
            if (s.completion) {
                return Result<Week>::failure(ErrorKind::Conflict,
                    tr("%1 already has ticked or skipped sessions; it was left as it is. Re-plan the rest of the "
                       "week instead (Plan ▸ Re-plan the Rest of the Week, or: stridewise plan --replan).")
                        .arg(IsoWeek::name(monday)));
            }
        }
    }
    if (today.isValid() && today > monday.addDays(6)) {
        return Result<Week>::failure(ErrorKind::Conflict,
            tr("%1 is over: Stridewise plans from today on, and nothing is planned for days already past.")
                .arg(IsoWeek::name(monday)));
    }
    const QDate start = today.isValid() ? std::max(today, monday) : monday;
    auto input = inputFor(monday, today);
    if (!input)
        return input.error();
    return replaceFrom(*input, start);
}

Result<RedFlags::Status> Planner::redFlagStatus(QDate day) const
{
    LogRepository log(m_db);
    auto clearance = log.latestClearance(day);
    if (!clearance)
        return clearance.error();
    const QDate cleared = clearance->has_value() ? (*clearance)->date : QDate();
    auto flags = log.redFlagsBetween(cleared, day);
    if (!flags)
        return flags.error();
    return RedFlags::status(*flags, cleared, day);
}

Result<RedFlags::Status> Planner::recordClearance(const Clearance &clearance, QDate today)
{
    if (!clearance.date.isValid())
        return Result<RedFlags::Status>::failure(ErrorKind::Invalid, tr("A clearance needs a valid date."));
    if (today.isValid() && clearance.date > today) {
        return Result<RedFlags::Status>::failure(ErrorKind::Invalid,
            tr("%1 is after today (%2): record a clearance on the day a clinician saw you.")
                .arg(clearance.date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    auto status = redFlagStatus(clearance.date);
    if (!status)
        return status.error();
    if (!status->pending) {
        return Result<RedFlags::Status>::failure(ErrorKind::Invalid,
            tr("There is no red flag to clear on or before %1: no red-flag symptoms are logged since %2.")
                .arg(clearance.date.toString(Qt::ISODate),
                    status->lastClearance.isValid()
                        ? tr("the clearance of %1").arg(status->lastClearance.toString(Qt::ISODate))
                        : tr("you started")));
    }
    if (auto saved = LogRepository(m_db).recordClearance(clearance); !saved)
        return saved.error();
    return *status;
}

} // namespace Stridewise
