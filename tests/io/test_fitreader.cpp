#include "core/io/fitreader.h"

#include <gtest/gtest.h>

#include "tests/io/readertest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

// Expected figures are python-fitparse's for the same files (tests/fixtures/SOURCES.md).

TEST(FitReader, ReadsOurOwnThirtyFiveMinuteRunWithARecordEverySecond)
{
    // Big-endian record definitions, compressed timestamp headers and a developer field on all 2,101 records.
    auto r = readFixture(QStringLiteral("run-35min-1hz.fit"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.sport, QStringLiteral("running"));
    EXPECT_EQ(a.subSport, QStringLiteral("generic"));
    EXPECT_EQ(a.start, utc("2026-11-30T06:30:00"));
    EXPECT_EQ(a.utcOffsetSeconds, 3600);
    EXPECT_DOUBLE_EQ(a.movingSeconds, 2100.0);
    EXPECT_DOUBLE_EQ(a.elapsedSeconds, 2100.0);
    ASSERT_TRUE(a.distanceMeters);
    EXPECT_DOUBLE_EQ(*a.distanceMeters, 6300.0);
    EXPECT_EQ(a.averageHeartRate, 140);
    EXPECT_EQ(a.localDate(QTimeZone("America/Los_Angeles")), QDate(2026, 11, 30)); // the file's own offset wins
}

TEST(FitReader, ReadsARealFenixRun)
{
    auto r = readFixture(QStringLiteral("activity-small-fenix2-run.fit"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.sport, QStringLiteral("running"));
    EXPECT_EQ(a.start, utc("2015-08-15T14:45:08"));
    EXPECT_DOUBLE_EQ(a.elapsedSeconds, 2832.0);
    EXPECT_DOUBLE_EQ(a.movingSeconds, 2832.0);
    EXPECT_NEAR(*a.distanceMeters, 9008.22, 1e-6);
    EXPECT_FALSE(a.averageHeartRate);
    EXPECT_EQ(a.utcOffsetSeconds, 7200);
}

TEST(FitReader, ReadsARealFenixWalkWithHeartRateAndANegativeOffset)
{
    auto r = readFixture(QStringLiteral("garmin-fenix-5-walk.fit"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    const RecordedActivity &a = r->first();
    EXPECT_EQ(a.sport, QStringLiteral("walking"));
    EXPECT_EQ(a.start, utc("2017-06-11T14:32:51"));
    EXPECT_NEAR(a.movingSeconds, 45.379, 1e-9);
    EXPECT_NEAR(*a.distanceMeters, 67.85, 1e-9);
    EXPECT_EQ(a.averageHeartRate, 75);
    EXPECT_EQ(a.utcOffsetSeconds, -7 * 3600);
    EXPECT_EQ(a.localDate(QTimeZone::utc()), QDate(2017, 6, 11));
}

TEST(FitReader, GivesEachSportOfATriathlonAndLeavesTransitionsOut)
{
    // Two FIT files chained in one, five sessions: swim, transition, bike, transition, run.
    auto r = readFixture(QStringLiteral("sample_mulitple_header.fit"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 3);
    EXPECT_EQ(r->at(0).sport, QStringLiteral("swimming"));
    EXPECT_EQ(r->at(0).subSport, QStringLiteral("open_water"));
    EXPECT_NEAR(r->at(0).movingSeconds, 1987.521, 1e-9);
    EXPECT_NEAR(*r->at(0).distanceMeters, 1644.71, 1e-9);
    EXPECT_EQ(r->at(1).sport, QStringLiteral("cycling"));
    EXPECT_NEAR(*r->at(1).distanceMeters, 40909.42, 1e-9);
    EXPECT_EQ(r->at(2).sport, QStringLiteral("running"));
    EXPECT_EQ(r->at(2).start, utc("2018-05-27T09:23:41"));
    EXPECT_NEAR(r->at(2).movingSeconds, 2850.694, 1e-9);
    EXPECT_EQ(r->at(2).averageHeartRate, 176);
}

TEST(FitReader, ReadsTheActivityOfAChainedActivityAndSettingsFile)
{
    auto r = readFixture(QStringLiteral("activity-settings.fit"));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    ASSERT_EQ(r->size(), 1);
    EXPECT_NEAR(r->first().movingSeconds, 13.749, 1e-9);
    EXPECT_NEAR(*r->first().distanceMeters, 5.73, 1e-9);
}

TEST(FitReader, RefusesAMonitoringFileAsNoActivity)
{
    auto r = readFixture(QStringLiteral("MonitoringFile.fit"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::NotFound);
    EXPECT_EQ(r.message(), QStringLiteral("a monitoring file, not an activity"));
}

TEST(FitReader, SaysWhereAFileIsCutShort)
{
    auto real = readFixture(QStringLiteral("activity-unexpected-eof.fit"));
    ASSERT_FALSE(real.ok());
    EXPECT_EQ(real.kind(), ErrorKind::Invalid);
    EXPECT_TRUE(real.message().startsWith(QStringLiteral("cut short at byte 768"))) << real.message().toStdString();
    auto ours = readFixture(QStringLiteral("run-35min-cut-short.fit"));
    ASSERT_FALSE(ours.ok());
    EXPECT_TRUE(ours.message().startsWith(QStringLiteral("cut short at byte 3000"))) << ours.message().toStdString();
}

TEST(FitReader, RefusesAWrongCrc)
{
    for (const char *name : { "activity-filecrc.fit", "run-35min-wrong-crc.fit" }) {
        auto r = readFixture(QString::fromLatin1(name));
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_EQ(r.message(), QStringLiteral("CRC mismatch: the file is damaged")) << name;
    }
}

TEST(FitReader, RefusesAWholeChainWhenItsSecondFileIsDamaged)
{
    QByteArray chain = fixtureBytes(QStringLiteral("run-35min-1hz.fit"));
    chain += fixtureBytes(QStringLiteral("activity-filecrc.fit"));
    auto r = FitReader().read(chain);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.message(), QStringLiteral("CRC mismatch: the file is damaged"));
}

TEST(FitReader, RefusesAHeaderCrcMismatchAndNonFitBytes)
{
    QByteArray data = fixtureBytes(QStringLiteral("run-35min-1hz.fit"));
    data[12] = char(data[12] ^ 0x01);
    auto r = FitReader().read(data);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().startsWith(QStringLiteral("header CRC mismatch"))) << r.message().toStdString();

    auto text = FitReader().read(QByteArrayLiteral("hello, this is not a FIT file at all"));
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.message(), QStringLiteral("not a FIT file (no FIT header)"));
    EXPECT_FALSE(FitReader().read(QByteArray()).ok());
}

TEST(FitReader, IgnoresZeroPaddingAfterTheLastFile)
{
    QByteArray data = fixtureBytes(QStringLiteral("run-35min-1hz.fit")) + QByteArray(64, '\0');
    auto r = FitReader().read(data);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->size(), 1);
}

TEST(FitReader, ComputesTheProtocolsCrc)
{
    // A 12-byte header followed by its CRC must check to 0, as the protocol defines.
    const QByteArray data = fixtureBytes(QStringLiteral("run-35min-1hz.fit"));
    EXPECT_EQ(FitReader::crc(data.constData(), data.size()), 0);
    EXPECT_EQ(FitReader::sportName(1), QStringLiteral("running"));
    EXPECT_EQ(FitReader::subSportName(1), QStringLiteral("treadmill"));
    EXPECT_EQ(FitReader::sportName(200), QStringLiteral("sport 200"));
}
