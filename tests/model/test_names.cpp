#include "core/model/names.h"

#include <gtest/gtest.h>

using namespace Stridewise;

TEST(Names, EverySpellingRoundTrips)
{
    for (const QString &n : Names::allActivities())
        EXPECT_EQ(Names::activity(*Names::parseActivity(n)), n);
    for (const QString &n : Names::allLowImpact())
        EXPECT_EQ(Names::lowImpact(*Names::parseLowImpact(n)), n);
    for (const QString &n : Names::allWeekdays())
        EXPECT_EQ(Names::weekday(*Names::parseWeekday(n)), n);
    for (const QString &n : Names::allSymptoms())
        EXPECT_EQ(Names::symptom(*Names::parseSymptom(n)), n);
    for (const QString &n : Names::allExperiences())
        EXPECT_EQ(Names::experience(*Names::parseExperience(n)), n);
}

TEST(Names, IssueSpellingsAreFixed)
{
    EXPECT_EQ(Names::symptom(Symptom::LegPain), QStringLiteral("leg-pain"));
    EXPECT_EQ(Names::symptom(Symptom::BladderBowel), QStringLiteral("bladder-bowel"));
    EXPECT_EQ(Names::symptom(Symptom::SaddleNumbness), QStringLiteral("saddle-numbness"));
    EXPECT_EQ(Names::lowImpact(Activity::Cycle), QStringLiteral("cycling"));
    EXPECT_EQ(Names::activity(Activity::Cycle), QStringLiteral("cycle"));
    EXPECT_EQ(Names::weekday(Qt::Sunday), QStringLiteral("sun"));
    EXPECT_EQ(Names::group(ActivityGroup::LowImpact), QStringLiteral("low_impact"));
}

TEST(Names, UnknownTextIsRejected)
{
    EXPECT_FALSE(Names::parseWeekday(QStringLiteral("funday")));
    EXPECT_FALSE(Names::parseActivity(QStringLiteral("walking"))); // profile spelling is not an activity
    EXPECT_FALSE(Names::parseSymptom(QStringLiteral("'; DROP TABLE pain_log; --")));
}

TEST(Names, BorgWordsCoverTheScale)
{
    for (int i = 0; i <= 10; ++i)
        EXPECT_FALSE(Labels::borgWord(i).isEmpty()) << i;
    EXPECT_TRUE(Labels::borgWord(11).isEmpty());
}
