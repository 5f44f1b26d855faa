#pragma once

#include <QObject>

namespace Stridewise {
Q_NAMESPACE

/** What a session is. Stretch is the daily hamstring stretch (DESIGN.md rule 1). */
enum class Activity { Run, Walk, Cycle, Swim, Strength, Stretch };
Q_ENUM_NS(Activity)

/** How the load of an activity is grouped in analytics and charts. */
enum class ActivityGroup { Running, LowImpact, Strength };
Q_ENUM_NS(ActivityGroup)

enum class Experience { New, Returning, Regular };
Q_ENUM_NS(Experience)

/** Sessions of a day are shown and ordered by this. */
enum class TimeOfDay { Morning, Midday, Evening };
Q_ENUM_NS(TimeOfDay)

/** Symptoms a runner can log for a day; all but none are red flags (DESIGN.md rule 9). */
enum class Symptom { Numbness, Tingling, LegPain, Weakness, NightPain, BladderBowel, SaddleNumbness };
Q_ENUM_NS(Symptom)

/** Pain zone of a week (DESIGN.md rule 8). */
enum class PainZone { Green, Amber, Red };
Q_ENUM_NS(PainZone)

/** One part of a session's structure. */
enum class StepPart { WarmUp, Main, CoolDown, Exercise };
Q_ENUM_NS(StepPart)

/** How strong the evidence behind a rule is (../shared/EVIDENCE.md scale). */
enum class EvidenceStrength { Strong, Moderate, Weak, ExpertOpinion, DesignPrinciple };
Q_ENUM_NS(EvidenceStrength)

inline ActivityGroup groupOf(Activity activity)
{
    switch (activity) {
    case Activity::Run:
        return ActivityGroup::Running;
    case Activity::Walk:
    case Activity::Cycle:
    case Activity::Swim:
        return ActivityGroup::LowImpact;
    case Activity::Strength:
    case Activity::Stretch:
        return ActivityGroup::Strength;
    }
    return ActivityGroup::Strength;
}

inline bool isLowImpact(Activity activity)
{
    return groupOf(activity) == ActivityGroup::LowImpact;
}

/** Bladder/bowel change and saddle numbness call for urgent care the same day (EVIDENCE.md, red flags). */
inline bool isUrgent(Symptom symptom)
{
    return symptom == Symptom::BladderBowel || symptom == Symptom::SaddleNumbness;
}

} // namespace Stridewise
