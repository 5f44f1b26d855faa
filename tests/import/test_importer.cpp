#include "core/model/isoweek.h"
#include "core/service/importer.h"
#include "core/store/importrepository.h"
#include "core/store/logrepository.h"
#include "core/store/shoerepository.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include "tests/import/importtest.h"
#include "tests/io/readertest.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kMonday(2026, 11, 30); // run-35min-1hz.fit starts 2026-11-30 06:30 UTC (07:30 local, +1 h)

ImportOptions options()
{
    ImportOptions o;
    o.zone = QTimeZone::utc();
    o.today = QDate(2026, 12, 2);
    return o;
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
    }
    ImportReport importFixture(const QString &name, const ImportOptions &o = options())
    {
        return Importer(*db).importFile(activityFixture(name), o);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(ImporterTest, TicksThePlannedRunNearestInMinutesWithTheRecordedMinutesAndDistance)
{
    const Week w = saveWeek(*db, kMonday,
        { planned(kMonday, Activity::Walk, 30, 2), planned(kMonday, Activity::Run, 60, 5, TimeOfDay::Evening),
            planned(kMonday, Activity::Run, 30, 4) });
    ASSERT_EQ(w.sessions.size(), 3);
    auto shoe = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Trainers"), 4, kMonday.addDays(-60) });
    ASSERT_TRUE(shoe.ok());

    const ImportReport report = importFixture(QStringLiteral("run-35min-1hz.fit"));
    ASSERT_TRUE(report.failed.isEmpty()) << report.failed.first().message.toStdString();
    ASSERT_EQ(report.imported.size(), 1);
    const ImportedItem &item = report.imported.first();
    EXPECT_TRUE(item.matched);
    EXPECT_EQ(item.date, kMonday);
    EXPECT_EQ(item.minutes, 35);
    EXPECT_EQ(item.elapsedMinutes, 35);
    const qint64 thirty = w.sessions.at(2).id; // 30 planned is nearer to 35 than 60
    EXPECT_EQ(item.sessionId, thirty);
    EXPECT_EQ(report.summary(), QStringLiteral("1 activity imported, 1 planned session ticked"));

    auto done = LogRepository(*db).completion(thirty);
    ASSERT_TRUE(done.ok() && done->has_value());
    const Completion &c = **done;
    EXPECT_EQ(c.minutes, 35);
    EXPECT_EQ(c.rpe, 4); // the planned effort counts for load until the runner gives theirs
    EXPECT_TRUE(c.needsEffort);
    EXPECT_FALSE(c.pain);
    ASSERT_TRUE(c.distanceMeters);
    EXPECT_DOUBLE_EQ(*c.distanceMeters, 6300.0);
    EXPECT_EQ(c.shoeId, shoe->id); // imported runs get the default shoe
    EXPECT_EQ(c.shoeName, QStringLiteral("Trainers"));
    auto other = LogRepository(*db).completion(w.sessions.at(1).id);
    EXPECT_FALSE(other->has_value());
}

TEST_F(ImporterTest, ImportingTheSameFileAgainChangesNothing)
{
    saveWeek(*db, kMonday, { planned(kMonday, Activity::Run, 30, 4) });
    ASSERT_EQ(importFixture(QStringLiteral("run-35min-1hz.fit")).imported.size(), 1);
    const QStringList before = dumpAll(*db);

    const ImportReport again = importFixture(QStringLiteral("run-35min-1hz.fit"));
    EXPECT_TRUE(again.imported.isEmpty());
    EXPECT_TRUE(again.failed.isEmpty());
    ASSERT_EQ(again.skipped.size(), 1);
    EXPECT_EQ(again.skipped.first().reason, QStringLiteral("already imported"));
    EXPECT_EQ(dumpAll(*db), before);

    // The same recording in another file (different bytes, same activity, start and duration) is known by its
    // fingerprint.
    const QByteArray padded = fixtureBytes(QStringLiteral("run-35min-1hz.fit")) + QByteArray(16, '\0');
    const ImportReport copy = Importer(*db).importData(QStringLiteral("copy.fit"), padded, options());
    EXPECT_TRUE(copy.imported.isEmpty());
    ASSERT_EQ(copy.skipped.size(), 1);
    EXPECT_TRUE(copy.skipped.first().reason.startsWith(QStringLiteral("already imported: run on 2026-11-30")))
        << copy.skipped.first().reason.toStdString();
    EXPECT_EQ(dumpAll(*db), before);
}

TEST_F(ImporterTest, AddsAnUnplannedDoneSessionWhenNothingIsPlannedThatDay)
{
    const ImportReport report = importFixture(QStringLiteral("run-35min-1hz.fit"));
    ASSERT_EQ(report.imported.size(), 1);
    EXPECT_FALSE(report.imported.first().matched);
    auto s = PlanRepository(*db).session(report.imported.first().sessionId);
    ASSERT_TRUE(s.ok() && s->has_value());
    const PlannedSession &session = **s;
    EXPECT_EQ(session.date, kMonday);
    EXPECT_EQ(session.activity, Activity::Run);
    EXPECT_EQ(session.minutes, 35);
    EXPECT_EQ(session.timeOfDay, TimeOfDay::Morning); // 07:30 local
    EXPECT_TRUE(session.manual);
    EXPECT_EQ(session.rule, QStringLiteral("imported"));
    EXPECT_EQ(session.title, QStringLiteral("Run (recorded)"));
    ASSERT_TRUE(session.isDone());
    EXPECT_EQ(session.completion->rpe, Importer::kUnplannedEffort);
    EXPECT_TRUE(session.completion->needsEffort);
    EXPECT_FALSE(session.completion->shoeId); // no shoe yet
}

TEST_F(ImporterTest, DoesNotTickASessionAlreadyRecordedOrOfAnotherActivity)
{
    const Week w =
        saveWeek(*db, kMonday, { planned(kMonday, Activity::Run, 35, 4), planned(kMonday, Activity::Cycle, 35, 3) });
    Completion skipped;
    skipped.sessionId = w.sessions.first().id;
    skipped.skipped = true;
    ASSERT_TRUE(LogRepository(*db).complete(skipped).ok());
    const ImportReport report = importFixture(QStringLiteral("run-35min-1hz.fit"));
    ASSERT_EQ(report.imported.size(), 1);
    EXPECT_FALSE(report.imported.first().matched);
    auto still = LogRepository(*db).completion(w.sessions.first().id);
    EXPECT_TRUE((*still)->skipped);
}

TEST_F(ImporterTest, UsesTheLocalDateTheFileStates)
{
    // garmin-fenix-5-walk.fit: 14:32 UTC at -7 h. In UTC+12 it would be the next day; the file's offset wins.
    ImportOptions o = options();
    o.zone = QTimeZone("Pacific/Auckland");
    o.today = QDate(2030, 1, 1);
    const ImportReport report = importFixture(QStringLiteral("garmin-fenix-5-walk.fit"), o);
    ASSERT_EQ(report.imported.size(), 1);
    EXPECT_EQ(report.imported.first().date, QDate(2017, 6, 11));
    EXPECT_EQ(report.imported.first().activity, Activity::Walk);
    EXPECT_EQ(report.imported.first().minutes, 1);
}

TEST_F(ImporterTest, ImportsEachSportOfAMultisportFile)
{
    ImportOptions o = options();
    o.today = QDate(2030, 1, 1);
    const ImportReport report = importFixture(QStringLiteral("sample_mulitple_header.fit"), o);
    ASSERT_TRUE(report.failed.isEmpty());
    ASSERT_EQ(report.imported.size(), 3);
    EXPECT_EQ(report.imported.at(0).activity, Activity::Swim);
    EXPECT_EQ(report.imported.at(1).activity, Activity::Cycle);
    EXPECT_EQ(report.imported.at(2).activity, Activity::Run);
    EXPECT_EQ(report.imported.at(2).minutes, 48); // 2,850.7 s
}

TEST_F(ImporterTest, RefusesBadFilesWithTheirNameAndWhatIsWrongAndChangesNothing)
{
    saveWeek(*db, kMonday, { planned(kMonday, Activity::Run, 30, 4) });
    const QStringList before = dumpAll(*db);
    const QList<std::pair<const char *, const char *>> cases{
        { "run-35min-cut-short.fit", "run-35min-cut-short.fit: cut short at byte 3000" },
        { "run-35min-wrong-crc.fit", "run-35min-wrong-crc.fit: CRC mismatch: the file is damaged" },
        { "activity-unexpected-eof.fit", "activity-unexpected-eof.fit: cut short at byte 768" },
        { "MonitoringFile.fit", "MonitoringFile.fit: a monitoring file, not an activity" },
        { "no-timestamps.gpx", "no-timestamps.gpx: no timestamps: cannot tell how long" },
        { "clock-1901.gpx", "clock-1901.gpx: timestamps in 1901: the device's clock was not set" },
        { "strava-run-cut-short.tcx", "strava-run-cut-short.tcx: cut short at line" },
    };
    for (const auto &[file, message] : cases) {
        const ImportReport report = importFixture(QString::fromLatin1(file));
        ASSERT_EQ(report.failed.size(), 1) << file;
        EXPECT_TRUE(report.failed.first().message.startsWith(QString::fromUtf8(message)))
            << report.failed.first().message.toStdString();
        EXPECT_TRUE(report.failed.first().message.endsWith(QStringLiteral("; nothing from it was imported")));
        EXPECT_TRUE(report.imported.isEmpty()) << file;
    }
    EXPECT_EQ(dumpAll(*db), before);
}

TEST_F(ImporterTest, AsksForTheActivityOfASportItDoesNotKnow)
{
    ImportOptions o = options();
    o.today = QDate(2030, 1, 1);
    const ImportReport unknown = importFixture(QStringLiteral("sup_activity_1.tcx"), o);
    ASSERT_EQ(unknown.failed.size(), 1);
    EXPECT_TRUE(unknown.failed.first().needsActivity);
    EXPECT_EQ(unknown.failed.first().message,
        QStringLiteral(
            "sup_activity_1.tcx: the sport \"other\" is not run, walk, cycle or swim; say which activity it was"));
    o.activity = Activity::Walk;
    const ImportReport named = importFixture(QStringLiteral("sup_activity_1.tcx"), o);
    ASSERT_EQ(named.imported.size(), 1);
    EXPECT_EQ(named.imported.first().activity, Activity::Walk);
    EXPECT_EQ(named.imported.first().minutes, 19); // 1,112.3 s of laps
}

TEST_F(ImporterTest, ImportsAFileWholeOrNotAtAll)
{
    // A run the importer knows and a sport it does not: nothing is imported until the runner names it.
    const QByteArray data = QByteArrayLiteral(
        "<TrainingCenterDatabase><Activities>"
        "<Activity Sport=\"Running\"><Id>2026-11-30T07:00:00Z</Id><Lap StartTime=\"2026-11-30T07:00:00Z\">"
        "<TotalTimeSeconds>1800</TotalTimeSeconds></Lap></Activity>"
        "<Activity Sport=\"Other\"><Id>2026-11-30T18:00:00Z</Id><Lap StartTime=\"2026-11-30T18:00:00Z\">"
        "<TotalTimeSeconds>1200</TotalTimeSeconds></Lap></Activity>"
        "</Activities></TrainingCenterDatabase>");
    const QStringList before = dumpAll(*db);
    const ImportReport report = Importer(*db).importData(QStringLiteral("two.tcx"), data, options());
    EXPECT_TRUE(report.imported.isEmpty());
    ASSERT_EQ(report.failed.size(), 1);
    EXPECT_EQ(dumpAll(*db), before);
}

TEST_F(ImporterTest, RefusesARecordingDatedAfterToday)
{
    ImportOptions o = options();
    o.today = QDate(2026, 11, 29);
    const ImportReport report = importFixture(QStringLiteral("run-35min-1hz.fit"), o);
    ASSERT_EQ(report.failed.size(), 1);
    EXPECT_EQ(report.failed.first().message,
        QStringLiteral("run-35min-1hz.fit: dated 2026-11-30, after today (2026-11-29): is the device's clock right?"));
}

TEST_F(ImporterTest, SearchesFoldersForActivityFilesAndSkipsFilesWithoutAnActivity)
{
    TempDir watch;
    QDir().mkpath(watch.path(QStringLiteral("GARMIN/Activity")));
    QDir().mkpath(watch.path(QStringLiteral("GARMIN/Monitor")));
    QFile::copy(
        activityFixture(QStringLiteral("run-35min-1hz.fit")), watch.path(QStringLiteral("GARMIN/Activity/A.FIT")));
    QFile::copy(
        activityFixture(QStringLiteral("MonitoringFile.fit")), watch.path(QStringLiteral("GARMIN/Monitor/M.FIT")));
    writeAll(watch.path(QStringLiteral("GARMIN/notes.txt")), "not an activity");
    const ImportReport report = Importer(*db).importPaths({ watch.path(QStringLiteral("GARMIN")) }, options());
    EXPECT_EQ(report.imported.size(), 1);
    ASSERT_EQ(report.skipped.size(), 1);
    EXPECT_EQ(report.skipped.first().reason, QStringLiteral("a monitoring file, not an activity"));
    EXPECT_TRUE(report.failed.isEmpty());

    const ImportReport missing = Importer(*db).importPaths({ watch.path(QStringLiteral("nowhere.fit")) }, options());
    ASSERT_EQ(missing.failed.size(), 1);
    EXPECT_TRUE(missing.failed.first().message.endsWith(QStringLiteral("nowhere.fit: no such file or folder")));
}

TEST_F(ImporterTest, UndoTakesBackTicksAndAddedSessionsAndForgetsTheFile)
{
    const Week w = saveWeek(*db, kMonday, { planned(kMonday, Activity::Run, 30, 4) });
    const QStringList before = dumpAll(*db);
    ImportReport report = importFixture(QStringLiteral("run-35min-1hz.fit"));
    ImportOptions o = options();
    o.today = QDate(2030, 1, 1);
    report.append(importFixture(QStringLiteral("garmin-fenix-5-walk.fit"), o));
    ASSERT_EQ(report.imported.size(), 2);
    ASSERT_TRUE(Importer(*db).undo(report).ok());
    EXPECT_EQ(dumpAll(*db), before);
    // And the file imports again afterwards (redo).
    EXPECT_EQ(importFixture(QStringLiteral("run-35min-1hz.fit")).imported.size(), 1);
    EXPECT_TRUE(LogRepository(*db).completion(w.sessions.first().id)->has_value());
}

TEST_F(ImporterTest, KeepsRecordedDistanceWhenAWeekIsReadForThePlanner)
{
    saveWeek(*db, kMonday, { planned(kMonday, Activity::Run, 30, 4) });
    ASSERT_EQ(importFixture(QStringLiteral("run-35min-1hz.fit")).imported.size(), 1);
    auto done = LogRepository(*db).completedBetween(kMonday, kMonday);
    ASSERT_TRUE(done.ok());
    ASSERT_EQ(done->size(), 1);
    EXPECT_EQ(done->first().distanceMeters, 6300.0);
    EXPECT_EQ(done->first().minutes, 35);
}

TEST_F(ImporterTest, TicksPlannedSessionsFromAStravaTcxAndAGarminConnectGpx)
{
    const QDate sunday(2017, 6, 11);
    const Week w = saveWeek(*db, IsoWeek::mondayOf(sunday),
                            {planned(sunday, Activity::Run, 5, 3), planned(sunday, Activity::Walk, 10, 2, TimeOfDay::Evening)});
    ImportOptions o = options();
    o.today = QDate(2030, 1, 1);
    o.zone = QTimeZone("America/Los_Angeles"); // the files say UTC ("Z"): the local date comes from the runner's zone
    const ImportReport tcx = importFixture(QStringLiteral("strava-run.tcx"), o);
    const ImportReport gpx = importFixture(QStringLiteral("garmin-connect-walk.gpx"), o);
    ASSERT_EQ(tcx.imported.size(), 1);
    ASSERT_EQ(gpx.imported.size(), 1);
    EXPECT_TRUE(tcx.imported.first().matched);
    EXPECT_EQ(tcx.imported.first().sessionId, w.sessions.at(0).id);
    EXPECT_TRUE(gpx.imported.first().matched);
    EXPECT_EQ(gpx.imported.first().sessionId, w.sessions.at(1).id);
    EXPECT_EQ((*LogRepository(*db).completion(w.sessions.at(1).id))->distanceMeters.has_value(), true);
    // The watch's own FIT of the same walk is the same activity: it is not imported twice.
    const ImportReport fit = importFixture(QStringLiteral("garmin-fenix-5-walk.fit"), o);
    EXPECT_TRUE(fit.imported.isEmpty());
    ASSERT_EQ(fit.skipped.size(), 1);
    EXPECT_TRUE(fit.skipped.first().reason.startsWith(QStringLiteral("already imported: walk on 2017-06-11")));
}
