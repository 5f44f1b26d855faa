#include "core/store/lock.h"

#include "core/store/storagefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::DatabaseLock", text);
}

} // namespace

/** How long an unreadable lock file may stay unreadable before it counts as left behind (its writer is slow). */
constexpr int kUnreadableGraceMs = 200;

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return StorageFiles::canonicalPath(databasePath) + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_file(lockPathFor(databasePath))
{
    // 0: never stale by age (QLockFile's default of 30 s would let a second window take over a live lock);
    // a lock whose process is gone is still recognised as stale.
    m_file.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &givenPath, int waitMs)
{
    using R = Result<std::unique_ptr<DatabaseLock>>;
    const QString name = QDir::toNativeSeparators(givenPath);
    // The real path: two spellings of one file (a symlink) are one file, with one lock (issue 16.2).
    const QString databasePath = StorageFiles::canonicalPath(givenPath);
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (lock->m_file.tryLock(waitMs)) {
        StorageFiles::tighten(lockPathFor(databasePath));
        return R(std::move(lock));
    }
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        if (!lock->m_file.getLockInfo(&pid, &host, &app)) {
            // An empty or garbled lock file (a power cut while it was written, or ": > file.lock") names no owner,
            // so no live Stridewise holds it: after a moment's grace for a writer still filling it in, take it over.
            QThread::msleep(kUnreadableGraceMs);
            if (!lock->m_file.getLockInfo(&pid, &host, &app) && lock->m_file.removeStaleLockFile()
                && lock->m_file.tryLock(0)) {
                StorageFiles::tighten(lockPathFor(databasePath));
                return R(std::move(lock));
            }
            return R::failure(ErrorKind::Locked,
                tr("%1 is in use by another Stridewise. Close it first, then try again; nothing was changed. "
                   "If no Stridewise is running, delete %2 and try again.")
                    .arg(name, QDir::toNativeSeparators(lockPathFor(databasePath))));
        }
        if (app.isEmpty())
            app = QStringLiteral("stridewise");
        return R::failure(ErrorKind::Locked,
                          tr("%1 is in use by %2 (process %3 on %4). Close it first, then try again; nothing was changed.")
                              .arg(name, app)
                              .arg(pid)
                              .arg(host));
    }
    case QLockFile::PermissionError:
        return R::failure(ErrorKind::ReadOnly,
                          tr("%1 cannot be written: its folder %2 is read-only.")
                              .arg(name, QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath())));
    default:
        return R::failure(ErrorKind::Storage, tr("Cannot lock %1 for writing.").arg(name));
    }
}

} // namespace Stridewise
