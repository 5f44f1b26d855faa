#pragma once

#include "core/result.h"
#include "core/store/backupmanager.h"
#include "core/store/database.h"
#include "core/store/lock.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace Stridewise {

/**
 * The one way into a runner's database for the window and the command line (issue 10): lock the real path, open,
 * make private what is not, make the daily backup when due, and — when the file is refused — find the newest good
 * backup to offer. The caller only decides how to ask and how to say things (a dialog, stderr).
 *
 * The path is resolved once (symlinks followed): the file, its log, its lock and its backups all use the real path.
 */
class DatabaseOpener
{
public:
    explicit DatabaseOpener(const QString &path);

    /** The database's real path. */
    QString path() const { return m_path; }

    /**
     * Takes the one-writer lock, waiting up to waitMs. Locked (naming the holder) while another process has the
     * file; a folder that cannot be written has no lock and is no error (the file then opens read-only).
     */
    Result<void> lock(int waitMs = 0);
    bool isLocked() const { return m_lock != nullptr; }
    /** Hands the lock to the caller, who holds it for as long as the database is open. */
    std::unique_ptr<DatabaseLock> takeLock() { return std::move(m_lock); }

    /**
     * Opens the database. A 0-byte file is reported as emptied (not started afresh) when the caller knows it held
     * data or when it has backups. On success, files and folders of the database that others could read are made
     * the owner's only (0600 / 0700); privacyNotice() then says so, for a status bar.
     */
    Result<std::unique_ptr<Database>> open(Database::Mode mode, OpenOptions options = {});

    /** "Made 3 files of your data private…" after open() changed permissions, else empty. */
    QString privacyNotice() const { return m_privacyNotice; }
    /** Whether open() tightens the folder holding the database too: it is Stridewise's own (the default place). */
    void setPrivateFolder(bool privateFolder) { m_privateFolder = privateFolder; }

    /** Whether a refusal of this kind comes with the offer of the newest good backup. */
    static bool offersBackup(ErrorKind kind);
    std::optional<BackupManager::Backup> newestGoodBackup() const;

    /** The daily backup (with the full integrity check) on db, when due. */
    Result<QString> backupIfDue(Database &db, const QDateTime &now);
    /**
     * The same through a connection of its own, so it can run on a worker thread while the window is up (the
     * check reads the whole file). Safe on any thread; never modifies the database.
     */
    static Result<QString> backupIfDue(const QString &path, const QDateTime &now);

    /** Replaces the database with a backup (BackupManager::restore); the lock must be held. */
    Result<BackupManager::Restored> restore(const QString &backupPath, const QDateTime &now);

private:
    int tightenFiles();

    QString m_path;
    std::unique_ptr<DatabaseLock> m_lock;
    QString m_privacyNotice;
    bool m_privateFolder = false;
};

} // namespace Stridewise
