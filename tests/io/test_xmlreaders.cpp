#include "core/io/gpxreader.h"
#include "core/io/tcxreader.h"
#include "core/io/xmltime.h"

#include <gtest/gtest.h>

#include "tests/io/readertest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

// TCX figures are those of a python3 xml.etree sum of the laps; GPX figures are gpxpy 1.5's (Debian python3-gpxpy),
// which uses a slightly different Earth radius and a flat-Earth formula for short steps: within 0.5 %.

TEST(XmlTime, ReadsTheTimeShapesWatchesWrite)
{
    using XmlSupport::parseTime;
    EXPECT_EQ(parseTime(u"2026-11-30T07:12:05Z")->utc, utc("2026-11-30T07:12:05"));
    EXPECT_EQ(parseTime(u"2026-11-30T07:12:05.000Z")->utc, utc("2026-11-30T07:12:05"));
    const auto seven = parseTime(u"2026-11-30T07:12:05.1234567+00:00");
    ASSERT_TRUE(seven);
    EXPECT_EQ(seven->utc, utc("2026-11-30T07:12:05").addMSecs(123));
    EXPECT_EQ(seven->offsetSeconds, 0);
    const auto local = parseTime(u"2026-11-30T08:12:05+01:00");
    EXPECT_EQ(local->utc, utc("2026-11-30T07:12:05"));
    EXPECT_EQ(local->offsetSeconds, 3600);
    EXPECT_EQ(parseTime(u"2026-11-30T02:12:05-0500")->utc, utc("2026-11-30T07:12:05"));
    EXPECT_EQ(parseTime(u" 2026-11-30T07:12:05 ")->utc, utc("2026-11-30T07:12:05"));
    EXPECT_FALSE(parseTime(u"2026-11-31T07:12:05Z"));
    EXPECT_FALSE(parseTime(u"yesterday"));
    EXPECT_FALSE(parseTime(u"2026-11-30T07:12:05.Z"));
    EXPECT_FALSE(parseTime(u"2026-11-30T07:12:05+1"));
    EXPECT_FALSE(parseTime(u""));
}

TEST(TcxReader, ReadsAStravaExportWithWhitespaceBeforeTheDeclaration)
{
    auto r = readFixture(QStringLiteral("strava-run.tcx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.sport, QStringLiteral("running"));
    EXPECT_EQ(a.start, utc("2017-06-11T14:34:09"));
    EXPECT_DOUBLE_EQ(a.movingSeconds, 56.9);
    EXPECT_DOUBLE_EQ(*a.distanceMeters, 157.6);
    EXPECT_EQ(a.averageHeartRate, 85); // mean of the trackpoints (the lap has no average; the watch said 90)
    EXPECT_FALSE(a.utcOffsetSeconds); // "Z" says UTC, not where the runner was
}

TEST(TcxReader, ReadsAGarminExportWithThreeLaps)
{
    auto r = readFixture(QStringLiteral("tcxparser-test.tcx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.start, utc("2012-12-26T21:29:53"));
    EXPECT_NEAR(a.movingSeconds, 1992.78, 1e-6);
    EXPECT_NEAR(*a.distanceMeters, 4689.243, 1e-3);
    EXPECT_GE(a.elapsedSeconds, 1992.0);
    EXPECT_LT(a.elapsedSeconds, 1994.0);
    EXPECT_TRUE(a.averageHeartRate);
}

TEST(TcxReader, KeepsASportItDoesNotKnowForTheRunnerToName)
{
    auto r = readFixture(QStringLiteral("sup_activity_1.tcx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->first().sport, QStringLiteral("other"));
    EXPECT_NEAR(r->first().movingSeconds, 1112.335, 1e-6);
    EXPECT_NEAR(*r->first().distanceMeters, 1157.51, 1e-3);
}

TEST(TcxReader, GivesEachSportOfAMultisportSessionWithoutTheTransition)
{
    // 7-digit fractions, +00:00 offsets, a lap with an empty track, points without a position.
    auto r = readFixture(QStringLiteral("multisport-duathlon.tcx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 2);
    const RecordedActivity &run = r->at(0);
    EXPECT_EQ(run.sport, QStringLiteral("running"));
    EXPECT_EQ(run.start, utc("2026-11-29T09:00:00"));
    EXPECT_EQ(run.utcOffsetSeconds, 0);
    EXPECT_DOUBLE_EQ(run.movingSeconds, 1200.0);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 1200.5);
    EXPECT_DOUBLE_EQ(*run.distanceMeters, 3500.0);
    EXPECT_EQ(run.averageHeartRate, 155); // laps' averages weighted by their time
    const RecordedActivity &bike = r->at(1);
    EXPECT_EQ(bike.sport, QStringLiteral("biking"));
    EXPECT_DOUBLE_EQ(bike.movingSeconds, 1800.0);
    EXPECT_DOUBLE_EQ(*bike.distanceMeters, 15000.0);
    EXPECT_FALSE(bike.averageHeartRate);
}

TEST(TcxReader, SaysWhereAFileIsCutShortOrNotTcx)
{
    auto cut = readFixture(QStringLiteral("strava-run-cut-short.tcx"));
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.kind(), ErrorKind::Invalid);
    EXPECT_TRUE(cut.message().startsWith(QStringLiteral("cut short at line"))) << cut.message().toStdString();

    auto gpx = TcxReader().read(fixtureBytes(QStringLiteral("no-timestamps.gpx")));
    ASSERT_FALSE(gpx.ok());
    EXPECT_EQ(gpx.message(), QStringLiteral("not a TCX file (its root element is <gpx>)"));

    auto none = TcxReader().read(QByteArrayLiteral("<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.kind(), ErrorKind::NotFound);

    auto untimed = TcxReader().read(QByteArrayLiteral(
        "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><TotalTimeSeconds>60</TotalTimeSeconds>"
        "</Lap></Activity></Activities></TrainingCenterDatabase>"));
    ASSERT_FALSE(untimed.ok());
    EXPECT_EQ(untimed.message(), QStringLiteral("no timestamps: cannot tell how long"));

    auto old = TcxReader().read(QByteArrayLiteral(
        "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>1901-12-13T20:45:52Z</Id>"
        "</Activity></Activities></TrainingCenterDatabase>"));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.message(), QStringLiteral("timestamps in 1901: the device's clock was not set"));
}

TEST(GpxReader, ReadsAGarminConnectExportWithHeartRate)
{
    auto r = readFixture(QStringLiteral("garmin-connect-walk.gpx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.sport, QStringLiteral("walking"));
    EXPECT_EQ(a.start, utc("2017-06-11T14:32:51"));
    EXPECT_DOUBLE_EQ(a.elapsedSeconds, 46.0); // gpxpy: duration 46
    EXPECT_DOUBLE_EQ(a.movingSeconds, 46.0); // gpxpy: moving 46
    EXPECT_NEAR(*a.distanceMeters, 68.2, 0.5); // gpxpy: length_2d 68.2
    EXPECT_TRUE(a.averageHeartRate);
}

TEST(GpxReader, ReadsAGpsBabelFileWithSeveralTracksAsOneActivityEach)
{
    // GPX 1.0; two of its four tracks carry timestamps (gpxpy: 4552 s / 2284.6 m and 8541 s / 3984.0 m).
    auto r = readFixture(QStringLiteral("korita-zbevnica.gpx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ(r->at(0).start, utc("2010-10-03T09:36:30"));
    EXPECT_DOUBLE_EQ(r->at(0).elapsedSeconds, 4552.0);
    EXPECT_NEAR(*r->at(0).distanceMeters, 2284.6, 2284.6 * 0.005);
    EXPECT_DOUBLE_EQ(r->at(1).elapsedSeconds, 8541.0);
    EXPECT_NEAR(*r->at(1).distanceMeters, 3984.0, 3984.0 * 0.005);
    EXPECT_LT(r->at(1).movingSeconds, r->at(1).elapsedSeconds); // stops are left out
    EXPECT_TRUE(r->at(0).sport.isEmpty());
}

TEST(GpxReader, ReadsATrackWithAnEmptySegment)
{
    auto r = readFixture(QStringLiteral("track-with-empty-segment.gpx"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_DOUBLE_EQ(r->first().elapsedSeconds, 76.0);
    EXPECT_NEAR(*r->first().distanceMeters, 85.9, 0.5);
}

TEST(GpxReader, RefusesFilesWithoutUsableTimes)
{
    auto untimed = readFixture(QStringLiteral("no-timestamps.gpx"));
    ASSERT_FALSE(untimed.ok());
    EXPECT_EQ(untimed.kind(), ErrorKind::Invalid);
    EXPECT_EQ(untimed.message(), QStringLiteral("no timestamps: cannot tell how long"));
    auto old = readFixture(QStringLiteral("clock-1901.gpx"));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.message(), QStringLiteral("timestamps in 1901: the device's clock was not set"));
}

TEST(GpxReader, SaysAFileWithOnlyARouteHoldsNoActivity)
{
    auto r = GpxReader().read(
        QByteArrayLiteral("<?xml version=\"1.0\"?><gpx version=\"1.1\"><rte><rtept lat=\"1\" lon=\"2\"/></rte></gpx>"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::NotFound);
}

TEST(GpxReader, ReadsLeadingWhitespaceAByteOrderMarkAndPointsWithoutPosition)
{
    const QByteArray data = QByteArrayLiteral(
        "\xEF\xBB\xBF  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gpx version=\"1.0\"><trk><type>Trail Run</type><trkseg>"
        "<trkpt lat=\"46.0\" lon=\"14.5\"><time>2026-11-30T07:00:00Z</time></trkpt>"
        "<trkpt lat=\"x\" lon=\"14.5\"><time>2026-11-30T07:05:00Z</time></trkpt>"
        "<trkpt lat=\"46.01\" lon=\"14.5\"><time>2026-11-30T07:10:00Z</time><heartrate>150</heartrate></trkpt>"
        "</trkseg></trk></gpx>");
    auto r = GpxReader().read(data);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->first().sport, QStringLiteral("trail run"));
    EXPECT_DOUBLE_EQ(r->first().elapsedSeconds, 600.0);
    EXPECT_DOUBLE_EQ(r->first().movingSeconds, 600.0);
    EXPECT_NEAR(*r->first().distanceMeters, 1111.95, 0.1);
    EXPECT_EQ(r->first().averageHeartRate, 150);
}

TEST(GpxReader, LeavesPausesOutOfTheMovingTime)
{
    // Ten minutes running, then twenty minutes standing in the same place, then ten more minutes running.
    const QByteArray data =
        QByteArrayLiteral("<gpx version=\"1.1\"><trk><type>running</type><trkseg>"
                          "<trkpt lat=\"46.000\" lon=\"14.5\"><time>2026-11-30T07:00:00Z</time></trkpt>"
                          "<trkpt lat=\"46.015\" lon=\"14.5\"><time>2026-11-30T07:10:00Z</time></trkpt>"
                          "<trkpt lat=\"46.015\" lon=\"14.5\"><time>2026-11-30T07:30:00Z</time></trkpt>"
                          "<trkpt lat=\"46.030\" lon=\"14.5\"><time>2026-11-30T07:40:00Z</time></trkpt>"
                          "</trkseg></trk></gpx>");
    auto r = GpxReader().read(data);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_DOUBLE_EQ(r->first().elapsedSeconds, 2400.0);
    EXPECT_DOUBLE_EQ(r->first().movingSeconds, 1200.0);
}

TEST(GpxReader, SaysWhatIsWrongWithXmlThatIsNotGpx)
{
    auto notXml = GpxReader().read(QByteArrayLiteral("PK\x03\x04 a zip file"));
    ASSERT_FALSE(notXml.ok());
    EXPECT_EQ(notXml.kind(), ErrorKind::Invalid);
    auto cut = GpxReader().read(fixtureBytes(QStringLiteral("garmin-connect-walk.gpx")).left(900));
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.message().startsWith(QStringLiteral("cut short at line"))) << cut.message().toStdString();
    auto tcx = GpxReader().read(fixtureBytes(QStringLiteral("strava-run.tcx")));
    ASSERT_FALSE(tcx.ok());
    EXPECT_EQ(tcx.message(), QStringLiteral("not a GPX file (its root element is <TrainingCenterDatabase>)"));
}

TEST(TcxReader, LeavesOutLapNumbersNoRecordingCouldHave)
{
    // Hostile or broken numbers must not overflow the sums: the lap's time, distance and heart rate are left out.
    auto r = TcxReader().read(QByteArrayLiteral(
        "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap StartTime=\"2026-11-30T07:00:00Z\">"
        "<TotalTimeSeconds>1e300</TotalTimeSeconds><DistanceMeters>1e308</DistanceMeters>"
        "<AverageHeartRateBpm><Value>1e300</Value></AverageHeartRateBpm><Track><Trackpoint>"
        "<Time>2026-11-30T07:30:00Z</Time></Trackpoint></Track></Lap></Activity></Activities></"
        "TrainingCenterDatabase>"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_DOUBLE_EQ(r->first().elapsedSeconds, 1800.0);
    EXPECT_DOUBLE_EQ(r->first().movingSeconds, 1800.0);
    EXPECT_FALSE(r->first().distanceMeters);
    EXPECT_FALSE(r->first().averageHeartRate);
}
