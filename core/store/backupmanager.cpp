#include "core/store/backupmanager.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/store/storagefiles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
/** How long a backup waits for another backup of the same database to finish (issue 16.12). */
constexpr int kBackupLockWaitMs = 60000;

/** A partial name no other process or thread uses: "<target>.<pid>-<n>.partial". */
QString partialName(const QString &target)
{
    static QAtomicInteger<quint64> s_counter;
    return target + QStringLiteral(".%1-%2").arg(::getpid()).arg(s_counter.fetchAndAddRelaxed(1)) + kPartial;
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
 * from before an update is older): application_id, user_version, exactly our schema for that version and the full
 * integrity_check, through a read-only connection.
 */
Result<void> checkCopy(const QString &path)
{
    static QAtomicInteger<quint64> s_counter;
    const QString connection = QStringLiteral("stridewise-backup-check-%1").arg(s_counter.fetchAndAddRelaxed(1));
    const QString name = QDir::toNativeSeparators(path);
    Result<void> result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is damaged.").arg(name));
    bool schemaToCheck = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(path).isFile() && QFileInfo(path).size() > 0 && db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is not a database or is damaged.").arg(name));
            } else if (q.value(0).toInt() != Database::kApplicationId) {
                result = Result<void>::failure(ErrorKind::NotStridewise, tr("%1 is not a Stridewise database.").arg(name));
            } else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()
                       || q.value(0).toInt() > Database::latestSchemaVersion()) {
                result = Result<void>::failure(ErrorKind::NewerVersion,
                                               tr("%1 was written by a newer version of Stridewise.").arg(name));
            } else {
                schemaToCheck = true;
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!schemaToCheck)
        return result;
    // The schema first: a hostile view or trigger is refused before anything reads through it.
    if (auto schema = Database::checkSchemaOf(path); !schema)
        return schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok")) {
                const QString finding = q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString();
                result = Result<void>::failure(ErrorKind::Corrupt, tr("%1 is damaged: %2").arg(name, finding));
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

/** "^<escaped base>-<stamp>(Z)?-<reason>(-n)?\.db$": exactly this database's backups, nobody else's. */
QRegularExpression backupPattern(const QString &base)
{
    return QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(base)
        + QStringLiteral(R"(-(\d{4}-\d{2}-\d{2}-\d{6})(Z?)-(daily|manual|before-update|before-restore)(-\d+)?\.db$)"));
}

} // namespace

BackupManager::BackupManager(QString databasePath)
    : m_databasePath(StorageFiles::canonicalPath(databasePath))
{
}

QString BackupManager::folderFor(const QString &databasePath)
{
    const QFileInfo info(StorageFiles::canonicalPath(databasePath));
    return QDir(info.absolutePath()).filePath(QStringLiteral("backups/") + info.fileName());
}

QString BackupManager::folder() const
{
    return folderFor(m_databasePath);
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
    const QString base = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-')
        + now.toUTC().toString(kStampFormat) + QStringLiteral("Z-") + reasonName(reason);
    QString path = QDir(folder()).filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder()).filePath(base + QStringLiteral("-%1.db").arg(n));
    return path;
}

Result<QString> BackupManager::backupNow(Database &db, const QDateTime &now, Reason reason)
{
    const QString dir = folder();
    if (!StorageFiles::makePrivateFolder(dir)) {
        return Result<QString>::failure(ErrorKind::ReadOnly,
                                        tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    StorageFiles::tighten(dir);
    // One backup of a database at a time: a second waits, so they never pick the same name or step on each other.
    QLockFile lock(QDir(dir).filePath(QStringLiteral(".backup.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(kBackupLockWaitMs)) {
        return Result<QString>::failure(ErrorKind::Locked,
            tr("Another backup of %1 is still being made; try again in a moment.")
                .arg(QDir::toNativeSeparators(m_databasePath)));
    }
    return backupLocked(db, now, reason);
}

Result<QString> BackupManager::backupLocked(Database &db, const QDateTime &now, Reason reason)
{
    const QString dir = folder();
    // Leftovers of a backup cut off by a crash are never backups; with the lock held, none is in progress.
    for (const QString &name : QDir(dir).entryList({ QStringLiteral("*") + kPartial }, QDir::Files | QDir::Hidden))
        QFile::remove(QDir(dir).filePath(name));

    const QString target = targetPath(now, reason);
    const QString partial = partialName(target);
    if (auto copied = db.copyTo(partial); !copied) {
        QFile::remove(partial);
        return copied.error();
    }
    // The full check of the copy is the daily check of the database (issue 15): a damaged index shows here.
    if (auto checked = checkCopy(partial); !checked) {
        QFile::remove(partial);
        return Result<QString>::failure(ErrorKind::Corrupt,
            tr("The backup of %1 did not check out as sound and was discarded: %2")
                .arg(QDir::toNativeSeparators(m_databasePath), checked.message()));
    }
    if (!StorageFiles::sync(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Result<QString>::failure(ErrorKind::Storage,
                                        tr("Cannot write the backup %1.").arg(QDir::toNativeSeparators(target)));
    }
    StorageFiles::sync(dir);
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

bool BackupManager::mayBeDue(const QDateTime &now) const
{
    QList<Backup> existing = backups();
    existing.removeIf([&](const Backup &b) { return b.time > now; });
    if (existing.isEmpty())
        return true; // whether the file holds data needs it open
    const Backup &newest = existing.first();
    return newest.time.toLocalTime().date() < now.toLocalTime().date()
        && changedSince(QFileInfo(newest.path).lastModified());
}

Result<QString> BackupManager::backupIfDue(Database &db, const QDateTime &now)
{
    QList<Backup> existing = backups();
    // A backup stamped in the future (the clock ran ahead once) says nothing about today (issue 16.8).
    existing.removeIf([&](const Backup &b) { return b.time > now; });
    if (!existing.isEmpty()) {
        const Backup &newest = existing.first();
        if (newest.time.toLocalTime().date() >= now.toLocalTime().date())
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
    const QFileInfo database(m_databasePath);
    const QString base = database.completeBaseName();
    const QRegularExpression pattern = backupPattern(base);
    QList<Backup> list;
    auto collect = [&](const QDir &dir) {
        for (const QString &name : dir.entryList(QDir::Files)) {
            const auto match = pattern.match(name);
            if (!match.hasMatch())
                continue;
            Backup b;
            b.path = dir.filePath(name);
            // Date and time apart: read as one local time, a UTC stamp inside a daylight-saving gap would not exist.
            const QDate date = QDate::fromString(match.captured(1).left(10), QStringLiteral("yyyy-MM-dd"));
            const QTime time = QTime::fromString(match.captured(1).mid(11), QStringLiteral("HHmmss"));
            b.time = QDateTime(date, time, match.captured(2).isEmpty() ? Qt::LocalTime : Qt::UTC);
            if (!b.time.isValid())
                continue;
            for (Reason r : { Reason::Daily, Reason::Manual, Reason::BeforeUpdate, Reason::BeforeRestore }) {
                if (reasonName(r) == match.captured(3))
                    b.reason = r;
            }
            list << b;
        }
    };
    collect(QDir(folder()));
    // Backups an older version put straight into "backups/": ours only when no other database here has our name.
    const QDir databaseFolder = database.absoluteDir();
    const QStringList files = databaseFolder.entryList(QDir::Files);
    const bool alone = std::none_of(files.cbegin(), files.cend(), [&](const QString &n) {
        return QFileInfo(n).completeBaseName() == base && n != database.fileName()
            && !n.startsWith(database.fileName());
    });
    if (alone && database.suffix() == QLatin1String("db"))
        collect(QDir(databaseFolder.filePath(QStringLiteral("backups"))));
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
        const QDate date = b.time.toLocalTime().date();
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
    const QString source = StorageFiles::canonicalPath(backupPath);
    if (source == m_databasePath)
        return R::failure(ErrorKind::Invalid, tr("%1 is the database itself, not a backup of it.").arg(backupName));
    if (!QFileInfo(source).isFile())
        return R::failure(ErrorKind::NotFound, tr("The backup %1 does not exist.").arg(backupName));
    if (!StorageFiles::makePrivateFolder(folder())) {
        return R::failure(
            ErrorKind::ReadOnly, tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder())));
    }

    // Snapshots of restores cut off by a kill are never databases; the lock is held, so none is in progress.
    const QDir databaseFolder = QFileInfo(m_databasePath).absoluteDir();
    const QString snapshotPrefix = QFileInfo(m_databasePath).fileName() + QStringLiteral(".restore.");
    for (const QString &name : databaseFolder.entryList(QDir::Files | QDir::Hidden)) {
        if (name.startsWith(snapshotPrefix) && name.endsWith(kPartial))
            QFile::remove(databaseFolder.filePath(name));
    }

    // 1. A consistent snapshot of the backup, log included, checked in full (issue 16.3, 16.5, 16.6).
    const QString snapshot = partialName(m_databasePath + QStringLiteral(".restore"));
    {
        OpenOptions options;
        options.readOlderVersion = true;
        auto opened = Database::open(source, Database::Mode::ReadOnly, options);
        if (!opened)
            return R::failure(opened.kind(), tr("%1 was not restored: %2").arg(backupName, opened.message()));
        if (auto integrity = opened.value()->checkIntegrity(false); !integrity)
            return R::failure(integrity.kind(), tr("%1 was not restored: %2").arg(backupName, integrity.message()));
        if (auto copied = opened.value()->copyTo(snapshot); !copied) {
            QFile::remove(snapshot);
            return R::failure(copied.kind(), tr("%1 was not restored: %2").arg(backupName, copied.message()));
        }
    }
    auto discard = [&](const Error &e) {
        QFile::remove(snapshot);
        return R::failure(e.kind, tr("%1 was not restored: %2").arg(backupName, e.message));
    };
    if (auto checked = checkCopy(snapshot); !checked)
        return discard(checked.error());
    if (!StorageFiles::sync(snapshot))
        return discard(Error{ ErrorKind::Storage, tr("the copy could not be written to the disk") });

    // 2. Keep the current database as a backup first, and close it cleanly: its log goes into the file.
    Restored restored;
    const QString wal = m_databasePath + QStringLiteral("-wal");
    const QString shm = m_databasePath + QStringLiteral("-shm");
    if (QFileInfo(m_databasePath).size() > 0) {
        auto current = Database::open(m_databasePath, Database::Mode::ReadOnly);
        if (current) {
            auto kept = backupNow(*current.value(), now, Reason::BeforeRestore);
            if (!kept)
                return discard(kept.error());
            restored.keptAs = *kept;
        } else {
            // Damaged or foreign: nothing can read it consistently, and nobody has it open, so keep its raw bytes.
            restored.keptAs = targetPath(now, Reason::BeforeRestore);
            const bool keptLog = !QFileInfo::exists(wal) || QFile::copy(wal, restored.keptAs + QStringLiteral("-wal"));
            if (!QFile::copy(m_databasePath, restored.keptAs) || !keptLog) {
                return discard(Error{ ErrorKind::Storage,
                    tr("the current file could not be kept as %1.").arg(QDir::toNativeSeparators(restored.keptAs)) });
            }
            StorageFiles::tighten(restored.keptAs);
            StorageFiles::tighten(restored.keptAs + QStringLiteral("-wal"));
        }
    }

    // 3. No old log may be replayed onto the restored file; then the atomic swap.
    for (const QString &side : {wal, shm}) {
        if (QFileInfo::exists(side) && !QFile::remove(side))
            return discard(
                Error{ ErrorKind::Storage, tr("%1 could not be removed.").arg(QDir::toNativeSeparators(side)) });
    }
    if (::rename(QFile::encodeName(snapshot).constData(), QFile::encodeName(m_databasePath).constData()) != 0)
        return discard(
            Error{ ErrorKind::Storage, tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(m_databasePath)) });
    StorageFiles::sync(QFileInfo(m_databasePath).absolutePath());
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
