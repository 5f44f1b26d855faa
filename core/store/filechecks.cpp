#include "core/store/filechecks.h"

#include "core/store/backupmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sys/stat.h>

namespace Stridewise::FileChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Database", text);
}

constexpr int kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);


quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<HeaderCheck> inspectHeader(const QString &path)
{
    HeaderCheck check;
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return check;
    check.empty = false;
    const QString name = QDir::toNativeSeparators(path);
    if (info.isDir())
        return Result<HeaderCheck>::failure(ErrorKind::NotStridewise, tr("%1 is a folder, not a Stridewise database.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<HeaderCheck>::failure(ErrorKind::ReadOnly,
                                            tr("Cannot read %1: %2.").arg(name, file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    if (!header.startsWith(kMagic.left(qMin<qsizetype>(header.size(), kMagic.size()))) || header.size() < kMagic.size()) {
        return Result<HeaderCheck>::failure(
            ErrorKind::NotStridewise,
            tr("%1 is not a Stridewise database: it is not an SQLite database file at all.").arg(name));
    }
    if (header.size() < kHeaderSize) {
        return Result<HeaderCheck>::failure(
            ErrorKind::Corrupt, tr("%1 is damaged: the file is cut short (%2 bytes).").arg(name).arg(info.size()));
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = readBigEndian32(header, 24);
    const quint32 pageCount = readBigEndian32(header, 28);
    const quint32 versionValidFor = readBigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return Result<HeaderCheck>::failure(ErrorKind::Corrupt, tr("%1 is damaged: its header is not valid.").arg(name));
    }
    const bool sizeKnown = changeCounter == versionValidFor && pageCount > 0;
    // A process killed while copying its write-ahead log into the file (a checkpoint) leaves the file short or
    // ragged with every page still in the log, which SQLite replays: only without a pending log is short damage.
    if (!logPending(path)
        && (info.size() % pageSize != 0 || (sizeKnown && quint64(info.size()) < quint64(pageCount) * pageSize))) {
        return Result<HeaderCheck>::failure(
            ErrorKind::Corrupt,
            tr("%1 is damaged: the file is cut short (%2 bytes where %3 were written).")
                .arg(name)
                .arg(info.size())
                .arg(sizeKnown ? quint64(pageCount) * pageSize : quint64(info.size() / pageSize + 1) * pageSize));
    }
    check.userVersion = int(readBigEndian32(header, 60));
    check.applicationId = qint32(readBigEndian32(header, 68));
    return check;
}

namespace {

/** "dev ino size mtime ctime" of the main file: what a clean close records, so the next open can skip quick_check. */
QByteArray fileStamp(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(quint64(st.st_dev)) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' '
        + QByteArray::number(qint64(st.st_size)) + ' ' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_ctim.tv_nsec));
}

QString stampPath(const QString &path)
{
    return QDir(BackupManager::folderFor(path)).filePath(QStringLiteral(".checked"));
}

} // namespace

bool logPending(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

bool unchangedSinceCleanClose(const QString &path)
{
    if (logPending(path))
        return false;
    QFile stamp(stampPath(path));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray now = fileStamp(path);
    return !now.isEmpty() && stamp.readAll() == now;
}

void recordCleanClose(const QString &path)
{
    if (logPending(path) || !QFileInfo(BackupManager::folderFor(path)).isDir())
        return;
    // A cache, not data: no sync; a stamp lost or torn only costs a quick_check on the next open.
    QFile stamp(stampPath(path));
    if (stamp.open(QIODevice::WriteOnly | QIODevice::Truncate))
        stamp.write(fileStamp(path));
}

} // namespace Stridewise::FileChecks
