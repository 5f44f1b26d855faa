#include "core/io/activityformat.h"
#include "core/io/sportmap.h"

#include <gtest/gtest.h>

using namespace Stridewise;

TEST(SportMap, MapsTheSportsTheIssueNames)
{
    using SportMap::activityFor;
    EXPECT_EQ(activityFor(QStringLiteral("running")), Activity::Run);
    EXPECT_EQ(activityFor(QStringLiteral("Trail Run")), Activity::Run);
    EXPECT_EQ(activityFor(QStringLiteral("fitness_equipment"), QStringLiteral("treadmill")), Activity::Run);
    EXPECT_EQ(activityFor(QStringLiteral("generic"), QStringLiteral("trail")), Activity::Run);
    EXPECT_EQ(activityFor(QStringLiteral("walking")), Activity::Walk);
    EXPECT_EQ(activityFor(QStringLiteral("hiking")), Activity::Walk);
    EXPECT_EQ(activityFor(QStringLiteral("cycling"), QStringLiteral("trail")), Activity::Cycle);
    EXPECT_EQ(activityFor(QStringLiteral("biking")), Activity::Cycle);
    EXPECT_EQ(activityFor(QStringLiteral("Ride")), Activity::Cycle);
    EXPECT_EQ(activityFor(QStringLiteral("swimming"), QStringLiteral("open_water")), Activity::Swim);
    EXPECT_FALSE(activityFor(QStringLiteral("training")));
    EXPECT_FALSE(activityFor(QStringLiteral("other")));
    EXPECT_FALSE(activityFor(QStringLiteral("9")));
    EXPECT_FALSE(activityFor(QString()));
    EXPECT_FALSE(activityFor(QStringLiteral("transition"), QStringLiteral("run_to_bike_transition")));
}

TEST(ActivityFormats, PicksAFormatBySuffixThenByContent)
{
    EXPECT_EQ(ActivityFormats::forFile(QStringLiteral("a/Run.FIT"), {})->name(), QStringLiteral("FIT"));
    EXPECT_EQ(ActivityFormats::forFile(QStringLiteral("run.tcx"), {})->name(), QStringLiteral("TCX"));
    EXPECT_EQ(ActivityFormats::forFile(QStringLiteral("run.gpx"), {})->name(), QStringLiteral("GPX"));
    EXPECT_EQ(
        ActivityFormats::forFile(QStringLiteral("download"), QByteArrayLiteral("<?xml?><gpx version=\"1.1\">"))->name(),
        QStringLiteral("GPX"));
    EXPECT_EQ(ActivityFormats::forFile(QStringLiteral("notes.txt"), QByteArrayLiteral("hello")), nullptr);
    EXPECT_TRUE(ActivityFormats::isActivityFileName(QStringLiteral("GARMIN/Activity/2026-11-30.FIT")));
    EXPECT_FALSE(ActivityFormats::isActivityFileName(QStringLiteral("notes.txt")));
    EXPECT_EQ(ActivityFormats::suffixes(),
        (QStringList{ QStringLiteral("fit"), QStringLiteral("tcx"), QStringLiteral("gpx") }));
}
