#include "core/model/validation.h"

#include <gtest/gtest.h>

using namespace Stridewise;

TEST(Validation, PainScoreOutsideZeroToTenIsRefusedWithTheValue)
{
    PainEntry e{QDate(2026, 12, 1), 11, {}, {}};
    auto r = validatePainEntry(e);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::Invalid);
    EXPECT_TRUE(r.message().contains(QStringLiteral("11")));
    e.score = -1;
    EXPECT_FALSE(validatePainEntry(e).ok());
    e.score = 10;
    EXPECT_TRUE(validatePainEntry(e).ok());
}

TEST(Validation, CompletionRanges)
{
    Completion c{1, false, 30, 5, 2, {}};
    EXPECT_TRUE(validateCompletion(c).ok());
    c.minutes = 0;
    EXPECT_FALSE(validateCompletion(c).ok());
    c.minutes = 30;
    c.rpe = 11;
    EXPECT_FALSE(validateCompletion(c).ok());
    c.rpe = 5;
    c.pain = 12;
    EXPECT_FALSE(validateCompletion(c).ok());
    Completion skipped{1, true, 0, 0, std::nullopt, QStringLiteral("ill")};
    EXPECT_TRUE(validateCompletion(skipped).ok());
}

TEST(Validation, LongNotesAreRefusedNotCut)
{
    PainEntry e{QDate(2026, 12, 1), 2, {}, QString(10000, QLatin1Char('x'))};
    auto r = validatePainEntry(e);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("10000")));
}

TEST(Validation, ProfileRanges)
{
    Profile p;
    EXPECT_TRUE(validateProfile(p).ok());
    p.runDays = 6;
    EXPECT_FALSE(validateProfile(p).ok());
    p.runDays = 3;
    p.lowImpact = {Activity::Run};
    EXPECT_FALSE(validateProfile(p).ok());
    p.lowImpact = {};
    EXPECT_FALSE(validateProfile(p).ok());
    p.lowImpact = {Activity::Swim};
    p.days = {};
    EXPECT_FALSE(validateProfile(p).ok());
}
