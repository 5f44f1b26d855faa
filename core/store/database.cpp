#include "core/store/database.h"

#include "core/store/backupmanager.h"
#include "core/store/filechecks.h"
#include "core/store/schema.h"
#include "core/store/storagefiles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Database", text);
}

// SQLite primary result codes (sqlite3.h) as Qt reports them in QSqlError::nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

Error classify(int code, const QString &message)
{
    switch (code & 0xff) {
    case kSqliteFull:
        return {ErrorKind::DiskFull, message};
    case kSqliteReadOnly:
        return {ErrorKind::ReadOnly, message};
    case kSqliteBusy:
    case kSqliteLocked:
        return {ErrorKind::Locked, message};
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return {ErrorKind::Corrupt, message};
    case kSqliteConstraint:
        return {ErrorKind::Invalid, message};
    default:
        return {ErrorKind::Storage, message};
    }
}

/** Database::setMigrationsForTesting(): empty unless a test replaced the migrations. */
QList<QStringList> &migrationsOverride()
{
    static QList<QStringList> s_migrations;
    return s_migrations;
}

QList<QStringList> activeMigrations()
{
    return migrationsOverride().isEmpty() ? Schema::migrations() : migrationsOverride();
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> s_counter;
    return QStringLiteral("stridewise-%1").arg(s_counter.fetchAndAddRelaxed(1));
}

/** Real paths of the databases this process has open, with how many connections each. */
QMutex &openMutex()
{
    static QMutex s_mutex;
    return s_mutex;
}

QHash<QString, int> &openPaths()
{
    static QHash<QString, int> s_paths;
    return s_paths;
}

bool openInThisProcess(const QString &path)
{
    QMutexLocker locker(&openMutex());
    return openPaths().value(path) > 0;
}

/**
 * Whether another process has an SQLite connection to path right now: every connection holds a shared lock on
 * the "DMS" byte of the -shm file (os_unix.c, UNIX_SHM_DMS = 128) for as long as it is open. Only asked when
 * this process has no connection to the file, since closing our descriptor would drop our own locks on it.
 */
bool openInAnotherProcess(const QString &path)
{
    constexpr off_t kShmDmsByte = 128;
    const int fd = ::open(QFile::encodeName(path + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kShmDmsByte;
    probe.l_len = 1;
    const bool live = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return live;
}

/**
 * SQLite's own sqlite3_db_config(), for what Qt's driver does not offer. Taken from the libsqlite3 that the QSQLITE
 * plugin already loaded (RTLD_NOLOAD: never a second copy), so the build needs no SQLite headers; the option values
 * are those of sqlite3.h, fixed by SQLite's stable ABI.
 */
using DbConfig = int (*)(void *, int, ...);
constexpr int kDbConfigNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
constexpr int kDbConfigDefensive = 1010; // SQLITE_DBCONFIG_DEFENSIVE
constexpr int kDbConfigTrustedSchema = 1017; // SQLITE_DBCONFIG_TRUSTED_SCHEMA

DbConfig dbConfigFunction()
{
    static const DbConfig s_function = [] {
        void *library = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        return library ? reinterpret_cast<DbConfig>(::dlsym(library, "sqlite3_db_config")) : nullptr;
    }();
    return s_function;
}

/** The sqlite3* behind a Qt connection, or null when the driver does not say. */
void *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

/** Defensive mode and an untrusted schema on a freshly opened connection; true when defensive mode is on. */
bool harden(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    void *sqlite = sqliteHandle(db);
    const DbConfig config = dbConfigFunction();
    if (!sqlite || !config)
        return false;
    int defensive = 0;
    config(sqlite, kDbConfigTrustedSchema, 0, nullptr);
    config(sqlite, kDbConfigDefensive, 1, &defensive);
    config(sqlite, kDbConfigNoCheckpointOnClose, 1, nullptr);
    return defensive == 1;
}

/**
 * Whether closing the connection may copy the log into the file. Off until the file passed every check, so a
 * refused file is left byte for byte as it was even when its log had to be read.
 */
void setCheckpointOnClose(QSqlDatabase &db, bool on)
{
    void *sqlite = sqliteHandle(db);
    if (const DbConfig config = dbConfigFunction(); sqlite && config)
        config(sqlite, kDbConfigNoCheckpointOnClose, on ? 0 : 1, nullptr);
}

/** The log ids the main file holds, read from the file alone (immutable: SQLite ignores any -wal beside it). */
QStringList logIdsOfMainFile(const QString &path)
{
    QStringList ids;
    const QString connection = newConnectionName() + QStringLiteral("-main-only");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            harden(db);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT type FROM sqlite_schema WHERE name = 'file_identity'")) && q.next()
                && q.value(0).toString() == QLatin1String("table")
                && q.exec(QStringLiteral("SELECT log_id, previous_log_id FROM file_identity"))) {
                while (q.next())
                    ids << q.value(0).toString() << q.value(1).toString();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ids;
}

/**
 * Whether the write-ahead log beside path was written by this file (issue 16.4). Every commit renews the file's log
 * id (Transaction::commit), so each commit in our log carries a page holding the id; the main file holds the id
 * of the last commit copied into it, which therefore appears in a page of its own log. A log from another file
 * or from an older copy does not hold it, and SQLite would mix it in silently: refused, both files untouched.
 */
Result<void> checkLogBelongs(const QString &path, const QString &name)
{
    const QString walPath = path + QStringLiteral("-wal");
    if (!FileChecks::logPending(path))
        return {};
    // A live connection (the window, another command) owns the log it is writing.
    if (openInThisProcess(path) || openInAnotherProcess(path))
        return {};
    const QStringList ids = logIdsOfMainFile(path);
    if (ids.isEmpty())
        return {}; // a file from before log ids (or not ours): nothing to compare
    if (!FileChecks::isForeignLog(walPath, ids.first().toLatin1()))
        return {};
    return Error{ ErrorKind::Corrupt,
        tr("%1 was not opened: the log file %2 beside it was not written by it (it comes from another file or "
           "an older copy), and applying it would mix other data in. Both were left unchanged. Move %2 "
           "away to open the file as it was last saved.")
            .arg(name, QDir::toNativeSeparators(walPath)) };
}

/** Whether the folder holding path has (almost) no room left: then I/O errors mean a full disk, not damage. */
bool diskFull(const QString &path)
{
    constexpr qint64 kNearlyFull = 64 * 1024;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFull;
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_statements(std::make_unique<StatementCache>(m_connectionName))
{
}

Database::~Database()
{
    m_statements->clear(); // before the checkpoint, which no open read may hold back, and before the close
    bool wrote = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!m_readOnly && m_verified) {
                // A clean close leaves no log behind (issue 16.4): copy it into the file and empty it. SQLite then
                // deletes it when the last connection closes.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                wrote = true;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    bool last = false;
    {
        QMutexLocker locker(&openMutex());
        int &count = openPaths()[m_path];
        last = --count <= 0;
        if (last)
            openPaths().remove(m_path);
    }
    if (last && m_verified && (wrote || !FileChecks::unchangedSinceCleanClose(m_path)))
        FileChecks::recordCleanClose(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return open(path, mode, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &givenPath, Mode mode, const OpenOptions &options)
{
    using R = Result<std::unique_ptr<Database>>;
    const QString name = QDir::toNativeSeparators(givenPath);
    if (givenPath.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("No database file was given."));
    // One real path for the file, its log, its lock and its backups, however it was spelled (issue 16.1).
    const QString path = StorageFiles::canonicalPath(givenPath);
    const int latest = latestSchemaVersion();

    const QFileInfo info(path);
    if (StorageFiles::isSpecialFile(path) && !info.isDir()) {
        return R::failure(ErrorKind::NotStridewise,
            tr("%1 is not a regular file (it is a device, pipe or socket): Stridewise keeps its data "
               "only in a regular file.")
                .arg(name));
    }
    auto header = FileChecks::inspectHeader(path);
    if (!header)
        return header.error();
    if (header->empty && options.dataExpected) {
        // A runner's months of data do not turn into a new, empty file: say so instead of starting afresh.
        if (!info.exists()) {
            return R::failure(ErrorKind::NotFound,
                              tr("%1 is missing, but it held your data before: it was moved or deleted outside Stridewise.")
                                  .arg(name));
        }
        return R::failure(ErrorKind::Corrupt,
                          tr("%1 is damaged: it is empty (0 bytes), but it held your data before. It was left as it is.")
                              .arg(name));
    }
    if (!header->empty && header->applicationId != kApplicationId && header->applicationId != 0) {
        return R::failure(ErrorKind::NotStridewise,
                          tr("%1 is not a Stridewise database: it belongs to another program.").arg(name));
    }
    if (header->userVersion > latest && header->applicationId == kApplicationId) {
        return R::failure(ErrorKind::NewerVersion,
                          tr("%1 was written by a newer version of Stridewise (data version %2; this version reads up to %3). "
                             "It was left unchanged: update Stridewise to open it.")
                              .arg(name)
                              .arg(header->userVersion)
                              .arg(latest));
    }

    const QString folder = info.absolutePath();
    if (header->empty && !info.exists()) {
        if (mode == Mode::ReadOnly)
            return R::failure(ErrorKind::NotFound, tr("%1 does not exist.").arg(name));
        if (!StorageFiles::makePrivateFolder(folder))
            return R::failure(ErrorKind::ReadOnly, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        // Health data: the new file (and so its -wal and -shm, which SQLite creates alike) is the owner's only.
        StorageFiles::createPrivateFile(path);
    }
    // A file we may not write (or whose folder we may not write, which WAL needs) opens read-only.
    const bool fileWritable = !info.exists() || QFileInfo(path).isWritable();
    const bool folderWritable = QFileInfo(folder).isWritable();
    const bool readOnly = mode == Mode::ReadOnly || !fileWritable || !folderWritable;
    QString readOnlyReason;
    if (!fileWritable)
        readOnlyReason = tr("the file cannot be written");
    else if (!folderWritable)
        readOnlyReason = tr("its folder %1 cannot be written").arg(QDir::toNativeSeparators(folder));
    else if (readOnly)
        readOnlyReason = tr("it was opened for reading only");
    if (readOnly && header->empty && mode == Mode::ReadOnly && info.exists()) {
        // Reading an empty file finds nothing; the folder is not to blame (issue 16).
        return R::failure(ErrorKind::NotFound, tr("%1 is empty (0 bytes): there is no data in it yet.").arg(name));
    }
    if (readOnly && header->empty) {
        return R::failure(ErrorKind::ReadOnly,
                          tr("%1 cannot be created: the folder cannot be written.").arg(name));
    }
    // A log beside the file that the file did not write is never applied (issue 16.4).
    if (!header->empty) {
        if (auto owned = checkLogBelongs(path, name); !owned)
            return owned.error();
    }
    // Another connection to this file, here or in another process, has checked it already (issue 15).
    const bool inUse = openInThisProcess(path) || openInAnotherProcess(path);

    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        // Every existing file is first looked at through a read-only connection, so a file refused below is
        // never written to, not even by SQLite's own recovery.
        if (readOnly || !header->empty) {
            if (!folderWritable && !FileChecks::logPending(path)) {
                // SQLite needs to create "-shm" beside a WAL file even to read it; in a folder it cannot write,
                // and with no pending log, reading the file as immutable is exact and needs no -shm.
                db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                   + QStringLiteral("?immutable=1"));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            } else {
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            }
        }
    }
    std::unique_ptr<Database> database(new Database(path, connectionName, readOnly));
    database->m_readOnlyReason = readOnlyReason;
    {
        QMutexLocker locker(&openMutex());
        ++openPaths()[path]; // the destructor counts it down, whatever happens below
    }
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
    }
    database->m_defensive = harden(db);

    if (!header->empty) {
        // The header can be stale while a write-ahead log holds newer commits: ask SQLite itself before writing
        // anything.
        QSqlQuery q(db);
        bool readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        if (!readable && fileWritable && folderWritable
            && (q.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteReadOnly) {
            // A killed writer's log must be recovered before it can be read, which a read-only connection may not
            // do. The file is ours to write; recovery only replays committed transactions.
            q.finish();
            database->m_statements->clear();
            db.close();
            db.setConnectOptions(QString());
            if (!db.open())
                return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
            database->m_defensive = harden(db);
            q = QSqlQuery(db);
            readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        }
        if (!readable) {
            const Error e = database->errorFrom(q.lastError(), tr("reading the file"));
            if (e.kind == ErrorKind::ReadOnly) {
                return R::failure(e.kind,
                                  tr("%1 cannot be read here: Stridewise was stopped while saving to it, and finishing "
                                     "that needs write access (%2). Open it once where it can be written.")
                                      .arg(name, readOnlyReason));
            }
            if (e.kind == ErrorKind::Locked)
                return R::failure(e.kind, tr("%1 cannot be read: %2").arg(name, q.lastError().databaseText()));
            if (e.kind == ErrorKind::DiskFull || diskFull(path)) {
                return R::failure(ErrorKind::DiskFull,
                    tr("%1 cannot be opened: the disk is full. Nothing in it was lost; free some space "
                       "and try again.")
                        .arg(name));
            }
            return R::failure(ErrorKind::Corrupt,
                              tr("%1 cannot be read as a database: %2").arg(name, q.lastError().databaseText()));
        }
        const qint32 appId = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA user_version"));
        const int version = q.next() ? q.value(0).toInt() : 0;
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        const int objects = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (appId != kApplicationId && (appId != 0 || objects > 0)) {
            return R::failure(ErrorKind::NotStridewise,
                              tr("%1 is not a Stridewise database: it belongs to another program.").arg(name));
        }
        if (version > latest) {
            return R::failure(ErrorKind::NewerVersion,
                              tr("%1 was written by a newer version of Stridewise (data version %2; this version reads up to %3). "
                                 "It was left unchanged: update Stridewise to open it.")
                                  .arg(name)
                                  .arg(version)
                                  .arg(latest));
        }
        // Exactly our schema for its version: no trigger, view or table of anyone else's, every CHECK in place
        // (issue 16.5). Cheap: one read of sqlite_schema.
        if (version > 0 || objects > 0) {
            if (auto schema = FileChecks::compareSchema(db, version, name, activeMigrations()); !schema)
                return schema.error();
        }
        // The whole file is read only when it changed since Stridewise last closed it (issue 15.1).
        if (!inUse && !FileChecks::unchangedSinceCleanClose(path)) {
            if (auto integrity = database->checkIntegrity(true); !integrity)
                return integrity.error();
        }
        if (!db.connectOptions().isEmpty() && (!readOnly || (fileWritable && folderWritable))) {
            // Checked and sound: now open it for writing, or — read-only by request — through a connection that
            // may tidy up after itself, so reading leaves no -wal or -shm behind (issue 16.14).
            database->m_statements->clear();
            db.close();
            db.setConnectOptions(QString());
            if (!db.open())
                return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
            database->m_defensive = harden(db);
        }
        if (readOnly && db.connectOptions().isEmpty()) {
            if (auto r = database->exec(QStringLiteral("PRAGMA query_only = ON"), tr("opening the file for reading"));
                !r)
                return r.error();
            database->m_queryOnly = true;
        }
    }
    database->m_verified = true;
    setCheckpointOnClose(db, true);

    if (auto configured = database->configure(); !configured)
        return configured.error();
    database->noteLogIdentity(); // before a migration: its commits carry log ids too
    if (!readOnly) {
        const int version = database->schemaVersion();
        if (version > 0 && version < latest) {
            // Before any migration, a consistent copy the runner can go back to (issue 6: rolling backups).
            if (!options.now.isValid()) {
                return R::failure(ErrorKind::Storage,
                    tr("%1 was not updated to this version of Stridewise: no time was given to name the "
                       "backup made first.")
                        .arg(name));
            }
            auto backup = BackupManager(path).backupNow(*database, options.now, BackupManager::Reason::BeforeUpdate);
            if (!backup) {
                return R::failure(backup.kind(),
                                  tr("%1 was not updated to this version of Stridewise, because a backup could not be made "
                                     "first: %2")
                                      .arg(name, backup.message()));
            }
        }
        if (auto migrated = database->migrate(); !migrated)
            return migrated.error();
    } else if (database->schemaVersion() < latest && !options.readOlderVersion) {
        return R::failure(ErrorKind::ReadOnly,
                          tr("%1 needs updating to this version of Stridewise, but it cannot be written.").arg(name));
    }
    database->noteLogIdentity();
    return R(std::move(database));
}

int Database::latestSchemaVersion()
{
    return migrationsOverride().isEmpty() ? kSchemaVersion : int(migrationsOverride().size());
}

void Database::setMigrationsForTesting(const QList<QStringList> &migrations)
{
    migrationsOverride() = migrations;
    FileChecks::forgetExpectedSchemas();
}

Result<void> Database::checkSchemaOf(const QString &path)
{
    const QString connection = newConnectionName() + QStringLiteral("-schema");
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result =
                Error{ ErrorKind::Corrupt, tr("%1 cannot be read as a database.").arg(QDir::toNativeSeparators(path)) };
        } else {
            harden(db);
            QSqlQuery q(db);
            const int version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
            q.finish();
            result = version < 0 ? Result<void>(Error{ ErrorKind::Corrupt,
                         tr("%1 cannot be read as a database.").arg(QDir::toNativeSeparators(path)) })
                                 : FileChecks::compareSchema(db, version, QDir::toNativeSeparators(path), activeMigrations());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

void Database::noteLogIdentity()
{
    QSqlQuery q(connection());
    m_hasLogIdentity =
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'file_identity'"))
        && q.next();
}

Result<void> Database::configure()
{
    // busy_timeout: a second process writing at the same moment waits briefly instead of failing at once.
    if (auto r = exec(QStringLiteral("PRAGMA busy_timeout = 5000"), tr("setting up the database")); !r)
        return r;
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = ON"), tr("setting up the database")); !r)
        return r;
    if (m_readOnly)
        return {};
    // WAL + FULL: a commit that returned survives a power cut (DESIGN.md "Data").
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return errorFrom(q.lastError(), tr("switching to write-ahead logging"));
    }
    return exec(QStringLiteral("PRAGMA synchronous = FULL"), tr("setting up the database"));
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    const auto migrations = activeMigrations();
    const int latest = latestSchemaVersion();
    int version = schemaVersion();
    while (version < latest) {
        // Each migration of a file that holds data is one transaction: a crash leaves the previous version
        // intact. A new file gets every version in one transaction, so a crash while it is created never
        // leaves a half-made file that would ask for a backup before it could be finished.
        const int last = version == 0 ? latest : version + 1;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.error();
        for (int step = version; step < last; ++step) {
            for (const QString &statement : migrations.at(step)) {
                if (auto r = exec(statement, tr("updating the database to version %1").arg(step + 1)); !r)
                    return r;
            }
        }
        if (version == 0) {
            if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), tr("marking the file")); !r)
                return r;
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(last), tr("updating the database")); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
        noteLogIdentity();
        version = last;
    }
    return {};
}

Result<void> Database::checkIntegrity(bool quick)
{
    QSqlQuery q(connection());
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        return Error{ErrorKind::Corrupt,
                     tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().databaseText())};
    }
    QStringList findings;
    while (q.next() && findings.size() < 3)
        findings << q.value(0).toString();
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    return Error{ErrorKind::Corrupt,
                 tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), findings.join(QStringLiteral("; ")))};
}

Result<void> Database::copyTo(const QString &targetPath)
{
    const QString target = QDir::toNativeSeparators(targetPath);
    if (QFileInfo::exists(targetPath))
        return Result<void>::failure(ErrorKind::Conflict, tr("%1 already exists.").arg(target));
    // VACUUM INTO writes into an empty file: made first, so the copy is the owner's only from its first byte.
    if (!StorageFiles::createPrivateFile(targetPath))
        return Result<void>::failure(ErrorKind::Storage, tr("Cannot create %1.").arg(target));
    QSqlQuery q(connection());
    // VACUUM INTO only reads this database, but query_only forbids it all the same.
    if (m_queryOnly)
        q.exec(QStringLiteral("PRAGMA query_only = OFF"));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    const bool copied = q.exec();
    const QSqlError error = q.lastError();
    q.finish();
    if (m_queryOnly)
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!copied)
        return errorFrom(error, tr("copying the database to %1").arg(target));
    // A copy is another file: it gets log ids of its own, so a log of this file is never applied to it.
    const QString name = newConnectionName() + QStringLiteral("-copy");
    Result<void> result;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(targetPath);
        if (!copy.open()) {
            result =
                Error{ ErrorKind::Storage, tr("Cannot open the copy %1: %2").arg(target, copy.lastError().text()) };
        } else {
            harden(copy);
            QSqlQuery c(copy);
            if (c.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'file_identity'"))
                && c.next()
                && !c.exec(QStringLiteral("UPDATE file_identity SET log_id = lower(hex(randomblob(16))), "
                                          "previous_log_id = lower(hex(randomblob(16)))"))) {
                result = errorFrom(c.lastError(), tr("marking the copy %1 as a file of its own").arg(target));
            }
            c.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const Error raw = classify(error.nativeErrorCode().toInt(), {});
    QString message;
    switch (raw.kind) {
    case ErrorKind::DiskFull:
        message = tr("Not saved: the disk is full (while %1).").arg(what);
        break;
    case ErrorKind::ReadOnly:
        message = tr("Not saved: %1 is read-only (while %2).").arg(QDir::toNativeSeparators(m_path), what);
        break;
    case ErrorKind::Locked:
        message = tr("Not saved: another program is writing to %1 (while %2). Try again in a moment.")
                      .arg(QDir::toNativeSeparators(m_path), what);
        break;
    case ErrorKind::Corrupt:
        message = tr("%1 is damaged (while %2): %3").arg(QDir::toNativeSeparators(m_path), what, error.databaseText());
        break;
    case ErrorKind::Invalid:
        message = tr("Not saved: a value is outside its allowed range (while %1): %2").arg(what, error.databaseText());
        break;
    default:
        message = tr("Database error while %1: %2").arg(what, error.text());
        break;
    }
    return {raw.kind, message};
}

Result<void> Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFrom(q.lastError(), what);
    return {};
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.isReadOnly()) {
        // Say why before SQLite does, in the runner's words; nothing is attempted.
        m_error = {ErrorKind::ReadOnly,
                   QCoreApplication::translate("Stridewise::Database", "Not saved: %1 is open read-only (%2).")
                       .arg(QDir::toNativeSeparators(m_db.path()), m_db.readOnlyReason())};
        return;
    }
    // Nested: a savepoint inside the caller's transaction, which alone commits. IMMEDIATE takes the write lock now,
    // so a busy database fails here rather than halfway through.
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("stridewise_%1").arg(m_db.m_transactionDepth);
    auto q = m_db.prepared(
        m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = q->exec();
    if (m_active)
        ++m_db.m_transactionDepth;
    else
        m_error =
            m_db.errorFrom(q->lastError(), QCoreApplication::translate("Stridewise::Database", "starting to save"));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db.connection());
        if (m_savepoint.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            q.exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
        --m_db.m_transactionDepth;
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    const QString saving = QCoreApplication::translate("Stridewise::Database", "saving");
    if (!m_savepoint.isEmpty()) {
        auto release = m_db.prepared(QStringLiteral("RELEASE ") + m_savepoint);
        if (!release->exec())
            return m_db.errorFrom(release->lastError(), saving);
        m_active = false;
        --m_db.m_transactionDepth;
        return {};
    }
    if (m_db.m_hasLogIdentity) {
        // Every commit carries a new log id (and the one before), so the log can be told from a stranger's
        // (issue 16.4).
        auto renew = m_db.prepared(
            QStringLiteral("UPDATE file_identity SET previous_log_id = log_id, log_id = lower(hex(randomblob(16)))"));
        if (!renew->exec())
            return m_db.errorFrom(renew->lastError(), saving); // the destructor rolls back
    }
    auto commit = m_db.prepared(QStringLiteral("COMMIT"));
    if (!commit->exec())
        return m_db.errorFrom(commit->lastError(), saving); // the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace Stridewise
