#pragma once

#include "core/model/week.h"

#include <QDate>
#include <QList>

namespace Stridewise {

/**
 * Fits a freshly generated week around what a mid-week re-plan keeps (sessions before `from`, and done,
 * skipped or hand-added sessions on or after it). The generator plans whole weeks; without this, kept and new
 * sessions would break the rules across the join: a run planned twice on one day, four strength sessions,
 * strength on consecutive days, three running days in a row, or more running than the week allows.
 *
 * Returns `generated` with only the sessions dated on or after `from` that fit (DESIGN.md rules 3, 6, 7).
 * Pure: no I/O, no clock.
 */
Week fitAroundKept(const Week &generated, const QList<PlannedSession> &kept, QDate from);

} // namespace Stridewise
