#include "core/service/databaseopener.h"

#include "core/store/storagefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Stridewise {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::DatabaseOpener", text, nullptr, n);
}

} // namespace

DatabaseOpener::DatabaseOpener(const QString &path)
    : m_path(StorageFiles::canonicalPath(path))
{
}

Result<void> DatabaseOpener::lock(int waitMs)
{
    if (m_lock)
        return {};
    if (!StorageFiles::makePrivateFolder(QFileInfo(m_path).absolutePath()))
        return {}; // no folder, no lock: open() says why the file cannot be made
    auto lock = DatabaseLock::acquire(m_path, waitMs);
    if (!lock) {
        if (lock.kind() == ErrorKind::Locked)
            return lock.error();
        return {}; // cannot write the folder: the database opens read-only, where every write is refused
    }
    m_lock = std::move(lock).value();
    return {};
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(Database::Mode mode, OpenOptions options)
{
    // An emptied file next to its own backups held data: refused everywhere, not made a new database (issue 16.7).
    if (!options.dataExpected && QFileInfo(m_path).isFile() && QFileInfo(m_path).size() == 0)
        options.dataExpected = !BackupManager(m_path).backups().isEmpty();
    auto db = Database::open(m_path, mode, options);
    if (!db)
        return db;
    if (const int tightened = tightenFiles(); tightened > 0) {
        // Singular and plural spelled out: without an English plural translation, "%n file(s)" would show as is.
        m_privacyNotice = tightened == 1
            ? tr("Other people using this computer could read one of your data files. Stridewise has made it "
                 "readable only by you.")
            : tr("Other people using this computer could read %n of your data files. Stridewise has made them "
                 "readable only by you.",
                tightened);
    }
    return db;
}

int DatabaseOpener::tightenFiles()
{
    int changed = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") })
        changed += StorageFiles::tighten(m_path + suffix) ? 1 : 0;
    const QString backups = BackupManager(m_path).folder();
    changed += StorageFiles::tighten(QFileInfo(backups).absolutePath()) ? 1 : 0;
    changed += StorageFiles::tighten(backups) ? 1 : 0;
    for (const BackupManager::Backup &b : BackupManager(m_path).backups())
        changed += StorageFiles::tighten(b.path) ? 1 : 0;
    if (m_privateFolder)
        changed += StorageFiles::tighten(QFileInfo(m_path).absolutePath()) ? 1 : 0;
    return changed;
}

bool DatabaseOpener::offersBackup(ErrorKind kind)
{
    return kind == ErrorKind::NotStridewise || kind == ErrorKind::Corrupt || kind == ErrorKind::NewerVersion;
}

std::optional<BackupManager::Backup> DatabaseOpener::newestGoodBackup() const
{
    return BackupManager(m_path).newestGoodBackup();
}

Result<QString> DatabaseOpener::backupIfDue(Database &db, const QDateTime &now)
{
    if (db.isReadOnly())
        return QString();
    return BackupManager(m_path).backupIfDue(db, now);
}

Result<QString> DatabaseOpener::backupIfDue(const QString &path, const QDateTime &now)
{
    if (!BackupManager(path).mayBeDue(now))
        return QString(); // decided from the backups folder alone: no second connection to open and check
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    return BackupManager(path).backupIfDue(*db.value(), now);
}

Result<BackupManager::Restored> DatabaseOpener::restore(const QString &backupPath, const QDateTime &now)
{
    return BackupManager(m_path).restore(backupPath, now);
}

} // namespace Stridewise
