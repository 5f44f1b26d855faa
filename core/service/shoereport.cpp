#include "core/service/shoereport.h"

#include "core/store/logrepository.h"

#include <QCoreApplication>

namespace Stridewise {

QString shoeEvidenceNote()
{
    return QCoreApplication::translate("Stridewise::ShoeReport",
        "Comfort is your own rating, 1–5. A review proposes choosing shoes by comfort, as a hypothesis not yet "
        "tested (Nigg 2015, expert opinion); Stridewise advises a comfortable shoe and nothing more. The "
        "retirement distance (700 km unless you set another) is a rule of thumb, not evidence.");
}

Result<QList<ShoeFacts>> buildShoeReport(Database &db, QDate today)
{
    ShoeRepository shoes(db);
    auto list = shoes.shoes();
    if (!list)
        return list.error();
    auto usage = shoes.usage();
    if (!usage)
        return usage.error();
    const QDate first(1990, 1, 1);
    auto runs = shoes.runs(first, today);
    if (!runs)
        return runs.error();
    // The day after today's runs may be logged already when "today" is behind the clock.
    auto painLog = LogRepository(db).painBetween(first, today.addDays(1));
    if (!painLog)
        return painLog.error();
    QList<DailyPain> pain;
    for (const PainEntry &e : *painLog)
        pain << DailyPain{ e.date, e.score, e.hasRedFlag(), e.hasUrgentRedFlag() };
    const QList<ShoePain> painByShoe = Load::painDayAfterRunsByShoe(*runs, pain);
    QList<ShoeFacts> out;
    for (const Shoe &s : *list) {
        ShoeFacts f{ s, ShoeUsage{ s.id }, {}, ShoePain{ s.id } };
        for (const ShoeUsage &u : *usage) {
            if (u.shoeId == s.id)
                f.usage = u;
        }
        for (const ShoePain &p : painByShoe) {
            if (p.shoeId == s.id)
                f.pain = p;
        }
        f.wear = Load::wear(f.usage.meters, s.retireKm);
        out << f;
    }
    return out;
}

Result<QList<WeekDistance>> buildDistanceReport(Database &db, QDate from, QDate to)
{
    auto done = LogRepository(db).completedBetween(from, to);
    if (!done)
        return done.error();
    return Load::weeklyDistance(*done, from, to);
}

} // namespace Stridewise
