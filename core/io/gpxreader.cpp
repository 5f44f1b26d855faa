#include "core/io/gpxreader.h"

#include "core/io/xmltime.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace Stridewise {

namespace {

using namespace XmlSupport;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::GpxReader", text);
}

struct Point
{
    std::optional<double> lat, lon;
    std::optional<XmlTime> time;
    std::optional<double> heartRate;
};

struct Track
{
    QString type;
    QList<QList<Point>> segments;
};

std::optional<double> coordinate(QStringView text, double limit)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::abs(v) > limit)
        return std::nullopt;
    return v;
}

QString badTime(const XmlTime &t)
{
    return tr("timestamps in %1: the device's clock was not set").arg(t.utc.date().year());
}

/** One activity from a track, or nullopt when the track has no timed point. */
Result<std::optional<RecordedActivity>> summarise(const Track &track)
{
    std::optional<XmlTime> first, last;
    double moving = 0, distance = 0, hrSum = 0;
    int hrCount = 0;
    bool anyPosition = false;
    for (const QList<Point> &segment : track.segments) {
        const Point *previousTimed = nullptr;
        const Point *previousPlaced = nullptr;
        bool timed = false;
        for (const Point &p : segment)
            timed = timed || p.time.has_value();
        if (!timed)
            continue; // an untimed segment says nothing about this recording's time or distance
        for (const Point &p : segment) {
            if (p.time) {
                const int year = p.time->utc.date().year();
                if (year < kMinYear || year > kMaxYear)
                    return Result<std::optional<RecordedActivity>>::failure(ErrorKind::Invalid, badTime(*p.time));
                if (!first || p.time->utc < first->utc)
                    first = p.time;
                if (!last || p.time->utc > last->utc)
                    last = p.time;
            }
            const bool placed = p.lat && p.lon;
            double step = 0;
            if (placed && previousPlaced)
                step = haversineMeters(*previousPlaced->lat, *previousPlaced->lon, *p.lat, *p.lon);
            if (placed) {
                distance += step;
                anyPosition = true;
            }
            if (p.time && previousTimed) {
                const double seconds = double(previousTimed->time->utc.msecsTo(p.time->utc)) / 1000.0;
                if (seconds > 0) {
                    // Standing still or paused: slower than 1 km/h between two placed points.
                    const bool bothPlaced = placed && previousTimed->lat && previousTimed->lon;
                    double moved = step;
                    if (bothPlaced && previousTimed != previousPlaced)
                        moved = haversineMeters(*previousTimed->lat, *previousTimed->lon, *p.lat, *p.lon);
                    if (!bothPlaced || moved / seconds >= GpxReader::kStoppedMetersPerSecond)
                        moving += seconds;
                }
            }
            if (p.heartRate && *p.heartRate > 0 && *p.heartRate < 300) {
                hrSum += *p.heartRate;
                ++hrCount;
            }
            if (p.time)
                previousTimed = &p;
            if (placed)
                previousPlaced = &p;
        }
    }
    if (!first)
        return std::optional<RecordedActivity>();
    RecordedActivity a;
    a.sport = track.type.trimmed().toLower();
    a.start = first->utc;
    a.utcOffsetSeconds = first->offsetSeconds;
    a.elapsedSeconds = double(first->utc.msecsTo(last->utc)) / 1000.0;
    a.movingSeconds = moving;
    if (anyPosition)
        a.distanceMeters = distance;
    if (hrCount > 0)
        a.averageHeartRate = int(std::lround(hrSum / hrCount));
    return std::optional<RecordedActivity>(a);
}

} // namespace

bool GpxReader::recognises(const QByteArray &head) const
{
    return head.contains("<gpx");
}

Result<QList<RecordedActivity>> GpxReader::read(const QByteArray &data) const
{
    using R = Result<QList<RecordedActivity>>;
    QXmlStreamReader xml(withoutLeadingWhitespace(data));
    QList<Track> tracks;
    QStringList path;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                if (name != QLatin1String("gpx"))
                    return R::failure(ErrorKind::Invalid, tr("not a GPX file (its root element is <%1>)").arg(name));
                sawRoot = true;
            }
            path << name;
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            if (name == QLatin1String("trk") && parent == QLatin1String("gpx")) {
                tracks << Track{};
            } else if (tracks.isEmpty() || !path.contains(QLatin1String("trk"))) {
                continue;
            } else if (name == QLatin1String("type") && parent == QLatin1String("trk")) {
                tracks.last().type = xml.readElementText(QXmlStreamReader::SkipChildElements);
                path.removeLast();
            } else if (name == QLatin1String("trkseg") && parent == QLatin1String("trk")) {
                tracks.last().segments << QList<Point>{};
            } else if (name == QLatin1String("trkpt") && parent == QLatin1String("trkseg")
                && !tracks.last().segments.isEmpty()) {
                Point p;
                p.lat = coordinate(xml.attributes().value(QLatin1String("lat")), 90);
                p.lon = coordinate(xml.attributes().value(QLatin1String("lon")), 180);
                tracks.last().segments.last() << p;
            } else if (path.contains(QLatin1String("trkpt")) && !tracks.last().segments.isEmpty()
                && !tracks.last().segments.last().isEmpty()) {
                Point &p = tracks.last().segments.last().last();
                if (name == QLatin1String("time") && parent == QLatin1String("trkpt")) {
                    p.time = parseTime(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                } else if ((name == QLatin1String("hr") || name == QLatin1String("heartrate"))) {
                    bool ok = false;
                    const double v = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toDouble(&ok);
                    if (ok && std::isfinite(v))
                        p.heartRate = v;
                    path.removeLast();
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        if (!sawRoot && xml.lineNumber() <= 1 && xml.columnNumber() <= 1)
            return R::failure(ErrorKind::Invalid, tr("not a GPX file (not XML)"));
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return R::failure(ErrorKind::Invalid,
                tr("cut short at line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber()));
        return R::failure(ErrorKind::Invalid,
            tr("not valid XML at line %1, column %2: %3")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString()));
    }
    if (!sawRoot)
        return R::failure(ErrorKind::Invalid, tr("not a GPX file (no XML in it)"));
    bool anyPoint = false;
    QList<RecordedActivity> out;
    for (const Track &t : tracks) {
        for (const auto &segment : t.segments)
            anyPoint = anyPoint || !segment.isEmpty();
        auto a = summarise(t);
        if (!a)
            return a.error();
        if (a->has_value())
            out << **a;
    }
    if (!anyPoint) {
        return R::failure(
            ErrorKind::NotFound, tr("no recorded track in it (routes and waypoints are plans, not recordings)"));
    }
    if (out.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("no timestamps: cannot tell how long"));
    return out;
}

} // namespace Stridewise
