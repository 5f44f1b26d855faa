#include "core/service/planner.h"
#include "core/service/reminders.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/reminderrepository.h"
#include "core/store/schema.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kToday(2026, 11, 25); // a Wednesday

PlannedSession stretch(qint64 id, TimeOfDay time, QDate date = kToday)
{
    PlannedSession s;
    s.id = id;
    s.date = date;
    s.timeOfDay = time;
    s.activity = Activity::Stretch;
    s.minutes = 3;
    s.rpe = 1;
    s.title = QStringLiteral("Hamstring stretch");
    StructureStep step;
    step.part = StepPart::Exercise;
    step.text = QStringLiteral("Supine straight-leg raise");
    step.sets = 2;
    step.holdSeconds = 30;
    step.perSide = true;
    s.structure << step;
    return s;
}

PlannedSession run(qint64 id, TimeOfDay time = TimeOfDay::Morning)
{
    PlannedSession s;
    s.id = id;
    s.date = kToday;
    s.timeOfDay = time;
    s.activity = Activity::Run;
    s.minutes = 30;
    s.rpe = 3;
    s.title = QStringLiteral("Easy run");
    StructureStep warm;
    warm.part = StepPart::WarmUp;
    warm.text = QStringLiteral("Brisk walk");
    warm.minutes = 5;
    s.structure << warm;
    return s;
}

QList<PlannedSession> day()
{
    return { stretch(1, TimeOfDay::Morning), run(2), stretch(3, TimeOfDay::Evening) };
}

QStringList slotsDue(const QList<DueReminder> &due)
{
    QStringList out;
    for (const DueReminder &r : due)
        out << r.slot;
    return out;
}

QStringList dueAt(QTime now,
    const QList<PlannedSession> &sessions = day(),
    const QList<ReminderRecord> &records = {},
    const QList<PainEntry> &pain = {},
    ReminderSettings settings = {})
{
    return slotsDue(Reminders::due(settings, sessions, RedFlags::status(pain, QDate(), kToday), records, kToday, now));
}

} // namespace

TEST(Reminders, EachStretchSlotRunsFromItsTimeUntilTheNextBegins)
{
    EXPECT_EQ(dueAt(QTime(7, 29)), QStringList());
    EXPECT_EQ(dueAt(QTime(7, 30)), QStringList{ QStringLiteral("stretch-morning") });
    EXPECT_EQ(dueAt(QTime(7, 40)), QStringList{ QStringLiteral("stretch-morning") });
    EXPECT_EQ(dueAt(QTime(20, 59)), QStringList{ QStringLiteral("stretch-morning") }) << "a late start still reminds";
    EXPECT_EQ(dueAt(QTime(21, 0)), QStringList{ QStringLiteral("stretch-evening") }) << "the morning one is over";
    EXPECT_EQ(dueAt(QTime(23, 59)), QStringList{ QStringLiteral("stretch-evening") });
}

TEST(Reminders, TheStretchReminderSaysWhatToDoAndOffersDoneAndLater)
{
    const auto due = Reminders::due({}, day(), {}, {}, kToday, QTime(7, 40));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().sessionId, 1);
    EXPECT_EQ(due.first().kind, ReminderKind::MorningStretch);
    EXPECT_EQ(due.first().title, QStringLiteral("Hamstring stretch (morning)"));
    EXPECT_TRUE(due.first().body.contains(QStringLiteral("Supine straight-leg raise")))
        << due.first().body.toStdString();
    EXPECT_TRUE(due.first().body.contains(QStringLiteral("30 s"))) << due.first().body.toStdString();
    EXPECT_TRUE(due.first().offersDone);
    EXPECT_TRUE(due.first().offersLater);
}

TEST(Reminders, NoneForAStretchAlreadyTickedOrSkippedOrNotPlanned)
{
    QList<PlannedSession> sessions = day();
    sessions[0].completion = Completion{ 1, false, 3, 1, std::nullopt, {} };
    EXPECT_EQ(dueAt(QTime(7, 40), sessions), QStringList());
    sessions[0].completion = Completion{ 1, true, 0, 0, std::nullopt, QStringLiteral("busy") };
    EXPECT_EQ(dueAt(QTime(7, 40), sessions), QStringList());
    EXPECT_EQ(dueAt(QTime(7, 40), { run(2) }), QStringList()) << "Done needs a session to tick";
    EXPECT_EQ(dueAt(QTime(7, 40), { stretch(9, TimeOfDay::Morning, kToday.addDays(1)) }), QStringList());
}

TEST(Reminders, NoneTwiceForTheSameSlot)
{
    const ReminderRecord shown{ kToday, QStringLiteral("stretch-morning"), 1, 0, QTime() };
    EXPECT_EQ(dueAt(QTime(7, 40), day(), { shown }), QStringList());
    EXPECT_EQ(dueAt(QTime(12, 0), day(), { shown }), QStringList());
    // Yesterday's record does not count: the caller passes today's records only, and the slot is open again.
    EXPECT_EQ(dueAt(QTime(7, 40), day(), {}), QStringList{ QStringLiteral("stretch-morning") });
}

TEST(Reminders, LaterComesBackInThirtyMinutesAtMostTwice)
{
    const DueReminder first = Reminders::due({}, day(), {}, {}, kToday, QTime(7, 30)).first();
    ReminderRecord record = Reminders::shown(first, std::nullopt);
    EXPECT_EQ(record.sent, 1);
    record = Reminders::later(record, QTime(7, 32));
    EXPECT_EQ(record.dueAgain, QTime(8, 2));
    EXPECT_EQ(dueAt(QTime(8, 1), day(), { record }), QStringList());
    auto again = Reminders::due({}, day(), {}, { record }, kToday, QTime(8, 2));
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.first().offersLater) << "one Later so far";

    record = Reminders::later(Reminders::shown(again.first(), record), QTime(8, 3));
    again = Reminders::due({}, day(), {}, { record }, kToday, QTime(8, 33));
    ASSERT_EQ(again.size(), 1);
    EXPECT_FALSE(again.first().offersLater) << "the third showing offers Done only";
    EXPECT_EQ(again.first().laterSoFar, 2);
    record = Reminders::shown(again.first(), record);
    EXPECT_EQ(dueAt(QTime(9, 30), day(), { record }), QStringList());
}

TEST(Reminders, LaterAfterHalfPastElevenDoesNotComeBackTomorrowMorning)
{
    ReminderRecord record{ kToday, QStringLiteral("stretch-evening"), 1, 0, QTime() };
    record = Reminders::later(record, QTime(23, 40));
    EXPECT_FALSE(record.dueAgain.isValid());
    EXPECT_EQ(dueAt(QTime(23, 59), day(), { record }), QStringList());
}

TEST(Reminders, SettingsChooseTimesAndWhichReminders)
{
    ReminderSettings settings;
    settings.morningStretch = false;
    EXPECT_EQ(dueAt(QTime(7, 40), day(), {}, {}, settings), QStringList());
    EXPECT_EQ(dueAt(QTime(21, 5), day(), {}, {}, settings), QStringList{ QStringLiteral("stretch-evening") });
    settings = {};
    settings.morning = QTime(6, 15);
    settings.evening = QTime(19, 0);
    EXPECT_EQ(dueAt(QTime(6, 15), day(), {}, {}, settings), QStringList{ QStringLiteral("stretch-morning") });
    EXPECT_EQ(dueAt(QTime(19, 0), day(), {}, {}, settings), QStringList{ QStringLiteral("stretch-evening") });
}

TEST(Reminders, AnHourBeforeARunOnlyWhenAskedAndNeverOnARedFlagDay)
{
    ReminderSettings settings;
    EXPECT_EQ(dueAt(QTime(6, 10), day(), {}, {}, settings), QStringList()) << "off by default";
    settings.beforeRun = true;
    EXPECT_EQ(dueAt(QTime(5, 59), day(), {}, {}, settings), QStringList());
    EXPECT_EQ(dueAt(QTime(6, 0), day(), {}, {}, settings), QStringList{ QStringLiteral("run-2") });
    EXPECT_EQ(dueAt(QTime(7, 0), day(), {}, {}, settings), QStringList()) << "the run has begun";
    const auto due = Reminders::due(settings, day(), {}, {}, kToday, QTime(6, 10));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().title, QStringLiteral("In an hour: Easy run"));
    EXPECT_TRUE(due.first().body.contains(QStringLiteral("Brisk walk"))) << due.first().body.toStdString();
    EXPECT_FALSE(due.first().offersDone) << "a run is ticked with its minutes and effort, in the window";

    const PainEntry redFlag{ kToday.addDays(-2), 4, { Symptom::Numbness }, {} };
    EXPECT_EQ(dueAt(QTime(6, 10), day(), {}, { redFlag }, settings), QStringList());
    const PainEntry longAgo{ kToday.addDays(-40), 4, { Symptom::Numbness }, {} };
    EXPECT_EQ(dueAt(QTime(6, 10), day(), {}, { longAgo }, settings), QStringList())
        << "a red flag lasts until a clinician's clearance is recorded, however long ago it was logged";
    const auto cleared = RedFlags::status({ longAgo }, kToday.addDays(-3), kToday);
    EXPECT_EQ(slotsDue(Reminders::due(settings, day(), cleared, {}, kToday, QTime(6, 10))),
        QStringList{ QStringLiteral("run-2") })
        << "after the clearance the run reminder comes back";
    const PainEntry calm{ kToday, 2, {}, {} };
    EXPECT_EQ(dueAt(QTime(6, 10), day(), {}, { calm }, settings), QStringList{ QStringLiteral("run-2") });
    // The stretch still comes on a red-flag day, with a word of care.
    const auto stretchDue =
        Reminders::due(settings, day(), RedFlags::status({ redFlag }, QDate(), kToday), {}, kToday, QTime(7, 40));
    ASSERT_EQ(stretchDue.size(), 1);
    EXPECT_TRUE(stretchDue.first().body.contains(QStringLiteral("leg symptoms")));

    const ReminderRecord shown{ kToday, QStringLiteral("run-2"), 1, 0, QTime() };
    EXPECT_EQ(dueAt(QTime(6, 30), day(), { shown }, {}, settings), QStringList());
    settings.runMorning = QTime(9, 0);
    EXPECT_EQ(dueAt(QTime(8, 0), day(), {}, {}, settings),
        (QStringList{ QStringLiteral("stretch-morning"), QStringLiteral("run-2") }));
}

class ReminderServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = openDb(m_dir.path());
        ASSERT_TRUE(m_db);
        ASSERT_TRUE(ProfileRepository(*m_db).save(Profile{}).ok());
        auto week = Planner(*m_db).planWeek(QDate(2026, 11, 23));
        ASSERT_TRUE(week.ok()) << week.message().toStdString();
    }

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(ReminderServiceTest, ShownOnceDoneTicksTheStretchAndLaterIsRemembered)
{
    ReminderService service(*m_db);
    auto due = service.due({}, kToday, QTime(7, 40));
    ASSERT_TRUE(due.ok()) << due.message().toStdString();
    ASSERT_EQ(due->size(), 1);
    ASSERT_TRUE(service.markShown(*due).ok());
    EXPECT_TRUE(service.due({}, kToday, QTime(7, 45))->isEmpty()) << "no duplicate for the slot";

    auto back = service.markLater(kToday, due->first().slot, QTime(7, 50));
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(*back, QTime(8, 20));
    EXPECT_EQ(service.due({}, kToday, QTime(8, 20))->size(), 1);

    auto done = service.markDone(due->first().sessionId);
    ASSERT_TRUE(done.ok()) << done.message().toStdString();
    auto stored = LogRepository(*m_db).completion(due->first().sessionId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_FALSE((*stored)->skipped);
    EXPECT_EQ((*stored)->minutes, done->minutes);
    EXPECT_TRUE(service.due({}, kToday, QTime(8, 20))->isEmpty()) << "none for a ticked stretch";
    EXPECT_EQ(service.due({}, kToday, QTime(21, 0))->size(), 1) << "the evening one is its own";
}

TEST_F(ReminderServiceTest, DoneLeavesASessionTheRunnerAlreadyRecorded)
{
    ReminderService service(*m_db);
    const qint64 id = service.due({}, kToday, QTime(7, 40))->first().sessionId;
    ASSERT_TRUE(LogRepository(*m_db).complete(Completion{ id, true, 0, 0, std::nullopt, QStringLiteral("ill") }).ok());
    auto done = service.markDone(id);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->isSkipped());
    EXPECT_EQ((*LogRepository(*m_db).completion(id))->note, QStringLiteral("ill"));
    EXPECT_EQ(service.markDone(987654).kind(), ErrorKind::NotFound);
    EXPECT_EQ(service.markLater(kToday, QStringLiteral("stretch-evening"), QTime(21, 0)).kind(), ErrorKind::NotFound);
}

TEST_F(ReminderServiceTest, OldRecordsAreTidiedAway)
{
    ReminderRepository repository(*m_db);
    ASSERT_TRUE(
        repository.save({ ReminderRecord{ kToday.addDays(-90), QStringLiteral("stretch-morning"), 1, 0, {} } }).ok());
    ASSERT_TRUE(
        repository.save({ ReminderRecord{ kToday, QStringLiteral("stretch-morning"), 1, 1, QTime(8, 0) } }).ok());
    EXPECT_TRUE(repository.recordsOn(kToday.addDays(-90))->isEmpty());
    const auto kept = repository.recordsOn(kToday);
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->first().dueAgain, QTime(8, 0));
}

// The brief: a migration must work on a file that already holds data.
TEST(ReminderMigration, AFileWithDataFromBeforeRemindersGainsTheTableAndKeepsEverything)
{
    TempDir dir;
    const QDate monday(2026, 11, 23);
    {
        // The versions before the reminders' one, filled with version-1 SQL: today's repositories write columns
        // later versions add.
        Database::setMigrationsForTesting(migrationsBefore(QStringLiteral("reminder")));
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO profile VALUES (1, 'regular', 120, 3, 'mon,wed,sat,sun', 'sun', "
                                          "'walking', 60, 100)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO week (id, iso_week, monday, generator_version, zone) VALUES "
                                          "(1, '2026-W48', '%1', 2, 'green')")
                               .arg(monday.toString(Qt::ISODate))));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO session (id, week_id, date, time_of_day, position, activity, minutes, rpe, title) VALUES "
            "(1, 1, '%1', 'morning', 0, 'stretch', 3, 1, 'Hamstring stretch')")
                               .arg(kToday.toString(Qt::ISODate))));
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO pain_log VALUES ('%1', 3, '', 'stiff')").arg(kToday.toString(Qt::ISODate))));
    }
    Database::setMigrationsForTesting({});
    OpenOptions open;
    open.now = QDateTime(kToday, QTime(7, 0)); // the backup made before the update is named by it
    auto opened = Database::open(dir.path(), Database::Mode::ReadWrite, open);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    auto db = std::move(opened).value();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ((*LogRepository(*db).painOn(kToday))->note, QStringLiteral("stiff"));
    ReminderService service(*db);
    auto due = service.due({}, kToday, QTime(7, 40));
    ASSERT_TRUE(due.ok()) << due.message().toStdString();
    ASSERT_EQ(due->size(), 1);
    EXPECT_TRUE(service.markShown(*due).ok());
    EXPECT_TRUE(db->checkIntegrity().ok());
}
