#include "core/store/filechecks.h"

#include "core/store/backupmanager.h"
#include "core/store/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

bool isForeignLog(const QString &walPath, const QByteArray &id)
{
    constexpr int kWalHeader = 32;
    constexpr int kFrameHeader = 24;
    QFile wal(walPath);
    if (wal.size() <= kWalHeader || !wal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = wal.read(kWalHeader);
    const quint32 magic = qFromBigEndian<quint32>(header.constData());
    const quint32 pageSize = qFromBigEndian<quint32>(header.constData() + 8);
    if (header.size() < kWalHeader || (magic & 0xfffffffe) != 0x377f0682 || pageSize < 512 || pageSize > 65536)
        return false; // SQLite ignores a log without a valid header
    const QByteArray salts = header.mid(16, 8);
    // Only committed frames count: SQLite ignores a transaction whose commit frame never made it to the log.
    bool anyCommit = false;
    bool idInTransaction = false;
    for (;;) {
        const QByteArray frame = wal.read(kFrameHeader + pageSize);
        if (frame.size() < qsizetype(kFrameHeader + pageSize) || frame.mid(8, 8) != salts)
            break; // the end of the log, or what was left from before it restarted: SQLite stops here too
        idInTransaction = idInTransaction || frame.indexOf(id, kFrameHeader) >= 0;
        if (qFromBigEndian<quint32>(frame.constData() + 4) != 0) { // a commit frame
            if (idInTransaction)
                return false;
            anyCommit = true;
        }
    }
    return anyCommit;
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

namespace {

/** The schema as rows "type, name, table, sql", sorted: what "exactly ours" compares. */
QStringList schemaRows(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    QStringList rows;
    *ok =
        q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"));
    while (*ok && q.next()) {
        rows << q.value(0).toString() + QChar(0x1f) + q.value(1).toString() + QChar(0x1f) + q.value(2).toString()
                + QChar(0x1f) + q.value(3).toString();
    }
    return rows;
}

/**
 * The schema this build's migrations make at each version, found by applying them to an in-memory database once
 * per process (so every migration, whoever adds it, is covered). Element v is the schema at user_version v.
 */
QMutex &expectedMutex()
{
    static QMutex s_mutex;
    return s_mutex;
}

QList<QStringList> &expectedCache()
{
    static QList<QStringList> s_cache;
    return s_cache;
}

QStringList expectedSchema(int version, const QList<QStringList> &migrations)
{
    QMutexLocker locker(&expectedMutex());
    QList<QStringList> &cache = expectedCache();
    if (cache.isEmpty()) {
        static QAtomicInteger<quint64> s_counter;
        const QString name = QStringLiteral("stridewise-expected-%1").arg(s_counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            bool ok = db.open();
            cache << QStringList();
            for (const QStringList &migration : migrations) {
                for (const QString &statement : migration)
                    ok = ok && QSqlQuery(db).exec(statement);
                cache << (ok ? schemaRows(db, &ok) : QStringList{ QStringLiteral("?") });
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    return cache.value(version, QStringList{ QStringLiteral("?") });
}

QString describeObject(const QString &row)
{
    const QStringList f = row.split(QChar(0x1f));
    return QStringLiteral("%1 \"%2\"").arg(f.value(0), f.value(1));
}

} // namespace

void forgetExpectedSchemas()
{
    QMutexLocker locker(&expectedMutex());
    expectedCache().clear();
}

Result<void> compareSchema(
    const QSqlDatabase &db, int version, const QString &name, const QList<QStringList> &migrations)
{
    bool ok = false;
    const QStringList actual = schemaRows(db, &ok);
    if (!ok)
        return Error{ ErrorKind::Corrupt,
            tr("%1 cannot be read as a database: %2").arg(name, QSqlQuery(db).lastError().text()) };
    // The build's snapshot first: the usual open replays no migration (issue 15). A file that differs from it is
    // compared with what the migrations make with the SQLite this process runs, before it is refused.
    if (migrations == Schema::migrations()) {
        static const QList<QStringList> s_built = builtSchemas();
        if (version >= 0 && version < s_built.size() && actual == s_built.at(version))
            return {};
    }
    const QStringList expected = expectedSchema(version, migrations);
    if (actual == expected)
        return {};
    QString difference;
    for (const QString &row : actual) {
        if (!expected.contains(row)) {
            const QString object = row.section(QChar(0x1f), 1, 1);
            const bool known = std::any_of(expected.cbegin(), expected.cend(),
                [&](const QString &e) { return e.section(QChar(0x1f), 1, 1) == object; });
            difference = known ? tr("the %1 is not as Stridewise makes it").arg(describeObject(row))
                               : tr("it has an extra %1").arg(describeObject(row));
            break;
        }
    }
    if (difference.isEmpty()) {
        for (const QString &row : expected) {
            if (!actual.contains(row)) {
                difference = tr("the %1 is missing").arg(describeObject(row));
                break;
            }
        }
    }
    return Error{ ErrorKind::Corrupt,
        tr("%1 was changed outside Stridewise and was not opened: %2 (data version %3). It was left unchanged.")
            .arg(name, difference)
            .arg(version) };
}

} // namespace Stridewise::FileChecks
