#pragma once

#include "core/model/painentry.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

class Database;

/**
 * The window's two red-flag judgements, each in one small function so that the core functions replacing them
 * (core/plan, issue 17: red flags a clinician clears) are a one-line swap. Nothing else in ui/ decides which red
 * flags count or words the advice.
 */
namespace RedFlags {

/**
 * The red-flag entry that governs the week of monday as seen on today: the latest pain log with a red-flag
 * symptom from rule 9's window before the week (Thresholds::kRedFlagWindowDays) up to the week's Sunday or today,
 * whichever is earlier. nullopt when there is none; the store's message when the log cannot be read.
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
