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

    bool isAvailable(Qt::DayOfWeek day) const { return days.contains(day); }
    int minutesAvailable(Qt::DayOfWeek day) const
    {
        return day >= Qt::Saturday ? weekendMinutes : weekdayMinutes;
    }
    bool operator==(const Profile &) const = default;
};

} // namespace Stridewise
