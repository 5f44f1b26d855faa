#pragma once

#include "core/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace Stridewise {

/**
 * One writer at a time (issue 6): a QLockFile beside the database ("stridewise.db.lock") that the window
 * holds for as long as it is open and a writing command-line run holds while it writes.
 *
 * A lock left by a process that no longer runs (killed, crashed) is recognised and taken over. A lock is
 * never considered stale just because it is old: a window may stay open for days.
 */
class DatabaseLock
{
public:
    /** "<database>.lock". */
    static QString lockPathFor(const QString &databasePath);

    /**
     * Takes the lock for databasePath, waiting up to waitMs for a holder to let go. Fails with
     * ErrorKind::Locked and a message naming the file and the holding process when another one holds it,
     * or ErrorKind::ReadOnly when the lock file cannot be written (then the caller opens read-only).
     */
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString &databasePath, int waitMs = 0);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    QString databasePath() const { return m_databasePath; }

private:
    explicit DatabaseLock(const QString &databasePath);

    QString m_databasePath;
    QLockFile m_file;
};

} // namespace Stridewise
