#pragma once

#include "core/model/enums.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace Stridewise {

/** How distances are shown (issue 12): the runner's choice, stored as "km" or "mi". */
enum class DistanceUnit
{
    Kilometres,
    Miles
};

/**
 * Distance, pace and speed in the runner's unit, the one place they are worded, so that the week's cards, the
 * Session panel, Progress and the command line say the same thing. Stored values stay in metres and minutes.
 */
namespace Units {

constexpr double kMetresPerMile = 1609.344;
constexpr double kMetresPerYard = 0.9144;

/** "km" or "mi": the stored name. */
QString name(DistanceUnit unit);
/** "km", "mi" (any case, also "kilometres", "miles"); nullopt for anything else. */
std::optional<DistanceUnit> parse(const QString &text);
/** Miles where the locale measures in miles (the United States, the United Kingdom), else kilometres. */
DistanceUnit forLocale(const QLocale &locale);

/** The distance as a number in unit (6,300 m → 6.3 km or 3.91 mi). */
double inUnit(double meters, DistanceUnit unit);
/** "km" or "mi", for axis titles and after numbers (translated). */
QString symbol(DistanceUnit unit);
/** "6.30 km", "12.4 mi": two decimals below 100, one from there on. */
QString distance(double meters, DistanceUnit unit, const QLocale &locale = QLocale());

/**
 * How fast, the way each sport says it: runs and walks as pace ("5:33 /km", "8:56 /mi"), rides as speed
 * ("24.3 km/h", "15.1 mph"), swims as pace per 100 m (or 100 yd). Empty when it cannot be told (no distance, no
 * time, or an activity that covers no distance).
 */
QString pace(Activity activity, double meters, int minutes, DistanceUnit unit, const QLocale &locale = QLocale());

/** "6.30 km · 5:33 /km" (distance and pace), or just the distance when there is no pace. */
QString distanceAndPace(
    Activity activity, double meters, int minutes, DistanceUnit unit, const QLocale &locale = QLocale());

} // namespace Units

} // namespace Stridewise
