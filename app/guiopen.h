#pragma once

#include "core/store/database.h"
#include "core/store/lock.h"

#include <memory>

namespace Stridewise::GuiOpen {

/** The window's database and the lock it holds for as long as the window is open. */
struct Opened
{
    std::unique_ptr<DatabaseLock> lock; ///< null only when the folder cannot be written (then db is read-only)
    std::unique_ptr<Database> db; ///< null when the window must not open; then exit with exitCode
    int exitCode = 0;
};

/**
 * How the window opens its database (issue 6): takes the lock (a second window names the process that
 * holds it and exits cleanly), opens the file with what the settings know (a 0-byte file that held data is
 * reported), offers the newest good backup or a read-only view when the file is refused, remembers that the
 * file holds data, and makes the daily backup when one is due. headless (--screenshot) never waits for input:
 * it prints the problem, the newest good backup and the restore command, and fails.
 */
Opened open(const QString &path, bool headless);

} // namespace Stridewise::GuiOpen
