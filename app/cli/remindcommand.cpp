#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/service/databaseopener.h"
#include "core/service/reminders.h"
#include "ui/notify/desktopnotifications.h"
#include "ui/notify/remindersender.h"
#include "ui/notify/remindersettings.h"
#include "ui/notify/windowbus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

/** How long a write waits for the lock: a backup or an import may hold it for a moment. */
constexpr int kRemindLockWaitMs = 3000;
constexpr int kMaxWaitSeconds = 24 * 60 * 60;

/** "07:40" in the locale's way, without seconds (a C locale's short format has them). */
QString clock(QTime time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
    return QLocale().toString(time, format);
}

/**
 * Runs write on the database with the lock held only for as long as it takes, so a window opened meanwhile is
 * not turned away. Locked when another process has the file.
 */
Result<void> withDatabase(const QString &path, const std::function<Result<void>(Database &)> &write)
{
    DatabaseOpener opener(path);
    if (auto locked = opener.lock(kRemindLockWaitMs); !locked)
        return locked.error();
    OpenOptions options;
    options.now = QDateTime::currentDateTime();
    auto db = opener.open(Database::Mode::ReadWrite, options);
    if (!db)
        return db.error();
    return write(**db);
}

/** Done, in the store when the file is free, else through the window that has it open (undoable there). */
Result<void> tickDone(Context &ctx, const DueReminder &reminder)
{
    const auto write = [&](Database &db) -> Result<void> {
        auto done = ReminderService(db).markDone(reminder.sessionId);
        if (!done)
            return done.error();
        return {};
    };
    auto written = withDatabase(ctx.dbPath, write);
    if (!written && written.kind() == ErrorKind::Locked && WindowBus::isWindowOpen(ctx.dbPath))
        return WindowBus::completeSession(ctx.dbPath, reminder.sessionId);
    return written;
}

Result<QTime> rememberLater(Context &ctx, const DueReminder &reminder, QTime now)
{
    QTime again;
    auto written = withDatabase(ctx.dbPath, [&](Database &db) -> Result<void> {
        auto later = ReminderService(db).markLater(reminder.date, reminder.slot, now);
        if (!later)
            return later.error();
        again = *later;
        return {};
    });
    if (!written && written.kind() == ErrorKind::Locked && WindowBus::isWindowOpen(ctx.dbPath)) {
        if (auto forwarded = WindowBus::remindLater(ctx.dbPath, reminder.date, reminder.slot, now); !forwarded)
            return forwarded.error();
        return Reminders::later(ReminderRecord{ reminder.date, reminder.slot, 1, reminder.laterSoFar, {} }, now)
            .dueAgain;
    }
    if (!written)
        return written.error();
    return again;
}

QString kindName(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::MorningStretch:
        return QStringLiteral("morning-stretch");
    case ReminderKind::EveningStretch:
        return QStringLiteral("evening-stretch");
    case ReminderKind::Run:
        return QStringLiteral("run");
    }
    return QString();
}

QJsonObject reminderJson(const DueReminder &r)
{
    QJsonArray actions;
    if (r.offersDone)
        actions.append(QStringLiteral("done"));
    if (r.offersLater)
        actions.append(QStringLiteral("later"));
    return QJsonObject{ { QStringLiteral("slot"), r.slot }, { QStringLiteral("kind"), kindName(r.kind) },
        { QStringLiteral("session_id"), double(r.sessionId) }, { QStringLiteral("title"), r.title },
        { QStringLiteral("body"), r.body }, { QStringLiteral("actions"), actions } };
}

/**
 * What `remind --format json` prints (README, "JSON output"): the moment, what was shown and how each was answered.
 * Text lines are collected as "messages" so a script sees what a person would.
 */
struct RemindOutput
{
    bool json = false;
    QJsonObject root;
    QJsonArray shown;
    QJsonArray answers;
    QJsonArray messages;

    void say(Context &ctx, const QString &line)
    {
        if (json)
            messages.append(line);
        else
            ctx.out << line << Qt::endl;
    }
    void answer(const DueReminder &r, const QString &action, const QJsonValue &again = QJsonValue::Null)
    {
        answers.append(
            QJsonObject{ { QStringLiteral("slot"), r.slot }, { QStringLiteral("session_id"), double(r.sessionId) },
                { QStringLiteral("action"), action }, { QStringLiteral("again"), again } });
    }
    int finish(Context &ctx, int code)
    {
        if (json) {
            root.insert(QStringLiteral("shown"), shown);
            root.insert(QStringLiteral("answers"), answers);
            root.insert(QStringLiteral("messages"), messages);
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            ctx.out.flush();
        }
        return code;
    }
};

} // namespace

int remindCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("today"), tr("Treat this date as today (YYYY-MM-DD), for scripts and tests."), tr("date") });
    parser.addOption(
        { QStringLiteral("time"), tr("Treat this as the time now (HH:MM), for scripts and tests."), tr("time") });
    parser.addOption({ QStringLiteral("wait"),
        tr("Wait this many seconds for Done or Later (default: 1200, as long as a reminder stays up; 0: do not "
           "wait)."),
        tr("seconds") });
    parser.addOption({ QStringLiteral("format"), tr("text (default) or json."), tr("format") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise remind [--today 2026-11-25] [--time 07:40] [--wait SECONDS] [--format json]\n\n"
               "Shows the stretch and run reminders due now as desktop notifications and exits. With "
               "Done or Later on a reminder it waits for the answer: Done ticks the stretch, Later "
               "brings it back in 30 minutes (twice at most).")))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err, tr("remind: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const auto parsed = dateOption(ctx, parser, QStringLiteral("today"), QDate::currentDate());
        if (!parsed)
            return Usage;
        today = *parsed;
    }
    QTime now = QTime::currentTime();
    if (parser.isSet(QStringLiteral("time"))) {
        const QString text = parser.value(QStringLiteral("time")).trimmed();
        now = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!now.isValid()) {
            fail(ctx.err, tr("--time: \"%1\" is not a time of day; use HH:MM, e.g. 07:40.").arg(text));
            return Usage;
        }
    }
    int waitSeconds = ReminderSender::kLifetimeMs / 1000;
    if (parser.isSet(QStringLiteral("wait"))) {
        const auto wait = intOption(ctx, parser, QStringLiteral("wait"));
        if (!wait)
            return Usage;
        if (*wait < 0 || *wait > kMaxWaitSeconds) {
            fail(ctx.err, tr("--wait: %1 is outside 0–%2 seconds.").arg(*wait).arg(kMaxWaitSeconds));
            return Usage;
        }
        waitSeconds = *wait;
    }
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    if (!requireExistingDatabase(ctx))
        return Failed;
    RemindOutput output;
    output.json = *json;
    output.root.insert(QStringLiteral("date"), today.toString(Qt::ISODate));
    output.root.insert(QStringLiteral("time"), now.toString(QStringLiteral("HH:mm")));
    output.root.insert(QStringLiteral("window_open"), false);
    const ReminderSettings settings = reminderSettingsFromPreferences();

    // A look without the lock first: most runs of the timer find nothing due, and reading never turns a window away.
    {
        DatabaseOpener reader(ctx.dbPath);
        auto db = reader.open(Database::Mode::ReadOnly);
        if (!db) {
            fail(ctx.err, db.message());
            return Failed;
        }
        auto due = ReminderService(**db).due(settings, today, now);
        if (!due)
            return report(ctx, due.error());
        if (due->isEmpty()) {
            output.say(ctx, tr("Nothing due at %1.").arg(clock(now)));
            return output.finish(ctx, Ok);
        }
    }
    // The open window shows its reminders itself, and remembers them in the file it holds.
    if (WindowBus::isWindowOpen(ctx.dbPath)) {
        output.root.insert(QStringLiteral("window_open"), true);
        output.say(ctx, tr("The Stridewise window has this file open and shows the reminders itself."));
        return output.finish(ctx, Ok);
    }
    DesktopNotifications notifications;
    if (auto available = notifications.checkAvailable(); !available) {
        fail(ctx.err, available.message());
        return Failed;
    }
    ReminderSender sender(notifications);

    // Decide again with the lock held, show, and remember what was shown in one transaction; then let go of the
    // file before waiting for an answer.
    QList<DueReminder> shown;
    QString showError;
    auto recorded = withDatabase(ctx.dbPath, [&](Database &db) -> Result<void> {
        ReminderService service(db);
        auto due = service.due(settings, today, now);
        if (!due)
            return due.error();
        for (const DueReminder &r : *due) {
            if (auto sent = sender.show(r, waitSeconds > 0 ? waitSeconds * 1000 : ReminderSender::kLifetimeMs); !sent) {
                showError = sent.message();
                break;
            }
            shown << r;
        }
        return service.markShown(shown);
    });
    for (const DueReminder &r : shown) {
        output.shown.append(reminderJson(r));
        output.say(ctx, tr("Shown: %1").arg(r.title));
    }
    if (!recorded) {
        fail(ctx.err, recorded.message());
        return output.finish(ctx, Failed);
    }
    if (!showError.isEmpty()) {
        fail(ctx.err, showError);
        return output.finish(ctx, Failed);
    }
    if (sender.pendingCount() == 0 || waitSeconds == 0) {
        if (waitSeconds == 0 && sender.pendingCount() > 0)
            output.say(ctx, tr("Not waiting for an answer: tick the stretch off in Stridewise when it is done."));
        return output.finish(ctx, Ok);
    }

    int code = Ok;
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QObject::connect(&sender, &ReminderSender::doneChosen, &loop, [&](const DueReminder &r) {
        if (auto done = tickDone(ctx, r); !done) {
            fail(ctx.err, tr("Done was not saved: %1").arg(done.message()));
            code = Failed;
            return;
        }
        output.answer(r, QStringLiteral("done"));
        output.say(ctx, tr("Done: %1 is ticked off.").arg(r.title));
    });
    QObject::connect(&sender, &ReminderSender::laterChosen, &loop, [&](const DueReminder &r) {
        // Later counts from the moment it is chosen: --time set "now" for the decision, the wait is real time.
        auto again = rememberLater(ctx, r, now.addMSecs(int(waited.elapsed())));
        if (!again) {
            fail(ctx.err, tr("Later was not saved: %1").arg(again.message()));
            code = Failed;
            return;
        }
        output.answer(r, QStringLiteral("later"),
            again->isValid() ? QJsonValue(again->toString(QStringLiteral("HH:mm"))) : QJsonValue(QJsonValue::Null));
        output.say(ctx,
            again->isValid() ? tr("Later: again at %1.").arg(clock(*again))
                             : tr("Later: not again today, the day is nearly over."));
    });
    QObject::connect(&sender, &ReminderSender::allSettled, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitSeconds * 1000, &loop, [&] {
        // No answer: take the reminders away, so no Done button is left that nobody listens to.
        output.say(ctx, tr("No answer; the reminder is closed."));
        sender.closeAll();
    });
    loop.exec();
    return output.finish(ctx, code);
}

} // namespace Stridewise::Cli
