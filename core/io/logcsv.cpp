#include "core/io/logcsv.h"

#include "core/io/csv.h"
#include "core/model/names.h"

namespace Stridewise::LogCsv {

QStringList sessionColumns()
{
    return { QStringLiteral("date"), QStringLiteral("time_of_day"), QStringLiteral("activity"), QStringLiteral("title"),
        QStringLiteral("planned_minutes"), QStringLiteral("target_effort"), QStringLiteral("status"),
        QStringLiteral("minutes"), QStringLiteral("effort"), QStringLiteral("pain_after"), QStringLiteral("note") };
}

QByteArray sessions(const QList<PlannedSession> &sessions)
{
    QByteArray out = Csv::row(sessionColumns());
    for (const PlannedSession &s : sessions) {
        if (!s.completion)
            continue;
        const Completion &c = *s.completion;
        const bool done = !c.skipped;
        out += Csv::row({ s.date.toString(Qt::ISODate), Names::timeOfDay(s.timeOfDay), Names::activity(s.activity),
            s.title, QString::number(s.minutes), QString::number(s.rpe),
            done ? QStringLiteral("done") : QStringLiteral("skipped"), done ? QString::number(c.minutes) : QString(),
            done ? QString::number(c.rpe) : QString(), c.pain ? QString::number(*c.pain) : QString(), c.note });
    }
    return out;
}

QStringList painColumns()
{
    return { QStringLiteral("date"), QStringLiteral("score"), QStringLiteral("symptoms"), QStringLiteral("red_flag"),
        QStringLiteral("urgent"), QStringLiteral("note") };
}

QByteArray pain(const QList<PainEntry> &entries)
{
    QByteArray out = Csv::row(painColumns());
    for (const PainEntry &e : entries) {
        QStringList symptoms;
        for (Symptom s : e.symptoms)
            symptoms << Names::symptom(s);
        out += Csv::row({ e.date.toString(Qt::ISODate), QString::number(e.score), symptoms.join(QLatin1Char(';')),
            e.hasRedFlag() ? QStringLiteral("true") : QStringLiteral("false"),
            e.hasUrgentRedFlag() ? QStringLiteral("true") : QStringLiteral("false"), e.note });
    }
    return out;
}

} // namespace Stridewise::LogCsv
