#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Stridewise {

class Database;

/**
 * Rolling backups of one database (issue 6), Anki-style: consistent copies (VACUUM INTO, never a file copy
 * of a live database) in a folder of this database's own, "backups/<file name>/" beside the database (issue 16.9),
 * named "<name>-YYYY-MM-DD-HHMMSSZ-<reason>.db" with the time in UTC. Backups an older version put straight into
 * "backups/" (local time, no "Z") are still listed when no other database beside this one shares their name.
 * Every backup is 0600 and its folder 0700, and is checked in full (schema and integrity_check) before it gets its
 * final name. One backup at a time per database: a second one waits for the first. Kept: the newest backup of each of
 * the 7 most recent days, 4 most recent ISO weeks and 6 most recent months that have one, plus every before-restore and
 * before-update backup less than 30 days old; older ones are deleted.
 *
 * "Now" and "today" are parameters, never read from the clock here.
 */
class BackupManager
{
public:
    enum class Reason { Daily, Manual, BeforeUpdate, BeforeRestore };

    struct Backup
    {
        QString path;
        QDateTime time; ///< from the file name (UTC in new names, local time in old ones)
        Reason reason = Reason::Daily;
    };

    /** What restore() did. */
    struct Restored
    {
        QString keptAs; ///< where the database as it was before the restore was kept; empty if there was none
    };

    explicit BackupManager(QString databasePath);

    /** "<folder of the database>/backups/<file name of the database>": this database's own backup folder. */
    QString folder() const;
    /** folder() for the database at databasePath (resolved to its real path first). */
    static QString folderFor(const QString &databasePath);

    /**
     * A consistent, checked copy of db now. The copy is written under a temporary name, checked with
     * quick_check and only then given its final name, so a file with a backup's name is always whole.
     * Returns its path.
     */
    Result<QString> backupNow(Database &db, const QDateTime &now, Reason reason = Reason::Manual);

    /**
     * False when backupIfDue() would surely make nothing: a backup from today exists, or the newest one is newer
     * than the file. Needs no open database, so a start can skip opening a second connection (issue 15).
     */
    bool mayBeDue(const QDateTime &now) const;

    /**
     * The daily backup: when no backup was made on now's date and the data changed since the newest
     * backup (or there is data and no backup yet), backs up and prunes. Backups stamped after now (a clock that ran
     * ahead) do not count. The backup runs the full integrity_check, so this is also the daily check (issue 15):
     * a damaged database gives a Corrupt error, and nothing is pruned. Returns the new backup's path,
     * or an empty string when none was due.
     */
    Result<QString> backupIfDue(Database &db, const QDateTime &now);

    /** This database's backups, newest first (files with other names in the folder are ignored). */
    QList<Backup> backups() const;

    /** The newest backup that opens as a sound Stridewise database (schema and integrity_check), or nullopt. */
    std::optional<Backup> newestGoodBackup() const;

    /**
     * Which of backups the keep-7-daily/4-weekly/6-monthly rule drops. Backups dated after today are kept, and so
     * are before-restore and before-update backups less than 30 days old (they are how a restore or an update is
     * undone); those take no daily, weekly or monthly slot.
     */
    static QList<Backup> toPrune(const QList<Backup> &backups, QDate today);

    /** Deletes what toPrune() drops; returns how many files were deleted. */
    Result<int> prune(QDate today);

    /**
     * Replaces the database with backupPath: opens the backup (with its own -wal, if it has one) as a sound
     * Stridewise database of exactly our schema, runs the full integrity_check, and takes a consistent snapshot of
     * it beside the database (VACUUM INTO, never a copy of the main file alone), checked again; keeps the current
     * file as a "before-restore" backup (a consistent copy when it opens, else its raw bytes and log, since it is
     * not in use) and closes it cleanly, removes what is left of its -wal and -shm so no old log is replayed onto
     * the restored file, and swaps the snapshot in by an atomic rename. A kill at any point leaves either the old
     * file or the restored one, whole.
     *
     * Precondition: no Database is open on the file (the window closes its own first; DatabaseLock keeps
     * other processes out). The restored file is migrated when it is next opened.
     */
    Result<Restored> restore(const QString &backupPath, const QDateTime &now);

    /**
     * For the window's File ▸ Restore…: closes db (which must be this manager's database), restores backupPath
     * and opens the result into db. When the restore is refused, db is the original database again, unchanged;
     * db is null only when neither can be opened (then the error says why).
     */
    Result<Restored> restoreAndReopen(std::unique_ptr<Database> &db, const QString &backupPath, const QDateTime &now);

    static QString reasonName(Reason reason);

private:
    QString targetPath(const QDateTime &now, Reason reason) const;
    bool changedSince(const QDateTime &fileTime) const;
    Result<QString> backupLocked(Database &db, const QDateTime &now, Reason reason);

    QString m_databasePath;
};

} // namespace Stridewise
