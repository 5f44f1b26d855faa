#pragma once

#include "core/model/enums.h"

#include <QList>

namespace Stridewise {

/** The runner, as the planner needs them. Values are validated by validateProfile(). */
struct Profile
{
    Experience experience = Experience::Returning;
    int runMinutes = 60; ///< running minutes in a typical recent week
    int runDays = 3; ///< running days wanted, 2–5
    QList<Qt::DayOfWeek> days{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                              Qt::Friday,  Qt::Saturday, Qt::Sunday}; ///< available days, sorted Mon→Sun
    Qt::DayOfWeek longRunDay = Qt::Sunday;
    QList<Activity> lowImpact{Activity::Walk, Activity::Cycle}; ///< subset of Walk, Cycle, Swim
    int weekdayMinutes = 60; ///< most minutes available on a weekday
    int weekendMinutes = 90; ///< most minutes available on a Saturday or Sunday
    /**
     * Weekly running minutes to build up to (issue 9); 0 means the default, goal(). The planner moves the runner's
     * current level toward it by at most rule 7's step.
     */
    int goalMinutes = 0;
    /** A disc problem or sciatica in the past: the straight-leg raise then says to stop if it brings on leg symptoms.
     */
    bool discHistory = false;

    /** Goal for new runners (and anyone at 0 min) without one of their own: 90 min over three runs (issue 9). */
    static constexpr int kDefaultNewRunnerGoal = 90;

    /** The goal in effect: goalMinutes when set; else 90 min for new runners and runners at 0 min, else runMinutes. */
    int goal() const
    {
        if (goalMinutes > 0)
            return goalMinutes;
        return experience == Experience::New || runMinutes == 0 ? kDefaultNewRunnerGoal : runMinutes;
    }

    bool isAvailable(Qt::DayOfWeek day) const { return days.contains(day); }
    int minutesAvailable(Qt::DayOfWeek day) const
    {
        return day >= Qt::Saturday ? weekendMinutes : weekdayMinutes;
    }
    bool operator==(const Profile &) const = default;
};

} // namespace Stridewise
