#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

#include <QStringList>

#include <array>

namespace Stridewise::Test {

/** Sums of a week's planned minutes by kind (stretches not counted). running is the running inside the runs. */
struct WeekTotals
{
    int running = 0;
    int lowImpact = 0;
    int strength = 0;
    int runs = 0;
    int strengthSessions = 0;
    int lowImpactSessions = 0;
};
WeekTotals totalsOf(const Week &week);

/** Planned load (target RPE × minutes, all sessions) per day, Monday first. */
std::array<int, 7> dailyLoad(const Week &week);
double monotonyOf(const Week &week);

/**
 * Checks every planning rule of DESIGN.md (and issues 9 and 17) on a generated week, computing what the rules
 * require from the input independently of the generator's own code. Returns one line per violation; empty when all
 * hold.
 */
QStringList checkWeek(const PlanInput &input, const Week &week);

/**
 * Issue 9, item 7: reads every number the week's messages state in their fixed phrases back against the plan —
 * "N min of running this week" is the week's planned running, "your level of N min" its level, "your goal of N min"
 * its goal, "rung N of M" its ladder rung. Returns one line per mismatch.
 */
QStringList checkMessages(const Week &week);

/** The pain zone rule 8 asks for, computed from the input alone (a second implementation, for the checks). */
PainZone expectedZone(const PlanInput &input);

} // namespace Stridewise::Test
