#include "core/model/week.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/cli/clirunner.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/fixtures/activities/") + QString::fromLatin1(name);
}

PlannedSession planned(QDate date, Activity activity, int minutes, int rpe)
{
    PlannedSession s;
    s.date = date;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = rpe;
    s.title = QStringLiteral("Easy %1").arg(minutes);
    return s;
}

/** A database with a profile and a week of 2026-11-30 holding a 30-min run on Monday; returns the run's id. */
qint64 makeDatabase(const QString &path, QDate monday = QDate(2026, 11, 30), Activity activity = Activity::Run)
{
    auto db = openDb(path);
    if (!db || !ProfileRepository(*db).save(Profile{}).ok())
        return 0;
    Week w;
    w.monday = monday;
    w.sessions = { planned(monday, activity, 30, 4), planned(monday.addDays(1), Activity::Walk, 30, 2) };
    auto saved = PlanRepository(*db).saveWeek(w);
    return saved.ok() ? saved->sessions.first().id : 0;
}

QJsonObject json(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonObject sessionDone(const QString &db, const QString &week, qint64 id)
{
    const CliResult plan = runCli({ QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--week"), week,
        QStringLiteral("--format"), QStringLiteral("json") });
    for (const QJsonValue &v : json(plan).value(QStringLiteral("sessions")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject().value(QStringLiteral("done")).toObject();
    }
    return {};
}

} // namespace

TEST(ImportCli, TicksThePlannedRunAndPrintsTheJsonContract)
{
    TempDir dir;
    const QString db = dir.path();
    const qint64 runId = makeDatabase(db);
    ASSERT_GT(runId, 0);
    const CliResult r = runCli({ QStringLiteral("import"), fixture("run-35min-1hz.fit"), QStringLiteral("--db"), db,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-12-02") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject out = json(r);
    const QJsonArray imported = out.value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(imported.size(), 1);
    const QJsonObject i = imported.first().toObject();
    EXPECT_EQ(i.value(QStringLiteral("file")).toString(), fixture("run-35min-1hz.fit"));
    EXPECT_EQ(i.value(QStringLiteral("activity")).toString(), QStringLiteral("run"));
    EXPECT_EQ(i.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-30T06:30:00Z"));
    EXPECT_EQ(i.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-30"));
    EXPECT_EQ(i.value(QStringLiteral("minutes")).toInt(), 35);
    EXPECT_EQ(i.value(QStringLiteral("elapsed_minutes")).toInt(), 35);
    EXPECT_EQ(i.value(QStringLiteral("distance_m")).toDouble(), 6300.0);
    EXPECT_EQ(i.value(QStringLiteral("avg_hr")).toInt(), 140);
    EXPECT_EQ(i.value(QStringLiteral("session_id")).toInteger(), runId);
    EXPECT_TRUE(i.value(QStringLiteral("matched")).toBool());
    EXPECT_TRUE(out.value(QStringLiteral("skipped")).toArray().isEmpty());
    EXPECT_TRUE(out.value(QStringLiteral("failed")).toArray().isEmpty());

    const QJsonObject done = sessionDone(db, QStringLiteral("2026-W49"), runId);
    EXPECT_EQ(done.value(QStringLiteral("minutes")).toInt(), 35);
    EXPECT_EQ(done.value(QStringLiteral("rpe")).toInt(), 4);
    EXPECT_EQ(done.value(QStringLiteral("distance_m")).toDouble(), 6300.0);
    EXPECT_TRUE(done.contains(QStringLiteral("shoe")));
    EXPECT_TRUE(done.value(QStringLiteral("needs_effort")).toBool());
}

TEST(ImportCli, ReimportingChangesNothingAndSaysSo)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_GT(makeDatabase(db), 0);
    const QStringList args{ QStringLiteral("import"), fixture("run-35min-1hz.fit"), QStringLiteral("--db"), db,
        QStringLiteral("--today"), QStringLiteral("2026-12-02") };
    ASSERT_EQ(runCli(args).exitCode, 0);
    const CliResult planBefore = runCli({ QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--week"),
        QStringLiteral("2026-W49"), QStringLiteral("--format"), QStringLiteral("json") });
    const CliResult again = runCli(args);
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("skipped, already imported"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 activities imported, 0 planned sessions ticked, 1 skipped")));
    const CliResult planAfter = runCli({ QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--week"),
        QStringLiteral("2026-W49"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(planAfter.out, planBefore.out);
}

TEST(ImportCli, ImportsTheGoodFilesAndRefusesEachBadOneWithItsMessage)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_GT(makeDatabase(db), 0);
    const CliResult r = runCli({ QStringLiteral("import"), fixture("run-35min-wrong-crc.fit"),
        fixture("run-35min-1hz.fit"), fixture("MonitoringFile.fit"), fixture("sup_activity_1.tcx"),
        fixture("clock-1901.gpx"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--today"), QStringLiteral("2026-12-02") });
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject out = json(r);
    EXPECT_EQ(out.value(QStringLiteral("imported")).toArray().size(), 1);
    const QJsonArray failed = out.value(QStringLiteral("failed")).toArray();
    ASSERT_EQ(failed.size(), 4);
    QStringList messages;
    for (const QJsonValue &f : failed)
        messages << f.toObject().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(messages.at(0).startsWith(QStringLiteral("run-35min-wrong-crc.fit: CRC mismatch")));
    EXPECT_TRUE(messages.at(1).startsWith(QStringLiteral("MonitoringFile.fit: a monitoring file, not an activity")));
    EXPECT_TRUE(messages.at(2).startsWith(QStringLiteral("sup_activity_1.tcx: the sport \"other\"")));
    EXPECT_TRUE(failed.at(2).toObject().value(QStringLiteral("needs_activity")).toBool());
    EXPECT_TRUE(messages.at(3).startsWith(QStringLiteral("clock-1901.gpx: timestamps in 1901")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("add --activity")));

    const CliResult named = runCli(
        { QStringLiteral("import"), fixture("sup_activity_1.tcx"), QStringLiteral("--activity"), QStringLiteral("walk"),
            QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-12-02") });
    EXPECT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_TRUE(named.out.contains(QStringLiteral("walk on 2022-07-16, 19 min"))) << named.out.toStdString();
}

TEST(ImportCli, SearchesAFolderForActivityFilesOnly)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_GT(makeDatabase(db), 0);
    QDir().mkpath(dir.path(QStringLiteral("watch/GARMIN/Activity")));
    QDir().mkpath(dir.path(QStringLiteral("watch/GARMIN/Monitor")));
    QFile::copy(fixture("run-35min-1hz.fit"), dir.path(QStringLiteral("watch/GARMIN/Activity/RUN.FIT")));
    QFile::copy(fixture("MonitoringFile.fit"), dir.path(QStringLiteral("watch/GARMIN/Monitor/MON.FIT")));
    writeAll(dir.path(QStringLiteral("watch/readme.txt")), "hello");
    const CliResult r = runCli({ QStringLiteral("import"), dir.path(QStringLiteral("watch")), QStringLiteral("--db"),
        db, QStringLiteral("--today"), QStringLiteral("2026-12-02") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 activity imported, 1 planned session ticked, 1 skipped")))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(ImportCli, RefusesABadCommandLineWithCodeTwo)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_GT(makeDatabase(db), 0);
    EXPECT_EQ(runCli({ QStringLiteral("import"), QStringLiteral("--db"), db }).exitCode, 2);
    const CliResult strength = runCli({ QStringLiteral("import"), fixture("run-35min-1hz.fit"),
        QStringLiteral("--activity"), QStringLiteral("strength"), QStringLiteral("--db"), db });
    EXPECT_EQ(strength.exitCode, 2);
    EXPECT_TRUE(strength.err.contains(QStringLiteral("--activity: \"strength\" is not one of run, walk, cycle, swim")));
    EXPECT_EQ(runCli({ QStringLiteral("import"), fixture("run-35min-1hz.fit"), QStringLiteral("--today"),
                         QStringLiteral("2026-13-01"), QStringLiteral("--db"), db })
                  .exitCode,
        2);
    EXPECT_EQ(runCli({ QStringLiteral("import"), fixture("run-35min-1hz.fit"), QStringLiteral("--format"),
                         QStringLiteral("xml"), QStringLiteral("--db"), db })
                  .exitCode,
        2);
    const CliResult missing =
        runCli({ QStringLiteral("import"), dir.path(QStringLiteral("nope.fit")), QStringLiteral("--db"), db });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no such file or folder")));
}

TEST(ShoesCli, AddsListsAndRetiresShoesAndTheImportUsesTheDefault)
{
    TempDir dir;
    const QString db = dir.path();
    const qint64 runId = makeDatabase(db);
    ASSERT_GT(runId, 0);
    const CliResult added = runCli({ QStringLiteral("shoes"), QStringLiteral("add"), QStringLiteral("Pegasus 40"),
        QStringLiteral("--comfort"), QStringLiteral("4"), QStringLiteral("--started"), QStringLiteral("2026-09-01"),
        QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject shoe = json(added);
    EXPECT_EQ(shoe.value(QStringLiteral("name")).toString(), QStringLiteral("Pegasus 40"));
    EXPECT_EQ(shoe.value(QStringLiteral("comfort")).toInt(), 4);
    EXPECT_EQ(shoe.value(QStringLiteral("retire_km")).toInt(), 700);
    EXPECT_TRUE(shoe.value(QStringLiteral("default")).toBool());
    const qint64 shoeId = shoe.value(QStringLiteral("id")).toInteger();

    EXPECT_EQ(runCli({ QStringLiteral("shoes"), QStringLiteral("add"), QStringLiteral("Bad"),
                         QStringLiteral("--comfort"), QStringLiteral("9"), QStringLiteral("--db"), db })
                  .exitCode,
        2);
    ASSERT_EQ(runCli({ QStringLiteral("import"), fixture("run-35min-1hz.fit"), QStringLiteral("--db"), db,
                         QStringLiteral("--today"), QStringLiteral("2026-12-02") })
                  .exitCode,
        0);
    const QJsonObject done = sessionDone(db, QStringLiteral("2026-W49"), runId);
    EXPECT_EQ(done.value(QStringLiteral("shoe")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Pegasus 40"));

    const CliResult list = runCli(
        { QStringLiteral("shoes"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(list.exitCode, 0);
    const QJsonObject listed = json(list).value(QStringLiteral("shoes")).toArray().first().toObject();
    EXPECT_EQ(listed.value(QStringLiteral("km")).toDouble(), 6.3);
    EXPECT_EQ(listed.value(QStringLiteral("runs")).toInt(), 1);
    EXPECT_EQ(listed.value(QStringLiteral("pain_day_after")).toObject().value(QStringLiteral("summary")).toString(),
        QStringLiteral("not enough runs yet (0 of 10)"));
    EXPECT_TRUE(json(list).value(QStringLiteral("note")).toString().contains(QStringLiteral("Nigg 2015")));

    // Giving effort and pain after an import keeps the recorded minutes, distance and shoe and clears the marker.
    const CliResult effort = runCli({ QStringLiteral("log"), QStringLiteral("done"), QString::number(runId),
        QStringLiteral("--rpe"), QStringLiteral("5"), QStringLiteral("--pain"), QStringLiteral("2"),
        QStringLiteral("--replace"), QStringLiteral("--db"), db });
    ASSERT_EQ(effort.exitCode, 0) << effort.err.toStdString();
    const QJsonObject given = sessionDone(db, QStringLiteral("2026-W49"), runId);
    EXPECT_EQ(given.value(QStringLiteral("minutes")).toInt(), 35);
    EXPECT_EQ(given.value(QStringLiteral("rpe")).toInt(), 5);
    EXPECT_EQ(given.value(QStringLiteral("pain")).toInt(), 2);
    EXPECT_EQ(given.value(QStringLiteral("distance_m")).toDouble(), 6300.0);
    EXPECT_FALSE(given.value(QStringLiteral("needs_effort")).toBool());
    EXPECT_EQ(given.value(QStringLiteral("shoe")).toObject().value(QStringLiteral("id")).toInteger(), shoeId);

    const CliResult retired = runCli({ QStringLiteral("shoes"), QStringLiteral("retire"), QStringLiteral("Pegasus 40"),
        QStringLiteral("--date"), QStringLiteral("2026-12-01"), QStringLiteral("--db"), db, QStringLiteral("--format"),
        QStringLiteral("json") });
    ASSERT_EQ(retired.exitCode, 0) << retired.err.toStdString();
    EXPECT_EQ(json(retired).value(QStringLiteral("retired")).toString(), QStringLiteral("2026-12-01"));
    EXPECT_FALSE(json(retired).value(QStringLiteral("default")).toBool());
    const CliResult noDefault = runCli(
        { QStringLiteral("shoes"), QStringLiteral("default"), QString::number(shoeId), QStringLiteral("--db"), db });
    EXPECT_EQ(noDefault.exitCode, 2);
    EXPECT_TRUE(noDefault.err.contains(QStringLiteral("is retired")));
    EXPECT_EQ(
        runCli({ QStringLiteral("shoes"), QStringLiteral("edit"), QStringLiteral("Nope"), QStringLiteral("--db"), db })
            .exitCode,
        2);
}
