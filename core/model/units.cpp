#include "core/model/units.h"

#include <QCoreApplication>

#include <cmath>

namespace Stridewise::Units {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Units", text);
}

/** "5:33" from seconds, rounded to the second. */
QString minutesSeconds(double seconds)
{
    const qint64 whole = std::llround(seconds);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString name(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? QStringLiteral("mi") : QStringLiteral("km");
}

std::optional<DistanceUnit> parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("km") || t == QLatin1String("kilometres") || t == QLatin1String("kilometers"))
        return DistanceUnit::Kilometres;
    if (t == QLatin1String("mi") || t == QLatin1String("miles"))
        return DistanceUnit::Miles;
    return std::nullopt;
}

DistanceUnit forLocale(const QLocale &locale)
{
    switch (locale.measurementSystem()) {
    case QLocale::ImperialUSSystem:
    case QLocale::ImperialUKSystem:
        return DistanceUnit::Miles;
    case QLocale::MetricSystem:
        break;
    }
    return DistanceUnit::Kilometres;
}

double inUnit(double meters, DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? meters / kMetresPerMile : meters / 1000.0;
}

QString symbol(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? tr("mi") : tr("km");
}

QString distance(double meters, DistanceUnit unit, const QLocale &locale)
{
    const double value = inUnit(meters, unit);
    return tr("%1 %2").arg(locale.toString(value, 'f', value < 99.995 ? 2 : 1), symbol(unit));
}

QString pace(Activity activity, double meters, int minutes, DistanceUnit unit, const QLocale &locale)
{
    if (!(meters > 0) || minutes <= 0)
        return {};
    const double seconds = minutes * 60.0;
    switch (activity) {
    case Activity::Run:
    case Activity::Walk:
        return tr("%1 /%2").arg(minutesSeconds(seconds / inUnit(meters, unit)), symbol(unit));
    case Activity::Cycle: {
        const double perHour = inUnit(meters, unit) / (seconds / 3600.0);
        return unit == DistanceUnit::Miles ? tr("%1 mph").arg(locale.toString(perHour, 'f', 1))
                                           : tr("%1 km/h").arg(locale.toString(perHour, 'f', 1));
    }
    case Activity::Swim: {
        const double hundreds = unit == DistanceUnit::Miles ? meters / (100 * kMetresPerYard) : meters / 100.0;
        return unit == DistanceUnit::Miles ? tr("%1 /100 yd").arg(minutesSeconds(seconds / hundreds))
                                           : tr("%1 /100 m").arg(minutesSeconds(seconds / hundreds));
    }
    case Activity::Strength:
    case Activity::Stretch:
        break;
    }
    return {};
}

QString distanceAndPace(Activity activity, double meters, int minutes, DistanceUnit unit, const QLocale &locale)
{
    const QString how = pace(activity, meters, minutes, unit, locale);
    const QString far = distance(meters, unit, locale);
    return how.isEmpty() ? far : tr("%1 · %2").arg(far, how);
}

} // namespace Stridewise::Units
