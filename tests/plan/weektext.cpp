#include "tests/plan/weektext.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"

#include "tests/plan/weekcheck.h"

namespace Stridewise::Test {

QString weekText(const Week &week)
{
    const WeekTotals t = totalsOf(week);
    QString out;
    out += QStringLiteral("%1 zone=%2 red_flag=%3 urgent=%4 running=%5min low_impact=%6min strength=%7x monotony=%8\n")
               .arg(IsoWeek::name(week.monday), Names::zone(week.zone))
               .arg(week.redFlag ? "yes" : "no", week.urgent ? "yes" : "no")
               .arg(t.running)
               .arg(t.lowImpact)
               .arg(t.strengthSessions)
               .arg(QString::number(monotonyOf(week), 'f', 2));
    out += QStringLiteral("  level=%1min goal=%2min easy=%3 strength_stage=%4 ladder=%5\n")
               .arg(week.level)
               .arg(week.goal)
               .arg(week.easy ? "yes" : "no")
               .arg(week.strengthLevel + 1)
               .arg(week.ladder
                       ? QStringLiteral("%1/%2 %3").arg(week.ladder->rung).arg(week.ladder->of).arg(week.ladder->reason)
                       : QStringLiteral("none"));
    for (const Adaptation &a : week.adaptations)
        out += QStringLiteral("  adapt [%1] %2\n").arg(a.rule, a.message);
    for (const QString &u : week.unsatisfied)
        out += QStringLiteral("  unsatisfied: %1\n").arg(u);
    int stretches = 0;
    for (const PlannedSession &s : week.sessions) {
        if (s.activity == Activity::Stretch) {
            ++stretches;
            continue;
        }
        QStringList steps;
        for (const StructureStep &st : s.structure) {
            QString step = Names::stepPart(st.part) + QLatin1Char(':') + st.text;
            if (st.minutes)
                step += QStringLiteral(" %1min").arg(st.minutes);
            if (st.sets)
                step += QStringLiteral(" %1x").arg(st.sets);
            if (st.reps)
                step += QStringLiteral("%1").arg(st.reps);
            if (st.holdSeconds)
                step += QStringLiteral(" hold %1s").arg(st.holdSeconds);
            if (st.perSide)
                step += QStringLiteral(" per side");
            steps << step;
        }
        out += QStringLiteral("  %1 %2 %3 %4min%10 rpe%5 [%6] %7 | %8 | %9\n")
                   .arg(Names::weekday(Qt::DayOfWeek(s.date.dayOfWeek())), Names::timeOfDay(s.timeOfDay),
                       Names::activity(s.activity))
                   .arg(s.minutes)
                   .arg(s.rpe)
                   .arg(s.rule, s.title, s.reason, steps.join(QStringLiteral("; ")))
                   .arg(s.activity == Activity::Run && s.running() < s.minutes
                           ? QStringLiteral(" (run %1min)").arg(s.running())
                           : QString());
    }
    out += QStringLiteral("  stretches=%1\n").arg(stretches);
    return out;
}

} // namespace Stridewise::Test
