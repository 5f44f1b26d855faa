#include "core/store/lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::DatabaseLock", text);
}

} // namespace

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
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

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &databasePath, int waitMs)
{
    using R = Result<std::unique_ptr<DatabaseLock>>;
    const QString name = QDir::toNativeSeparators(databasePath);
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (lock->m_file.tryLock(waitMs))
        return R(std::move(lock));
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        if (!lock->m_file.getLockInfo(&pid, &host, &app)) {
            return R::failure(ErrorKind::Locked,
                              tr("%1 is in use by another Stridewise. Close it first, then try again; nothing was changed.").arg(name));
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
