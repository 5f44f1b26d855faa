#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace Stridewise::XmlSupport {

/** An xsd:dateTime as watches write it, in UTC, with the offset it stated (none for "Z" or no zone). */
struct XmlTime
{
    QDateTime utc;
    std::optional<int> offsetSeconds; ///< from "+02:00"; nullopt for "Z" or no zone
};

/**
 * Parses "2026-11-30T07:12:05Z", with or without fractions of any length ("…05.1234567Z"), with "Z", a
 * "+02:00" / "-0530" offset or no zone (taken as UTC). nullopt when the text is not such a time.
 */
std::optional<XmlTime> parseTime(QStringView text);

/** Earliest and latest year a recording may carry: FIT's epoch, and far enough ahead for any real clock. */
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

/** The bytes with a UTF-8 byte order mark and whitespace before the XML declaration removed (Strava's TCX has it). */
QByteArray withoutLeadingWhitespace(const QByteArray &data);

/** Great-circle distance in metres between two points in degrees (haversine, mean Earth radius 6,371,008.8 m). */
double haversineMeters(double lat1, double lon1, double lat2, double lon2);

} // namespace Stridewise::XmlSupport
