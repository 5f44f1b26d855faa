#pragma once

#include "core/model/painentry.h"
#include "core/plan/redflags.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

class Database;

/**
 * The window's two red-flag questions, answered by the core (core/plan/redflags.h, Planner::redFlagStatus(); issue
 * 17: red flags stay until a clinician's clearance is recorded). Nothing in ui/ decides which red flags count or words
 * the advice.
 */
namespace RedFlags {

/**
 * The red flags that govern the week of monday as seen on today, as one entry: the latest day with red-flag symptoms
 * since the last clearance, up to the week's Sunday or today, whichever is earlier, with every red-flag symptom logged
 * since the clearance. nullopt when none is pending; the store's message when the log cannot be read.
 */
Result<std::optional<PainEntry>> governing(Database &db, QDate monday, QDate today);

/** What to do about red-flag symptoms, in plain words: brief for the narrow log panel, full for the banner. */
struct Advice
{
    QString brief;
    QString full;
};
/** Empty texts when there are no symptoms. */
Advice advice(const QList<Symptom> &symptoms);

} // namespace RedFlags

} // namespace Stridewise
