#include "core/model/names.h"
#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>

// The sessions themselves: DESIGN.md rule 1 (the stretch) and rule 2 (warm-up, cool-down, walk–run), plus
// the structure, title and one-line reason of every other session the rules placed.

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

/** With a count: "%n" and the plural forms of the translation (the English one too: "once", "3 times"). */
QString tr(const char *text, const char *comment, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text, comment, n);
}

StructureStep timed(StepPart part, const QString &text, int minutes)
{
    StructureStep step;
    step.part = part;
    step.text = text;
    step.minutes = minutes;
    return step;
}

StructureStep exercise(const QString &text, int sets, int reps, int holdSeconds, bool perSide)
{
    StructureStep step;
    step.part = StepPart::Exercise;
    step.text = text;
    step.sets = sets;
    step.reps = reps;
    step.holdSeconds = holdSeconds;
    step.perSide = perSide;
    return step;
}

PlannedSession session(QDate date, TimeOfDay time, Activity activity, int minutes, int rpe, const char *rule)
{
    PlannedSession s;
    s.date = date;
    s.timeOfDay = time;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = rpe;
    s.rule = QString::fromLatin1(rule);
    return s;
}

// Rule 1: supine straight-leg raise, 30 s per leg, morning and evening.
PlannedSession stretch(const PlanState &s, QDate date, TimeOfDay time)
{
    PlannedSession p = session(date, time, Activity::Stretch, kStretchMinutes, kStretchRpe, RuleIds::kHamstringStretch);
    p.title = tr("Hamstring stretch");
    p.reason = s.redFlag ? tr("Gently, only if it brings on no leg symptoms; stop and ask your clinician if it does.")
                         : tr("Keeps the hamstrings supple: 30 s holds gain as much range as 60 s (shown for "
                              "flexibility, not for back pain).");
    p.structure << exercise(tr("Supine straight-leg raise: lie on your back, raise one straight leg towards your "
                               "chest (a towel around the foot helps) and hold, then the other leg"),
        kStretchSetsPerLeg, 0, kStretchHoldSeconds, true);
    return p;
}

// Rule 2: warm-up, main part (walk–run intervals for new runners), cool-down.
PlannedSession run(const PlanState &s, QDate date, int d)
{
    const bool isLong = d == s.longRunDay;
    const int minutes = s.runMinutes[size_t(d)];
    PlannedSession p = session(date, TimeOfDay::Morning, Activity::Run, minutes, isLong ? kLongRunRpe : kEasyRunRpe,
        isLong ? RuleIds::kVariedRuns : RuleIds::kProgression);
    const bool isNew = s.input.profile.experience == Experience::New;
    const int warm = minutes >= kLongWarmUpFromRunMinutes ? kLongWarmUpMinutes : kWarmUpMinutes;
    const int main = minutes - warm - kCoolDownMinutes;
    int planned = 0;
    int runs = 0;
    for (int m : s.runMinutes) {
        planned += m;
        runs += m > 0;
    }
    if (isLong && runs == 1) {
        p.title = isNew ? tr("Walk–run") : tr("Easy run");
        p.reason = tr("The one run that fits this week: %1 min, at an easy pace.").arg(minutes);
    } else if (isLong && runs == 2) {
        p.title = isNew ? tr("Longer walk–run") : tr("Longer run");
        p.reason = tr("The longer of this week's two runs; the other is shorter so they differ.");
    } else if (isLong) {
        p.title = isNew ? tr("Longer walk–run") : tr("Longer run");
        p.reason = tr("The longer run of the week: %1 of this week's %2 min of running (at most 40 %).")
                       .arg(tr("%1 min").arg(minutes))
                       .arg(planned);
    } else {
        p.title = isNew ? tr("Walk–run") : tr("Easy run");
        p.reason = s.history.previousWeekRunMinutes > 0
            ? tr("Easy run, part of %1 min of running this week: at most 110 % of the %2 min you ran last week.")
                  .arg(planned)
                  .arg(s.history.previousWeekRunMinutes)
            : s.history.hasRunHistory
            ? tr("Easy run, part of %1 min of running this week: a gentle restart after a week without running.")
                  .arg(planned)
            : tr("Easy run, part of %1 min of running this week, a gentle start from your profile.").arg(planned);
    }
    p.structure << timed(StepPart::WarmUp, isNew ? tr("Brisk walk") : tr("Brisk walk, then light jogging"), warm);
    if (isNew) {
        static constexpr int kRun[] = { 1, 2, 3, 4, 5 };
        static constexpr int kWalk[] = { 2, 2, 1, 1, 1 };
        const int level = std::min(s.history.runsCompleted / kRunsPerIntervalLevel, 4);
        const int repeats = main / (kRun[level] + kWalk[level]);
        const int extra = main - repeats * (kRun[level] + kWalk[level]);
        QString text = repeats > 0
            ? tr("Repeat %n times: run %1 min easy, walk %2 min", nullptr, repeats).arg(kRun[level]).arg(kWalk[level])
            : tr("Easy running, walking whenever you need to");
        if (repeats > 0 && extra > 0)
            text += tr(", then walk %1 min").arg(extra);
        p.structure << timed(StepPart::Main, text, main);
    } else {
        p.structure << timed(StepPart::Main,
            isLong ? tr("Steady easy running; slow down or walk if your back complains")
                   : tr("Easy running at a pace you can talk at"),
            main);
    }
    p.structure << timed(StepPart::CoolDown, tr("Easy walk"), kCoolDownMinutes);
    return p;
}

PlannedSession lowImpact(const PlanState &s, QDate date, int d, Activity activity)
{
    const bool isSwap = d == s.swapDay;
    const int minutes = isSwap ? s.swapMinutes : s.lowImpactMinutesOn[size_t(d)];
    const int rpe = isSwap ? kLowImpactRpe : s.lowImpactRpe;
    const char *rule = isSwap     ? RuleIds::kPainAmber
        : s.redFlag               ? RuleIds::kRedFlag
        : s.zone == PainZone::Red ? RuleIds::kPainRed
                                  : RuleIds::kLowImpact;
    PlannedSession p = session(date, isSwap ? TimeOfDay::Morning : TimeOfDay::Midday, activity, minutes, rpe, rule);
    const QString name = Labels::activity(activity);
    p.title = isSwap ? tr("%1 instead of the longer run").arg(name) : name;
    if (isSwap)
        p.reason =
            tr("Replaces the longer run while your back pain is in the amber zone: the time without the impact.");
    else if (s.redFlag)
        p.reason = tr("Gentle and only if it is comfortable; ask your clinician first.");
    else if (s.zone == PainZone::Red)
        p.reason = tr("Keeps you moving without the impact of running while your back pain is high.");
    else
        p.reason = tr("Low-impact cardio builds fitness without the impact of running.");
    const QString lower = name.toLower();
    p.structure << timed(StepPart::WarmUp, tr("Easy %1").arg(lower), kWarmUpMinutes)
                << timed(StepPart::Main, tr("Steady %1 at a comfortable effort").arg(lower),
                       minutes - kWarmUpMinutes - kCoolDownMinutes)
                << timed(StepPart::CoolDown, tr("Easy %1").arg(lower), kCoolDownMinutes);
    return p;
}

// Rule 6: curl-up, side plank, bird-dog; dead bug and glute bridge once enough sessions are done.
PlannedSession strength(const PlanState &s, QDate date)
{
    PlannedSession p =
        session(date, TimeOfDay::Evening, Activity::Strength, s.strengthMinutes, kStrengthRpe, RuleIds::kCoreStrength);
    p.title = tr("Core strength");
    p.reason = tr("Exercise cut new back-pain episodes in a meta-analysis of 21 trials.");
    p.structure << exercise(tr("Curl-up: hands under the lower back, one knee bent, lift head and shoulders a "
                               "little"),
        3, 6, 10, false)
                << exercise(tr("Side plank on knees and elbow"), 3, 0, 10, true)
                << exercise(tr("Bird-dog: on hands and knees, reach out one arm and the opposite leg"), 3, 6, 10, true);
    if (s.strengthMinutes == kStrengthProgressionMinutes) {
        p.structure << exercise(tr("Dead bug: on your back, lower one arm and the opposite leg slowly"), 2, 8, 0, true)
                    << exercise(tr("Glute bridge: on your back, knees bent, lift the hips"), 2, 10, 3, false);
    }
    return p;
}

} // namespace

QList<PlannedSession> buildSessions(const PlanState &s)
{
    QList<PlannedSession> out;
    const QList<Activity> &preferred = s.input.profile.lowImpact;
    int lowIndex = 0;
    for (int d = 0; d < kDays; ++d) {
        const QDate date = s.input.weekStart.addDays(d);
        out << stretch(s, date, TimeOfDay::Morning);
        if (s.runMinutes[size_t(d)] > 0)
            out << run(s, date, d);
        if (d == s.swapDay || s.lowImpactMinutesOn[size_t(d)] > 0) {
            // Rule 5: rotate through the preferred activities, continuing from week to week.
            const Activity a = preferred.isEmpty()
                ? Activity::Walk
                : preferred[(s.input.weeksPlannedBefore + lowIndex) % int(preferred.size())];
            out << lowImpact(s, date, d, a);
            ++lowIndex;
        }
        if (s.strengthOn[size_t(d)])
            out << strength(s, date);
        out << stretch(s, date, TimeOfDay::Evening);
    }
    std::stable_sort(out.begin(), out.end(), [](const PlannedSession &a, const PlannedSession &b) {
        return std::pair(a.date, a.timeOfDay) < std::pair(b.date, b.timeOfDay);
    });
    return out;
}

} // namespace Stridewise::PlanRules
