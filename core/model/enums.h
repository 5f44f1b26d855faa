#pragma once

#include <QtCore/qnamespace.h>

// No <QObject> and no Q_ENUM_NS here (issue 10): nothing reads these enums through the meta-object system,
// and moc on this header made every file that includes it rebuild with it.

namespace Stridewise {

/** What a session is. Stretch is the daily hamstring stretch (DESIGN.md rule 1). */
enum class Activity
{
    Run,
    Walk,
    Cycle,
    Swim,
    Strength,
    Stretch
};

/** How the load of an activity is grouped in analytics and charts. */
enum class ActivityGroup
{
    Running,
    LowImpact,
    Strength
};

enum class Experience
{
    New,
    Returning,
    Regular
};

/** Sessions of a day are shown and ordered by this. */
enum class TimeOfDay
{
    Morning,
    Midday,
    Evening
};

/**
 * Symptoms a runner can log for a day; every one is a red flag (DESIGN.md rule 9, EVIDENCE.md "Red flags",
 * NICE NG59). New values are appended: they are stored and sorted by this order.
 */
enum class Symptom
{
    Numbness,
    Tingling,
    LegPain,
    Weakness,
    NightPain,
    BladderBowel,
    SaddleNumbness,
    Fever, ///< back pain with fever or feeling unwell
    WeightLoss, ///< unexplained weight loss
    CancerHistory, ///< a history of cancer
    Trauma, ///< pain after a fall or blow
    BothLegs, ///< numbness or weakness in both legs (urgent)
};

/** Pain zone of a week (DESIGN.md rule 8). */
enum class PainZone
{
    Green,
    Amber,
    Red
};

/** One part of a session's structure. */
enum class StepPart
{
    WarmUp,
    Main,
    CoolDown,
    Exercise
};

/** How strong the evidence behind a rule is (../shared/EVIDENCE.md scale). */
enum class EvidenceStrength
{
    Strong,
    Moderate,
    Weak,
    ExpertOpinion,
    DesignPrinciple
};

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

/**
 * Bladder/bowel change, saddle numbness and numbness or weakness in both legs call for urgent care the same day
 * (EVIDENCE.md, red flags: possible cauda equina syndrome).
 */
inline bool isUrgent(Symptom symptom)
{
    return symptom == Symptom::BladderBowel || symptom == Symptom::SaddleNumbness || symptom == Symptom::BothLegs;
}

/** Symptoms in the legs: the straight-leg raise can provoke them (a neural-tension position), so its wording warns. */
inline bool isLegSymptom(Symptom symptom)
{
    return symptom == Symptom::Numbness || symptom == Symptom::Tingling || symptom == Symptom::LegPain
        || symptom == Symptom::Weakness || symptom == Symptom::BothLegs;
}

} // namespace Stridewise
