#include "core/service/calendarexport.h"
#include "core/service/planner.h"
#include "core/store/calendarrepository.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/sync/caldavpublisher.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"
#include "tests/support/testdb.h"
#include "tests/sync/radicaleserver.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Two planned weeks: enough for a re-plan, a delete and an edit, and quick to publish (each PUT is a file write). */
const QDate kLastDay = kFirstMonday.addDays(13);

class CalDav : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString missing;
        ASSERT_TRUE(
            pythonHas({ QStringLiteral("radicale"), QStringLiteral("caldav"), QStringLiteral("icalendar") }, &missing))
            << "Debian's " << (missing == QLatin1String("radicale") ? "radicale" : "python3-" + missing.toStdString())
            << " is needed: the publisher is tested against a real Radicale and read back with python3-caldav";
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        planWeeks(*db, 2);
        path = db->path();
    }
    void startServer(bool tls = false)
    {
        server = std::make_unique<RadicaleServer>(dir.path(QStringLiteral("radicale")), tls);
        QDir().mkpath(dir.path(QStringLiteral("radicale")));
        ASSERT_TRUE(server->start()) << server->why().toStdString();
        ASSERT_TRUE(server->makeCalendar());
    }
    /** `stridewise calendar publish` on the test's database, with the database closed around it. */
    ProcessResult publishCli(
        const QUrl &url, QStringList extra = {}, const QString &today = QStringLiteral("2026-11-30"))
    {
        db.reset();
        auto r = runStridewise(
            QStringList{ QStringLiteral("calendar"), QStringLiteral("publish"), QStringLiteral("--url"), url.toString(),
                QStringLiteral("--user"), server ? server->user() : QStringLiteral("alice"),
                QStringLiteral("--password-file"), server ? server->passwordFile() : passwordFile(),
                QStringLiteral("--from"), kFirstMonday.toString(Qt::ISODate), QStringLiteral("--to"),
                kLastDay.toString(Qt::ISODate), QStringLiteral("--today"), today, QStringLiteral("--time-zone"),
                QStringLiteral("Europe/Berlin"), QStringLiteral("--db"), path }
            + extra);
        db = openDb(path);
        return r;
    }
    QString passwordFile()
    {
        const QString file = dir.path(QStringLiteral("password.txt"));
        writeAll(file, "secret\n");
        return file;
    }
    /** What the server should hold from `from` on: the plan's events, as the ICS export makes them. */
    QList<CalendarEvent> expected(QDate from = kFirstMonday)
    {
        CalendarExportOptions options;
        options.timeZone = QStringLiteral("Europe/Berlin");
        auto events = CalendarExport(*db).events(from, kLastDay, options);
        EXPECT_TRUE(events.ok());
        return events.ok() ? *events : QList<CalendarEvent>{};
    }
    /** The server's Stridewise events equal the plan's, each once; returns the other events the server holds. */
    QJsonArray expectServerMatchesPlan(QDate from = kFirstMonday)
    {
        const QJsonArray all = server->events();
        QMap<QString, QJsonObject> ours;
        QJsonArray others;
        for (const QJsonValue &v : all) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("uid")).toString().startsWith(QStringLiteral("stridewise-"))) {
                others << e;
                continue;
            }
            if (e.value(QStringLiteral("start")).toString() < from.toString(Qt::ISODate))
                continue;
            EXPECT_FALSE(ours.contains(e.value(QStringLiteral("uid")).toString()))
                << "duplicate " << e.value(QStringLiteral("uid")).toString().toStdString();
            ours.insert(e.value(QStringLiteral("uid")).toString(), e);
        }
        const QList<CalendarEvent> plan = expected(from);
        EXPECT_EQ(ours.size(), plan.size());
        for (const CalendarEvent &p : plan) {
            EXPECT_TRUE(ours.contains(p.uid)) << "missing on the server: " << p.summary.toStdString() << " "
                                              << p.date.toString(Qt::ISODate).toStdString();
            if (!ours.contains(p.uid))
                continue;
            const QJsonObject e = ours.value(p.uid);
            EXPECT_EQ(e.value(QStringLiteral("summary")).toString(), p.summary);
            EXPECT_EQ(e.value(QStringLiteral("start")).toString(),
                p.date.toString(Qt::ISODate) + QLatin1Char('T') + p.start.toString(QStringLiteral("HH:mm")));
            EXPECT_EQ(e.value(QStringLiteral("minutes")).toInt(), p.minutes);
            EXPECT_EQ(e.value(QStringLiteral("sequence")).toInt(), p.sequence);
            EXPECT_EQ(e.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Berlin"));
            EXPECT_EQ(e.value(QStringLiteral("method")).toString(), QString())
                << "a CalDAV resource must not carry METHOD";
        }
        return others;
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    QString path;
    std::unique_ptr<RadicaleServer> server;
};

Result<PublishSummary> publishInProcess(
    CalDavPublisher &publisher, const CalDavAccount &account, QDate today = kFirstMonday)
{
    CalendarExportOptions options;
    options.timeZone = QStringLiteral("Europe/Berlin");
    std::optional<Result<PublishSummary>> outcome;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    publisher.publish(account, kFirstMonday, kLastDay, today, options, QDateTime::currentDateTimeUtc(),
        [&](const Result<PublishSummary> &r) {
            outcome = r;
            loop.quit();
        });
    if (!outcome)
        loop.exec();
    EXPECT_TRUE(outcome.has_value()) << "the publish never finished";
    return outcome ? *outcome : Result<PublishSummary>::failure(ErrorKind::Storage, QStringLiteral("timed out"));
}

} // namespace

TEST_F(CalDav, PublishRePlanAndPublishAgainLeaveTheServerMirroringThePlan)
{
    startServer();
    auto foreign = runPython(QStringLiteral("sync/caldav_tool.py"),
        { QStringLiteral("add"), server->calendarUrl().toString(), server->user(), server->password(),
            QStringLiteral("dentist-1"), QStringLiteral("2026-12-02") });
    ASSERT_EQ(foreign.exitCode, 0) << foreign.err.toStdString();

    auto first = publishCli(server->calendarUrl());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const int planned = int(expected().size());
    EXPECT_TRUE(first.out.contains(QStringLiteral("%1 created, 0 updated, 0 deleted, 0 unchanged").arg(planned)))
        << first.out.toStdString();
    EXPECT_EQ(expectServerMatchesPlan().size(), 1) << "someone else's event must stay";

    // Nothing changed: nothing is sent.
    auto again = publishCli(server->calendarUrl());
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 created, 0 updated, 0 deleted, %1 unchanged").arg(planned)))
        << again.out.toStdString();

    // Re-plan week 2 after a painful week; delete a session of week 1 and lengthen another.
    const QDate week2 = kFirstMonday.addDays(7);
    for (int d = 1; d <= 7; ++d)
        ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ week2.addDays(-d), 6, {}, {} }).ok());
    ASSERT_TRUE(Planner(*db).replan(week2, week2).ok());
    PlanRepository plans(*db);
    QList<PlannedSession> week1;
    const QList<PlannedSession> all = plans.sessionsBetween(kFirstMonday, kFirstMonday.addDays(6)).value();
    for (const PlannedSession &s : all) {
        if (s.activity != Activity::Stretch)
            week1 << s;
    }
    ASSERT_GE(week1.size(), 2);
    ASSERT_TRUE(plans.deleteSession(week1.first().id).ok());
    PlannedSession longer = week1.last();
    longer.minutes += 10;
    ASSERT_TRUE(plans.updateSession(longer).ok());

    auto third = publishCli(server->calendarUrl());
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_FALSE(third.out.contains(QStringLiteral(" 0 updated"))) << third.out.toStdString();
    EXPECT_FALSE(third.out.contains(QStringLiteral(" 0 deleted"))) << third.out.toStdString();
    EXPECT_EQ(expectServerMatchesPlan().size(), 1);
}

TEST_F(CalDav, WeeksBeforeThisWeekAreLeftAsTheyAre)
{
    startServer();
    ASSERT_EQ(publishCli(server->calendarUrl()).exitCode, 0);
    const QJsonArray before = server->events();
    // Change a session of the first week, then publish "today" in the third week.
    PlannedSession first;
    const QList<PlannedSession> all =
        PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(6)).value();
    for (const PlannedSession &s : all) {
        if (s.activity != Activity::Stretch) {
            first = s;
            break;
        }
    }
    first.minutes += 7;
    ASSERT_TRUE(PlanRepository(*db).updateSession(first).ok());
    auto r = publishCli(server->calendarUrl(), {}, QStringLiteral("2026-12-09"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Published 2026-12-07 to 2026-12-13"))) << r.out.toStdString();
    const QJsonArray after = server->events();
    EXPECT_EQ(after.size(), before.size());
    for (const QJsonValue &v : after) {
        if (v.toObject().value(QStringLiteral("start")).toString().startsWith(first.date.toString(Qt::ISODate))) {
            EXPECT_NE(v.toObject().value(QStringLiteral("minutes")).toInt(), first.minutes)
                << "a past week was changed";
        }
    }
}

TEST_F(CalDav, AWrongPasswordIsRefusedAndNothingIsRecorded)
{
    startServer();
    const QString wrong = dir.path(QStringLiteral("wrong.txt"));
    writeAll(wrong, "not the password\n");
    db.reset();
    auto r = runStridewise({ QStringLiteral("calendar"), QStringLiteral("publish"), QStringLiteral("--url"),
        server->calendarUrl().toString(), QStringLiteral("--user"), server->user(), QStringLiteral("--password-file"),
        wrong, QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
        QStringLiteral("2026-12-13"), QStringLiteral("--today"), QStringLiteral("2026-11-30"),
        QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--db"), path });
    db = openDb(path);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused the user name \"alice\" or its password (HTTP 401)")))
        << r.err.toStdString();
    EXPECT_TRUE(server->events().isEmpty());
    EXPECT_TRUE(CalendarRepository(*db).resources(server->calendarUrl().toString()).value().isEmpty());
}

TEST_F(CalDav, AServerThatStopsMidPublishLosesNothingAndTheNextPublishFinishes)
{
    startServer();
    CalDavAccount account{ server->calendarUrl(), server->user(), server->password(), {} };
    CalDavPublisher publisher(*db);
    int seen = 0;
    bool armed = true;
    QObject::connect(&publisher, &CalDavPublisher::progressed, [&](int done, int) {
        seen = done;
        if (armed && done == 3) {
            armed = false;
            server->stop();
        }
    });
    auto cut = publishInProcess(publisher, account);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.kind(), ErrorKind::Network);
    EXPECT_TRUE(cut.message().contains(QStringLiteral("Could not reach the calendar server 127.0.0.1:")))
        << cut.message().toStdString();
    EXPECT_TRUE(cut.message().contains(QStringLiteral("3 of "))) << cut.message().toStdString();
    EXPECT_TRUE(cut.message().contains(QStringLiteral("Nothing in Stridewise was lost")));
    EXPECT_EQ(seen, 3);
    EXPECT_EQ(CalendarRepository(*db).resources(server->calendarUrl().toString()).value().size(), 3);

    ASSERT_TRUE(server->start()) << server->why().toStdString();
    auto finished = publishInProcess(publisher, account);
    ASSERT_TRUE(finished.ok()) << finished.message().toStdString();
    EXPECT_EQ(finished->unchanged, 3);
    EXPECT_EQ(finished->created, int(expected().size()) - 3);
    expectServerMatchesPlan();
}

TEST_F(CalDav, AnUnreachableServerSaysSoAndChangesNothing)
{
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1/alice/training/").arg(freePort()));
    auto r = publishCli(nowhere);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not reach the calendar server 127.0.0.1:")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing in Stridewise was lost"))) << r.err.toStdString();
    EXPECT_TRUE(CalendarRepository(*db).resources(nowhere.toString()).value().isEmpty());
}

TEST_F(CalDav, HttpsIsVerifiedAndAnOwnCertificateCanBeTrusted)
{
    startServer(true);
    auto refused = publishCli(server->calendarUrl());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("could not be verified"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--ca-cert")));
    EXPECT_TRUE(server->events().isEmpty());

    auto trusted = publishCli(server->calendarUrl(), { QStringLiteral("--ca-cert"), server->certificate() });
    ASSERT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    expectServerMatchesPlan();
}

/** A python front for the test's Radicale (davproxy.py): "digest" asks for digest authentication, "redirect" moves. */
std::unique_ptr<QProcess> startProxy(const RadicaleServer &server, const QString &mode, int port)
{
    auto p = std::make_unique<QProcess>();
    p->start(debianPython(),
        { QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/sync/davproxy.py"), QString::number(port),
            QString::number(server.port()), mode, server.user(), server.password() });
    EXPECT_TRUE(p->waitForReadyRead(15000));
    EXPECT_TRUE(waitForPort(port));
    return p;
}

TEST_F(CalDav, AServerAskingForDigestAuthenticationGetsIt)
{
    startServer();
    const int port = freePort();
    auto digest = startProxy(*server, QStringLiteral("digest"), port);
    auto r = publishCli(QUrl(QStringLiteral("http://127.0.0.1:%1/alice/training/").arg(port)));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("%1 created").arg(expected().size()))) << r.out.toStdString();
    expectServerMatchesPlan();
    digest->kill();
    digest->waitForFinished();
}

TEST_F(CalDav, AMovedCalendarIsFollowedAndItsEventsFoundAgain)
{
    startServer();
    ASSERT_EQ(publishCli(server->calendarUrl()).exitCode, 0);
    PlannedSession some;
    const QList<PlannedSession> all = PlanRepository(*db).sessionsBetween(kFirstMonday, kLastDay).value();
    for (const PlannedSession &s : all) {
        if (s.activity != Activity::Stretch)
            some = s;
    }
    some.minutes += 3;
    ASSERT_TRUE(PlanRepository(*db).updateSession(some).ok());

    // Every request to the old address is redirected (308) to the new one, keeping its verb and body; the events
    // published there before are found again, so only the changed one is sent.
    const int port = freePort();
    auto redirect = startProxy(*server, QStringLiteral("redirect"), port);
    auto r = publishCli(QUrl(QStringLiteral("http://127.0.0.1:%1/old/training/").arg(port)));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("The calendar has moved to %1").arg(server->calendarUrl().toString())))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 created, 1 updated, 0 deleted"))) << r.out.toStdString();
    expectServerMatchesPlan();
    redirect->kill();
    redirect->waitForFinished();
}

TEST_F(CalDav, AnAddressWithoutACalendarOrWithoutEncryptionIsRefused)
{
    startServer();
    auto missing = publishCli(server->root().resolved(QUrl(QStringLiteral("alice/nothere/"))));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no CalDAV calendar at"))) << missing.err.toStdString();
    auto plain = publishCli(QUrl(QStringLiteral("http://calendar.example.org/alice/training/")));
    EXPECT_EQ(plain.exitCode, 2);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("use https://"))) << plain.err.toStdString();
}
