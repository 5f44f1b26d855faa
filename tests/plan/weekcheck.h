#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

#include <QStringList>

#include <array>

namespace Stridewise::Test {

/** Sums of a week's planned minutes by kind (stretches not counted). */
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
 * Checks every planning rule of DESIGN.md on a generated week, computing what the rules require from the
 * input independently of the generator's own code. Returns one line per violation; empty when all hold.
 */
QStringList checkWeek(const PlanInput &input, const Week &week);

} // namespace Stridewise::Test
