#include "core/model/isoweek.h"

#include <gtest/gtest.h>

using namespace Stridewise;

TEST(IsoWeek, NamesWeeksAcrossYearBoundaries)
{
    EXPECT_EQ(IsoWeek::name(QDate(2026, 12, 1)), QStringLiteral("2026-W49"));
    // 2027-01-01 is a Friday: it belongs to 2026-W53.
    EXPECT_EQ(IsoWeek::name(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
    // 2024-12-30 is a Monday in 2025-W01.
    EXPECT_EQ(IsoWeek::name(QDate(2024, 12, 30)), QStringLiteral("2025-W01"));
}

TEST(IsoWeek, ParsesToMonday)
{
    auto monday = IsoWeek::parse(QStringLiteral("2026-W49"));
    ASSERT_TRUE(monday.ok());
    EXPECT_EQ(*monday, QDate(2026, 11, 30));
    EXPECT_EQ(*IsoWeek::parse(QStringLiteral("2025-W01")), QDate(2024, 12, 30));
    EXPECT_EQ(*IsoWeek::parse(QStringLiteral("2026-W53")), QDate(2026, 12, 28));
}

TEST(IsoWeek, RejectsWeeksThatDoNotExist)
{
    for (const char *bad : {"2025-W53", "2026-W54", "2026-W00", "2026-49", "W49", "", "2026-w49x"}) {
        auto r = IsoWeek::parse(QString::fromLatin1(bad));
        EXPECT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.kind(), ErrorKind::Invalid);
    }
    EXPECT_TRUE(IsoWeek::parse(QStringLiteral("2026-W54")).message().contains(QStringLiteral("54")));
}

TEST(IsoWeek, DatesMustExist)
{
    EXPECT_TRUE(IsoWeek::parseDate(QStringLiteral("2028-02-29")).ok());
    for (const char *bad : {"2026-02-30", "2026-13-01", "01.12.2026", "2026-1-1", "tomorrow"}) {
        auto r = IsoWeek::parseDate(QString::fromLatin1(bad));
        EXPECT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.message().contains(QString::fromLatin1(bad))) << r.message().toStdString();
    }
}
