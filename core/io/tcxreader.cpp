#include "core/io/tcxreader.h"

#include "core/io/xmltime.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace Stridewise {

namespace {

using namespace XmlSupport;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::TcxReader", text);
}

// Beyond these a lap's number is garbage, not a recording: leave it out rather than let sums overflow.
constexpr double kMaxLapSeconds = 1e7;
constexpr double kMaxLapMeters = 1e8;

struct Lap
{
    std::optional<XmlTime> start;
    std::optional<double> totalSeconds;
    std::optional<double> distance;
    std::optional<double> avgHeartRate;
};

struct Point
{
    std::optional<XmlTime> time;
    std::optional<double> distance;
    std::optional<double> heartRate;
    std::optional<double> lat, lon;
};

struct Activity
{
    QString sport;
    std::optional<XmlTime> id;
    QList<Lap> laps;
    QList<Point> points;
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString badTime(const XmlTime &t)
{
    return tr("timestamps in %1: the device's clock was not set").arg(t.utc.date().year());
}

bool plausible(const XmlTime &t)
{
    const int year = t.utc.date().year();
    return year >= kMinYear && year <= kMaxYear;
}

Result<RecordedActivity> summarise(const Activity &a)
{
    // Every time the activity carries, to find its start and end.
    std::optional<XmlTime> first, last;
    auto see = [&](const std::optional<XmlTime> &t) {
        if (!t)
            return;
        if (!first || t->utc < first->utc)
            first = t;
        if (!last || t->utc > last->utc)
            last = t;
    };
    for (const Lap &l : a.laps) {
        see(l.start);
        if (l.start && l.totalSeconds && *l.totalSeconds >= 0 && *l.totalSeconds < kMaxLapSeconds)
            see(XmlTime{ l.start->utc.addMSecs(qint64(*l.totalSeconds * 1000)), l.start->offsetSeconds });
    }
    for (const Point &p : a.points)
        see(p.time);
    if (!first)
        see(a.id);
    if (!first)
        return Result<RecordedActivity>::failure(ErrorKind::Invalid, tr("no timestamps: cannot tell how long"));
    if (!plausible(*first))
        return Result<RecordedActivity>::failure(ErrorKind::Invalid, badTime(*first));
    if (!plausible(*last))
        return Result<RecordedActivity>::failure(ErrorKind::Invalid, badTime(*last));

    RecordedActivity r;
    r.sport = a.sport.toLower();
    r.start = first->utc;
    r.utcOffsetSeconds = first->offsetSeconds;
    r.elapsedSeconds = double(first->utc.msecsTo(last->utc)) / 1000.0;

    double lapSeconds = 0, lapDistance = 0, hrWeighted = 0, hrSeconds = 0;
    bool anyLapTime = false, anyLapDistance = false;
    for (const Lap &l : a.laps) {
        if (l.totalSeconds && *l.totalSeconds >= 0 && *l.totalSeconds < kMaxLapSeconds) {
            lapSeconds += *l.totalSeconds;
            anyLapTime = true;
        }
        if (l.distance && *l.distance >= 0 && *l.distance < kMaxLapMeters) {
            lapDistance += *l.distance;
            anyLapDistance = true;
        }
        if (l.avgHeartRate && l.totalSeconds && *l.totalSeconds > 0
            && *l.totalSeconds<kMaxLapSeconds && * l.avgHeartRate> 0 && *l.avgHeartRate < 300) {
            hrWeighted += *l.avgHeartRate * *l.totalSeconds;
            hrSeconds += *l.totalSeconds;
        }
    }
    r.movingSeconds = anyLapTime ? lapSeconds : r.elapsedSeconds;

    if (anyLapDistance && lapDistance > 0) {
        r.distanceMeters = lapDistance;
    } else {
        std::optional<double> maxPointDistance;
        for (const Point &p : a.points) {
            if (p.distance && *p.distance < kMaxLapMeters && (!maxPointDistance || *p.distance > *maxPointDistance))
                maxPointDistance = p.distance;
        }
        if (maxPointDistance && *maxPointDistance > 0) {
            r.distanceMeters = maxPointDistance;
        } else {
            double sum = 0;
            const Point *previous = nullptr;
            for (const Point &p : a.points) {
                if (!p.lat || !p.lon)
                    continue;
                if (previous)
                    sum += haversineMeters(*previous->lat, *previous->lon, *p.lat, *p.lon);
                previous = &p;
            }
            if (sum > 0)
                r.distanceMeters = sum;
            else if (anyLapDistance)
                r.distanceMeters = 0.0;
        }
    }

    if (hrSeconds > 0) {
        r.averageHeartRate = int(std::lround(hrWeighted / hrSeconds));
    } else {
        double sum = 0;
        int n = 0;
        for (const Point &p : a.points) {
            if (p.heartRate && *p.heartRate > 0 && *p.heartRate < 300) {
                sum += *p.heartRate;
                ++n;
            }
        }
        if (n > 0)
            r.averageHeartRate = int(std::lround(sum / n));
    }
    return r;
}

} // namespace

bool TcxReader::recognises(const QByteArray &head) const
{
    return head.contains("<TrainingCenterDatabase");
}

Result<QList<RecordedActivity>> TcxReader::read(const QByteArray &data) const
{
    QXmlStreamReader xml(withoutLeadingWhitespace(data));
    QList<Activity> activities;
    QStringList path; // names of the open elements, root first
    bool sawRoot = false;
    int transitionDepth = 0; // > 0 inside a multisport Transition: its laps are not an activity
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                if (name != QLatin1String("TrainingCenterDatabase"))
                    return Result<QList<RecordedActivity>>::failure(
                        ErrorKind::Invalid, tr("not a TCX file (its root element is <%1>)").arg(name));
                sawRoot = true;
            }
            path << name;
            if (transitionDepth > 0 || name == QLatin1String("Transition")) {
                ++transitionDepth;
                continue;
            }
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            if (name == QLatin1String("Activity")
                && (parent == QLatin1String("Activities") || parent.endsWith(QLatin1String("Sport")))) {
                Activity a;
                a.sport = xml.attributes().value(QLatin1String("Sport")).toString();
                activities << a;
            } else if (activities.isEmpty() || !path.contains(QLatin1String("Activity"))) {
                continue;
            } else if (name == QLatin1String("Lap")) {
                Lap lap;
                lap.start = parseTime(xml.attributes().value(QLatin1String("StartTime")));
                activities.last().laps << lap;
            } else if (name == QLatin1String("Trackpoint")) {
                activities.last().points << Point{};
            } else if (name == QLatin1String("Id") && parent == QLatin1String("Activity")) {
                activities.last().id = parseTime(xml.readElementText(QXmlStreamReader::SkipChildElements));
                path.removeLast();
            } else if (name == QLatin1String("TotalTimeSeconds") && parent == QLatin1String("Lap")
                && !activities.last().laps.isEmpty()) {
                activities.last().laps.last().totalSeconds =
                    number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                path.removeLast();
            } else if (name == QLatin1String("DistanceMeters") && parent == QLatin1String("Lap")
                && !activities.last().laps.isEmpty()) {
                activities.last().laps.last().distance =
                    number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                path.removeLast();
            } else if (name == QLatin1String("Value") && parent == QLatin1String("AverageHeartRateBpm")
                && path.size() >= 3 && path.at(path.size() - 3) == QLatin1String("Lap")
                && !activities.last().laps.isEmpty()) {
                activities.last().laps.last().avgHeartRate =
                    number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                path.removeLast();
            } else if (!activities.last().points.isEmpty() && path.contains(QLatin1String("Trackpoint"))) {
                Point &p = activities.last().points.last();
                if (name == QLatin1String("Time") && parent == QLatin1String("Trackpoint")) {
                    p.time = parseTime(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                } else if (name == QLatin1String("DistanceMeters") && parent == QLatin1String("Trackpoint")) {
                    p.distance = number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                } else if (name == QLatin1String("Value") && parent == QLatin1String("HeartRateBpm")) {
                    p.heartRate = number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                } else if (name == QLatin1String("LatitudeDegrees") && parent == QLatin1String("Position")) {
                    p.lat = number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                } else if (name == QLatin1String("LongitudeDegrees") && parent == QLatin1String("Position")) {
                    p.lon = number(xml.readElementText(QXmlStreamReader::SkipChildElements));
                    path.removeLast();
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (transitionDepth > 0)
                --transitionDepth;
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        if (!sawRoot && xml.error() == QXmlStreamReader::NotWellFormedError && xml.lineNumber() <= 1
            && xml.columnNumber() <= 1)
            return Result<QList<RecordedActivity>>::failure(ErrorKind::Invalid, tr("not a TCX file (not XML)"));
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return Result<QList<RecordedActivity>>::failure(ErrorKind::Invalid,
                tr("cut short at line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber()));
        return Result<QList<RecordedActivity>>::failure(ErrorKind::Invalid,
            tr("not valid XML at line %1, column %2: %3")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString()));
    }
    if (!sawRoot)
        return Result<QList<RecordedActivity>>::failure(ErrorKind::Invalid, tr("not a TCX file (no XML in it)"));
    if (activities.isEmpty())
        return Result<QList<RecordedActivity>>::failure(
            ErrorKind::NotFound, tr("no activity in it (a course or a workout, not a recording)"));
    QList<RecordedActivity> out;
    for (const Activity &a : activities) {
        auto r = summarise(a);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

} // namespace Stridewise
