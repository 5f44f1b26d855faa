#include "ui/document/redflags.h"

#include "core/plan/thresholds.h"
#include "core/store/logrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stridewise::RedFlags {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::TodayPanel", text);
}

} // namespace

Result<std::optional<PainEntry>> governing(Database &db, QDate monday, QDate today)
{
    const QDate first = monday.addDays(-Thresholds::kRedFlagWindowDays);
    const QDate last = qMin(monday.addDays(6), today);
    if (last < first)
        return std::optional<PainEntry>();
    auto entries = LogRepository(db).painBetween(first, last);
    if (!entries)
        return entries.error();
    // The latest entry says what to do now.
    const auto it =
        std::find_if(entries->crbegin(), entries->crend(), [](const PainEntry &e) { return e.hasRedFlag(); });
    if (it == entries->crend())
        return std::optional<PainEntry>();
    return std::optional<PainEntry>(*it);
}

Advice advice(const QList<Symptom> &symptoms)
{
    if (symptoms.isEmpty())
        return {};
    if (std::any_of(symptoms.cbegin(), symptoms.cend(), isUrgent)) {
        return { tr("Go to urgent care today. Do not run."),
            tr("Go to urgent care today (an emergency department). Bladder or bowel changes and numbness "
               "between the legs can mean a nerve is pressed and need a doctor now. Do not run.") };
    }
    // True whether or not this week has been re-planned yet: plans made from now on leave running and
    // strength out, and Re-plan takes them out of the rest of this week.
    return { tr("Stop running and see a clinician soon."),
        tr("Stop running and see a clinician soon. Until then skip runs and strength work: new plans leave "
           "them out, and Re-plan (Ctrl+Shift+R) takes them out of the rest of this week. The stretches and "
           "easy walking stay if they do not hurt.") };
}

} // namespace Stridewise::RedFlags
