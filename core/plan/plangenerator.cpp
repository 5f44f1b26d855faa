#include "core/plan/plangenerator.h"

#include <QCoreApplication>

// PROVISIONAL: a minimal generator so the store, app and UI can be built against the real API.
// The full rule set of DESIGN.md (issue 3) replaces this file.

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}
} // namespace

Week PlanGenerator::generate(const PlanInput &input) const
{
    Week week;
    week.monday = input.weekStart;
    week.generatorVersion = kVersion;
    for (int d = 0; d < 7; ++d) {
        const QDate date = input.weekStart.addDays(d);
        for (TimeOfDay t : {TimeOfDay::Morning, TimeOfDay::Evening}) {
            PlannedSession s;
            s.date = date;
            s.timeOfDay = t;
            s.activity = Activity::Stretch;
            s.minutes = 3;
            s.rpe = 1;
            s.title = tr("Hamstring stretch");
            s.reason = tr("Twice a day keeps the hamstrings supple.");
            s.rule = QStringLiteral("hamstring-stretch");
            s.structure = {{StepPart::Exercise, tr("Supine straight-leg raise"), 0, 2, 0, 30, true}};
            week.sessions << s;
        }
        if (d == 1 || d == 3 || d == 6) {
            PlannedSession run;
            run.date = date;
            run.timeOfDay = TimeOfDay::Midday;
            run.activity = Activity::Run;
            run.minutes = 20 + d * 2;
            run.rpe = 4;
            run.title = tr("Easy run");
            run.reason = tr("Builds running gradually.");
            run.rule = QStringLiteral("progression");
            run.structure = {{StepPart::WarmUp, tr("Brisk walk"), 5}, {StepPart::Main, tr("Easy running"), run.minutes - 10},
                             {StepPart::CoolDown, tr("Easy walk"), 5}};
            week.sessions << run;
        }
    }
    std::stable_sort(week.sessions.begin(), week.sessions.end(), [](const PlannedSession &a, const PlannedSession &b) {
        return std::pair(a.date, a.timeOfDay) < std::pair(b.date, b.timeOfDay);
    });
    return week;
}

} // namespace Stridewise
