#pragma once

#include "core/load/distancestats.h"
#include "core/model/units.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stridewise::Charts {

/**
 * What the weekly distance chart draws (issue 12), as plain values from core's Load::weeklyDistance: no Qt
 * Charts type here, like chartseries.h. Distances are converted to the runner's unit; nothing is computed but
 * sums of whole weeks when there are more weeks than bars fit.
 */
struct DistanceSeries
{
    DistanceUnit unit = DistanceUnit::Kilometres;
    int weeksPerBar = 1; ///< 1, or k when k consecutive weeks are summed into one bar to fit
    QList<QDate> firsts; ///< the Monday each bar starts on
    QList<QDate> lasts; ///< the Sunday each bar ends on
    QList<double> runs; ///< per bar, runs with a recorded distance, in unit
    QList<double> others; ///< per bar, walks, rides and swims with a recorded distance, in unit
    QList<int> runsWithoutDistance; ///< per bar, runs ticked by hand (not in the bar)
    QStringList labels; ///< one per bar, unique: "30 Nov", "30 Nov 26" when the range spans years
    double max = 0; ///< the tallest bar (runs + others), in unit

    int bars() const { return int(runs.size()); }
    /** No recorded distance anywhere in the range. */
    bool isEmpty() const { return max <= 0; }
};

/** Maps core's weeks to at most maxBars bars (consecutive whole weeks summed when there are more). */
DistanceSeries buildDistanceSeries(const QList<WeekDistance> &weeks, DistanceUnit unit, int maxBars);

/** The tooltip of one bar: dates, run and other distance, and runs without a distance (translated). */
QString describeDistanceBar(const DistanceSeries &series, int index);

/** "Distance per week, km" (or per k weeks), for the value axis. */
QString distanceAxisTitle(const DistanceSeries &series);

} // namespace Stridewise::Charts
