#include "core/service/clinicianreport.h"

#include "core/model/isoweek.h"
#include "core/service/reportbuilder.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/statsrepository.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ClinicianReport", text);
}

} // namespace

Result<ClinicianReport> buildClinicianReport(Database &db, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Result<ClinicianReport>::failure(ErrorKind::Invalid,
            tr("The range %1 to %2 is empty: the end must not be before the start.")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    ClinicianReport report;
    report.from = from;
    report.to = to;

    // The same report as `stridewise stats` and the Progress view, built the one way they build it.
    auto load = buildLoadReport(db, from, to);
    if (!load)
        return load.error();
    report.load = *load;
    auto done = StatsRepository(db).doneLoads(from, to);
    if (!done)
        return done.error();

    // Minutes by group per week, from the done sessions the analysis sums.
    for (const WeekStats &w : report.load.weeks) {
        ReportWeek row;
        row.monday = w.monday;
        row.days = w.days;
        row.load = w.total();
        row.meanPain = w.meanPain;
        row.painDays = w.painDays;
        row.redFlagDays = w.redFlagDays;
        const QDate first = std::max(w.monday, from);
        const QDate last = std::min(w.monday.addDays(6), to);
        for (const ActivityDayLoad &d : *done) {
            if (d.date < first || d.date > last)
                continue;
            switch (groupOf(d.activity)) {
            case ActivityGroup::Running:
                row.runMinutes += d.minutes;
                break;
            case ActivityGroup::LowImpact:
                row.lowImpactMinutes += d.minutes;
                break;
            case ActivityGroup::Strength:
                row.strengthMinutes += d.minutes;
                break;
            }
        }
        report.weeks << row;
    }

    double painSum = 0;
    for (const DailyLoad &d : report.load.days) {
        if (d.pain) {
            painSum += *d.pain;
            ++report.painDays;
        }
        report.redFlagDays += d.redFlag ? 1 : 0;
    }
    if (report.painDays > 0)
        report.meanPain = painSum / report.painDays;

    auto sessions = PlanRepository(db).sessionsBetween(from, to);
    if (!sessions)
        return sessions.error();
    for (const PlannedSession &s : *sessions) {
        if (s.activity == Activity::Stretch)
            continue;
        ++report.sessionsPlanned;
        report.sessionsDone += s.isDone() ? 1 : 0;
        report.sessionsSkipped += s.isSkipped() ? 1 : 0;
    }

    auto pain = LogRepository(db).painBetween(from, to);
    if (!pain)
        return pain.error();
    for (const PainEntry &e : *pain) {
        if (e.symptoms.isEmpty())
            continue;
        if (!report.symptoms.isEmpty() && report.symptoms.last().to.addDays(1) == e.date
            && report.symptoms.last().symptoms == e.symptoms) {
            SymptomSpan &span = report.symptoms.last();
            span.to = e.date;
            span.highestPain = std::max(span.highestPain, e.score);
            continue;
        }
        report.symptoms << SymptomSpan{ e.date, e.date, e.symptoms, e.score, e.hasUrgentRedFlag() };
    }

    PlanRepository plans(db);
    auto mondays = plans.plannedMondays(IsoWeek::mondayOf(from), to);
    if (!mondays)
        return mondays.error();
    for (QDate monday : *mondays) {
        auto week = plans.week(monday);
        if (!week)
            return week.error();
        if (!*week)
            continue;
        for (const Adaptation &a : (*week)->adaptations)
            report.changes << PlanChange{ monday, a.rule, a.message };
    }
    return report;
}

} // namespace Stridewise
