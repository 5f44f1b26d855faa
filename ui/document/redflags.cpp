#include "ui/document/redflags.h"

#include "core/service/planner.h"

namespace Stridewise::RedFlags {

Result<std::optional<PainEntry>> governing(Database &db, QDate monday, QDate today)
{
    const QDate day = qMin(monday.addDays(6), today);
    auto status = Planner(db).redFlagStatus(day);
    if (!status)
        return status.error();
    if (!status->pending)
        return std::optional<PainEntry>();
    PainEntry entry;
    entry.date = status->lastDay;
    entry.symptoms = status->symptoms;
    return std::optional<PainEntry>(entry);
}

Advice advice(const QList<Symptom> &symptoms)
{
    return { briefAdvice(symptoms), fullAdvice(symptoms) };
}

} // namespace Stridewise::RedFlags
