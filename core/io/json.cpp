#include "core/io/json.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"

#include <cmath>

namespace Stridewise::Json {

QJsonObject fromStep(const StructureStep &step)
{
    QJsonObject o{{QStringLiteral("part"), Names::stepPart(step.part)}, {QStringLiteral("text"), step.text}};
    if (step.minutes > 0)
        o.insert(QStringLiteral("minutes"), step.minutes);
    if (step.sets > 0)
        o.insert(QStringLiteral("sets"), step.sets);
    if (step.reps > 0)
        o.insert(QStringLiteral("reps"), step.reps);
    if (step.holdSeconds > 0)
        o.insert(QStringLiteral("hold_seconds"), step.holdSeconds);
    o.insert(QStringLiteral("per_side"), step.perSide);
    return o;
}

QJsonArray fromSteps(const QList<StructureStep> &steps)
{
    QJsonArray a;
    for (const StructureStep &s : steps)
        a.append(fromStep(s));
    return a;
}

QList<StructureStep> toSteps(const QJsonArray &array)
{
    QList<StructureStep> steps;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        StructureStep s;
        s.part = Names::parseStepPart(o.value(QStringLiteral("part")).toString()).value_or(StepPart::Main);
        s.text = o.value(QStringLiteral("text")).toString();
        s.minutes = o.value(QStringLiteral("minutes")).toInt();
        s.sets = o.value(QStringLiteral("sets")).toInt();
        s.reps = o.value(QStringLiteral("reps")).toInt();
        s.holdSeconds = o.value(QStringLiteral("hold_seconds")).toInt();
        s.perSide = o.value(QStringLiteral("per_side")).toBool();
        steps << s;
    }
    return steps;
}

QJsonObject fromSession(const PlannedSession &s)
{
    QJsonObject o{
        { QStringLiteral("id"), s.id },
        { QStringLiteral("date"), s.date.toString(Qt::ISODate) },
        { QStringLiteral("time_of_day"), Names::timeOfDay(s.timeOfDay) },
        { QStringLiteral("activity"), Names::activity(s.activity) },
        { QStringLiteral("minutes"), s.minutes },
        { QStringLiteral("rpe"), s.rpe },
        { QStringLiteral("title"), s.title },
        { QStringLiteral("reason"), s.reason },
        { QStringLiteral("rule"), s.rule },
        { QStringLiteral("manual"), s.manual },
        { QStringLiteral("structure"), fromSteps(s.structure) },
        { QStringLiteral("run_minutes"), s.running() },
    };
    if (s.isDone()) {
        QJsonObject done{{QStringLiteral("minutes"), s.completion->minutes}, {QStringLiteral("rpe"), s.completion->rpe}};
        done.insert(QStringLiteral("pain"), s.completion->pain ? QJsonValue(*s.completion->pain) : QJsonValue());
        done.insert(QStringLiteral("note"), s.completion->note);
        // Issue 12: what a watch recorded, the shoe, and whether effort and pain after are still to be given.
        done.insert(QStringLiteral("distance_m"),
            s.completion->distanceMeters ? QJsonValue(std::round(*s.completion->distanceMeters * 10.0) / 10.0)
                                         : QJsonValue());
        done.insert(QStringLiteral("shoe"),
            s.completion->shoeId ? QJsonValue(QJsonObject{
                { QStringLiteral("id"), *s.completion->shoeId }, { QStringLiteral("name"), s.completion->shoeName } })
                                 : QJsonValue());
        done.insert(QStringLiteral("needs_effort"), s.completion->needsEffort);
        o.insert(QStringLiteral("done"), done);
    } else {
        o.insert(QStringLiteral("done"), QJsonValue());
    }
    o.insert(QStringLiteral("skipped"),
             s.isSkipped() ? QJsonValue(QJsonObject{{QStringLiteral("reason"), s.completion->note}}) : QJsonValue());
    return o;
}

QJsonObject fromWeek(const Week &w)
{
    QJsonArray sessions;
    for (const PlannedSession &s : w.sessions)
        sessions.append(fromSession(s));
    QJsonValue ladder;
    if (w.ladder) {
        ladder = QJsonObject{
            { QStringLiteral("rung"), w.ladder->rung },
            { QStringLiteral("of"), w.ladder->of },
            { QStringLiteral("reason"), w.ladder->reason },
        };
    }
    return QJsonObject{
        { QStringLiteral("week"), IsoWeek::name(w.monday) },
        { QStringLiteral("monday"), w.monday.toString(Qt::ISODate) },
        { QStringLiteral("zone"), Names::zone(w.zone) },
        { QStringLiteral("red_flag"), w.redFlag },
        { QStringLiteral("urgent"), w.urgent },
        { QStringLiteral("generator_version"), w.generatorVersion },
        { QStringLiteral("adaptations"), fromAdaptations(w.adaptations) },
        { QStringLiteral("unsatisfied"), QJsonArray::fromStringList(w.unsatisfied) },
        { QStringLiteral("sessions"), sessions },
        { QStringLiteral("level"), w.level },
        { QStringLiteral("goal"), w.goal },
        { QStringLiteral("ladder"), ladder },
        { QStringLiteral("clearance_pending"), w.clearancePending },
    };
}

QJsonObject fromProfile(const Profile &p)
{
    QJsonArray days;
    for (Qt::DayOfWeek d : p.days)
        days.append(Names::weekday(d));
    QJsonArray lowImpact;
    for (Activity a : p.lowImpact)
        lowImpact.append(Names::lowImpact(a));
    return QJsonObject{
        { QStringLiteral("experience"), Names::experience(p.experience) },
        { QStringLiteral("run_minutes"), p.runMinutes },
        { QStringLiteral("run_days"), p.runDays },
        { QStringLiteral("days"), days },
        { QStringLiteral("long_run_day"), Names::weekday(p.longRunDay) },
        { QStringLiteral("low_impact"), lowImpact },
        { QStringLiteral("weekday_minutes"), p.weekdayMinutes },
        { QStringLiteral("weekend_minutes"), p.weekendMinutes },
        { QStringLiteral("goal_minutes"), p.goal() },
        { QStringLiteral("disc_history"), p.discHistory },
    };
}

QJsonObject fromClearance(const Clearance &c)
{
    return QJsonObject{ { QStringLiteral("date"), c.date.toString(Qt::ISODate) }, { QStringLiteral("note"), c.note } };
}

QJsonObject fromPainEntry(const PainEntry &e, const std::optional<Clearance> &cleared)
{
    QJsonArray symptoms;
    for (Symptom s : e.symptoms)
        symptoms.append(Names::symptom(s));
    return QJsonObject{
        { QStringLiteral("date"), e.date.toString(Qt::ISODate) },
        { QStringLiteral("score"), e.score },
        { QStringLiteral("symptoms"), symptoms },
        { QStringLiteral("note"), e.note },
        { QStringLiteral("red_flag"), e.hasRedFlag() },
        { QStringLiteral("urgent"), e.hasUrgentRedFlag() },
        { QStringLiteral("cleared"), cleared ? QJsonValue(fromClearance(*cleared)) : QJsonValue() },
    };
}

QJsonArray fromAdaptations(const QList<Adaptation> &adaptations)
{
    QJsonArray a;
    for (const Adaptation &x : adaptations)
        a.append(QJsonObject{{QStringLiteral("rule"), x.rule}, {QStringLiteral("message"), x.message}});
    return a;
}

QList<Adaptation> toAdaptations(const QJsonArray &array)
{
    QList<Adaptation> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << Adaptation{o.value(QStringLiteral("rule")).toString(), o.value(QStringLiteral("message")).toString()};
    }
    return out;
}

} // namespace Stridewise::Json
