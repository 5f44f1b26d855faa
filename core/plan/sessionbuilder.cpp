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

QString trn(const char *singular, const char *plural, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", n == 1 ? singular : plural, nullptr, n);
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

/** "1 min", "1½ min", "30 s". */
QString duration(int seconds)
{
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    if (seconds % 60 == 30 && seconds > 60)
        return tr("%1½ min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

// Rule 1: supine straight-leg raise, 30 s per leg, morning and evening. Worded so it does not invite pushing, and
// for a runner with leg symptoms or a disc history it says to stop if it brings them on: raising a straight leg
// also tensions the nerves of the leg (issue 17).
PlannedSession stretch(const PlanState &s, QDate date, TimeOfDay time)
{
    PlannedSession p = session(date, time, Activity::Stretch, kStretchMinutes, kStretchRpe, RuleIds::kHamstringStretch);
    p.title = tr("Hamstring stretch");
    const bool nerves = s.history.legSymptoms || s.input.profile.discHistory || s.redFlag;
    if (s.redFlag) {
        p.reason = tr("Gently, only if it brings on no leg symptoms; stop and ask your clinician if it does.");
    } else if (nerves) {
        p.reason = tr("Stop if it brings on leg pain, tingling or numbness: a straight-leg raise stretches the nerves "
                      "of the leg as well as the hamstrings. Keep it to a gentle pull behind the thigh.");
    } else {
        p.reason = tr("Keeps the hamstrings supple: 30 s holds gain as much range as 60 s (shown for flexibility, not "
                      "for back pain).");
    }
    p.structure << exercise(nerves ? tr("Supine straight-leg raise: lie on your back and raise one straight leg only "
                                        "until you feel a gentle pull behind the thigh, never into leg pain, tingling "
                                        "or numbness; hold, then the other leg")
                                   : tr("Supine straight-leg raise: lie on your back and raise one straight leg until "
                                        "you feel a gentle pull behind the thigh (a towel around the foot helps); hold "
                                        "there without pulling further, then the other leg"),
        kStretchSetsPerLeg, 0, kStretchHoldSeconds, true);
    return p;
}

/** The main part of a walk–run: runs of runSeconds with walks of walkSeconds, in words. */
QString walkRunText(int running, int runSeconds, int walkSeconds)
{
    const int full = running * 60 / runSeconds;
    const int partial = running * 60 - full * runSeconds;
    QString text = trn("Repeat %n time: run %1, walk %2", "Repeat %n times: run %1, walk %2", full)
                       .arg(duration(runSeconds), duration(walkSeconds));
    if (partial > 0)
        text += tr("; then run %1").arg(duration(partial));
    return text + tr(" (%1 min of running in all)").arg(running);
}

// Rule 2: warm-up, main part (walk–run intervals for new runners), cool-down.
PlannedSession run(const PlanState &s, QDate date, int d, int plannedRunning, int runs)
{
    const bool isLong = d == s.longRunDay && runs > 1;
    const int running = s.runMinutes[size_t(d)];
    const int minutes = s.sessionMinutes(running);
    PlannedSession p = session(date, TimeOfDay::Morning, Activity::Run, minutes, isLong ? kLongRunRpe : kEasyRunRpe,
        isLong ? RuleIds::kVariedRuns : RuleIds::kProgression);
    p.runMinutes = running;
    const bool framed = s.walkRun || s.newRunner;
    if (s.walkRun)
        p.title = isLong ? tr("Longer walk–run") : tr("Walk–run");
    else
        p.title = isLong ? tr("Longer run") : tr("Easy run");
    if (runs == 1) {
        p.reason = tr("The one run that fits this week: %1 min of running, at an easy pace.").arg(running);
    } else if (isLong && runs == 2) {
        p.reason = tr("The longer of this week's two runs: %1 of %2 min of running; the other is shorter so they "
                      "differ.")
                       .arg(running)
                       .arg(plannedRunning);
    } else if (isLong) {
        p.reason = tr("The longer run of the week: %1 of this week's %2 min of running (at most 40 %).")
                       .arg(running)
                       .arg(plannedRunning);
    } else if (s.walkRun) {
        p.reason = tr("Walk–run: %1 min of running, part of this week's %2 min.").arg(running).arg(plannedRunning);
    } else {
        p.reason = tr("Easy run: %1 min of running, part of this week's %2 min.").arg(running).arg(plannedRunning);
    }
    if (s.walkRun) {
        p.reason += QLatin1Char(' ')
            + (s.newRunner ? tr("The runs get longer and the walks shorter week by week until you run %1 min without "
                                "stopping.")
                                 .arg(kContinuousRunMinutes)
                           : tr("Walk–runs first after a red flag, then continuous running on the next rung."));
    }
    if (framed) {
        p.structure << timed(StepPart::WarmUp, tr("Brisk walk"), kWarmUpMinutes);
        const int main = minutes - kWarmUpMinutes - kCoolDownMinutes;
        p.structure << timed(StepPart::Main,
            s.walkRun ? walkRunText(running, s.intervalRunSeconds, s.intervalWalkSeconds)
                      : tr("Run %1 min without stopping, at a pace you can talk at").arg(running),
            main);
        p.structure << timed(StepPart::CoolDown, tr("Easy walk"), kCoolDownMinutes);
        return p;
    }
    const int warm = minutes >= kLongWarmUpFromRunMinutes ? kLongWarmUpMinutes : kWarmUpMinutes;
    p.structure << timed(StepPart::WarmUp, tr("Brisk walk, then light jogging"), warm)
                << timed(StepPart::Main,
                       isLong ? tr("Steady easy running; slow down or walk if your back complains")
                              : tr("Easy running at a pace you can talk at"),
                       minutes - warm - kCoolDownMinutes)
                << timed(StepPart::CoolDown, tr("Easy walk"), kCoolDownMinutes);
    return p;
}

PlannedSession lowImpact(const PlanState &s, QDate date, int d, Activity activity)
{
    const int minutes = s.lowImpactMinutesOn[size_t(d)];
    const char *rule = s.redFlag  ? RuleIds::kRedFlag
        : s.zone == PainZone::Red ? RuleIds::kPainRed
                                  : RuleIds::kLowImpact;
    PlannedSession p = session(date, TimeOfDay::Midday, activity, minutes, s.lowImpactRpe, rule);
    const QString name = Labels::activity(activity);
    p.title = name;
    if (s.redFlag)
        p.reason = tr("Gentle and only if it is comfortable; ask your clinician first.");
    else if (s.zone == PainZone::Red)
        p.reason = tr("Keeps you moving without the impact of running while your back pain is high.");
    else if (s.zone == PainZone::Amber)
        p.reason = tr("Low-impact cardio keeps your fitness while the longer run is shortened for your back.");
    else
        p.reason = tr("Low-impact cardio builds fitness without the impact of running.");
    // A short session warms up and cools down for less, so its main part stays at least 10 min (issue 17).
    const bool shortOne = minutes < kShortSessionFrom;
    const int warm = shortOne ? kShortWarmUpMinutes : kWarmUpMinutes;
    const int cool = shortOne ? kShortCoolDownMinutes : kCoolDownMinutes;
    const QString lower = name.toLower();
    p.structure << timed(StepPart::WarmUp, tr("Easy %1").arg(lower), warm)
                << timed(StepPart::Main, tr("Steady %1 at a comfortable effort").arg(lower), minutes - warm - cool)
                << timed(StepPart::CoolDown, tr("Easy %1").arg(lower), cool);
    return p;
}

// Rule 6: curl-up, side plank, bird-dog (McGill), on a ladder of harder versions and longer holds (our judgement).
PlannedSession strength(const PlanState &s, QDate date)
{
    PlannedSession p =
        session(date, TimeOfDay::Evening, Activity::Strength, s.strengthMinutes, kStrengthRpe, RuleIds::kCoreStrength);
    const int rung = s.strengthLevel;
    p.title = tr("Core strength");
    p.reason = tr("Stage %1 of %2 of the strength ladder. In a meta-analysis of 21 trials, exercise with education cut "
                  "new back-pain episodes (moderate-quality evidence); exercise alone helped too, but that evidence "
                  "is of low quality.")
                   .arg(rung + 1)
                   .arg(kStrengthTopRung + 1);
    const int curlReps = rung == 0 ? 6 : rung <= 2 ? 8 : 10;
    p.structure << exercise(tr("Curl-up: hands under the lower back, one knee bent, lift head and shoulders a "
                               "little"),
        3, curlReps, 10, false);
    if (rung <= 1)
        p.structure << exercise(tr("Side plank on knees and elbow"), 3, 0, rung == 0 ? 10 : 15, true);
    else
        p.structure << exercise(tr("Side plank on feet and elbow"), 3, 0, rung == 2 ? 10 : rung == 3 ? 15 : 20, true);
    p.structure << exercise(tr("Bird-dog: on hands and knees, reach out one arm and the opposite leg"), 3,
        rung == 0       ? 6
            : rung <= 2 ? 8
                        : 10,
        10, true);
    if (rung >= 2)
        p.structure << exercise(tr("Dead bug: on your back, lower one arm and the opposite leg slowly"),
            rung == 2 ? 2 : 3, rung == 4 ? 10 : 8, 0, true);
    if (rung >= 3)
        p.structure << exercise(
            tr("Glute bridge: on your back, knees bent, lift the hips"), rung == 3 ? 2 : 3, 10, 3, false);
    return p;
}

} // namespace

int walkRunMainMinutes(int running, int runSeconds, int walkSeconds)
{
    const int full = running * 60 / runSeconds;
    const int partial = running * 60 - full * runSeconds;
    return (full * (runSeconds + walkSeconds) + partial + 59) / 60;
}

QList<PlannedSession> buildSessions(const PlanState &s)
{
    QList<PlannedSession> out;
    if (s.urgent)
        return out; // urgent care first: nothing at all, not even the stretch (issue 17)
    const QList<Activity> &preferred = s.input.profile.lowImpact;
    int plannedRunning = s.keptRunning;
    int runs = 0;
    for (int m : s.runMinutes) {
        plannedRunning += m;
        runs += m > 0;
    }
    int lowIndex = 0;
    for (int d = s.firstDay; d < kDays; ++d) {
        const QDate date = s.input.weekStart.addDays(d);
        for (TimeOfDay time : { TimeOfDay::Morning, TimeOfDay::Evening }) {
            const bool kept = std::any_of(s.input.kept.begin(), s.input.kept.end(), [&](const PlannedSession &k) {
                return k.date == date && k.activity == Activity::Stretch && k.timeOfDay == time;
            });
            if (!kept)
                out << stretch(s, date, time);
        }
        if (s.runMinutes[size_t(d)] > 0)
            out << run(s, date, d, plannedRunning, runs);
        if (s.lowImpactMinutesOn[size_t(d)] > 0) {
            // Rule 5: rotate through the preferred activities, continuing from week to week.
            const Activity a = preferred.isEmpty()
                ? Activity::Walk
                : preferred[(s.input.weeksPlannedBefore + lowIndex) % int(preferred.size())];
            out << lowImpact(s, date, d, a);
            ++lowIndex;
        }
        if (s.strengthOn[size_t(d)])
            out << strength(s, date);
    }
    return out;
}

} // namespace Stridewise::PlanRules
