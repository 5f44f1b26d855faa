#include "core/model/isoweek.h"
#include "core/plan/plangenerator.h"
#include "core/service/demodata.h"
#include "core/service/planner.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {
const QDate kMonday(2026, 11, 30);
}

TEST(Planner, RefusesToPlanWithoutAProfile)
{
    TempDir dir;
    auto db = openDb(dir.path());
    auto r = Planner(*db).planWeek(kMonday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::NotFound);
    EXPECT_TRUE(r.message().contains(QStringLiteral("profile")));
}

TEST(Planner, PlansOnceAndReadsHistoryFromTheStore)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{kMonday.addDays(-1), 4, {}, {}}).ok());
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{kMonday.addDays(-20), 9, {}, {}}).ok()); // too old to count
    Planner planner(*db);
    auto input = planner.inputFor(kMonday);
    ASSERT_TRUE(input.ok()) << input.message().toStdString();
    EXPECT_EQ(input->historyEnd, kMonday.addDays(-1));
    ASSERT_EQ(input->painLog.size(), 1);
    EXPECT_EQ(input->painLog.first().score, 4);

    auto week = planner.planWeek(kMonday);
    ASSERT_TRUE(week.ok()) << week.message().toStdString();
    EXPECT_FALSE(week->sessions.isEmpty());
    EXPECT_TRUE(week->inputs.contains(QStringLiteral("pain_days")));
    EXPECT_EQ(planner.planWeek(kMonday).kind(), ErrorKind::Conflict);
    EXPECT_EQ(PlanRepository(*db).consecutivePlannedWeeksBefore(kMonday.addDays(7)).value(), 1);
}

TEST(Planner, RegenerateRefusesAWeekWithCompletions)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    Planner planner(*db);
    auto week = planner.planWeek(kMonday);
    ASSERT_TRUE(week.ok());
    ASSERT_TRUE(planner.regenerate(kMonday).ok());
    const qint64 id = PlanRepository(*db).week(kMonday)->value().sessions.first().id;
    ASSERT_TRUE(LogRepository(*db).complete(Completion{id, false, 3, 1, {}, {}}).ok());
    auto again = planner.regenerate(kMonday);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.kind(), ErrorKind::Conflict);
    EXPECT_TRUE(PlanRepository(*db).session(id)->has_value());
}

TEST(Planner, ReplanMidWeekCountsTodaysLog)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{kMonday.addDays(2), 6, {Symptom::Numbness}, {}}).ok());
    auto input = Planner(*db).inputFor(kMonday, kMonday.addDays(2));
    ASSERT_TRUE(input.ok()) << input.message().toStdString();
    ASSERT_EQ(input->painLog.size(), 1);
    EXPECT_TRUE(input->painLog.first().hasRedFlag());
}

TEST(Planner, InputCarriesLastWeeksPlannedRunningForTheHalfDoneHold)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    Planner planner(*db);
    EXPECT_EQ(planner.inputFor(kMonday)->previousWeekPlannedRunMinutes, -1); // no plan last week: unknown
    auto previous = planner.planWeek(kMonday.addDays(-7));
    ASSERT_TRUE(previous.ok());
    int planned = 0;
    for (const PlannedSession &s : previous->sessions) {
        if (s.activity == Activity::Run)
            planned += s.minutes;
    }
    ASSERT_GT(planned, 0);
    EXPECT_EQ(planner.inputFor(kMonday)->previousWeekPlannedRunMinutes, planned);
}

TEST(Planner, InputNamesTheLastRunBeforeTheWindowAfterALongBreak)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    Planner planner(*db);
    const QDate longAgo = kMonday.addDays(-70);
    auto old = planner.planWeek(IsoWeek::mondayOf(longAgo));
    ASSERT_TRUE(old.ok());
    qint64 runId = 0;
    QDate runDate;
    for (const PlannedSession &s : old->sessions) {
        if (s.activity == Activity::Run) {
            runId = s.id;
            runDate = s.date;
            break;
        }
    }
    ASSERT_GT(runId, 0);
    EXPECT_FALSE(planner.inputFor(kMonday)->lastRunBefore.isValid()) << "planned but not run is no run";
    ASSERT_TRUE(LogRepository(*db).complete(Completion{runId, false, 25, 4, {}, {}}).ok());
    auto input = planner.inputFor(kMonday);
    ASSERT_TRUE(input.ok()) << input.message().toStdString();
    EXPECT_TRUE(input->completed.isEmpty()) << "outside the six-week window";
    EXPECT_EQ(input->lastRunBefore, runDate);
}

namespace {

/** An evening session the runner added by hand. */
PlannedSession handAdded(QDate date, Activity activity, int minutes, const QString &title)
{
    PlannedSession s;
    s.date = date;
    s.timeOfDay = TimeOfDay::Evening;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = 3;
    s.title = title;
    s.manual = true;
    return s;
}

int countOn(const Week &w, QDate date, Activity a)
{
    int n = 0;
    for (const PlannedSession &s : w.sessions)
        n += s.date == date && s.activity == a;
    return n;
}

} // namespace

TEST(Planner, ReplanAfterATickNeverPlansTheSameRunTwiceOrBreaksStrengthSpacing)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    Planner planner(*db);
    auto week = planner.planWeek(kMonday);
    ASSERT_TRUE(week.ok());
    LogRepository log(*db);
    // Tick everything on Monday to Wednesday as done; then back pain on Tue and Wed, and re-plan from Wednesday.
    for (const PlannedSession &s : week->sessions) {
        if (s.date <= kMonday.addDays(2)) {
            ASSERT_TRUE(log.complete(Completion{s.id, false, s.minutes, s.rpe, 1, {}}).ok());
        }
    }
    ASSERT_TRUE(log.logPain(PainEntry{kMonday.addDays(1), 3, {}, {}}).ok());
    ASSERT_TRUE(log.logPain(PainEntry{kMonday.addDays(2), 3, {}, {}}).ok());
    auto replanned = planner.replan(kMonday, kMonday.addDays(2));
    ASSERT_TRUE(replanned.ok()) << replanned.message().toStdString();

    int strength = 0, runMinutes = 0, runStreak = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate date = kMonday.addDays(d);
        EXPECT_LE(countOn(*replanned, date, Activity::Run), 1) << date.toString(Qt::ISODate).toStdString();
        EXPECT_LE(countOn(*replanned, date, Activity::Strength), 1);
        EXPECT_EQ(countOn(*replanned, date, Activity::Stretch), 2) << "two stretches a day, never four";
        if (d > 0 && countOn(*replanned, date, Activity::Strength) && countOn(*replanned, date.addDays(-1), Activity::Strength))
            ADD_FAILURE() << "strength on consecutive days " << date.toString(Qt::ISODate).toStdString();
        strength += countOn(*replanned, date, Activity::Strength);
        runStreak = countOn(*replanned, date, Activity::Run) ? runStreak + 1 : 0;
        EXPECT_LE(runStreak, 2);
    }
    for (const PlannedSession &s : replanned->sessions) {
        if (s.activity == Activity::Run)
            runMinutes += s.isDone() ? s.completion->minutes : s.minutes;
    }
    EXPECT_LE(strength, 3);
    int planned = 0;
    for (const PlannedSession &s : week->sessions)
        planned += s.activity == Activity::Run ? s.minutes : 0;
    EXPECT_LE(runMinutes, planned) << "an amber re-plan never adds running to the week";
}

TEST(Planner, RegenerateAndReplanKeepSessionsAddedByHand)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    Planner planner(*db);
    ASSERT_TRUE(planner.planWeek(kMonday).ok());
    const PlannedSession swim = handAdded(kMonday.addDays(3), Activity::Swim, 30, QStringLiteral("Swim with a friend"));
    auto added = PlanRepository(*db).addSession(swim);
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(planner.regenerate(kMonday).ok());
    ASSERT_TRUE(planner.replan(kMonday, kMonday.addDays(1)).ok());
    auto kept = PlanRepository(*db).session(added->id);
    ASSERT_TRUE(kept.ok() && kept->has_value()) << "the runner's own session survives re-planning";
    EXPECT_EQ((*kept)->title, swim.title);
    auto week = PlanRepository(*db).week(kMonday);
    EXPECT_EQ(countOn(**week, swim.date, Activity::Swim), 1);
}

TEST(Planner, AWeekWithOnlyHandAddedSessionsCanStillBePlannedAndKeepsThem)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    const PlannedSession walk = handAdded(kMonday.addDays(2), Activity::Walk, 45, QStringLiteral("Walk the dog"));
    auto added = PlanRepository(*db).addSession(walk);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(PlanRepository(*db).week(kMonday)->value().generatorVersion, 0) << "hand edits are not a plan";

    Planner planner(*db);
    auto planned = planner.planWeek(kMonday);
    ASSERT_TRUE(planned.ok()) << planned.message().toStdString();
    EXPECT_GT(planned->generatorVersion, 0);
    EXPECT_TRUE(PlanRepository(*db).session(added->id)->has_value()) << "the hand-added walk stays";
    EXPECT_GT(planned->sessions.size(), 1);
    EXPECT_EQ(planner.planWeek(kMonday).kind(), ErrorKind::Conflict) << "now it is planned";
}

namespace {

/** A demo year of history (plans made by the real generator, ticks, misses, pain) up to a Wednesday. */
Result<DemoSummary> demoYear(Database &db, quint64 seed)
{
    DemoOptions options;
    options.weeks = 52;
    options.seed = seed;
    options.today = QDate(2026, 11, 25);
    return DemoData(db).fill(options);
}

} // namespace

// Issue 15: inputFor reads only runs and strength, the sessions the rules look at. Over a demo year, every week's
// plan from that input is the plan the full history of done sessions gives, and the stored count is of every kind.
TEST(Planner, ReadingOnlyRunsAndStrengthPlansWhatTheFullHistoryPlans)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const auto summary = demoYear(*db, 5);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    Planner planner(*db);
    LogRepository log(*db);
    int weeksWithOtherSessions = 0;
    for (QDate monday = summary->firstMonday.addDays(7 * 6); monday <= summary->lastMonday.addDays(7);
         monday = monday.addDays(7)) {
        auto narrow = planner.inputFor(monday);
        ASSERT_TRUE(narrow.ok()) << narrow.message().toStdString();
        for (const CompletedSession &c : narrow->completed)
            EXPECT_TRUE(c.activity == Activity::Run || c.activity == Activity::Strength);
        auto all = log.completedBetween(narrow->historyEnd.addDays(-41), narrow->historyEnd);
        ASSERT_TRUE(all.ok());
        EXPECT_EQ(narrow->completedCount(), all->size()) << qPrintable(IsoWeek::name(monday));
        weeksWithOtherSessions += all->size() > narrow->completed.size() ? 1 : 0;
        PlanInput full = *narrow;
        full.completed = *all;
        full.completedSessions = -1;
        const Week a = PlanGenerator().generate(*narrow);
        const Week b = PlanGenerator().generate(full);
        ASSERT_EQ(a.sessions.size(), b.sessions.size()) << qPrintable(IsoWeek::name(monday));
        for (qsizetype i = 0; i < a.sessions.size(); ++i) {
            EXPECT_EQ(a.sessions.at(i).date, b.sessions.at(i).date);
            EXPECT_EQ(a.sessions.at(i).activity, b.sessions.at(i).activity);
            EXPECT_EQ(a.sessions.at(i).minutes, b.sessions.at(i).minutes);
            EXPECT_EQ(a.sessions.at(i).rpe, b.sessions.at(i).rpe);
            EXPECT_EQ(a.sessions.at(i).runMinutes, b.sessions.at(i).runMinutes);
        }
        EXPECT_EQ(a.zone, b.zone);
        EXPECT_EQ(a.redFlag, b.redFlag);
        EXPECT_EQ(a.adaptations, b.adaptations);
        EXPECT_EQ(a.unsatisfied, b.unsatisfied);
        EXPECT_EQ(a.level, b.level);
        EXPECT_EQ(a.easy, b.easy);
        EXPECT_EQ(a.strengthLevel, b.strengthLevel);
    }
    EXPECT_GT(weeksWithOtherSessions, 30) << "the demo ticks stretches and low-impact sessions: the test compares";
}

// Issue 15: pastWeeks sums each week's planned runs in one pass over the weeks' days. Over a demo year (moved and
// hand-added sessions included), the sums are those of the week's own sessions.
TEST(Planner, PastWeeksSumEachWeeksOwnRuns)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const auto summary = demoYear(*db, 9);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    PlanRepository plans(*db);
    auto past = plans.pastWeeks(summary->firstMonday, summary->lastMonday);
    ASSERT_TRUE(past.ok()) << past.message().toStdString();
    ASSERT_EQ(past->size(), 52);
    int withRuns = 0;
    for (const PastWeek &w : *past) {
        auto week = plans.week(w.monday);
        ASSERT_TRUE(week.ok() && week->has_value());
        int minutes = 0, runs = 0;
        for (const PlannedSession &s : (*week)->sessions) {
            if (s.activity == Activity::Run) {
                minutes += s.running();
                ++runs;
            }
        }
        EXPECT_EQ(w.plannedRunMinutes, minutes) << qPrintable(IsoWeek::name(w.monday));
        EXPECT_EQ(w.plannedRuns, runs) << qPrintable(IsoWeek::name(w.monday));
        withRuns += runs > 0 ? 1 : 0;
    }
    EXPECT_GT(withRuns, 40);
    // A week's first and last days count, and a week outside the range does not.
    auto two = plans.pastWeeks(summary->lastMonday.addDays(-7), summary->lastMonday.addDays(-7));
    ASSERT_TRUE(two.ok());
    ASSERT_EQ(two->size(), 1);
    EXPECT_EQ(two->first().plannedRunMinutes, past->at(past->size() - 2).plannedRunMinutes);
}
