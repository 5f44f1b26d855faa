#include "core/service/importer.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/schema.h"
#include "core/store/shoerepository.h"

#include <gtest/gtest.h>

#include "tests/import/importtest.h"
#include "tests/io/readertest.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

// Issue 12's migration must work on a file that already holds data (brief: "Schema migrations").
TEST(ImportMigration, UpdatesAVersionOneFileWithDataAndKeepsEveryRecord)
{
    TempDir dir;
    const QDate monday(2026, 11, 30);
    qint64 doneId = 0, skippedId = 0, openId = 0;
    {
        Database::setMigrationsForTesting({ Schema::migrations().first() });
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        ASSERT_EQ(db->schemaVersion(), 1);
        // Raw SQL in the version-1 columns: today's repositories write columns later versions add.
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO profile VALUES (1, 'regular', 120, 3, 'mon,wed,sat,sun', 'sun', "
                                          "'walking', 60, 100)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO week (id, iso_week, monday, generator_version, zone) VALUES "
                                          "(1, '2026-W49', '2026-11-30', 2, 'green')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO session (id, week_id, date, time_of_day, position, activity, minutes, rpe, title) VALUES "
            "(1, 1, '2026-11-30', 'morning', 0, 'run', 30, 4, 'Easy run'), "
            "(2, 1, '2026-12-01', 'morning', 1, 'walk', 20, 2, 'Walk'), "
            "(3, 1, '2026-11-30', 'evening', 2, 'run', 45, 5, 'Longer run')")));
        doneId = 1;
        skippedId = 3; // the evening run
        openId = 2;
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO completion (session_id, skipped, minutes, rpe, pain, note) "
                                          "VALUES (%1, 0, 32, 5, 3, 'felt fine')")
                               .arg(doneId)));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO completion (session_id, skipped, note) VALUES (%1, 1, 'rain')")
                               .arg(skippedId)));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO pain_log VALUES ('2026-11-30', 2, '', 'ok')")));
    }
    Database::setMigrationsForTesting({});
    OpenOptions open;
    open.now = QDateTime(QDate(2026, 12, 1), QTime(8, 0));
    auto opened = Database::open(dir.path(), Database::Mode::ReadWrite, open);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database &db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(db.checkIntegrity().ok());

    auto done = LogRepository(db).completion(doneId);
    ASSERT_TRUE(done.ok() && done->has_value());
    EXPECT_EQ((*done)->minutes, 32);
    EXPECT_EQ((*done)->rpe, 5);
    EXPECT_EQ((*done)->pain, 3);
    EXPECT_EQ((*done)->note, QStringLiteral("felt fine"));
    EXPECT_FALSE((*done)->distanceMeters);
    EXPECT_FALSE((*done)->shoeId);
    EXPECT_FALSE((*done)->needsEffort);
    EXPECT_TRUE((*LogRepository(db).completion(skippedId))->skipped);
    EXPECT_EQ((*LogRepository(db).painOn(monday))->score, 2);
    EXPECT_TRUE(ProfileRepository(db).load()->has_value());

    // The new tables work with the old data: a shoe, and an import on a day whose runs are both recorded already,
    // so the recorded run is added as unplanned; the open walk of the next day stays open.
    ASSERT_TRUE(ShoeRepository(db).add(Shoe{ 0, QStringLiteral("Pegasus") }).ok());
    ImportOptions o;
    o.today = QDate(2026, 12, 1);
    const ImportReport report = Importer(db).importFile(activityFixture(QStringLiteral("run-35min-1hz.fit")), o);
    ASSERT_EQ(report.imported.size(), 1) << (report.failed.isEmpty() ? ""
                                                                     : report.failed.first().message.toStdString());
    EXPECT_FALSE(report.imported.first().matched);
    EXPECT_FALSE(LogRepository(db).completion(openId)->has_value());
}
