#include "core/service/calendarexport.h"
#include "core/store/calendarrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/schema.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

struct RestoreMigrations
{
    ~RestoreMigrations() { Database::setMigrationsForTesting({}); }
};

CalendarExportOptions berlin()
{
    CalendarExportOptions options;
    options.timeZone = QStringLiteral("Europe/Berlin");
    return options;
}

} // namespace

// A file saved by the build before this migration (every version but the last; version 1 alone can no longer be
// filled by today's repositories, which read later versions' columns).
TEST(CalendarStore, AFileWithDataFromTheVersionBeforeGainsTheCalendarTablesAndKeepsItsData)
{
    TempDir dir;
    const QString path = dir.path();
    {
        RestoreMigrations restore;
        const QList<QStringList> older = migrationsBefore(QStringLiteral("calendar_event"));
        Database::setMigrationsForTesting(older);
        auto db = openDb(path);
        ASSERT_TRUE(db);
        ASSERT_EQ(db->schemaVersion(), int(older.size()));
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'calendar_event'")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 0) << "the file is from before the calendar tables";
        // Filled with version-1 SQL: today's repositories write columns that later versions add.
        const QStringList fill{
            QStringLiteral("INSERT INTO profile VALUES (1, 'returning', 90, 3, 'mon,wed,sat', 'sat', 'walking,swimming', "
                           "60, 100)"),
            QStringLiteral("INSERT INTO week (id, iso_week, monday) VALUES (1, '2026-W49', '2026-11-30')"),
            QStringLiteral("INSERT INTO week (id, iso_week, monday) VALUES (2, '2026-W50', '2026-12-07')"),
            QStringLiteral("INSERT INTO session (id, week_id, date, time_of_day, activity, minutes, rpe, title) VALUES "
                           "(1, 1, '2026-11-30', 'midday', 'run', 25, 3, 'Easy run'), "
                           "(2, 1, '2026-12-02', 'evening', 'walk', 40, 2, 'Brisk walk'), "
                           "(3, 1, '2026-12-05', 'morning', 'run', 35, 4, 'Longer easy run'), "
                           "(4, 2, '2026-12-07', 'midday', 'strength', 20, 3, 'Core strength'), "
                           "(5, 2, '2026-12-09', 'evening', 'swim', 30, 3, 'Easy swim')"),
            QStringLiteral("INSERT INTO completion (session_id, minutes, rpe, pain, note) VALUES (2, 30, 4, 1, 'ok')"),
            QStringLiteral("INSERT INTO pain_log VALUES ('2026-11-30', 2, '', 'stiff')"),
        };
        for (const QString &statement : fill)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
    }

    OpenOptions options;
    options.now = QDateTime(QDate(2026, 12, 14), QTime(9, 0));
    auto opened = Database::open(path, Database::Mode::ReadWrite, options);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database &db = *opened.value();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    const auto sessions = PlanRepository(db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(13)).value();
    ASSERT_EQ(sessions.size(), 5);
    EXPECT_EQ(sessions.at(1).id, 2);
    EXPECT_EQ(sessions.at(1).title, QStringLiteral("Brisk walk"));
    ASSERT_TRUE(sessions.at(1).completion.has_value());
    EXPECT_EQ(sessions.at(1).completion->minutes, 30);
    EXPECT_EQ(sessions.at(1).completion->note, QStringLiteral("ok"));
    EXPECT_EQ(LogRepository(db).painOn(kFirstMonday).value()->note, QStringLiteral("stiff"));
    ASSERT_TRUE(db.checkIntegrity().ok());

    // The new tables work on the old data: UIDs for every session, kept on the next export.
    auto events = CalendarExport(db).events(kFirstMonday, kFirstMonday.addDays(13), berlin());
    ASSERT_TRUE(events.ok()) << events.message().toStdString();
    EXPECT_FALSE(events->isEmpty());
    auto again = CalendarExport(db).events(kFirstMonday, kFirstMonday.addDays(13), berlin());
    ASSERT_TRUE(again.ok());
    for (int i = 0; i < events->size(); ++i)
        EXPECT_EQ(again->at(i).uid, events->at(i).uid);
    QSqlQuery fk(db.connection());
    ASSERT_TRUE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(fk.next());
}

TEST(CalendarStore, ADeletedSessionLeavesItsUidForTheSessionThatTakesItsPlace)
{
    TempDir dir;
    auto db = openDb(dir.path());
    planWeeks(*db, 1);
    auto events = CalendarExport(*db).events(kFirstMonday, kFirstMonday.addDays(6), berlin());
    ASSERT_TRUE(events.ok());
    const auto sessions = PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(6)).value();
    PlannedSession victim;
    for (const PlannedSession &s : sessions) {
        if (s.activity != Activity::Stretch) {
            victim = s;
            break;
        }
    }
    ASSERT_TRUE(PlanRepository(*db).deleteSession(victim.id).ok());
    auto records = CalendarRepository(*db).eventsFor(kFirstMonday, kFirstMonday.addDays(6)).value();
    const auto orphan =
        std::find_if(records.cbegin(), records.cend(), [](const CalendarEventRecord &r) { return r.sessionId == 0; });
    ASSERT_NE(orphan, records.cend());
    const QString uid = orphan->uid;

    // Undo of the delete brings the session back with its id: the event gets its old UID back, unchanged.
    ASSERT_TRUE(PlanRepository(*db).addSession(victim).ok());
    auto restored = CalendarExport(*db).events(kFirstMonday, kFirstMonday.addDays(6), berlin());
    ASSERT_TRUE(restored.ok());
    ASSERT_EQ(restored->size(), events->size());
    bool found = false;
    for (const CalendarEvent &e : *restored) {
        if (e.uid == uid) {
            found = true;
            EXPECT_EQ(e.sequence, 0);
        }
    }
    EXPECT_TRUE(found);
}

TEST(CalendarStore, CalDavResourcesAreKeptPerCalendar)
{
    TempDir dir;
    auto db = openDb(dir.path());
    CalendarRepository repo(*db);
    const CalDavResourceRecord a{ QStringLiteral("https://a.example/cal/"), QStringLiteral("u1"),
        QStringLiteral("/cal/u1.ics"), QStringLiteral("\"e1\""), QStringLiteral("f1"), QDate(2026, 12, 1) };
    CalDavResourceRecord b = a;
    b.calendar = QStringLiteral("https://b.example/cal/");
    ASSERT_TRUE(repo.saveResource(a).ok());
    ASSERT_TRUE(repo.saveResource(b).ok());
    CalDavResourceRecord changed = a;
    changed.etag = QStringLiteral("\"e2\"");
    ASSERT_TRUE(repo.saveResource(changed).ok());
    EXPECT_EQ(repo.resources(a.calendar).value(), QList<CalDavResourceRecord>{ changed });
    ASSERT_TRUE(repo.removeResource(a.calendar, a.uid).ok());
    EXPECT_TRUE(repo.resources(a.calendar).value().isEmpty());
    EXPECT_EQ(repo.resources(b.calendar).value(), QList<CalDavResourceRecord>{ b });
}
