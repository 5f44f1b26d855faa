#pragma once

#include "core/load/loadtypes.h"
#include "core/model/enums.h"
#include "core/model/planinput.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

/** One done run in a shoe (read by ShoeRepository::runs). */
struct ShoeRun
{
    QDate date;
    qint64 shoeId = 0;
    std::optional<double> distanceMeters = std::nullopt;
    bool operator==(const ShoeRun &) const = default;
};

/** One ISO week's recorded distance (issue 12): sessions ticked by hand have none, so they are counted apart. */
struct WeekDistance
{
    QDate monday;
    double runMeters = 0; ///< runs with a recorded distance
    double allMeters = 0; ///< every done session with a recorded distance (runs, walks, rides, swims)
    int runsWithDistance = 0;
    int runsWithoutDistance = 0; ///< done runs without a recorded distance: the week's run distance is a floor
    bool operator==(const WeekDistance &) const = default;
};

/** Back pain logged the day after runs in one shoe. */
struct ShoePain
{
    qint64 shoeId = 0;
    int n = 0; ///< run days in this shoe with a pain log the next day
    std::optional<double> meanPain = std::nullopt; ///< mean of those next-day logs, 0–10; withheld below kMinShoeRuns
    bool operator==(const ShoePain &) const = default;
};

/** How worn a shoe is against the distance the runner chose to retire it at. */
struct ShoeWear
{
    double km = 0;
    int retireKm = 0;
    bool nearRetirement = false; ///< at or past kRetireWarningPercent of retireKm, not yet past it
    bool pastRetirement = false; ///< at or past retireKm
    bool operator==(const ShoeWear &) const = default;
};

namespace Load {

/**
 * Below this many run days with a next-day pain log, the mean is withheld ("not enough runs yet"). Our own
 * judgement: fewer days say little, and even ten only describe, they do not show that a shoe helps or hurts.
 */
constexpr int kMinShoeRuns = 10;
/** A shoe is "near retirement" from this share of its retirement distance: our own rule of thumb. */
constexpr int kRetireWarningPercent = 90;

/** Every ISO week touching from..to, oldest first, with the distance of the sessions done in it. */
QList<WeekDistance> weeklyDistance(const QList<CompletedSession> &done, QDate from, QDate to);

/**
 * Mean back pain the day after runs, per shoe (issue 12, the Progress view): each day with a run in a shoe counts
 * once for that shoe when the next day has a pain log. Shoes in `runs` only, by shoe id.
 */
QList<ShoePain> painDayAfterRunsByShoe(const QList<ShoeRun> &runs, const QList<DailyPain> &pain);

ShoeWear wear(double meters, int retireKm);

/** "3.1/10 the day after 12 runs" or "not enough runs yet (4 of 10)". */
QString describe(const ShoePain &pain);

} // namespace Load

} // namespace Stridewise
