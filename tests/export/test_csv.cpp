#include "core/io/activitycsv.h"
#include "core/io/csv.h"
#include "core/io/logcsv.h"
#include "core/model/names.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

TEST(Csv, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(Csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(Csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(Csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(Csv::field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    EXPECT_EQ(Csv::row({ QStringLiteral("a"), QStringLiteral("b,c"), QString() }), QByteArray("a,\"b,c\",\r\n"));
}

TEST(Csv, ReadsQuotedFieldsAcrossLinesAndCountsPhysicalLines)
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "h1,h2\r\n\"multi\r\nline, with comma\",\"say \"\"hi\"\"\"\r\n\r\nlast,\xC3\xA9t\xC3\xA9";
    const auto records = Csv::parse(text);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, (QStringList{ QStringLiteral("h1"), QStringLiteral("h2") }));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(
        records[1].fields, (QStringList{ QStringLiteral("multi\r\nline, with comma"), QStringLiteral("say \"hi\"") }));
    EXPECT_EQ(records[2].line, 5); // after a two-line record and a blank line
    EXPECT_EQ(records[2].fields, (QStringList{ QStringLiteral("last"), QStringLiteral("été") }));
}

TEST(Csv, NamesLineAndColumnOfEveryFormatError)
{
    const auto records = Csv::parse("a,b\nok,ab\"c\n\"x\"y,2\n3,\xFF\xFE\n4,\"never closed\n5,6\n");
    ASSERT_EQ(records.size(), 5);
    EXPECT_TRUE(records[0].error.isEmpty());
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].errorColumn, 2);
    EXPECT_TRUE(records[1].error.contains(QStringLiteral("quote")));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[2].errorColumn, 1);
    EXPECT_EQ(records[3].line, 4);
    EXPECT_EQ(records[3].errorColumn, 2);
    EXPECT_TRUE(records[3].error.contains(QStringLiteral("UTF-8")));
    EXPECT_EQ(records[4].line, 5);
    EXPECT_TRUE(records[4].error.contains(QStringLiteral("never closed")));
}

TEST(ActivityCsv, ReadsEveryColumnInAnyOrderWithAliases)
{
    const QByteArray text = "Note,RPE,Date,Activity,Minutes,Distance,heart_rate\r\n"
                            "\"Felt good, no pain\",5,2026-11-30,run,35,5.2,140\r\n"
                            ",,2026-12-01,Swimming,40,,\r\n";
    auto read = ActivityCsv::read(text, QStringLiteral("log.csv"), false);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    ASSERT_EQ(read->activities.size(), 2);
    const CsvActivity &run = read->activities[0];
    EXPECT_EQ(run.line, 2);
    EXPECT_EQ(run.date, QDate(2026, 11, 30));
    EXPECT_EQ(run.activity, Activity::Run);
    EXPECT_EQ(run.minutes, 35);
    EXPECT_EQ(run.effort, 5);
    EXPECT_DOUBLE_EQ(run.distanceKm.value(), 5.2);
    EXPECT_EQ(run.note, QStringLiteral("Felt good, no pain"));
    const CsvActivity &swim = read->activities[1];
    EXPECT_EQ(swim.activity, Activity::Swim);
    EXPECT_FALSE(swim.effort.has_value());
    EXPECT_FALSE(swim.distanceKm.has_value());
    EXPECT_EQ(read->ignoredColumns, QStringList{ QStringLiteral("heart_rate") });
}

TEST(ActivityCsv, AnyBadLineImportsNothingAndEveryProblemNamesLineAndColumn)
{
    const QByteArray text = "date,activity,minutes,effort,distance_km\n"
                            "2026-11-30,run,35,5,5.0\n"
                            "30.11.2026,run,35,5,5.0\n"
                            "2026-12-01,jogging,abc,11,\"5,2\"\n"
                            "2026-12-02,walk,30\n"
                            "2026-12-03,walk,30,3,2.5\n";
    auto read = ActivityCsv::read(text, QStringLiteral("log.csv"), false);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.kind(), ErrorKind::Invalid);
    const QString m = read.message();
    EXPECT_TRUE(m.contains(QStringLiteral("Nothing was imported: 3 lines could not be read"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("log.csv, line 3, column 1 (date): \"30.11.2026\" is not a date")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("line 4, column 2 (activity): \"jogging\" is not an activity")))
        << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("line 4, column 3 (minutes): \"abc\" is not a whole number of minutes")));
    EXPECT_TRUE(m.contains(QStringLiteral("line 4, column 4 (effort): \"11\" is not an effort from 0 to 10")));
    EXPECT_TRUE(m.contains(QStringLiteral("line 4, column 5 (distance_km)")));
    EXPECT_TRUE(m.contains(QStringLiteral("decimal point")));
    EXPECT_TRUE(m.contains(QStringLiteral("line 5: it has 3 fields; the header has 5"))) << m.toStdString();

    auto skipping = ActivityCsv::read(text, QStringLiteral("log.csv"), true);
    ASSERT_TRUE(skipping.ok());
    ASSERT_EQ(skipping->activities.size(), 2);
    EXPECT_EQ(skipping->activities[0].line, 2);
    EXPECT_EQ(skipping->activities[1].line, 6);
    EXPECT_EQ(skipping->skipped.size(), 6); // each problem of the three bad lines
}

TEST(ActivityCsv, RefusesAHeaderWithoutTheRequiredColumns)
{
    auto read = ActivityCsv::read("day,activity,minuts\n2026-11-30,run,30\n", QStringLiteral("log.csv"), true);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.message().contains(QStringLiteral("the header lacks date, minutes")))
        << read.message().toStdString();
    auto empty = ActivityCsv::read("", QStringLiteral("empty.csv"), false);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.message().contains(QStringLiteral("empty.csv is empty")));
    auto twice = ActivityCsv::read("date,activity,minutes,rpe,effort\n", QStringLiteral("t.csv"), false);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.message().contains(QStringLiteral("column 5"))) << twice.message().toStdString();
}

class ExportCsv : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        planWeeks(*db, 2);
        const auto sessions = PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(13)).value();
        LogRepository log(*db);
        ASSERT_TRUE(
            log.complete(Completion{ sessions[1].id, false, 33, 4, 2, QStringLiteral("felt \"fine\", a bit stiff") })
                .ok());
        ASSERT_TRUE(log.complete(Completion{ sessions[4].id, true, 0, 0, {}, QStringLiteral("rain\nand wind") }).ok());
        ASSERT_TRUE(log.complete(Completion{ sessions[7].id, false, 20, 6, {}, {} }).ok());
        ASSERT_TRUE(log.logPain(PainEntry{ kFirstMonday, 3, {}, QStringLiteral("morning, stiff") }).ok());
        ASSERT_TRUE(
            log.logPain(PainEntry{ kFirstMonday.addDays(2), 6, { Symptom::Numbness, Symptom::LegPain }, {} }).ok());
        path = db->path();
        db.reset();
    }
    /** The CSV file read with Python's csv module: an independent RFC 4180 reader. */
    QJsonArray readWithPython(const QString &file)
    {
        auto r = runPython(QStringLiteral("export/read_csv.py"), { file });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().array();
    }
    TempDir dir;
    std::unique_ptr<Database> db;
    QString path;
};

TEST_F(ExportCsv, SessionsAndPainReadBackWithPythonCsv)
{
    const QString sessionsFile = dir.path(QStringLiteral("sessions.csv"));
    auto r = runStridewise({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
        QStringLiteral("sessions"), QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
        QStringLiteral("2026-12-13"), QStringLiteral("--out"), sessionsFile, QStringLiteral("--db"), path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 recorded sessions"))) << r.out.toStdString();
    const QByteArray bytes = readAll(sessionsFile);
    EXPECT_TRUE(bytes.startsWith(
        "date,time_of_day,activity,title,planned_minutes,target_effort,status,minutes,effort,pain_after,note\r\n"));
    const QJsonArray rows = readWithPython(sessionsFile);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("minutes")).toString(), QStringLiteral("33"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("pain_after")).toString(), QStringLiteral("2"));
    EXPECT_EQ(
        rows[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("felt \"fine\", a bit stiff"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("minutes")).toString(), QString());
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("rain\nand wind"));
    EXPECT_EQ(rows[2].toObject().value(QStringLiteral("pain_after")).toString(), QString());

    const QString painFile = dir.path(QStringLiteral("pain.csv"));
    r = runStridewise({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
        QStringLiteral("pain"), QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
        QStringLiteral("2026-12-13"), QStringLiteral("--out"), painFile, QStringLiteral("--db"), path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray pain = readWithPython(painFile);
    ASSERT_EQ(pain.size(), 2);
    EXPECT_EQ(pain[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-30"));
    EXPECT_EQ(pain[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("morning, stiff"));
    EXPECT_EQ(pain[0].toObject().value(QStringLiteral("red_flag")).toString(), QStringLiteral("false"));
    EXPECT_EQ(pain[1].toObject().value(QStringLiteral("score")).toString(), QStringLiteral("6"));
    EXPECT_EQ(pain[1].toObject().value(QStringLiteral("symptoms")).toString(), QStringLiteral("numbness;leg-pain"));
    EXPECT_EQ(pain[1].toObject().value(QStringLiteral("red_flag")).toString(), QStringLiteral("true"));
}

TEST_F(ExportCsv, RefusesAnUnknownWhatAndAMissingRange)
{
    const QString out = dir.path(QStringLiteral("x.csv"));
    auto what = runStridewise({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
        QStringLiteral("runs"), QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
        QStringLiteral("2026-12-13"), QStringLiteral("--out"), out, QStringLiteral("--db"), path });
    EXPECT_EQ(what.exitCode, 2);
    EXPECT_TRUE(what.err.contains(QStringLiteral("\"runs\""))) << what.err.toStdString();
    auto range = runStridewise({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
        QStringLiteral("pain"), QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
        QStringLiteral("2026-12-13"), QStringLiteral("--out"), out, QStringLiteral("--db"), path });
    EXPECT_EQ(range.exitCode, 2);
    EXPECT_TRUE(range.err.contains(QStringLiteral("2026-02-30"))) << range.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

/** `stridewise import` of a CSV of completed activities (issue 13): the same matching as a watch file. */
class ImportCsv : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        planWeeks(*db, 1);
        const auto sessions = PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(6)).value();
        for (const PlannedSession &s : sessions) {
            if (s.activity == Activity::Run && !run.id)
                run = s;
        }
        ASSERT_NE(run.id, 0);
        path = db->path();
        db.reset();
    }
    ProcessResult import(const QString &file, QStringList extra = {})
    {
        return runStridewise(QStringList{ QStringLiteral("import"), file, QStringLiteral("--today"),
                                 QStringLiteral("2026-12-06"), QStringLiteral("--db"), path }
            + extra);
    }
    /** Every session of the week with its completion, as "date activity minutes/rpe/needsEffort/note". */
    QStringList done()
    {
        db = openDb(path);
        QStringList out;
        auto read = PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(6));
        EXPECT_TRUE(read.ok()) << read.message().toStdString();
        const QList<PlannedSession> sessions = read.ok() ? *read : QList<PlannedSession>{};
        for (const PlannedSession &s : sessions) {
            if (s.completion && !s.completion->skipped)
                out << QStringLiteral("%1 %2 %3/%4/%5/%6 %7")
                           .arg(s.date.toString(Qt::ISODate), Names::activity(s.activity))
                           .arg(s.completion->minutes)
                           .arg(s.completion->rpe)
                           .arg(s.completion->needsEffort)
                           .arg(s.completion->note)
                           .arg(s.id == run.id ? QStringLiteral("planned") : QString());
        }
        db.reset();
        return out;
    }
    TempDir dir;
    std::unique_ptr<Database> db;
    QString path;
    PlannedSession run;
};

TEST_F(ImportCsv, TicksThePlannedSessionAddsTheRestAndImportingAgainChangesNothing)
{
    const QString file = dir.path(QStringLiteral("activities.csv"));
    writeAll(file,
        QStringLiteral("Date,Activity,Minutes,RPE,Distance,Notes\r\n"
                       "%1,running,%2,5,6.2,\"easy, felt \"\"fine\"\"\"\r\n"
                       "2026-12-01,walk,40,,,\r\n"
                       "2026-12-01,walk,40,,,second walk\r\n")
            .arg(run.date.toString(Qt::ISODate))
            .arg(run.minutes + 3)
            .toUtf8());
    auto r = import(file, { QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonArray imported = r.json().object().value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(imported.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(imported[0].toObject().value(QStringLiteral("matched")).toBool());
    EXPECT_EQ(imported[0].toObject().value(QStringLiteral("session_id")).toInteger(), run.id);
    EXPECT_EQ(imported[0].toObject().value(QStringLiteral("line")).toInt(), 2);
    EXPECT_DOUBLE_EQ(imported[0].toObject().value(QStringLiteral("distance_m")).toDouble(), 6200.0);

    const QStringList after = done();
    EXPECT_TRUE(after.contains(QStringLiteral("%1 run %2/5/0/easy, felt \"fine\" planned")
                                   .arg(run.date.toString(Qt::ISODate))
                                   .arg(run.minutes + 3)))
        << after.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(after.filter(QStringLiteral("2026-12-01 walk 40/")).size(), 2) << "two equal walks are two walks";

    auto again = import(file);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("already imported"))) << again.out.toStdString();
    EXPECT_EQ(done(), after);
}

TEST_F(ImportCsv, ABadLineImportsNothingUnlessSkipBadLinesAndNamesLineAndColumn)
{
    const QString file = dir.path(QStringLiteral("log.csv"));
    writeAll(file,
        "date,activity,minutes\n"
        "2026-12-01,walk,30\n"
        "2026-12-02,walk,half an hour\n"
        "2026-13-03,swim,20\n");
    auto r = import(file);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("log.csv, line 3, column 3 (minutes)"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4, column 1 (date)"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was imported"))) << r.err.toStdString();
    EXPECT_TRUE(done().isEmpty()) << "a file with a bad line imports nothing";

    auto skip = import(file, { QStringLiteral("--skip-bad-lines") });
    EXPECT_EQ(skip.exitCode, 0) << skip.err.toStdString();
    EXPECT_TRUE(skip.out.contains(QStringLiteral("line 3, column 3 (minutes)"))) << skip.out.toStdString();
    const QStringList after = done();
    ASSERT_EQ(after.size(), 1) << after.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(after.first().startsWith(QStringLiteral("2026-12-01 walk 30/")));

    // A day after --today is refused with its line, and nothing from the file is imported.
    const QString future = dir.path(QStringLiteral("future.csv"));
    writeAll(future, "date,activity,minutes\n2026-12-02,swim,20\n2026-12-09,swim,20\n");
    auto late = import(future);
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains(QStringLiteral("line 3"))) << late.err.toStdString();
    EXPECT_EQ(done(), after);
}
