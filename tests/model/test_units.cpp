#include "core/model/units.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {
const QLocale c = QLocale::c();
}

TEST(Units, DistanceInKilometresAndMiles)
{
    EXPECT_EQ(Units::distance(6300, DistanceUnit::Kilometres, c), QStringLiteral("6.30 km"));
    EXPECT_EQ(Units::distance(6300, DistanceUnit::Miles, c), QStringLiteral("3.91 mi"));
    EXPECT_EQ(Units::distance(42195, DistanceUnit::Kilometres, c), QStringLiteral("42.20 km"));
    EXPECT_EQ(Units::distance(160934.4, DistanceUnit::Miles, c), QStringLiteral("100.0 mi"));
    EXPECT_EQ(Units::distance(6300, DistanceUnit::Kilometres, QLocale(QLocale::German)), QStringLiteral("6,30 km"));
}

TEST(Units, PaceTheWayEachSportSaysIt)
{
    // 6.3 km in 35 min: 5 min 33 s per km; 3.915 mi: 8 min 56 s per mile.
    EXPECT_EQ(Units::pace(Activity::Run, 6300, 35, DistanceUnit::Kilometres, c), QStringLiteral("5:33 /km"));
    EXPECT_EQ(Units::pace(Activity::Run, 6300, 35, DistanceUnit::Miles, c), QStringLiteral("8:56 /mi"));
    EXPECT_EQ(Units::pace(Activity::Walk, 5000, 60, DistanceUnit::Kilometres, c), QStringLiteral("12:00 /km"));
    EXPECT_EQ(Units::pace(Activity::Cycle, 20000, 50, DistanceUnit::Kilometres, c), QStringLiteral("24.0 km/h"));
    EXPECT_EQ(Units::pace(Activity::Cycle, 20000, 50, DistanceUnit::Miles, c), QStringLiteral("14.9 mph"));
    EXPECT_EQ(Units::pace(Activity::Swim, 1500, 30, DistanceUnit::Kilometres, c), QStringLiteral("2:00 /100 m"));
    EXPECT_EQ(Units::pace(Activity::Swim, 1500, 30, DistanceUnit::Miles, c), QStringLiteral("1:50 /100 yd"));
    // 59.6 s rounds up into the next minute, not to "5:60".
    EXPECT_EQ(Units::pace(Activity::Run, 10000, 60, DistanceUnit::Kilometres, c), QStringLiteral("6:00 /km"));
    EXPECT_EQ(Units::pace(Activity::Run, 0, 35, DistanceUnit::Kilometres, c), QString());
    EXPECT_EQ(Units::pace(Activity::Run, 6300, 0, DistanceUnit::Kilometres, c), QString());
    EXPECT_EQ(Units::pace(Activity::Strength, 6300, 20, DistanceUnit::Kilometres, c), QString());
    EXPECT_EQ(Units::distanceAndPace(Activity::Run, 6300, 35, DistanceUnit::Kilometres, c),
        QStringLiteral("6.30 km · 5:33 /km"));
}

TEST(Units, NamesAndTheLocalesDefault)
{
    EXPECT_EQ(Units::parse(QStringLiteral("KM")), DistanceUnit::Kilometres);
    EXPECT_EQ(Units::parse(QStringLiteral("miles")), DistanceUnit::Miles);
    EXPECT_FALSE(Units::parse(QStringLiteral("furlongs")));
    EXPECT_EQ(Units::parse(Units::name(DistanceUnit::Miles)), DistanceUnit::Miles);
    EXPECT_EQ(Units::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)), DistanceUnit::Miles);
    EXPECT_EQ(Units::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), DistanceUnit::Miles);
    EXPECT_EQ(Units::forLocale(QLocale(QLocale::German, QLocale::Germany)), DistanceUnit::Kilometres);
    EXPECT_EQ(Units::forLocale(QLocale(QLocale::English, QLocale::Australia)), DistanceUnit::Kilometres);
}
