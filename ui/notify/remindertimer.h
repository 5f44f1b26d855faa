#pragma once

#include "core/result.h"

#include <QString>

namespace Stridewise {

/**
 * Reminders with the window closed (issue 14): a systemd user timer that runs `stridewise remind` every five
 * minutes, written into the runner's own ~/.config/systemd/user when they ask for it in Preferences, and removed
 * when they untick it. Nothing is installed for every user: the package ships no unit and no autostart entry.
 *
 * Why a timer rather than an autostart tray process: nothing runs between checks (a resident process would sit in
 * memory all day for two stretches), it needs no tray (GNOME has none), it survives a crash of the window, and one
 * `systemctl --user disable` or the Preferences box takes it away.
 */
namespace ReminderTimer {

constexpr const char *kTimerName = "stridewise-remind.timer";
constexpr const char *kServiceName = "stridewise-remind.service";
/** How often the timer runs `stridewise remind` (a reminder comes at most this late). */
constexpr int kEveryMinutes = 5;

/** $XDG_CONFIG_HOME/systemd/user. */
QString unitFolder();
QString timerPath();
QString servicePath();

/** The unit files' text: program runs `remind` on databasePath. */
QString serviceText(const QString &program, const QString &databasePath);
QString timerText();

/** Whether the timer's files are in place and it is enabled (linked into timers.target.wants). */
bool isInstalled();

/**
 * Writes the service and the timer, enables the timer and asks the user's systemd to start it now (over D-Bus).
 * Returns what the runner should know: running now, or starting at the next login when systemd did not answer.
 */
Result<QString> install(const QString &program, const QString &databasePath);
/** Stops the timer when systemd answers and removes its files; returns what happened, in words. */
Result<QString> remove();

} // namespace ReminderTimer

} // namespace Stridewise
