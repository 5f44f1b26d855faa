#include "core/store/database.h"
#include "core/store/logrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/cli/clirunner.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

QJsonObject json(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

class Cli : public ::testing::Test
{
protected:
    QString db() const { return dir.path(); }
    CliResult run(QStringList args)
    {
        args << QStringLiteral("--db") << db();
        return runCli(args);
    }
    void setProfile()
    {
        auto r = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--experience"), QStringLiteral("returning"),
                      QStringLiteral("--run-minutes"), QStringLiteral("90"), QStringLiteral("--run-days"), QStringLiteral("3"),
                      QStringLiteral("--days"), QStringLiteral("mon,tue,wed,thu,fri,sat,sun"), QStringLiteral("--long-run-day"),
                      QStringLiteral("sun"), QStringLiteral("--low-impact"), QStringLiteral("walking,swimming"),
                      QStringLiteral("--weekday-minutes"), QStringLiteral("60"), QStringLiteral("--weekend-minutes"),
                      QStringLiteral("100")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    TempDir dir;
};

} // namespace

TEST(CliBasics, HelpVersionAndUnknownFlag)
{
    auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("plan"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--screenshot")));
    auto version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("stridewise ")));
    auto unknown = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate"))) << unknown.err.toStdString();
    auto unknownCommand = runCli({QStringLiteral("jog")});
    EXPECT_EQ(unknownCommand.exitCode, 2);
    EXPECT_TRUE(unknownCommand.err.contains(QStringLiteral("jog")));
}

TEST_F(Cli, ProfileSetAndShowUseTheSameNames)
{
    setProfile();
    auto r = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject p = json(r);
    EXPECT_EQ(p.value(QStringLiteral("experience")).toString(), QStringLiteral("returning"));
    EXPECT_EQ(p.value(QStringLiteral("run_minutes")).toInt(), 90);
    EXPECT_EQ(p.value(QStringLiteral("run_days")).toInt(), 3);
    EXPECT_EQ(p.value(QStringLiteral("days")).toArray().size(), 7);
    EXPECT_EQ(p.value(QStringLiteral("long_run_day")).toString(), QStringLiteral("sun"));
    EXPECT_EQ(p.value(QStringLiteral("low_impact")).toArray(),
              (QJsonArray{QStringLiteral("walking"), QStringLiteral("swimming")}));
    EXPECT_EQ(p.value(QStringLiteral("weekday_minutes")).toInt(), 60);
    EXPECT_EQ(p.value(QStringLiteral("weekend_minutes")).toInt(), 100);
}

TEST_F(Cli, BadProfileValuesNameTheValueExitTwoAndChangeNothing)
{
    setProfile();
    const QByteArray before = readAll(db());
    for (const QStringList &bad : {QStringList{QStringLiteral("--days"), QStringLiteral("mon,funday")},
                                   QStringList{QStringLiteral("--run-days"), QStringLiteral("9")},
                                   QStringList{QStringLiteral("--experience"), QStringLiteral("expert")},
                                   QStringList{QStringLiteral("--low-impact"), QStringLiteral("rowing")},
                                   QStringList{QStringLiteral("--run-minutes"), QStringLiteral("lots")}}) {
        auto r = run(QStringList{QStringLiteral("profile"), QStringLiteral("set")} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(bad.at(1).split(QLatin1Char(',')).last())) << r.err.toStdString();
    }
    auto show = run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json(show).value(QStringLiteral("run_days")).toInt(), 3);
    (void)before;
}

TEST_F(Cli, PlanJsonHasTheContractFields)
{
    setProfile();
    auto r = run({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject w = json(r);
    EXPECT_EQ(w.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
    for (const char *field : {"zone", "red_flag", "adaptations", "unsatisfied", "sessions"})
        EXPECT_TRUE(w.contains(QLatin1String(field))) << field;
    const QJsonArray sessions = w.value(QStringLiteral("sessions")).toArray();
    ASSERT_FALSE(sessions.isEmpty());
    const QJsonObject s = sessions.first().toObject();
    for (const char *field : {"id", "date", "time_of_day", "activity", "minutes", "rpe", "title", "reason", "structure", "done"})
        EXPECT_TRUE(s.contains(QLatin1String(field))) << field;
    EXPECT_TRUE(s.value(QStringLiteral("done")).isNull());

    // Ticking through the CLI shows up in the next plan print, and the plan is not regenerated.
    const QString id = QString::number(s.value(QStringLiteral("id")).toInteger());
    auto done = run({ QStringLiteral("log"), QStringLiteral("done"), id, QStringLiteral("--minutes"),
        QStringLiteral("4"), QStringLiteral("--rpe"), QStringLiteral("2"), QStringLiteral("--pain"),
        QStringLiteral("1"), QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    auto again = run({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    const QJsonObject first = json(again).value(QStringLiteral("sessions")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInteger(), s.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(first.value(QStringLiteral("done")).toObject().value(QStringLiteral("minutes")).toInt(), 4);
    EXPECT_EQ(first.value(QStringLiteral("done")).toObject().value(QStringLiteral("pain")).toInt(), 1);

    auto regenerate = run({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
        QStringLiteral("--regenerate"), QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    EXPECT_EQ(regenerate.exitCode, 1);
    EXPECT_TRUE(regenerate.err.contains(QStringLiteral("ticked")));
    // It points at a command the command line has (issue 17).
    EXPECT_TRUE(regenerate.err.contains(QStringLiteral("stridewise plan --replan"))) << regenerate.err.toStdString();
}

TEST_F(Cli, BadWeekAndBadScoreExitTwoAndChangeNothing)
{
    setProfile();
    auto week = run({QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W54")});
    EXPECT_EQ(week.exitCode, 2);
    EXPECT_TRUE(week.err.contains(QStringLiteral("54")));
    auto score = run({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-12-01"),
                      QStringLiteral("--score"), QStringLiteral("11")});
    EXPECT_EQ(score.exitCode, 2);
    EXPECT_TRUE(score.err.contains(QStringLiteral("11")));
    auto date = run({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-02-30"),
                     QStringLiteral("--score"), QStringLiteral("3")});
    EXPECT_EQ(date.exitCode, 2);
    EXPECT_TRUE(date.err.contains(QStringLiteral("2026-02-30")));
    auto symptom = run({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
                        QStringLiteral("--symptom"), QStringLiteral("headache")});
    EXPECT_EQ(symptom.exitCode, 2);
    EXPECT_TRUE(symptom.err.contains(QStringLiteral("headache")));
    auto flag = run({QStringLiteral("plan"), QStringLiteral("--bogus")});
    EXPECT_EQ(flag.exitCode, 2);
    EXPECT_TRUE(flag.err.contains(QStringLiteral("bogus")));
}

TEST_F(Cli, RedFlagPainLogSaysToSeeAClinician)
{
    auto r = run({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-12-01"),
                  QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--symptom"), QStringLiteral("bladder-bowel")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("urgent"), Qt::CaseInsensitive));
}

TEST_F(Cli, RefusesANonStridewiseFileAndLeavesItAlone)
{
    writeAll(db(), "not a database\n");
    auto r = run({QStringLiteral("plan")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Stridewise database"))) << r.err.toStdString();
    EXPECT_EQ(readAll(db()), QByteArray("not a database\n"));
}

TEST_F(Cli, ScreenshotRendersAPngAndNeverWaitsOnARefusedFile)
{
    const QString png = dir.path(QStringLiteral("shot.png"));
    auto ok = runCli({QStringLiteral("--db"), db(), QStringLiteral("--screenshot"), png});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(readAll(png).startsWith("\x89PNG"));
    writeAll(dir.path(QStringLiteral("text.db")), "hello");
    auto refused = runCli({QStringLiteral("--db"), dir.path(QStringLiteral("text.db")), QStringLiteral("--screenshot"), png});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("text.db")));
}

TEST_F(Cli, QuitAfterFirstPaintOpensTheWindowAndLeavesOnItsOwnWritingNoPicture)
{
    auto help = runCli({ QStringLiteral("--help") });
    EXPECT_TRUE(help.out.contains(QStringLiteral("--quit-after-first-paint"))) << help.out.toStdString();
    const QDir folder(QFileInfo(db()).absolutePath());
    auto painted = runCli({ QStringLiteral("--db"), db(), QStringLiteral("--quit-after-first-paint") });
    ASSERT_EQ(painted.exitCode, 0) << painted.err.toStdString(); // runCli gives up after 60 s: it did not wait
    EXPECT_TRUE(QFileInfo(db()).size() > 0) << "the window opened (and made) the database";
    EXPECT_TRUE(folder.entryList({ QStringLiteral("*.png") }, QDir::Files).isEmpty());
}

TEST_F(Cli, LogPainRefusesToOverwriteADayUnlessToldToAndSaysWhatItDrops)
{
    const QStringList first{ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
        QStringLiteral("2026-12-01"), QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--symptom"),
        QStringLiteral("numbness,leg-pain") };
    ASSERT_EQ(run(first).exitCode, 0);
    const QStringList second{ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
        QStringLiteral("2026-12-01"), QStringLiteral("--score"), QStringLiteral("2") };
    auto refused = run(second);
    EXPECT_EQ(refused.exitCode, 2);
    for (const char *said : { "2026-12-01", "4/10", "numbness", "--replace" })
        EXPECT_TRUE(refused.err.contains(QLatin1String(said))) << said << ": " << refused.err.toStdString();
    {
        auto opened = Database::open(db(), Database::Mode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        auto entry = LogRepository(*opened.value()).painOn(QDate(2026, 12, 1));
        ASSERT_TRUE(entry.ok() && entry->has_value());
        EXPECT_EQ((*entry)->score, 4);
        EXPECT_EQ((*entry)->symptoms.size(), 2);
    }

    auto replaced = run(second + QStringList{ QStringLiteral("--replace") });
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("numbness, leg-pain"))
        || replaced.out.contains(QStringLiteral("leg-pain, numbness")))
        << replaced.out.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("removed"))) << replaced.out.toStdString();
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    auto entry = LogRepository(*opened.value()).painOn(QDate(2026, 12, 1));
    ASSERT_TRUE(entry.ok() && entry->has_value());
    EXPECT_EQ((*entry)->score, 2);
    EXPECT_TRUE((*entry)->symptoms.isEmpty());
}

TEST_F(Cli, LogSkipRefusesToOverwriteADoneSessionUnlessToldTo)
{
    setProfile();
    auto plan = run({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--today"), QStringLiteral("2026-11-30") });
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const qint64 id = json(plan)
                          .value(QStringLiteral("sessions"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    const QString idText = QString::number(id);
    ASSERT_EQ(run({ QStringLiteral("log"), QStringLiteral("done"), idText, QStringLiteral("--minutes"),
                      QStringLiteral("31"), QStringLiteral("--rpe"), QStringLiteral("5"), QStringLiteral("--pain"),
                      QStringLiteral("2"), QStringLiteral("--today"), QStringLiteral("2026-11-30") })
                  .exitCode,
        0);

    const QStringList skip{ QStringLiteral("log"), QStringLiteral("skip"), idText, QStringLiteral("--reason"),
        QStringLiteral("tired") };
    auto refused = run(skip);
    EXPECT_EQ(refused.exitCode, 2);
    for (const QString &said : { QStringLiteral("#") + idText, QStringLiteral("31 min"), QStringLiteral("--replace") })
        EXPECT_TRUE(refused.err.contains(said)) << said.toStdString() << ": " << refused.err.toStdString();
    auto again = run({ QStringLiteral("log"), QStringLiteral("done"), idText, QStringLiteral("--minutes"),
        QStringLiteral("20"), QStringLiteral("--rpe"), QStringLiteral("3") });
    EXPECT_EQ(again.exitCode, 2) << "a second tick would drop the pain score too";
    {
        auto opened = Database::open(db(), Database::Mode::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        auto c = LogRepository(*opened.value()).completion(id);
        ASSERT_TRUE(c.ok() && c->has_value());
        EXPECT_FALSE((*c)->skipped);
        EXPECT_EQ((*c)->minutes, 31);
        EXPECT_EQ((*c)->pain, 2);
    }

    auto replaced = run(skip + QStringList{ QStringLiteral("--replace") });
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    auto c = LogRepository(*opened.value()).completion(id);
    ASSERT_TRUE(c.ok() && c->has_value());
    EXPECT_TRUE((*c)->skipped);
    EXPECT_EQ((*c)->note, QStringLiteral("tired"));
}

TEST(CliBasics, CommandsThatNeedDataNeverCreateTheDatabase)
{
    struct Case
    {
        QStringList args;
        int exitCode;
    };
    const QList<Case> cases{
        { { QStringLiteral("log"), QStringLiteral("done"), QStringLiteral("5"), QStringLiteral("--minutes"),
              QStringLiteral("30"), QStringLiteral("--rpe"), QStringLiteral("5") },
            2 },
        { { QStringLiteral("log"), QStringLiteral("skip"), QStringLiteral("5") }, 2 },
        { { QStringLiteral("plan") }, 1 },
        { { QStringLiteral("plan"), QStringLiteral("--regenerate") }, 1 },
        { { QStringLiteral("stats") }, 1 },
        { { QStringLiteral("profile"), QStringLiteral("show") }, 1 },
        { { QStringLiteral("restore"), QStringLiteral("backup.db") }, 1 },
    };
    for (const Case &c : cases) {
        TempDir dir;
        const QString db = dir.path(QStringLiteral("new.db"));
        writeAll(dir.path(QStringLiteral("backup.db")), "x");
        QStringList args = c.args;
        for (QString &a : args) {
            if (a == QLatin1String("backup.db"))
                a = dir.path(a);
        }
        auto r = runCli(args + QStringList{ QStringLiteral("--db"), db });
        const std::string name = c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.exitCode, c.exitCode) << name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("There is no Stridewise database at %1 yet").arg(db)))
            << name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("stridewise profile set"))) << name;
        EXPECT_FALSE(QFileInfo::exists(db)) << name;
        EXPECT_EQ(QDir(QFileInfo(db).absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList{ QStringLiteral("backup.db") })
            << name << ": no lock file, no backups folder either";
    }
}

TEST(CliBasics, AMistypedCommandIsUnknownEvenWithoutADisplay)
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("x.db"));
    for (const QStringList &args : { QStringList{ QStringLiteral("stat"), QStringLiteral("--db"), db },
             QStringList{ QStringLiteral("--db"), db, QStringLiteral("stat") },
             QStringList{ QStringLiteral("--db=") + db, QStringLiteral("-platform"), QStringLiteral("xcb"),
                 QStringLiteral("stat") } }) {
        auto r = runCliWithoutDisplay(args);
        const std::string name = args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.exitCode, 2) << name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command \"stat\". Run stridewise --help for the list.")))
            << name << ": " << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(db)) << name;
    }
}

TEST(CliBasics, HelpVersionAndScreenshotNeedNoScreen)
{
    auto help = runCliWithNoScreen({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--screenshot")));
    auto version = runCliWithNoScreen({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    TempDir dir;
    const QString png = dir.path(QStringLiteral("shot.png"));
    auto shot = runCliWithNoScreen({ QStringLiteral("--db"), dir.path(), QStringLiteral("--screenshot"), png });
    EXPECT_EQ(shot.exitCode, 0) << shot.err.toStdString();
    EXPECT_TRUE(readAll(png).startsWith("\x89PNG"));
}

// Issues 9 and 17 from the command line.

namespace {

QStringList with(QStringList args, const char *today)
{
    return args << QStringLiteral("--today") << QString::fromLatin1(today);
}

} // namespace

TEST_F(Cli, PlanJsonHasLevelGoalLadderAndRunMinutes)
{
    setProfile();
    auto r = run(with({ QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") }, "2026-11-30"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject w = json(r);
    EXPECT_EQ(w.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
    EXPECT_EQ(w.value(QStringLiteral("level")).toInt(), 90);
    EXPECT_EQ(w.value(QStringLiteral("goal")).toInt(), 90);
    EXPECT_TRUE(w.value(QStringLiteral("ladder")).isNull());
    EXPECT_FALSE(w.value(QStringLiteral("clearance_pending")).toBool());
    int running = 0;
    for (const QJsonValue &v : w.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        ASSERT_TRUE(s.contains(QStringLiteral("run_minutes")));
        if (s.value(QStringLiteral("activity")).toString() == QStringLiteral("run"))
            running += s.value(QStringLiteral("run_minutes")).toInt();
        else
            EXPECT_EQ(s.value(QStringLiteral("run_minutes")).toInt(), 0);
    }
    EXPECT_EQ(running, 90);
}

TEST_F(Cli, ProfileSetsAGoalAndADiscHistoryAndRefusesBadOnes)
{
    setProfile();
    auto r = run({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--goal-minutes"),
        QStringLiteral("150"), QStringLiteral("--disc-history"), QStringLiteral("yes"), QStringLiteral("--format"),
        QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("goal_minutes")).toInt(), 150);
    EXPECT_TRUE(json(r).value(QStringLiteral("disc_history")).toBool());
    for (const QStringList &bad : { QStringList{ QStringLiteral("--goal-minutes"), QStringLiteral("-5") },
             QStringList{ QStringLiteral("--goal-minutes"), QStringLiteral("lots") },
             QStringList{ QStringLiteral("--disc-history"), QStringLiteral("maybe") } }) {
        auto refused = run(QStringList{ QStringLiteral("profile"), QStringLiteral("set") } + bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(refused.err.contains(bad.last())) << refused.err.toStdString();
    }
    auto show =
        run({ QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(json(show).value(QStringLiteral("goal_minutes")).toInt(), 150) << "a refused value changed nothing";
    auto plan = run(with({ QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") }, "2026-11-30"));
    EXPECT_EQ(json(plan).value(QStringLiteral("goal")).toInt(), 150);
}

TEST_F(Cli, LogPainSaysWhatChangesAndPlanReplanChangesTheRestOfTheWeek)
{
    setProfile();
    ASSERT_EQ(run(with({ QStringLiteral("plan") }, "2026-11-30")).exitCode, 0);
    auto logged = run(with({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"),
                               QStringLiteral("5"), QStringLiteral("--symptom"), QStringLiteral("leg-pain") },
        "2026-12-02"));
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Saved back pain 5/10 for 2026-12-02")));
    EXPECT_TRUE(logged.out.contains(QStringLiteral("stridewise plan --replan"))) << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("Red flag: running and strength come out")))
        << logged.out.toStdString();
    EXPECT_TRUE(logged.out.contains(QStringLiteral("- Sunday 2026-12-06"))) << logged.out.toStdString();

    auto replanned = run(
        with({ QStringLiteral("plan"), QStringLiteral("--replan"), QStringLiteral("--format"), QStringLiteral("json") },
            "2026-12-02"));
    ASSERT_EQ(replanned.exitCode, 0) << replanned.err.toStdString();
    const QJsonObject w = json(replanned);
    EXPECT_TRUE(w.value(QStringLiteral("red_flag")).toBool());
    EXPECT_TRUE(w.value(QStringLiteral("clearance_pending")).toBool());
    for (const QJsonValue &v : w.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("date")).toString() >= QStringLiteral("2026-12-02")) {
            EXPECT_NE(s.value(QStringLiteral("activity")).toString(), QStringLiteral("run"));
            EXPECT_NE(s.value(QStringLiteral("activity")).toString(), QStringLiteral("strength"));
        }
    }
    // A log that changes nothing says nothing about the week.
    auto quiet = run(with({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"),
                              QStringLiteral("5"), QStringLiteral("--symptom"), QStringLiteral("leg-pain") },
        "2026-12-03"));
    ASSERT_EQ(quiet.exitCode, 0);
    EXPECT_FALSE(quiet.out.contains(QStringLiteral("re-plan it with"))) << quiet.out.toStdString();
}

TEST_F(Cli, LogClearedEndsARedFlagAndTheNextWeekClimbsTheLadderFromWalkRuns)
{
    setProfile();
    ASSERT_EQ(run(with({ QStringLiteral("plan") }, "2026-11-23")).exitCode, 0);
    ASSERT_EQ(run(with({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--score"), QStringLiteral("3"),
                           QStringLiteral("--symptom"), QStringLiteral("numbness") },
                      "2026-11-25"))
                  .exitCode,
        0);
    // Two weeks later the red flag still governs: it does not expire.
    auto later = run(with({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"),
                              QStringLiteral("--format"), QStringLiteral("json") },
        "2026-11-30"));
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();
    EXPECT_TRUE(json(later).value(QStringLiteral("red_flag")).toBool());

    auto early = run(with(
        { QStringLiteral("log"), QStringLiteral("cleared"), QStringLiteral("--date"), QStringLiteral("2026-11-24") },
        "2026-12-02"));
    EXPECT_EQ(early.exitCode, 2);
    EXPECT_TRUE(early.err.contains(QStringLiteral("no red flag to clear"))) << early.err.toStdString();
    auto future = run(with(
        { QStringLiteral("log"), QStringLiteral("cleared"), QStringLiteral("--date"), QStringLiteral("2026-12-09") },
        "2026-12-02"));
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_TRUE(future.err.contains(QStringLiteral("2026-12-09"))) << future.err.toStdString();

    auto cleared =
        run(with({ QStringLiteral("log"), QStringLiteral("cleared"), QStringLiteral("--date"),
                     QStringLiteral("2026-12-02"), QStringLiteral("--note"), QStringLiteral("Physio: no nerve signs") },
            "2026-12-02"));
    ASSERT_EQ(cleared.exitCode, 0) << cleared.err.toStdString();
    EXPECT_TRUE(cleared.out.contains(QStringLiteral("return ladder"))) << cleared.out.toStdString();
    auto pain = run(
        with({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-12-02"),
                 QStringLiteral("--score"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json") },
            "2026-12-02"));
    ASSERT_EQ(pain.exitCode, 0) << pain.err.toStdString();
    EXPECT_EQ(json(pain).value(QStringLiteral("cleared")).toObject().value(QStringLiteral("note")).toString(),
        QStringLiteral("Physio: no nerve signs"));

    auto next = run(with({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W50"),
                             QStringLiteral("--format"), QStringLiteral("json") },
        "2026-12-06"));
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    const QJsonObject w = json(next);
    EXPECT_FALSE(w.value(QStringLiteral("red_flag")).toBool());
    EXPECT_EQ(w.value(QStringLiteral("ladder")).toObject().value(QStringLiteral("rung")).toInt(), 1);
    EXPECT_EQ(w.value(QStringLiteral("ladder")).toObject().value(QStringLiteral("of")).toInt(), 4);
    int strength = 0;
    for (const QJsonValue &v : w.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("activity")).toString() == QStringLiteral("run")) {
            EXPECT_LT(s.value(QStringLiteral("run_minutes")).toInt(), s.value(QStringLiteral("minutes")).toInt())
                << "walk-runs first";
        }
        strength += s.value(QStringLiteral("activity")).toString() == QStringLiteral("strength");
    }
    EXPECT_EQ(strength, 2);
}

TEST_F(Cli, TickingAFutureSessionMovesItToTodayAndSaysSo)
{
    setProfile();
    auto plan = run(with({ QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") }, "2026-11-30"));
    ASSERT_EQ(plan.exitCode, 0);
    QString sundayRun;
    for (const QJsonValue &v : json(plan).value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("date")).toString() == QStringLiteral("2026-12-06")
            && s.value(QStringLiteral("activity")).toString() == QStringLiteral("run"))
            sundayRun = QString::number(s.value(QStringLiteral("id")).toInteger());
    }
    ASSERT_FALSE(sundayRun.isEmpty());
    auto done = run(with({ QStringLiteral("log"), QStringLiteral("done"), sundayRun, QStringLiteral("--minutes"),
                             QStringLiteral("30"), QStringLiteral("--rpe"), QStringLiteral("4") },
        "2026-12-01"));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("was planned for 2026-12-06"))) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("moved to today, 2026-12-01"))) << done.out.toStdString();
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    ASSERT_TRUE(opened.ok());
    const auto completed = LogRepository(*opened.value()).completedBetween(QDate(2026, 12, 1), QDate(2026, 12, 1));
    ASSERT_EQ(completed->size(), 1);
    EXPECT_EQ(completed->first().minutes, 30);
}

TEST_F(Cli, PlansStartFromTodayAndDatesStillToComeAreRefused)
{
    setProfile();
    auto mid = run(with({ QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") }, "2026-12-03"));
    ASSERT_EQ(mid.exitCode, 0) << mid.err.toStdString();
    const QJsonArray sessions = json(mid).value(QStringLiteral("sessions")).toArray();
    ASSERT_FALSE(sessions.isEmpty());
    for (const QJsonValue &v : sessions)
        EXPECT_GE(v.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-03"));
    auto over =
        run(with({ QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W40") }, "2026-12-03"));
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_TRUE(over.err.contains(QStringLiteral("is over"))) << over.err.toStdString();
    auto replanPast = run(with(
        { QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W40"), QStringLiteral("--replan") },
        "2026-12-03"));
    EXPECT_EQ(replanPast.exitCode, 1);
    auto future = run(with({ QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
                               QStringLiteral("2026-12-05"), QStringLiteral("--score"), QStringLiteral("2") },
        "2026-12-03"));
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_TRUE(future.err.contains(QStringLiteral("after today"))) << future.err.toStdString();
    auto both =
        run(with({ QStringLiteral("plan"), QStringLiteral("--regenerate"), QStringLiteral("--replan") }, "2026-12-03"));
    EXPECT_EQ(both.exitCode, 2);
}

TEST(CliBasics, EverythingTheProgramWritesStaysInTheXdgFolders)
{
    // Issue 11: data under $XDG_DATA_HOME/stridewise, settings under $XDG_CONFIG_HOME/stridewise, nothing else
    // in the home folder (before, settings went to "Unknown Organization").
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString own = home.filePath(QStringLiteral("data/stridewise/stridewise.db"));
    ASSERT_EQ(runCliIn({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--experience"),
                        QStringLiteral("returning"), QStringLiteral("--run-minutes"), QStringLiteral("90"),
                        QStringLiteral("--run-days"), QStringLiteral("3"), QStringLiteral("--days"),
                        QStringLiteral("mon,tue,thu,sat,sun"), QStringLiteral("--long-run-day"), QStringLiteral("sun"),
                        QStringLiteral("--low-impact"), QStringLiteral("walking"), QStringLiteral("--weekday-minutes"),
                        QStringLiteral("60"), QStringLiteral("--weekend-minutes"), QStringLiteral("100")},
                       env)
                  .exitCode,
              0);
    EXPECT_TRUE(QFileInfo::exists(own)) << "the default database is $XDG_DATA_HOME/stridewise/stridewise.db";
    const CliResult shot = runCliIn({QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png"))}, env);
    ASSERT_EQ(shot.exitCode, 0) << qPrintable(shot.err);
    EXPECT_TRUE(QFileInfo::exists(home.filePath(QStringLiteral("config/stridewise/stridewise.conf"))))
        << "the window remembers the file held data, in its own config folder";

    QStringList unexpected;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(home.path()).relativeFilePath(it.next());
        if (!file.startsWith(QLatin1String("data/stridewise/")) && !file.startsWith(QLatin1String("config/stridewise/"))
            && file != QLatin1String("shot.png"))
            unexpected << file;
    }
    EXPECT_TRUE(unexpected.isEmpty()) << qPrintable(unexpected.join(QStringLiteral(", ")));
}
