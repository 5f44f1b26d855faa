#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "tests/support/testdb.h"

#include <gtest/gtest.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kMonday(2026, 11, 30); // 2026-W49

PlannedSession makeSession(QDate date, Activity a, int minutes, TimeOfDay t = TimeOfDay::Midday)
{
    PlannedSession s;
    s.date = date;
    s.timeOfDay = t;
    s.activity = a;
    s.minutes = minutes;
    s.rpe = 4;
    s.title = QStringLiteral("Easy run");
    s.reason = QStringLiteral("Builds running gradually.");
    s.rule = QStringLiteral("progression");
    s.structure = {{StepPart::WarmUp, QStringLiteral("Brisk walk"), 5, 0, 0, 0, false},
                   {StepPart::Main, QStringLiteral("Run easy"), minutes - 10, 0, 0, 0, false},
                   {StepPart::CoolDown, QStringLiteral("Walk"), 5, 0, 0, 0, false}};
    return s;
}

Week makeWeek()
{
    Week w;
    w.monday = kMonday;
    w.generatorVersion = 1;
    w.zone = PainZone::Amber;
    w.adaptations = {{QStringLiteral("pain-amber"), QStringLiteral("Running held at 60 min: mean back pain 3.4/10.")}};
    w.unsatisfied = {QStringLiteral("4 runs wanted, 3 fit")};
    w.sessions << makeSession(kMonday.addDays(1), Activity::Run, 30) << makeSession(kMonday, Activity::Walk, 40, TimeOfDay::Evening);
    PlannedSession stretch = makeSession(kMonday, Activity::Stretch, 3, TimeOfDay::Morning);
    stretch.structure = {{StepPart::Exercise, QStringLiteral("Supine straight-leg raise"), 0, 2, 0, 30, true}};
    w.sessions << stretch;
    return w;
}

class Repositories : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Repositories, ProfileRoundTrips)
{
    ProfileRepository repo(*db);
    EXPECT_FALSE(repo.load()->has_value());
    Profile p;
    p.experience = Experience::New;
    p.runMinutes = 45;
    p.runDays = 4;
    p.days = {Qt::Monday, Qt::Wednesday, Qt::Friday, Qt::Saturday, Qt::Sunday};
    p.longRunDay = Qt::Saturday;
    p.lowImpact = {Activity::Swim, Activity::Walk};
    p.weekdayMinutes = 45;
    p.weekendMinutes = 120;
    ASSERT_TRUE(repo.save(p).ok());
    auto loaded = repo.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(**loaded, p);
}

TEST_F(Repositories, InvalidProfileIsRefusedAndTheSavedOneKept)
{
    ProfileRepository repo(*db);
    ASSERT_TRUE(repo.save(Profile{}).ok());
    Profile bad;
    bad.runDays = 9;
    auto r = repo.save(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::Invalid);
    EXPECT_EQ(repo.load()->value().runDays, Profile{}.runDays);
}

TEST_F(Repositories, WeekRoundTripsWithSessionsInDayAndTimeOrder)
{
    PlanRepository plans(*db);
    auto saved = plans.saveWeek(makeWeek());
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    auto loaded = plans.week(kMonday);
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->has_value());
    const Week &w = **loaded;
    EXPECT_EQ(w.zone, PainZone::Amber);
    EXPECT_EQ(w.adaptations, makeWeek().adaptations);
    EXPECT_EQ(w.unsatisfied, makeWeek().unsatisfied);
    ASSERT_EQ(w.sessions.size(), 3);
    EXPECT_EQ(w.sessions[0].activity, Activity::Stretch); // Monday morning
    EXPECT_EQ(w.sessions[1].activity, Activity::Walk); // Monday evening
    EXPECT_EQ(w.sessions[2].activity, Activity::Run); // Tuesday
    EXPECT_EQ(w.sessions[0].structure, makeWeek().sessions[2].structure);
    EXPECT_EQ(w.sessions[2].structure, makeWeek().sessions[0].structure);
    for (const PlannedSession &s : w.sessions)
        EXPECT_GT(s.id, 0);
}

TEST_F(Repositories, SavingASecondPlanForTheSameWeekIsAConflict)
{
    PlanRepository plans(*db);
    ASSERT_TRUE(plans.saveWeek(makeWeek()).ok());
    auto again = plans.saveWeek(makeWeek());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.kind(), ErrorKind::Conflict);
    EXPECT_EQ(plans.week(kMonday)->value().sessions.size(), 3);
}

TEST_F(Repositories, AWeekIsAllOrNothing)
{
    PlanRepository plans(*db);
    Week w = makeWeek();
    w.sessions[1].minutes = 0; // invalid: the whole week must be refused
    ASSERT_FALSE(plans.saveWeek(w).ok());
    EXPECT_FALSE(plans.week(kMonday)->has_value());
}

TEST_F(Repositories, CompletionRoundTripsAndUnticks)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    auto w = plans.saveWeek(makeWeek());
    ASSERT_TRUE(w.ok());
    const qint64 runId = w->sessions[0].id;
    Completion c{runId, false, 35, 6, 2, QStringLiteral("felt good 😀 שלום")};
    ASSERT_TRUE(log.complete(c).ok());
    EXPECT_EQ(log.completion(runId)->value(), c);
    auto session = plans.session(runId);
    ASSERT_TRUE(session->has_value());
    EXPECT_TRUE((*session)->isDone());
    EXPECT_EQ((*session)->completion->minutes, 35);

    auto done = log.completedBetween(kMonday, kMonday.addDays(6));
    ASSERT_EQ(done->size(), 1);
    // With what the session planned, so the level can ignore missed runs and see walk–runs' running (issue 9).
    EXPECT_EQ(done->first(),
        (CompletedSession{ w->sessions[0].date, Activity::Run, 35, 6, 2, std::nullopt, w->sessions[0].minutes,
            w->sessions[0].minutes, w->sessions[0].rpe }));

    ASSERT_TRUE(log.clearCompletion(runId).ok());
    EXPECT_FALSE(log.completion(runId)->has_value());
}

TEST_F(Repositories, SkippedSessionsAreNotCountedAsDone)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    auto w = plans.saveWeek(makeWeek());
    ASSERT_TRUE(log.complete(Completion{w->sessions[0].id, true, 0, 0, std::nullopt, QStringLiteral("sick")}).ok());
    EXPECT_TRUE(plans.session(w->sessions[0].id)->value().isSkipped());
    EXPECT_TRUE(log.completedBetween(kMonday, kMonday.addDays(6))->isEmpty());
}

TEST_F(Repositories, BadCompletionIsRefusedAndTheEarlierOneKept)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    auto w = plans.saveWeek(makeWeek());
    const qint64 id = w->sessions[0].id;
    ASSERT_TRUE(log.complete(Completion{id, false, 30, 5, 1, {}}).ok());
    auto r = log.complete(Completion{id, false, 30, 5, 11, {}});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.message().contains(QStringLiteral("11")));
    EXPECT_EQ(log.completion(id)->value().pain, 1);
    EXPECT_EQ(log.complete(Completion{99999, false, 30, 5, 1, {}}).kind(), ErrorKind::NotFound);
}

TEST_F(Repositories, PainLogRoundTripsOnePerDay)
{
    LogRepository log(*db);
    PainEntry e{QDate(2026, 12, 1), 3, {Symptom::Tingling, Symptom::Numbness}, QStringLiteral("stiff after sitting")};
    ASSERT_TRUE(log.logPain(e).ok());
    PainEntry sorted = e;
    sorted.symptoms = {Symptom::Numbness, Symptom::Tingling};
    EXPECT_EQ(log.painOn(e.date)->value(), sorted);
    e.score = 5;
    e.symptoms = {};
    ASSERT_TRUE(log.logPain(e).ok());
    auto range = log.painBetween(QDate(2026, 11, 1), QDate(2026, 12, 31));
    ASSERT_EQ(range->size(), 1);
    EXPECT_EQ(range->first().score, 5);
    ASSERT_TRUE(log.deletePain(e.date).ok());
    EXPECT_FALSE(log.painOn(e.date)->has_value());
}

TEST_F(Repositories, DeletingASessionCascadesItsCompletionAndRestoreBringsBothBack)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    auto w = plans.saveWeek(makeWeek());
    const qint64 id = w->sessions[0].id;
    ASSERT_TRUE(log.complete(Completion{id, false, 30, 5, 1, {}}).ok());
    const PlannedSession before = plans.session(id)->value();
    ASSERT_TRUE(plans.deleteSession(id).ok());
    EXPECT_FALSE(plans.session(id)->has_value());
    EXPECT_FALSE(log.completion(id)->has_value());
    auto restored = plans.addSession(before);
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    EXPECT_EQ(restored->id, id);
    EXPECT_EQ(plans.session(id)->value(), before);
}

TEST_F(Repositories, MovingASessionToAnotherWeekMovesItsWeek)
{
    PlanRepository plans(*db);
    auto w = plans.saveWeek(makeWeek());
    PlannedSession s = w->sessions[0];
    s.date = kMonday.addDays(8);
    ASSERT_TRUE(plans.updateSession(s).ok());
    EXPECT_EQ(plans.week(kMonday)->value().sessions.size(), 2);
    EXPECT_EQ(plans.week(kMonday.addDays(7))->value().sessions.size(), 1);
}

TEST_F(Repositories, ReplaceWeekKeepsDoneSessionsAndEarlierDays)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    auto w = plans.saveWeek(makeWeek());
    ASSERT_TRUE(log.complete(Completion{w->sessions[0].id, false, 30, 5, {}, {}}).ok()); // Tuesday run done
    Week fresh = makeWeek();
    fresh.zone = PainZone::Red;
    fresh.sessions = {makeSession(kMonday.addDays(3), Activity::Swim, 30)};
    auto replaced = plans.replaceWeek(fresh, kMonday.addDays(1));
    ASSERT_TRUE(replaced.ok()) << replaced.message().toStdString();
    EXPECT_EQ(replaced->zone, PainZone::Red);
    QList<Activity> activities;
    for (const PlannedSession &s : replaced->sessions)
        activities << s.activity;
    // Monday's walk and stretch (before the re-plan day) stay; Tuesday's done run stays; Thursday's swim is new.
    EXPECT_EQ(activities, (QList<Activity>{Activity::Stretch, Activity::Walk, Activity::Run, Activity::Swim}));
}

TEST_F(Repositories, ConsecutivePlannedWeeksCountsWithoutGaps)
{
    PlanRepository plans(*db);
    for (int week : {-4, -2, -1}) {
        Week w = makeWeek();
        w.monday = kMonday.addDays(7 * week);
        for (PlannedSession &s : w.sessions)
            s.date = s.date.addDays(7 * week);
        ASSERT_TRUE(plans.saveWeek(w).ok());
    }
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(kMonday).value(), 2);
    EXPECT_EQ(plans.consecutivePlannedWeeksBefore(kMonday.addDays(-14)).value(), 0);
}

// Issue 15: the order is made in C++ now; it stays by date, then morning, midday, evening, then by id.
TEST_F(Repositories, CompletedSessionsComeByDateTimeOfDayAndId)
{
    PlanRepository plans(*db);
    LogRepository log(*db);
    Week w = makeWeek();
    w.sessions = { makeSession(kMonday.addDays(1), Activity::Walk, 20, TimeOfDay::Evening),
        makeSession(kMonday.addDays(1), Activity::Run, 30, TimeOfDay::Morning),
        makeSession(kMonday, Activity::Cycle, 40, TimeOfDay::Evening),
        makeSession(kMonday.addDays(1), Activity::Swim, 25, TimeOfDay::Midday),
        makeSession(kMonday.addDays(1), Activity::Walk, 35, TimeOfDay::Morning) };
    auto saved = plans.saveWeek(w);
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    for (const PlannedSession &s : saved->sessions)
        ASSERT_TRUE(log.complete(Completion{ s.id, false, s.minutes, 4, {}, {} }).ok());
    auto done = log.completedBetween(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(done.ok());
    QList<int> minutes;
    for (const CompletedSession &c : *done)
        minutes << c.minutes;
    // Monday's cycle; Tuesday: the morning run and walk in the order saved, the midday swim, the evening walk.
    EXPECT_EQ(minutes, (QList<int>{ 40, 30, 35, 25, 20 }));
}
