#include "core/model/isoweek.h"
#include "core/service/planner.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/schema.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

// Issues 9 and 17 in the store: the migration on a file that already holds data, the new columns and table, undoable
// plan and re-plan (snapshot and restore with the same ids), ticks that never lie in the future, clearances.

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kMonday(2026, 11, 30); // 2026-W49

Profile runner()
{
    Profile p;
    p.experience = Experience::Regular;
    p.runMinutes = 120;
    p.runDays = 3;
    return p;
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    EXPECT_TRUE(ok) << sql.toStdString();
    return ok;
}

} // namespace

TEST(ProgressionStore, TheMigrationKeepsVersionOneDataAndAddsTheNewColumns)
{
    TempDir dir;
    // A version-1 file with a profile, a planned week with a done run and a pain log with a red flag.
    Database::setMigrationsForTesting({ Schema::migrations().first() });
    {
        auto v1 = openDb(dir.path());
        ASSERT_TRUE(v1);
        ASSERT_EQ(v1->schemaVersion(), 1);
        exec(*v1,
            QStringLiteral("INSERT INTO profile VALUES (1, 'returning', 90, 3, 'mon,wed,sat,sun', 'sun', "
                           "'walking', 60, 100)"));
        exec(*v1,
            QStringLiteral("INSERT INTO week (id, iso_week, monday, generator_version, zone) VALUES "
                           "(7, '2026-W48', '2026-11-23', 2, 'amber')"));
        exec(*v1,
            QStringLiteral("INSERT INTO session (id, week_id, date, time_of_day, activity, minutes, rpe, title) "
                           "VALUES (70, 7, '2026-11-25', 'morning', 'run', 35, 3, 'Easy run')"));
        exec(*v1, QStringLiteral("INSERT INTO completion (session_id, skipped, minutes, rpe) VALUES (70, 0, 33, 4)"));
        exec(*v1, QStringLiteral("INSERT INTO pain_log VALUES ('2026-11-26', 4, 'numbness,leg-pain', 'left leg')"));
    }
    Database::setMigrationsForTesting({});
    OpenOptions options;
    options.now = QDateTime(QDate(2026, 11, 30), QTime(8, 0));
    auto opened = Database::open(dir.path(), Database::Mode::ReadWrite, options);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());

    const Profile p = ProfileRepository(db).load()->value();
    EXPECT_EQ(p.runMinutes, 90);
    EXPECT_EQ(p.goalMinutes, 0);
    EXPECT_EQ(p.goal(), 90) << "the default goal is the profile's minutes";
    EXPECT_FALSE(p.discHistory);
    const Week w = PlanRepository(db).week(QDate(2026, 11, 23))->value();
    EXPECT_EQ(w.zone, PainZone::Amber);
    EXPECT_EQ(w.level, 0);
    EXPECT_FALSE(w.ladder.has_value());
    ASSERT_EQ(w.sessions.size(), 1);
    EXPECT_EQ(w.sessions.first().id, 70);
    EXPECT_EQ(w.sessions.first().running(), 35) << "a run saved before run minutes is all running";
    EXPECT_EQ(w.sessions.first().runningDone(), 33);
    const auto done = LogRepository(db).completedBetween(QDate(2026, 11, 23), QDate(2026, 11, 29)).value();
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().plannedMinutes, 35);
    EXPECT_EQ(done.first().running(), 33);
    const auto past = PlanRepository(db).pastWeeks(QDate(2026, 11, 23), QDate(2026, 11, 29)).value();
    ASSERT_EQ(past.size(), 1);
    EXPECT_EQ(past.first().plannedRunMinutes, 35);
    EXPECT_EQ(past.first().strengthLevel, -1) << "unknown before the strength ladder";
    // The old red flag is still pending: it was never cleared.
    auto status = Planner(db).redFlagStatus(kMonday);
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(status->pending);
    EXPECT_EQ(status->firstDay, QDate(2026, 11, 26));
}

TEST(ProgressionStore, NewProfileWeekAndSessionFieldsRoundTrip)
{
    TempDir dir;
    auto db = openDb(dir.path());
    Profile p = runner();
    p.goalMinutes = 150;
    p.discHistory = true;
    ASSERT_TRUE(ProfileRepository(*db).save(p).ok());
    EXPECT_EQ(ProfileRepository(*db).load()->value(), p);

    Week w;
    w.monday = kMonday;
    w.generatorVersion = 3;
    w.level = 111;
    w.goal = 150;
    w.easy = true;
    w.strengthLevel = 2;
    w.clearancePending = true;
    w.ladder = LadderRung{ 2, 4, QStringLiteral("after the red week of 2026-11-16"), 180, false };
    PlannedSession walkRun;
    walkRun.date = kMonday.addDays(1);
    walkRun.activity = Activity::Run;
    walkRun.minutes = 35;
    walkRun.runMinutes = 12;
    walkRun.rpe = 3;
    walkRun.title = QStringLiteral("Walk–run");
    w.sessions << walkRun;
    auto saved = PlanRepository(*db).saveWeek(w);
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    const Week read = PlanRepository(*db).week(kMonday)->value();
    EXPECT_EQ(read.level, 111);
    EXPECT_EQ(read.goal, 150);
    EXPECT_TRUE(read.easy);
    EXPECT_EQ(read.strengthLevel, 2);
    EXPECT_TRUE(read.clearancePending);
    EXPECT_EQ(read.ladder, w.ladder);
    EXPECT_EQ(read.sessions.first().running(), 12);
    EXPECT_EQ(read.plannedRunning(), 12);
}

TEST(ProgressionStore, ClearancesAreRecordedAndEndTheRedFlags)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(runner()).ok());
    LogRepository log(*db);
    Planner planner(*db);
    ASSERT_TRUE(log.logPain(PainEntry{ kMonday.addDays(-10), 4, { Symptom::Fever }, {} }).ok());
    EXPECT_TRUE(planner.redFlagStatus(kMonday)->pending);

    // Before the red flag, or after today: refused, nothing saved.
    auto early = planner.recordClearance(Clearance{ kMonday.addDays(-12), {} }, kMonday);
    EXPECT_EQ(early.kind(), ErrorKind::Invalid);
    EXPECT_TRUE(early.message().contains(QStringLiteral("no red flag to clear"))) << early.message().toStdString();
    auto future = planner.recordClearance(Clearance{ kMonday.addDays(2), {} }, kMonday);
    EXPECT_EQ(future.kind(), ErrorKind::Invalid);
    EXPECT_FALSE(log.latestClearance(kMonday.addDays(5))->has_value());

    auto cleared =
        planner.recordClearance(Clearance{ kMonday.addDays(-3), QStringLiteral("GP: viral, fine to train") }, kMonday);
    ASSERT_TRUE(cleared.ok()) << cleared.message().toStdString();
    EXPECT_EQ(cleared->symptoms, QList<Symptom>{ Symptom::Fever });
    EXPECT_FALSE(planner.redFlagStatus(kMonday)->pending);
    EXPECT_EQ(log.clearanceOn(kMonday.addDays(-3))->value().note, QStringLiteral("GP: viral, fine to train"));
    EXPECT_EQ(planner.inputFor(kMonday)->lastClearance, kMonday.addDays(-3));
    EXPECT_TRUE(planner.inputFor(kMonday)->unclearedRedFlags.isEmpty());

    // A red flag after the clearance is pending again.
    ASSERT_TRUE(log.logPain(PainEntry{ kMonday.addDays(-1), 3, { Symptom::Trauma }, {} }).ok());
    EXPECT_TRUE(planner.redFlagStatus(kMonday)->pending);
    EXPECT_FALSE(planner.redFlagStatus(kMonday.addDays(-2))->pending) << "a day sees what was logged up to it";
}

TEST(ProgressionStore, PlanAndReplanAreUndoneByRestoringTheSnapshotWithTheSameIds)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(runner()).ok());
    PlanRepository plans(*db);
    Planner planner(*db);

    // Plan: undo removes the week; redo brings back the same sessions with the same ids.
    const WeekSnapshot empty = plans.snapshot(kMonday).value();
    EXPECT_FALSE(empty.week.has_value());
    auto planned = planner.planWeek(kMonday, kMonday);
    ASSERT_TRUE(planned.ok()) << planned.message().toStdString();
    const WeekSnapshot afterPlan = plans.snapshot(kMonday).value();
    ASSERT_TRUE(plans.restore(empty).ok());
    EXPECT_FALSE(plans.week(kMonday)->has_value());
    ASSERT_TRUE(plans.restore(afterPlan).ok());
    EXPECT_EQ(plans.week(kMonday)->value(), *afterPlan.week);

    // Re-plan after a tick and a red flag: undo puts the replaced sessions back with their ids and the tick.
    const PlannedSession first = afterPlan.week->sessions.first();
    ASSERT_TRUE(LogRepository(*db).complete(Completion{ first.id, false, first.minutes, 1, {}, {} }).ok());
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ kMonday.addDays(2), 3, { Symptom::LegPain }, {} }).ok());
    const WeekSnapshot beforeReplan = plans.snapshot(kMonday).value();
    auto replanned = planner.replan(kMonday, kMonday.addDays(2));
    ASSERT_TRUE(replanned.ok());
    EXPECT_TRUE(replanned->redFlag);
    EXPECT_NE(plans.week(kMonday)->value().sessions, beforeReplan.week->sessions);
    auto undone = plans.restore(beforeReplan);
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(**undone, *beforeReplan.week);
    EXPECT_TRUE(plans.session(first.id)->value().isDone());
}

TEST(ProgressionStore, TickingAFutureSessionMovesItToToday)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(runner()).ok());
    auto week = Planner(*db).planWeek(kMonday, kMonday);
    ASSERT_TRUE(week.ok());
    PlannedSession saturday;
    for (const PlannedSession &s : week->sessions) {
        if (s.date == kMonday.addDays(5) && s.activity == Activity::Stretch)
            saturday = s;
    }
    ASSERT_GT(saturday.id, 0);
    PlanRepository plans(*db);
    auto tick = plans.completeMovingToToday(Completion{ saturday.id, false, 3, 1, {}, {} }, kMonday.addDays(1));
    ASSERT_TRUE(tick.ok()) << tick.message().toStdString();
    EXPECT_EQ(tick->movedFrom, kMonday.addDays(5));
    EXPECT_EQ(tick->session.date, kMonday.addDays(1));
    EXPECT_TRUE(tick->session.isDone());
    EXPECT_EQ(LogRepository(*db).completedBetween(kMonday, kMonday.addDays(1))->size(), 1) << "counted on Tuesday";

    // A past session is ticked where it is; a skip never moves; a missing id is NotFound.
    const PlannedSession monday = week->sessions.first();
    auto past = plans.completeMovingToToday(Completion{ monday.id, false, 3, 1, {}, {} }, kMonday.addDays(1));
    ASSERT_TRUE(past.ok());
    EXPECT_FALSE(past->movedFrom.isValid());
    EXPECT_EQ(past->session.date, monday.date);
    PlannedSession sunday;
    for (const PlannedSession &s : week->sessions) {
        if (s.date == kMonday.addDays(6))
            sunday = s;
    }
    auto skip = plans.completeMovingToToday(Completion{ sunday.id, true, 0, 0, {}, QStringLiteral("rain") }, kMonday);
    ASSERT_TRUE(skip.ok());
    EXPECT_EQ(skip->session.date, kMonday.addDays(6));
    EXPECT_EQ(
        plans.completeMovingToToday(Completion{ 99999, false, 3, 1, {}, {} }, kMonday).kind(), ErrorKind::NotFound);
}

TEST(ProgressionStore, PlanningFromTodayLeavesPastDaysEmptyAndAPastWeekIsRefused)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(runner()).ok());
    Planner planner(*db);
    auto week = planner.planWeek(kMonday, kMonday.addDays(2));
    ASSERT_TRUE(week.ok()) << week.message().toStdString();
    for (const PlannedSession &s : week->sessions)
        EXPECT_GE(s.date, kMonday.addDays(2));
    auto past = planner.planWeek(kMonday.addDays(-14), kMonday.addDays(2));
    EXPECT_EQ(past.kind(), ErrorKind::Conflict);
    EXPECT_TRUE(past.message().contains(QStringLiteral("is over"))) << past.message().toStdString();
    EXPECT_FALSE(PlanRepository(*db).week(kMonday.addDays(-14))->has_value());
}

TEST(ProgressionStore, APreviewSaysWhatARePlanWouldChangeWithoutSavingIt)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(ProfileRepository(*db).save(runner()).ok());
    Planner planner(*db);
    ASSERT_TRUE(planner.planWeek(kMonday, kMonday).ok());
    const Week before = PlanRepository(*db).week(kMonday)->value();
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ kMonday.addDays(2), 8, { Symptom::SaddleNumbness }, {} }).ok());
    auto change = planner.previewReplan(kMonday, kMonday.addDays(2));
    ASSERT_TRUE(change.ok()) << change.message().toStdString();
    EXPECT_TRUE(change->redFlagChanged());
    EXPECT_TRUE(change->after.urgent);
    EXPECT_FALSE(change->removed.isEmpty());
    EXPECT_TRUE(change->added.isEmpty()) << "an urgent week adds nothing";
    EXPECT_EQ(PlanRepository(*db).week(kMonday)->value(), before) << "a preview saves nothing";
    EXPECT_EQ(planner.previewReplan(kMonday.addDays(7), kMonday.addDays(7)).kind(), ErrorKind::NotFound);
}
