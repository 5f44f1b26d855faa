#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Stridewise {

/**
 * One activity as a watch or phone recorded it (a FIT session, a TCX Activity, a GPX track), before it is
 * matched to the plan. Times are in seconds as the file gives them; the importer turns them into whole minutes.
 */
struct RecordedActivity
{
    QString sport; ///< as the file names it, lower case: "running", "cycling", "trail running"; empty when unnamed
    QString subSport; ///< FIT sub_sport ("treadmill", "trail"), empty elsewhere
    QDateTime start; ///< UTC
    std::optional<int> utcOffsetSeconds; ///< local time − UTC when the file says (FIT local_timestamp, "+02:00")
    double movingSeconds = 0; ///< timer time: pauses excluded
    double elapsedSeconds = 0; ///< first to last timestamp, pauses included
    std::optional<double> distanceMeters;
    std::optional<int> averageHeartRate; ///< beats per minute

    /** The day the activity started where it was recorded: the file's own offset, else `fallback`'s. */
    QDate localDate(const QTimeZone &fallback) const
    {
        if (utcOffsetSeconds)
            return start.toUTC().addSecs(*utcOffsetSeconds).date();
        return start.toTimeZone(fallback).date();
    }
    bool operator==(const RecordedActivity &) const = default;
};

} // namespace Stridewise
