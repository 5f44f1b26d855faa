#include "ui/notify/remindertimer.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Stridewise::ReminderTimer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ReminderTimer", text);
}

QString wantsLink()
{
    return unitFolder() + QStringLiteral("/timers.target.wants/") + QString::fromLatin1(kTimerName);
}

/** One ExecStart= argument: quoted, with systemd's specifier "%" and C escapes doubled. */
QString quoted(const QString &argument)
{
    QString a = argument;
    a.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    a.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    a.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + a + QLatin1Char('"');
}

Result<void> write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Result<void>::failure(
            ErrorKind::ReadOnly, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

/** Calls the user's systemd manager on the session bus; false when it is not there (no systemd user session). */
bool callSystemd(const QString &method, const QVariantList &arguments = {})
{
    // Tests write the units into their own folder; the runner's systemd must never start what they wrote.
    if (QStandardPaths::isTestModeEnabled())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.systemd1"),
        QStringLiteral("/org/freedesktop/systemd1"), QStringLiteral("org.freedesktop.systemd1.Manager"), method);
    message.setArguments(arguments);
    return bus.call(message, QDBus::Block, 10000).type() == QDBusMessage::ReplyMessage;
}

} // namespace

QString unitFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}

QString timerPath()
{
    return unitFolder() + QLatin1Char('/') + QString::fromLatin1(kTimerName);
}

QString servicePath()
{
    return unitFolder() + QLatin1Char('/') + QString::fromLatin1(kServiceName);
}

QString serviceText(const QString &program, const QString &databasePath)
{
    return QStringLiteral("# Written by Stridewise (Edit > Preferences > Reminders); untick \"when Stridewise is\n"
                          "# closed\" there, or run: systemctl --user disable --now %1\n"
                          "[Unit]\n"
                          "Description=Stridewise stretch and run reminders\n"
                          "Documentation=man:stridewise(1)\n"
                          "\n"
                          "[Service]\n"
                          "Type=exec\n"
                          "ExecStart=%2 --db %3 remind\n")
        .arg(QString::fromLatin1(kTimerName), quoted(program), quoted(databasePath));
}

QString timerText()
{
    return QStringLiteral("# Written by Stridewise (Edit > Preferences > Reminders).\n"
                          "[Unit]\n"
                          "Description=Stridewise reminders: check every %1 minutes\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*:0/%1\n"
                          "AccuracySec=30s\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(kEveryMinutes);
}

bool isInstalled()
{
    return QFileInfo::exists(timerPath()) && QFileInfo::exists(servicePath()) && QFileInfo(wantsLink()).isSymLink();
}

Result<QString> install(const QString &program, const QString &databasePath)
{
    if (!QDir().mkpath(unitFolder() + QStringLiteral("/timers.target.wants"))) {
        return Result<QString>::failure(
            ErrorKind::ReadOnly, tr("Could not create %1.").arg(QDir::toNativeSeparators(unitFolder())));
    }
    const QString db = QFileInfo(databasePath).absoluteFilePath();
    if (auto r = write(servicePath(), serviceText(QFileInfo(program).absoluteFilePath(), db)); !r)
        return r.error();
    if (auto r = write(timerPath(), timerText()); !r)
        return r.error();
    // What `systemctl --user enable` does: a link in the wants folder of the target that starts timers.
    QFile::remove(wantsLink());
    if (!QFile::link(QStringLiteral("../") + QString::fromLatin1(kTimerName), wantsLink())) {
        return Result<QString>::failure(ErrorKind::ReadOnly,
            tr("Could not enable the timer in %1.").arg(QDir::toNativeSeparators(QFileInfo(wantsLink()).path())));
    }
    const bool started = callSystemd(QStringLiteral("Reload"))
        && callSystemd(QStringLiteral("StartUnit"), { QString::fromLatin1(kTimerName), QStringLiteral("replace") });
    return started ? tr("Reminders now come with Stridewise closed, too (systemd user timer %1).")
                         .arg(QString::fromLatin1(kTimerName))
                   : tr("The timer is written to %1; your session's systemd did not answer, so it starts at your next "
                        "login.")
                         .arg(QDir::toNativeSeparators(unitFolder()));
}

Result<QString> remove()
{
    callSystemd(QStringLiteral("StopUnit"), { QString::fromLatin1(kTimerName), QStringLiteral("replace") });
    bool removed = true;
    for (const QString &path : { wantsLink(), timerPath(), servicePath() }) {
        if (QFileInfo(path).isSymLink() || QFileInfo::exists(path))
            removed = QFile::remove(path) && removed;
    }
    callSystemd(QStringLiteral("Reload"));
    if (!removed) {
        return Result<QString>::failure(ErrorKind::ReadOnly,
            tr("Could not remove the reminder timer from %1.").arg(QDir::toNativeSeparators(unitFolder())));
    }
    return tr("Reminders come only while Stridewise is open.");
}

} // namespace Stridewise::ReminderTimer
