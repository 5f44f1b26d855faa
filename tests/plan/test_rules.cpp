#include "core/plan/plangenerator.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <gtest/gtest.h>

#include "tests/plan/weekcheck.h"
#include <set>

// One hand-made case per planning rule of DESIGN.md; each fails if its rule is taken out of the generator.

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kMonday(2026, 11, 30);

PlanInput baseInput()
{
    PlanInput in;
    in.weekStart = kMonday;
    in.historyEnd = kMonday.addDays(-1);
    in.profile.experience = Experience::Regular;
    in.profile.runDays = 3;
    in.profile.runMinutes = 120;
    return in;
}

/** Runs completed in the week before, one per listed weekday (0 = Monday). */
void ranLastWeek(PlanInput &in, const QList<std::pair<int, int>> &dayMinutes, std::optional<int> pain = 1)
{
    for (const auto &[day, minutes] : dayMinutes)
        in.completed << CompletedSession{ kMonday.addDays(day - 7), Activity::Run, minutes, 4, pain };
}

/** One pain log a day for the last scores.size() days, oldest first. */
void painLastDays(PlanInput &in, const QList<int> &scores)
{
    for (int i = 0; i < scores.size(); ++i)
        in.painLog << PainEntry{ in.historyEnd.addDays(i - int(scores.size()) + 1), scores[i], {}, {} };
}

QList<PlannedSession> of(const Week &w, Activity a)
{
    QList<PlannedSession> out;
    for (const PlannedSession &s : w.sessions) {
        if (s.activity == a)
            out << s;
    }
    return out;
}

/** Days with nothing but the stretches (rule 3's rest day). */
int restDays(const Week &w)
{
    int rest = 0;
    for (int d = 0; d < 7; ++d) {
        bool training = false;
        for (const PlannedSession &s : w.sessions)
            training = training || (s.date == w.monday.addDays(d) && s.activity != Activity::Stretch);
        rest += !training;
    }
    return rest;
}

Week plan(const PlanInput &in)
{
    const Week w = PlanGenerator().generate(in);
    EXPECT_EQ(checkWeek(in, w), QStringList());
    return w;
}

} // namespace

TEST(PlanRules, EveryRuleHasEvidenceFromTheEvidencePageAndResolvesById)
{
    ASSERT_EQ(planningRules().size(), 12);
    for (int i = 0; i < 12; ++i) {
        const RuleInfo &r = planningRules()[i];
        EXPECT_EQ(r.number, i + 1);
        EXPECT_FALSE(r.summary.isEmpty() || r.evidence.isEmpty() || r.title.isEmpty()) << r.id.toStdString();
        EXPECT_EQ(ruleById(r.id)->number, i + 1);
    }
    EXPECT_EQ(ruleById(QStringLiteral("pain-amber"))->id, QStringLiteral("pain-zone"));
    EXPECT_EQ(ruleById(QStringLiteral("pain-red"))->id, QStringLiteral("pain-zone"));
    EXPECT_EQ(ruleById(QStringLiteral("red-flag-urgent"))->id, QStringLiteral("red-flag"));
    EXPECT_FALSE(ruleById(QStringLiteral("supplements")));
    EXPECT_TRUE(ruleById(QStringLiteral("hamstring-stretch"))->source.contains(QStringLiteral("Bandy")));
    EXPECT_TRUE(ruleById(QStringLiteral("spike-guard"))->source.contains(QStringLiteral("Frandsen")));
    EXPECT_EQ(ruleById(QStringLiteral("run-streak-rest"))->strength, EvidenceStrength::ExpertOpinion);
    EXPECT_TRUE(ruleById(QStringLiteral("varied-runs"))->evidence.contains(QStringLiteral("our own judgement")));
    // Every new threshold of issues 9 and 17 says plainly that it is our judgement, in the rules the window and
    // the JSON carry.
    for (const char *id :
        { "progression", "pain-zone", "core-strength", "spike-guard", "warm-up", "hamstring-stretch" })
        EXPECT_TRUE(ruleById(QString::fromLatin1(id))->evidence.contains(QStringLiteral("our own"))) << id;
    EXPECT_TRUE(ruleById(QStringLiteral("progression"))->summary.contains(QStringLiteral("return ladder")));
    EXPECT_TRUE(ruleById(QStringLiteral("progression"))->summary.contains(QStringLiteral("85 %")));
    EXPECT_TRUE(ruleById(QStringLiteral("red-flag"))->summary.contains(QStringLiteral("both legs")));
    EXPECT_TRUE(ruleById(QStringLiteral("red-flag"))->summary.contains(QStringLiteral("clinician has seen you")));
    EXPECT_TRUE(
        ruleById(QStringLiteral("core-strength"))->evidence.contains(QStringLiteral("low to very low quality")));
    EXPECT_TRUE(safetyNote().contains(QStringLiteral("does not replace a medical professional")));
}

TEST(PlanRules, Rule1StretchMorningAndEveningEveryDayEvenOnUnavailableDays)
{
    PlanInput in = baseInput();
    in.profile.days = { Qt::Tuesday, Qt::Thursday, Qt::Saturday };
    const Week w = plan(in);
    const auto stretches = of(w, Activity::Stretch);
    ASSERT_EQ(stretches.size(), 14);
    for (int d = 0; d < 7; ++d) {
        EXPECT_EQ(stretches[2 * d].date, kMonday.addDays(d));
        EXPECT_EQ(stretches[2 * d].timeOfDay, TimeOfDay::Morning);
        EXPECT_EQ(stretches[2 * d + 1].timeOfDay, TimeOfDay::Evening);
        EXPECT_EQ(stretches[2 * d].structure.first().holdSeconds, 30);
        EXPECT_TRUE(stretches[2 * d].structure.first().perSide);
    }
}

TEST(PlanRules, Rule2RunsWarmUpAndCoolDownAndNewRunnersWalkRun)
{
    PlanInput in = baseInput();
    for (const PlannedSession &r : of(plan(in), Activity::Run)) {
        ASSERT_EQ(r.structure.size(), 3);
        EXPECT_EQ(r.structure[0].part, StepPart::WarmUp);
        EXPECT_GE(r.structure[0].minutes, 5);
        EXPECT_LE(r.structure[0].minutes, 10);
        EXPECT_EQ(r.structure[2].part, StepPart::CoolDown);
        EXPECT_EQ(r.structure[0].minutes + r.structure[1].minutes + r.structure[2].minutes, r.minutes);
    }
    in.profile.experience = Experience::New;
    const auto runs = of(plan(in), Activity::Run);
    ASSERT_FALSE(runs.isEmpty());
    for (const PlannedSession &r : runs)
        EXPECT_TRUE(r.structure[1].text.contains(QStringLiteral("walk"))) << r.structure[1].text.toStdString();
}

TEST(PlanRules, Rule3NoThreeRunDaysInARowAndARestDayEvenAcrossTheWeekend)
{
    PlanInput in = baseInput();
    in.profile.runDays = 5;
    in.profile.runMinutes = 200;
    ranLastWeek(in, { { 0, 35 }, { 2, 38 }, { 3, 32 }, { 5, 30 }, { 6, 50 } }); // Saturday and Sunday: Monday must rest
    const Week w = plan(in);
    std::set<QDate> runDays;
    for (const PlannedSession &r : of(w, Activity::Run))
        runDays.insert(r.date);
    EXPECT_FALSE(runDays.count(kMonday));
    for (int d = 0; d < 7; ++d) {
        EXPECT_FALSE(runDays.count(kMonday.addDays(d)) && runDays.count(kMonday.addDays(d + 1))
            && runDays.count(kMonday.addDays(d + 2)));
    }
    EXPECT_GE(restDays(w), 1);
}

TEST(PlanRules, Rule3OnlyFourRunsFitSixDaysInARowAndEveryWeekHasARestDay)
{
    PlanInput in = baseInput();
    in.profile.days = { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday };
    in.profile.runDays = 5;
    const Week w = plan(in);
    EXPECT_EQ(totalsOf(w).runs, 4);
    EXPECT_TRUE(w.unsatisfied.join(QLatin1Char(' ')).contains(QStringLiteral("4 of the 5 running days")));

    PlanInput all = baseInput(); // every day available and long sessions: one day must still stay free
    all.profile.experience = Experience::Returning;
    all.profile.runMinutes = 195;
    all.profile.lowImpact = { Activity::Walk };
    painLastDays(all, { 0, 0, 0, 0, 0, 0, 0 });
    EXPECT_GE(restDays(plan(all)), 1);
}

TEST(PlanRules, Rule4LongerRunIsFortyPercentAtMostWithoutHistoryAndCappedRunsStayDistinct)
{
    PlanInput in = baseInput();
    in.profile.runDays = 4;
    in.profile.runMinutes = 150;
    auto runs = of(plan(in), Activity::Run);
    ASSERT_EQ(runs.size(), 4);
    int longest = 0, total = 0;
    for (const PlannedSession &r : runs) {
        longest = std::max(longest, r.minutes);
        total += r.minutes;
    }
    // No history: the stated 150 min stand for it, as even runs of 38 min (issue 17), so the longest is 41 min.
    EXPECT_EQ(longest, 41);
    EXPECT_LE(longest, total * 0.4);

    in.profile.weekdayMinutes = 30; // the easy runs all hit the weekday limit
    in.profile.weekendMinutes = 120;
    in.profile.longRunDay = Qt::Saturday;
    runs = of(plan(in), Activity::Run);
    std::set<int> lengths;
    for (const PlannedSession &r : runs) {
        lengths.insert(r.minutes);
        if (r.date.dayOfWeek() < Qt::Saturday) {
            EXPECT_LE(r.minutes, 30);
        }
    }
    EXPECT_EQ(lengths.size(), size_t(runs.size()));
}

TEST(PlanRules, Rule4OneLongerRunAtMostFortyPercentAndNoTwoAlike)
{
    PlanInput in = baseInput();
    in.profile.runDays = 4;
    ranLastWeek(in, { { 1, 30 }, { 3, 30 }, { 4, 30 }, { 6, 40 } });
    const auto runs = of(plan(in), Activity::Run);
    ASSERT_EQ(runs.size(), 4);
    int total = 0, longest = 0;
    std::set<int> lengths;
    for (const PlannedSession &r : runs) {
        total += r.minutes;
        longest = std::max(longest, r.minutes);
        lengths.insert(r.minutes);
    }
    EXPECT_EQ(lengths.size(), 4u);
    EXPECT_LE(longest, total * 0.4);
    EXPECT_EQ(runs.last().date.dayOfWeek(), Qt::Sunday); // the preferred long-run day
    EXPECT_EQ(runs.last().minutes, longest);
}

TEST(PlanRules, Rule5LowImpactFromThePreferredActivitiesRotatingWeekly)
{
    PlanInput in = baseInput();
    in.profile.lowImpact = { Activity::Swim };
    auto low = of(plan(in), Activity::Swim);
    EXPECT_GE(low.size(), 1);
    EXPECT_TRUE(of(plan(in), Activity::Walk).isEmpty());
    in.profile.lowImpact = { Activity::Walk, Activity::Cycle };
    const bool walkFirst = !of(plan(in), Activity::Walk).isEmpty();
    in.weeksPlannedBefore = 1;
    EXPECT_NE(walkFirst, !of(plan(in), Activity::Walk).isEmpty()) << "the activity should rotate week to week";
}

TEST(PlanRules, Rule6CoreStrengthTwoOrThreeTimesNeverOnConsecutiveDays)
{
    PlanInput in = baseInput();
    auto strength = of(plan(in), Activity::Strength);
    ASSERT_GE(strength.size(), 2);
    ASSERT_LE(strength.size(), 3);
    for (int i = 1; i < strength.size(); ++i)
        EXPECT_GT(strength[i - 1].date.daysTo(strength[i].date), 1);
    EXPECT_EQ(strength.first().structure.size(), 3); // curl-up, side plank, bird-dog
    EXPECT_TRUE(strength.first().structure[1].text.startsWith(QStringLiteral("Side plank on knees")));
    EXPECT_TRUE(strength.first().reason.contains(QStringLiteral("low quality"))) << "as EVIDENCE.md says it";
}

TEST(PlanRules, Rule7AtMostTenPercentOverTheLevelHoldAfterMissesEasierFourthWeek)
{
    PlanInput in = baseInput();
    in.profile.goalMinutes = 200;
    ranLastWeek(in, { { 1, 31 }, { 3, 33 }, { 6, 36 } }); // 100 min done, no run 10 % over the one before
    Week w = plan(in);
    EXPECT_EQ(w.level, 100);
    EXPECT_EQ(totalsOf(w).running, 110);

    // 100 of 220 planned minutes: the runs done were done in full, so the level is not lowered by the missed ones
    // (issue 9), but a week done under 80 % does not step up either.
    in.previousWeekPlannedRunMinutes = 220;
    w = plan(in);
    EXPECT_EQ(w.level, 220);
    EXPECT_EQ(totalsOf(w).running, 114) << "held below the goal of 200 min by the spike guard, not by the missed runs";
    EXPECT_TRUE(w.adaptations.first().message.startsWith(
        QStringLiteral("No step up: 114 min of running this week, no more than your level of 220 min: last week 100 of "
                       "the 220 planned minutes of running were done")))
        << w.adaptations.first().message.toStdString();
    EXPECT_TRUE(w.unsatisfied.join(QLatin1Char(' ')).contains(QStringLiteral("no run may be longer than 39 min")))
        << w.unsatisfied.join(QLatin1Char(' ')).toStdString();

    in.previousWeekPlannedRunMinutes = -1;
    in.weeksPlannedBefore = 3;
    w = plan(in);
    EXPECT_LE(totalsOf(w).running, 83); // about 75 % of 110
    EXPECT_GE(totalsOf(w).running, 78);
    EXPECT_TRUE(w.easy);
    EXPECT_EQ(w.adaptations.first().rule, QStringLiteral("easy-week"));
}

TEST(PlanRules, Rule7RestartAfterABreakAlwaysPlansRunsEvenInAnEasierWeek)
{
    // A small running week two weeks ago, nothing last week, pain settled: running must come back. Half of 27 min
    // would fit no proper run: the return ladder's first rung becomes walk–runs, never an easier week on top.
    PlanInput in = baseInput();
    PastWeek red;
    red.monday = kMonday.addDays(-7);
    red.generated = true;
    red.zone = PainZone::Red;
    in.pastWeeks << red;
    for (int day : { 1, 4 })
        in.completed << CompletedSession{ kMonday.addDays(day - 14), Activity::Run, day == 1 ? 12 : 15, 4, 1 };
    painLastDays(in, { 1, 1, 0, 1, 1, 0, 1 });
    in.weeksPlannedBefore = 3; // would be the easier fourth week
    const Week w = plan(in);
    EXPECT_FALSE(of(w, Activity::Run).isEmpty());
    ASSERT_TRUE(w.ladder.has_value());
    EXPECT_EQ(w.ladder->rung, 1);
    EXPECT_LE(totalsOf(w).running, in.profile.runMinutes);
    for (const Adaptation &a : w.adaptations)
        EXPECT_NE(a.rule, QStringLiteral("easy-week")) << a.message.toStdString();
}

TEST(PlanRules, Rule6NoStrengthOnMondayAfterStrengthOnSunday)
{
    PlanInput in = baseInput();
    in.profile.days = { Qt::Monday, Qt::Saturday, Qt::Sunday };
    ranLastWeek(in, { { 5, 30 } });
    in.completed << CompletedSession{ kMonday.addDays(-1), Activity::Strength, 15, 3, std::nullopt };
    for (const PlannedSession &s : of(plan(in), Activity::Strength))
        EXPECT_NE(s.date, kMonday) << "strength on Monday right after Sunday's";
}

TEST(PlanRules, Rule7LongBreakRestartsGentlyNotAtTheProfilesMinutes)
{
    // Runs, but none in the six weeks the planner sees: a runner back after a break.
    PlanInput in = baseInput();
    in.profile.runMinutes = 150;
    in.lastRunBefore = kMonday.addDays(-60);
    const Week w = plan(in);
    EXPECT_NEAR(totalsOf(w).running, 75, 2); // the return ladder's first rung: half of the 150 min stated
    ASSERT_TRUE(w.ladder.has_value());
    EXPECT_EQ(w.ladder->rung, 1);
    EXPECT_TRUE(w.ladder->reason.contains(QStringLiteral("weeks without running"))) << w.ladder->reason.toStdString();
    EXPECT_TRUE(w.adaptations.first().message.contains(QStringLiteral("rung 1 of 4")))
        << w.adaptations.first().message.toStdString();
}

TEST(PlanRules, Rule7RunsAlreadyDoneThisWeekAreNotALastWeekOfRunning)
{
    // Re-planning mid-week in the very first week: the runs done this week must not trigger a "restart".
    PlanInput in = baseInput();
    in.historyEnd = kMonday.addDays(2);
    in.completed << CompletedSession{ kMonday, Activity::Run, 33, 4, 1 };
    const Week w = plan(in);
    for (const Adaptation &a : w.adaptations)
        EXPECT_FALSE(a.message.contains(QStringLiteral("restarts"))) << a.message.toStdString();
    // Not halved as a "restart"; the spike guard still keeps each run near Monday's 33 min.
    EXPECT_FALSE(w.ladder.has_value());
    EXPECT_LE(totalsOf(w).running, in.profile.runMinutes);
}

TEST(PlanRules, Rule8AmberHoldsTheLevelAndShortensTheLongRunWithTheTriggerNamed)
{
    PlanInput in = baseInput();
    ranLastWeek(in, { { 1, 36 }, { 3, 38 }, { 6, 46 } }); // 120 min
    painLastDays(in, { 1, 1, 1, 1, 1, 1, 1, 3, 4, 3, 3, 4, 3, 4 }); // usual 1/10, now a mean of 3.4
    const Week w = plan(in);
    EXPECT_EQ(w.zone, PainZone::Amber);
    ASSERT_FALSE(w.adaptations.isEmpty());
    EXPECT_EQ(w.adaptations.first().rule, QStringLiteral("pain-amber"));
    EXPECT_EQ(w.adaptations.first().message,
        QStringLiteral("Amber, no step up: 120 min of running this week, no more than your level of 120 min: mean back "
                       "pain 3.4/10 over the last 7 days, 2 points or more above your usual 1.0/10. No run is longer "
                       "than 41 min (90 % of your longest run of the last 30 days, 46 min), and no two runs fall on "
                       "consecutive days."));
    EXPECT_EQ(totalsOf(w).running, 120) << "amber holds the level: the long run is shortened, not removed";
    for (const PlannedSession &r : of(w, Activity::Run))
        EXPECT_LE(r.minutes, 41);
}

TEST(PlanRules, Rule8DaysWithoutALogAreAbsentNotZero)
{
    PlanInput in = baseInput();
    in.painLog << PainEntry{ in.historyEnd.addDays(-12), 1, {}, {} }
               << PainEntry{ in.historyEnd.addDays(-10), 1, {}, {} }
               << PainEntry{ in.historyEnd.addDays(-8), 1, {}, {} } << PainEntry{ in.historyEnd.addDays(-3), 4, {}, {} }
               << PainEntry{ in.historyEnd, 3, {}, {} };
    EXPECT_EQ(plan(in).zone, PainZone::Amber); // mean 3.5 over 2 logged days (usual 1/10), not 1.0 over 7
}

TEST(PlanRules, Rule8RedStopsRunningAndAddsLowImpact)
{
    PlanInput in = baseInput();
    ranLastWeek(in, { { 1, 36 }, { 3, 38 }, { 6, 46 } });
    painLastDays(in, { 2, 3, 3, 6, 6, 4, 3 }); // two days in a row at 6
    const Week w = plan(in);
    EXPECT_EQ(w.zone, PainZone::Red);
    EXPECT_TRUE(of(w, Activity::Run).isEmpty());
    EXPECT_GE(totalsOf(w).lowImpactSessions, 2);
    EXPECT_GE(totalsOf(w).strengthSessions, 2);
    EXPECT_TRUE(w.adaptations.first().message.contains(QStringLiteral("two days in a row")));
    EXPECT_TRUE(w.adaptations.first().message.contains(QStringLiteral("physiotherapist or doctor")));
}

TEST(PlanRules, Rule9RedFlagStopsRunningAndStrengthAndSaysSeeAClinicianFirst)
{
    PlanInput in = baseInput();
    ranLastWeek(in, { { 1, 36 }, { 3, 38 }, { 6, 46 } });
    painLastDays(in, { 1, 1, 2 });
    in.painLog.last().symptoms = { Symptom::LegPain };
    Week w = plan(in);
    EXPECT_TRUE(w.redFlag);
    EXPECT_FALSE(w.urgent);
    EXPECT_TRUE(of(w, Activity::Run).isEmpty());
    EXPECT_TRUE(of(w, Activity::Strength).isEmpty());
    ASSERT_FALSE(w.adaptations.isEmpty());
    EXPECT_EQ(w.adaptations.first().rule, QStringLiteral("red-flag"));
    EXPECT_TRUE(w.adaptations.first().message.startsWith(QStringLiteral("See a clinician before you continue")));

    in.painLog.first().symptoms = { Symptom::SaddleNumbness };
    w = plan(in);
    EXPECT_TRUE(w.urgent);
    EXPECT_EQ(w.adaptations.first().rule, QStringLiteral("red-flag-urgent"));
    EXPECT_TRUE(w.adaptations.first().message.startsWith(
        QStringLiteral("Seek urgent medical care today (emergency department)")));
    EXPECT_TRUE(w.sessions.isEmpty()) << "an urgent week plans nothing, not even the stretch (issue 17)";

    // Red flags do not expire (issue 17): eight days ago is still a red flag until a clearance is recorded.
    in.painLog.first().date = in.historyEnd.addDays(-7);
    in.painLog.last().symptoms.clear();
    EXPECT_TRUE(plan(in).redFlag);
    in.lastClearance = in.historyEnd.addDays(-1);
    EXPECT_FALSE(plan(in).redFlag);
}

TEST(PlanRules, Rule9RedFlagInARedPainWeekNeverSuggestsCoreWork)
{
    PlanInput in = baseInput();
    painLastDays(in, { 4, 7, 7 });
    in.painLog.last().symptoms = { Symptom::Weakness };
    const Week w = plan(in);
    EXPECT_EQ(w.zone, PainZone::Red);
    EXPECT_TRUE(w.redFlag);
    EXPECT_EQ(w.adaptations.first().rule, QStringLiteral("red-flag"));
    for (const Adaptation &a : w.adaptations)
        EXPECT_FALSE(a.message.contains(QStringLiteral("core"))) << a.message.toStdString();
}

TEST(PlanRules, Rule10NoRunLongerThanTenPercentOverTheLongestOfThirtyDays)
{
    PlanInput in = baseInput();
    in.profile.runDays = 2;
    ranLastWeek(in, { { 1, 28 }, { 3, 29 }, { 5, 27 }, { 6, 30 } }); // 114 min; two runs would be 70 and 55 min
    const Week w = plan(in);
    for (const PlannedSession &r : of(w, Activity::Run))
        EXPECT_LE(r.minutes, 33);
    bool named = false;
    for (const Adaptation &a : w.adaptations)
        named = named || (a.rule == QStringLiteral("spike-guard") && a.message.contains(QStringLiteral("30 min")));
    EXPECT_TRUE(named);
}

TEST(PlanRules, Rule11OnlyAvailableDaysAndMinutesAndWhatDoesNotFitIsReported)
{
    PlanInput in = baseInput();
    in.profile.days = { Qt::Monday };
    in.profile.runDays = 4;
    in.profile.weekdayMinutes = 45;
    const Week w = plan(in);
    int mondayMinutes = 0;
    for (const PlannedSession &s : w.sessions) {
        if (s.activity == Activity::Stretch)
            continue;
        EXPECT_EQ(s.date, kMonday);
        mondayMinutes += s.minutes;
    }
    EXPECT_LE(mondayMinutes, 45);
    EXPECT_FALSE(w.unsatisfied.isEmpty());
    EXPECT_TRUE(w.unsatisfied.join(QLatin1Char(' ')).contains(QStringLiteral("1 of the 4 running days")));
}

TEST(PlanRules, Rule12BusyWeekStaysBelowMonotonyOnePointFive)
{
    PlanInput in = baseInput();
    in.profile.runDays = 5;
    in.profile.weekdayMinutes = 90;
    ranLastWeek(in, { { 0, 30 }, { 1, 33 }, { 3, 36 }, { 4, 39 }, { 6, 60 } });
    const Week w = plan(in);
    EXPECT_EQ(totalsOf(w).runs, 5);
    EXPECT_LT(monotonyOf(w), Thresholds::kMaxMonotony);
    EXPECT_TRUE(w.unsatisfied.isEmpty()) << w.unsatisfied.join(QLatin1Char(' ')).toStdString();
}

TEST(PlanRules, Rule12RedWeekOfSimilarSessionsAlternatesHarderAndEasierDays)
{
    PlanInput in = baseInput();
    painLastDays(in, { 5, 5, 6, 5, 5, 5, 5 }); // red: three low-impact and three strength sessions of similar load
    const Week w = plan(in);
    ASSERT_EQ(w.zone, PainZone::Red);
    EXPECT_LT(monotonyOf(w), Thresholds::kMaxMonotony);
    EXPECT_TRUE(w.unsatisfied.isEmpty()) << w.unsatisfied.join(QLatin1Char(' ')).toStdString();
}

TEST(PlanRules, NothingAboutSupplementsOrDietAnywhere)
{
    QStringList texts{ safetyNote() };
    for (const RuleInfo &r : planningRules())
        texts << r.title << r.summary << r.evidence;
    for (const QString &t : texts) {
        EXPECT_FALSE(t.contains(QStringLiteral("supplement"), Qt::CaseInsensitive));
        EXPECT_FALSE(t.contains(QStringLiteral("diet"), Qt::CaseInsensitive));
    }
}
