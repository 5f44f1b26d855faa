#pragma once

#include "core/io/activityformat.h"

namespace Stridewise {

/**
 * GPX 1.0 and 1.1 tracks as phones, watches, Garmin Connect, Strava and GPSBabel write them: one activity per
 * track with timestamps. Distance is the haversine sum within each segment (no jumps across a gap between
 * segments); moving time counts the intervals between timed points within a segment, less those slower than
 * 1 km/h (standing, or a pause); elapsed time runs from the first to the last timestamp of the track.
 * The sport comes from the track's <type>, heart rate from a Garmin TrackPointExtension <hr>.
 */
class GpxReader : public ActivityFormat
{
public:
    /** Slower than this over an interval between two points counts as standing still (gpxpy's default, 1 km/h). */
    static constexpr double kStoppedMetersPerSecond = 1000.0 / 3600.0;

    QString name() const override { return QStringLiteral("GPX"); }
    QStringList suffixes() const override { return { QStringLiteral("gpx") }; }
    bool recognises(const QByteArray &head) const override;
    Result<QList<RecordedActivity>> read(const QByteArray &data) const override;
};

} // namespace Stridewise
