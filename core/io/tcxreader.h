#pragma once

#include "core/io/activityformat.h"

namespace Stridewise {

/**
 * Garmin Training Center XML (TCX v2) as Garmin, Strava, Polar, Suunto and MapMyRide write it: one activity
 * per Activity element (multisport sessions give each sport, transitions left out). Moving time is the sum of
 * the laps' TotalTimeSeconds; distance the laps' DistanceMeters (else the last trackpoint's, else the haversine
 * sum of positions); heart rate the laps' averages weighted by lap time (else the trackpoints' mean).
 */
class TcxReader : public ActivityFormat
{
public:
    QString name() const override { return QStringLiteral("TCX"); }
    QStringList suffixes() const override { return { QStringLiteral("tcx") }; }
    bool recognises(const QByteArray &head) const override;
    Result<QList<RecordedActivity>> read(const QByteArray &data) const override;
};

} // namespace Stridewise
