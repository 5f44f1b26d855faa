#include "core/store/backupmanager.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QAtomicInteger>

#include <algorithm>

#include <unistd.h>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::BackupManager", text);
}

constexpr int kKeepDaily = 7;
constexpr int kKeepWeekly = 4;
constexpr int kKeepMonthly = 6;
/**
 * A before-restore backup is how a restore is undone (README), and a before-update one is the way back from a
 * migration; the daily rotation must not take either away within this many days, whatever else is kept.
 */
constexpr int kKeepSafetyBackupDays = 30;

bool isSafetyBackup(BackupManager::Reason reason)
{
    return reason == BackupManager::Reason::BeforeRestore || reason == BackupManager::Reason::BeforeUpdate;
}

const QString kStampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");
const QString kPartial = QStringLiteral(".partial");

/** Forces a file's bytes to the disk: a backup the app reports as made must survive a power cut too. */
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

bool hasData(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM profile) OR EXISTS (SELECT 1 FROM week) "
                                 "OR EXISTS (SELECT 1 FROM pain_log)"))
        && q.next() && q.value(0).toBool();
}

/**
 * Whether path is a sound copy of a Stridewise database this build can read, whatever its version (a backup
 * from before an update is older): application_id, user_version and quick_check through a read-only connection.
 */
Result<void> checkCopy(const QString &path)
{
    static QAtomicInteger<quint64> s_counter;
    const QString connection = QStringLiteral("stridewise-backup-check-%1").arg(s_counter.fetchAndAddRelaxed(1));
    const QString name = QDir::toNativeSeparators(path);
    Result<void> result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is damaged.").arg(name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(path).size() > 0 && db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is not a database or is damaged.").arg(name));
            } else if (q.value(0).toInt() != Database::kApplicationId) {
                result = Result<void>::failure(ErrorKind::NotStridewise, tr("%1 is not a Stridewise database.").arg(name));
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()
                       || q.value(0).toInt() > Database::latestSchemaVersion()) {
                result = Result<void>::failure(ErrorKind::NewerVersion,
                                               tr("%1 was written by a newer version of Stridewise.").arg(name));
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                       || q.value(0).toString() != QLatin1String("ok")) {
                result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is damaged: %2").arg(name, q.value(0).toString()));
            } else {
                result = {};
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

BackupManager::BackupManager(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

QString BackupManager::folder() const
{
    return QDir(QFileInfo(m_databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

QString BackupManager::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::Manual:
        return QStringLiteral("manual");
    case Reason::BeforeUpdate:
        return QStringLiteral("before-update");
    case Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("daily");
}

QString BackupManager::targetPath(const QDateTime &now, Reason reason) const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') + now.toString(kStampFormat)
        + QLatin1Char('-') + reasonName(reason);
    QString path = QDir(folder()).filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + kPartial); ++n)
        path = QDir(folder()).filePath(base + QStringLiteral("-%1.db").arg(n));
    return path;
}

Result<QString> BackupManager::backupNow(Database &db, const QDateTime &now, Reason reason)
{
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        return Result<QString>::failure(ErrorKind::ReadOnly,
                                        tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    // Leftovers of a backup cut off by a crash are never backups: remove them.
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-');
    for (const QString &name : QDir(dir).entryList({prefix + QStringLiteral("*.db") + kPartial}, QDir::Files))
        QFile::remove(QDir(dir).filePath(name));

    const QString target = targetPath(now, reason);
    const QString partial = target + kPartial;
    if (auto copied = db.copyTo(partial); !copied) {
        QFile::remove(partial);
        return copied.error();
    }
    {
        if (!checkCopy(partial)) {
            QFile::remove(partial);
            return Result<QString>::failure(ErrorKind::Storage,
                                            tr("The backup of %1 did not check out as sound and was discarded.")
                                                .arg(QDir::toNativeSeparators(m_databasePath)));
        }
    }
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Result<QString>::failure(ErrorKind::Storage,
                                        tr("Cannot write the backup %1.").arg(QDir::toNativeSeparators(target)));
    }
    return target;
}

bool BackupManager::changedSince(const QDateTime &fileTime) const
{
    const QFileInfo main(m_databasePath);
    const QFileInfo wal(m_databasePath + QStringLiteral("-wal"));
    if (main.lastModified() > fileTime)
        return true;
    return wal.exists() && wal.size() > 0 && wal.lastModified() > fileTime;
}

Result<QString> BackupManager::backupIfDue(Database &db, const QDateTime &now)
{
    const QList<Backup> existing = backups();
    if (!existing.isEmpty()) {
        const Backup &newest = existing.first();
        if (newest.time.date() >= now.date())
            return QString(); // at most once a day
        if (!changedSince(QFileInfo(newest.path).lastModified()))
            return QString();
    } else if (!hasData(db)) {
        return QString();
    }
    auto made = backupNow(db, now, Reason::Daily);
    if (!made)
        return made;
    if (auto pruned = prune(now.date()); !pruned)
        return pruned.error();
    return made;
}

QList<BackupManager::Backup> BackupManager::backups() const
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*)-(\d{4}-\d{2}-\d{2}-\d{6})-(daily|manual|before-update|before-restore)(-\d+)?\.db$)"));
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    QList<Backup> list;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({base + QStringLiteral("-*.db")}, QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch() || match.captured(1) != base)
            continue;
        Backup b;
        b.path = dir.filePath(name);
        b.time = QDateTime::fromString(match.captured(2), kStampFormat);
        if (!b.time.isValid())
            continue;
        for (Reason r : {Reason::Daily, Reason::Manual, Reason::BeforeUpdate, Reason::BeforeRestore}) {
            if (reasonName(r) == match.captured(3))
                b.reason = r;
        }
        list << b;
    }
    std::sort(list.begin(), list.end(), [](const Backup &a, const Backup &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return list;
}

std::optional<BackupManager::Backup> BackupManager::newestGoodBackup() const
{
    for (const Backup &b : backups()) {
        if (checkCopy(b.path))
            return b;
    }
    return std::nullopt;
}

QList<BackupManager::Backup> BackupManager::toPrune(const QList<Backup> &backups, QDate today)
{
    QList<Backup> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Backup &a, const Backup &b) { return a.time > b.time; });
    QSet<QString> days, weeks, months;
    QList<Backup> dropped;
    for (const Backup &b : sorted) {
        const QDate date = b.time.date();
        if (date > today)
            continue; // a clock that was wrong is no reason to delete anything
        // Kept outside the daily/weekly/monthly slots, so it neither is dropped nor crowds out a daily backup.
        if (isSafetyBackup(b.reason) && date.daysTo(today) < kKeepSafetyBackupDays)
            continue;
        bool keep = false;
        // Newest first, so the first backup met in a day, week or month is that period's newest.
        const QString day = date.toString(Qt::ISODate);
        const QString week = IsoWeek::name(date);
        const QString month = date.toString(QStringLiteral("yyyy-MM"));
        if (!days.contains(day) && days.size() < kKeepDaily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(week) && weeks.size() < kKeepWeekly) {
            weeks.insert(week);
            keep = true;
        }
        if (!months.contains(month) && months.size() < kKeepMonthly) {
            months.insert(month);
            keep = true;
        }
        if (!keep)
            dropped << b;
    }
    return dropped;
}

Result<int> BackupManager::prune(QDate today)
{
    int removed = 0;
    for (const Backup &b : toPrune(backups(), today)) {
        if (!QFile::remove(b.path)) {
            return Result<int>::failure(ErrorKind::Storage,
                                        tr("Cannot delete the old backup %1.").arg(QDir::toNativeSeparators(b.path)));
        }
        ++removed;
    }
    return removed;
}

Result<BackupManager::Restored> BackupManager::restore(const QString &backupPath, const QDateTime &now)
{
    using R = Result<Restored>;
    const QString backupName = QDir::toNativeSeparators(backupPath);
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return R::failure(ErrorKind::Invalid, tr("%1 is the database itself, not a backup of it.").arg(backupName));
    if (!QFileInfo(backupPath).isFile())
        return R::failure(ErrorKind::NotFound, tr("The backup %1 does not exist.").arg(backupName));

    // 1. The backup must be a sound Stridewise database this version can read (quick_check).
    QByteArray bytes;
    {
        if (auto check = checkCopy(backupPath); !check)
            return R::failure(check.kind(), tr("%1 was not restored: %2").arg(backupName, check.message()));
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(ErrorKind::Storage, tr("Cannot read %1: %2").arg(backupName, file.errorString()));
        bytes = file.readAll();
    }

    // 2. Keep the current database as a backup first.
    Restored restored;
    const QString wal = m_databasePath + QStringLiteral("-wal");
    const QString shm = m_databasePath + QStringLiteral("-shm");
    if (QFileInfo(m_databasePath).size() > 0) {
        if (!QDir().mkpath(folder())) {
            return R::failure(ErrorKind::ReadOnly,
                              tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder())));
        }
        auto current = Database::open(m_databasePath, Database::Mode::ReadOnly);
        if (current) {
            auto kept = backupNow(*current.value(), now, Reason::BeforeRestore);
            if (!kept)
                return R::failure(kept.kind(), tr("%1 was not restored: %2").arg(backupName, kept.message()));
            restored.keptAs = *kept;
        } else {
            // Damaged or foreign: nothing can read it consistently, and nobody has it open, so keep its raw bytes.
            restored.keptAs = targetPath(now, Reason::BeforeRestore);
            if (!QFile::copy(m_databasePath, restored.keptAs)
                || (QFileInfo::exists(wal) && !QFile::copy(wal, restored.keptAs + QStringLiteral("-wal")))) {
                return R::failure(ErrorKind::Storage,
                                  tr("%1 was not restored: the current file could not be kept as %2.")
                                      .arg(backupName, QDir::toNativeSeparators(restored.keptAs)));
            }
        }
    }

    // 3. Swap: write the backup beside the database, drop the old log (kept above), then rename over it.
    QSaveFile out(m_databasePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return R::failure(out.error() == QFileDevice::ResourceError ? ErrorKind::DiskFull : ErrorKind::Storage,
                          tr("%1 was not restored: %2").arg(backupName, out.errorString()));
    }
    // An old write-ahead log left beside the restored file would be replayed onto it by SQLite.
    for (const QString &side : {wal, shm}) {
        if (QFileInfo::exists(side) && !QFile::remove(side)) {
            out.cancelWriting();
            return R::failure(ErrorKind::Storage,
                              tr("%1 was not restored: %2 could not be removed.").arg(backupName, QDir::toNativeSeparators(side)));
        }
    }
    if (!out.commit()) {
        return R::failure(ErrorKind::Storage, tr("%1 was not restored: %2").arg(backupName, out.errorString()));
    }
    return restored;
}

Result<BackupManager::Restored> BackupManager::restoreAndReopen(std::unique_ptr<Database> &db, const QString &backupPath,
                                                                const QDateTime &now)
{
    const bool readOnly = db && db->isReadOnly();
    db.reset(); // closed: its last connection checkpoints the log into the file
    auto restored = restore(backupPath, now);
    OpenOptions options;
    options.now = now; // a restored backup from an older version is migrated, with a backup named by now first
    auto reopened =
        Database::open(m_databasePath, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, options);
    if (!reopened)
        return reopened.error();
    db = std::move(reopened).value();
    return restored;
}

} // namespace Stridewise
