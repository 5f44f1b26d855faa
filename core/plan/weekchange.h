#pragma once

#include "core/model/week.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Stridewise {

/**
 * What re-planning the rest of a week would change (issue 17: the week reacts as it goes): the week as saved, the
 * week as the planner would make it now, and the sessions from `from` on that would go or come. Pure.
 */
struct WeekChange
{
    Week before;
    Week after;
    QDate from;
    QList<PlannedSession> removed; ///< in `before`, not in `after` (dated on or after from)
    QList<PlannedSession> added; ///< in `after`, not in `before`

    bool zoneChanged() const { return before.zone != after.zone; }
    bool redFlagChanged() const { return before.redFlag != after.redFlag || before.urgent != after.urgent; }
    bool isEmpty() const { return removed.isEmpty() && added.isEmpty() && !zoneChanged() && !redFlagChanged(); }
};

/** Compares the sessions dated on or after from: a session is unchanged when its day, time, activity and minutes match.
 */
WeekChange compareWeeks(const Week &before, const Week &after, QDate from);

/**
 * The change in lines a runner reads: the zone or red flag first, then "- Sunday 2026-12-06: Longer run, 57 min"
 * for each session that goes and "+ …" for each that comes. Empty when nothing changes.
 */
QStringList describeChange(const WeekChange &change);

} // namespace Stridewise
