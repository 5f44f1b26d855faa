#include "core/io/sportmap.h"

namespace Stridewise::SportMap {

namespace {

std::optional<Activity> fromWords(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty())
        return std::nullopt;
    // Order matters: "indoor_walking" is a walk, "bike_to_run_transition" is not a sport at all.
    if (t.contains(QLatin1String("transition")))
        return std::nullopt;
    if (t.contains(QLatin1String("run")) || t.contains(QLatin1String("treadmill")) || t.contains(QLatin1String("trail"))
        || t.contains(QLatin1String("jog")))
        return Activity::Run;
    if (t.contains(QLatin1String("walk")) || t.contains(QLatin1String("hik")))
        return Activity::Walk;
    if (t.contains(QLatin1String("cycl")) || t.contains(QLatin1String("bik")) || t.contains(QLatin1String("ride"))
        || t.contains(QLatin1String("spin")))
        return Activity::Cycle;
    if (t.contains(QLatin1String("swim")) || t == QLatin1String("open_water"))
        return Activity::Swim;
    return std::nullopt;
}

} // namespace

std::optional<Activity> activityFor(const QString &sport, const QString &subSport)
{
    // A recognised sport wins; a generic one ("fitness_equipment", "generic") is named by its sub-sport.
    if (auto a = fromWords(sport))
        return a;
    return fromWords(subSport);
}

} // namespace Stridewise::SportMap
