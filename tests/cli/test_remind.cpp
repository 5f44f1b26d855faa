// `stridewise remind` against a real session bus: CTest runs every test here under `dbus-run-session` (a private
// bus of its own), and the test starts python3-dbusmock's notification_daemon template as the desktop's
// notification service. Done and Later are pressed by emitting the service's ActionInvoked signal, as a desktop does.

#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/reminderrepository.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kToday(2026, 11, 25); // a Wednesday
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");

class RemindOverDBus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Never the developer's own desktop: only a bus made for this test (CTest runs it under dbus-run-session).
        ASSERT_EQ(qgetenv("STRIDEWISE_PRIVATE_BUS"), QByteArray("1"))
            << "run through ctest, which starts each test under dbus-run-session";
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected());
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(db);
        ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
        ASSERT_TRUE(Planner(*db).planWeek(QDate(2026, 11, 23)).ok());
    }

    void TearDown() override
    {
        if (m_mock.state() != QProcess::NotRunning) {
            m_mock.terminate();
            m_mock.waitForFinished(5000);
        }
    }

    /** The mock notification service, with buttons ("actions"), logging every call to a file. */
    void startNotificationService()
    {
        m_mock.setProgram(QStringLiteral("/usr/bin/python3"));
        m_mock.setArguments({ QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--template"),
            QStringLiteral("notification_daemon"), QStringLiteral("--parameters"),
            QStringLiteral(R"({"capabilities": "body actions"})"), QStringLiteral("--logfile"), logPath() });
        m_mock.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_mock.start();
        ASSERT_TRUE(m_mock.waitForStarted(5000)) << "python3-dbusmock is needed: apt-get install python3-dbusmock";
        const bool up = QTest::qWaitFor(
            [] { return QDBusConnection::sessionBus().interface()->isServiceRegistered(kNotifications).value(); },
            15000);
        ASSERT_TRUE(up) << "the mock notification service did not appear on the bus";
    }

    QString logPath() const { return m_dir.path(QStringLiteral("notifications.log")); }

    /** The Notify calls the service received, one line each as dbusmock logs them. */
    QStringList notifyCalls() const
    {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return {};
        QStringList calls;
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (line.contains(" Notify "))
                calls << QString::fromUtf8(line);
        }
        return calls;
    }

    /** What the desktop sends when the runner presses a button of notification id. */
    static void press(uint id, const QString &key)
    {
        QDBusMessage emitSignal = QDBusMessage::createMethodCall(kNotifications, kNotificationsPath,
            QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("EmitSignal"));
        emitSignal << kNotifications << QStringLiteral("ActionInvoked") << QStringLiteral("us")
                   << QVariantList{ QVariant::fromValue(QDBusVariant(id)), QVariant::fromValue(QDBusVariant(key)) };
        const QDBusMessage reply = QDBusConnection::sessionBus().call(emitSignal);
        ASSERT_EQ(reply.type(), QDBusMessage::ReplyMessage) << reply.errorMessage().toStdString();
    }

    QStringList remindArgs(const QString &time, const QStringList &more = {}) const
    {
        return QStringList{ QStringLiteral("--db"), m_dir.path(), QStringLiteral("remind"), QStringLiteral("--today"),
            kToday.toString(Qt::ISODate), QStringLiteral("--time"), time, QStringLiteral("--format"),
            QStringLiteral("json") }
        + more;
    }

    /** Starts `stridewise remind` and leaves it running (it waits for an answer). */
    void startRemind(QProcess &process, const QStringList &args)
    {
        process.setProgram(QStringLiteral(STRIDEWISE_EXE));
        process.setArguments(args);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        ASSERT_TRUE(process.waitForStarted(5000));
    }

    struct Finished
    {
        int exitCode = -1;
        QJsonObject json;
        QString err;
    };

    static Finished finish(QProcess &process)
    {
        EXPECT_TRUE(process.waitForFinished(30000)) << "remind did not exit";
        Finished f;
        f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        f.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        f.err = QString::fromUtf8(process.readAllStandardError());
        return f;
    }

    Finished runRemind(
        const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        startRemind(process, args);
        return finish(process);
    }

    TempDir m_dir;
    QProcess m_mock;
};

TEST_F(RemindOverDBus, TheMorningStretchIsShownOnceAndDoneTicksIt)
{
    startNotificationService();
    QProcess remind;
    startRemind(remind, remindArgs(QStringLiteral("07:40"), { QStringLiteral("--wait"), QStringLiteral("30") }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifyCalls().isEmpty(); }, 20000)) << "no notification was sent";
    const QString call = notifyCalls().first();
    EXPECT_TRUE(call.contains(QStringLiteral("Hamstring stretch"))) << call.toStdString();
    EXPECT_TRUE(call.contains(QStringLiteral("each side"))) << call.toStdString();
    EXPECT_TRUE(call.contains(QStringLiteral("\"done\""))) << call.toStdString();
    EXPECT_TRUE(call.contains(QStringLiteral("\"later\""))) << call.toStdString();

    press(1, QStringLiteral("done"));
    const Finished first = finish(remind);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonArray shown = first.json.value(QStringLiteral("shown")).toArray();
    ASSERT_EQ(shown.size(), 1);
    const QJsonObject reminder = shown.first().toObject();
    EXPECT_EQ(reminder.value(QStringLiteral("slot")).toString(), QStringLiteral("stretch-morning"));
    EXPECT_EQ(reminder.value(QStringLiteral("kind")).toString(), QStringLiteral("morning-stretch"));
    const QJsonArray answers = first.json.value(QStringLiteral("answers")).toArray();
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("done"));

    // Done ticked the morning stretch in the file, as planned.
    const qint64 id = qint64(reminder.value(QStringLiteral("session_id")).toDouble());
    {
        auto db = Database::open(m_dir.path(), Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        auto done = LogRepository(**db).completion(id);
        ASSERT_TRUE(done.ok() && done->has_value()) << "Done did not tick the stretch";
        EXPECT_FALSE((*done)->skipped);
        auto session = PlanRepository(**db).session(id);
        ASSERT_TRUE(session.ok() && session->has_value());
        EXPECT_EQ((**session).date, kToday);
        EXPECT_EQ((*done)->minutes, (**session).minutes);
    }

    // A second call sends nothing: the stretch is ticked (and the slot was shown).
    const Finished second = runRemind(remindArgs(QStringLiteral("07:45")));
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.json.value(QStringLiteral("shown")).toArray().isEmpty());
    EXPECT_EQ(notifyCalls().size(), 1) << "a second notification for the same slot";
}

TEST_F(RemindOverDBus, LaterBringsTheReminderBackInThirtyMinutesAtMostTwice)
{
    startNotificationService();
    const QStringList wait{ QStringLiteral("--wait"), QStringLiteral("30") };
    uint nextId = 1;
    for (const QString &time : { QStringLiteral("07:40"), QStringLiteral("08:15") }) {
        QProcess remind;
        startRemind(remind, remindArgs(time, wait));
        ASSERT_TRUE(QTest::qWaitFor([&] { return notifyCalls().size() == int(nextId); }, 20000)) << time.toStdString();
        press(nextId++, QStringLiteral("later"));
        const Finished answered = finish(remind);
        EXPECT_EQ(answered.exitCode, 0) << answered.err.toStdString();
        const QJsonArray answers = answered.json.value(QStringLiteral("answers")).toArray();
        ASSERT_EQ(answers.size(), 1);
        EXPECT_EQ(answers.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("later"));
        EXPECT_EQ(answers.first().toObject().value(QStringLiteral("again")).toString(),
            QTime::fromString(time, QStringLiteral("HH:mm")).addSecs(30 * 60).toString(QStringLiteral("HH:mm")));
        // Not before its time.
        const Finished early = runRemind(remindArgs(
            QTime::fromString(time, QStringLiteral("HH:mm")).addSecs(10 * 60).toString(QStringLiteral("HH:mm"))));
        EXPECT_TRUE(early.json.value(QStringLiteral("shown")).toArray().isEmpty());
    }
    // The third time it comes with Done only: Later was chosen twice.
    const Finished third =
        runRemind(remindArgs(QStringLiteral("08:50"), { QStringLiteral("--wait"), QStringLiteral("0") }));
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
    const QJsonArray shown = third.json.value(QStringLiteral("shown")).toArray();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(
        shown.first().toObject().value(QStringLiteral("actions")).toArray(), QJsonArray{ QStringLiteral("done") });
    ASSERT_EQ(notifyCalls().size(), 3);
    EXPECT_FALSE(notifyCalls().last().contains(QStringLiteral("\"later\"")));
}

TEST_F(RemindOverDBus, ABusWithoutANotificationServiceIsAClearFailure)
{
    // Nothing started: the bus is there, the service is not.
    const Finished result = runRemind(remindArgs(QStringLiteral("07:40")));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("No notification service"))) << result.err.toStdString();
    auto db = Database::open(m_dir.path(), Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE((*ReminderRepository(**db).recordsOn(kToday)).isEmpty()) << "nothing shown, so nothing remembered";
}

TEST_F(RemindOverDBus, NoSessionBusAtAllIsAClearFailure)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + m_dir.path(QStringLiteral("no-bus")));
    const Finished result = runRemind(remindArgs(QStringLiteral("07:40")), env);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no D-Bus session bus"))) << result.err.toStdString();
}

TEST_F(RemindOverDBus, NothingDueSendsNothingAndNeedsNoService)
{
    const Finished result = runRemind(remindArgs(QStringLiteral("06:00")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json.value(QStringLiteral("shown")).toArray().isEmpty());
    EXPECT_EQ(result.json.value(QStringLiteral("date")).toString(), kToday.toString(Qt::ISODate));
    EXPECT_EQ(result.json.value(QStringLiteral("time")).toString(), QStringLiteral("06:00"));
}

} // namespace
