#include "ui/charts/distanceseries.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Stridewise::Charts {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Charts", text, nullptr, n);
}
} // namespace

DistanceSeries buildDistanceSeries(const QList<WeekDistance> &weeks, DistanceUnit unit, int maxBars)
{
    DistanceSeries s;
    s.unit = unit;
    if (weeks.isEmpty())
        return s;
    const int count = int(weeks.size());
    s.weeksPerBar = std::max(1, (count + std::max(1, maxBars) - 1) / std::max(1, maxBars));
    const bool spansYears = weeks.first().monday.year() != weeks.last().monday.addDays(6).year();
    const QLocale locale;
    // Bars end on the last week, so the newest bar is always whole.
    const int first = count - ((count + s.weeksPerBar - 1) / s.weeksPerBar) * s.weeksPerBar;
    for (int start = first; start < count; start += s.weeksPerBar) {
        double run = 0;
        double all = 0;
        int without = 0;
        const int from = std::max(0, start);
        const int to = start + s.weeksPerBar; // exclusive
        for (int i = from; i < to && i < count; ++i) {
            run += weeks.at(i).runMeters;
            all += weeks.at(i).allMeters;
            without += weeks.at(i).runsWithoutDistance;
        }
        s.firsts << weeks.at(from).monday;
        s.lasts << weeks.at(std::min(to, count) - 1).monday.addDays(6);
        s.runs << Units::inUnit(run, unit);
        s.others << Units::inUnit(std::max(0.0, all - run), unit);
        s.runsWithoutDistance << without;
        s.labels << locale.toString(
            weeks.at(from).monday, spansYears ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
        s.max = std::max(s.max, s.runs.last() + s.others.last());
    }
    return s;
}

QString describeDistanceBar(const DistanceSeries &s, int index)
{
    if (index < 0 || index >= s.bars())
        return {};
    const QLocale locale;
    const DistanceUnit unit = s.unit;
    const double perUnit = Units::inUnit(1.0, unit);
    QString text = tr("%1 – %2").arg(locale.toString(s.firsts.at(index), QLocale::ShortFormat),
        locale.toString(s.lasts.at(index), QLocale::ShortFormat));
    text += QLatin1Char('\n') + tr("Runs: %1").arg(Units::distance(s.runs.at(index) / perUnit, unit, locale));
    text += QLatin1Char('\n')
        + tr("Walks, rides and swims: %1").arg(Units::distance(s.others.at(index) / perUnit, unit, locale));
    const int without = s.runsWithoutDistance.at(index);
    if (without > 0)
        text += QLatin1Char('\n')
            + (without == 1 ? tr("1 run ticked by hand has no distance and is not in the bar")
                            : tr("%n runs ticked by hand have no distance and are not in the bar", without));
    return text;
}

QString distanceAxisTitle(const DistanceSeries &s)
{
    return s.weeksPerBar == 1 ? tr("Distance per week, %1").arg(Units::symbol(s.unit))
                              : tr("Distance per %1 weeks, %2").arg(s.weeksPerBar).arg(Units::symbol(s.unit));
}

} // namespace Stridewise::Charts
