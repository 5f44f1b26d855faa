#pragma once

#include "core/store/database.h"
#include "core/store/lock.h"

#include <QString>

#include <memory>

class QThread;

namespace Stridewise::GuiOpen {

/** Waits for a thread to finish, then deletes it. */
struct JoinThread
{
    void operator()(QThread *thread) const;
};

/** The window's database and the lock it holds for as long as the window is open. */
struct Opened
{
    std::unique_ptr<DatabaseLock> lock; ///< null only when the folder cannot be written (then db is read-only)
    std::unique_ptr<Database> db; ///< null when the window must not open; then exit with exitCode
    int exitCode = 1; ///< Cli::Failed unless the window may open
    /**
     * Set when opening made files of the database private (0600/0700) that others could read: a sentence for the
     * window's status bar (issue 16.13). The window does not show it yet.
     */
    QString privacyNotice;
    /** The daily backup and its full integrity check, running on its own thread; joined when this goes away. */
    std::unique_ptr<QThread, JoinThread> dailyBackup;
};

/**
 * How the window opens its database (issue 6): takes the lock (a second window names the process that
 * holds it and exits cleanly), opens the file with what the settings know (a 0-byte file that held data is
 * reported), offers the newest good backup or a read-only view when the file is refused, remembers that the
 * file holds data, and starts the daily backup on a thread of its own when one is due. All of it goes through
 * DatabaseOpener, as the command line's does. headless (--screenshot) never waits for input:
 * it prints the problem, the newest good backup and the restore command, and fails.
 */
Opened open(const QString &path, bool headless);

} // namespace Stridewise::GuiOpen
