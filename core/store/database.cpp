#include "core/store/database.h"

#include "core/store/backupmanager.h"
#include "core/store/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

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

constexpr int kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

/** What the 100-byte SQLite header says, read with plain file I/O so a refused file is never touched by SQLite. */
struct HeaderCheck
{
    bool empty = true; ///< no file, or 0 bytes: a new database
    qint32 applicationId = 0;
    int userVersion = 0;
};

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

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
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool logPending = wal.exists() && wal.size() > 0;
    if (!logPending
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

QString newConnectionName()
{
    static QAtomicInteger<quint64> s_counter;
    return QStringLiteral("stridewise-%1").arg(s_counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return open(path, mode, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const OpenOptions &options)
{
    using R = Result<std::unique_ptr<Database>>;
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("No database file was given."));
    const int latest = latestSchemaVersion();

    auto header = inspectHeader(path);
    if (!header)
        return header.error();
    const QFileInfo info(path);
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
        if (!QDir().mkpath(folder))
            return R::failure(ErrorKind::ReadOnly, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    // A file we may not write (or whose folder we may not write, which WAL needs) opens read-only.
    const bool fileWritable = !info.exists() || info.isWritable();
    const bool folderWritable = QFileInfo(folder).isWritable();
    const bool readOnly = mode == Mode::ReadOnly || !fileWritable || !folderWritable;
    QString readOnlyReason;
    if (!fileWritable)
        readOnlyReason = tr("the file cannot be written");
    else if (!folderWritable)
        readOnlyReason = tr("its folder %1 cannot be written").arg(QDir::toNativeSeparators(folder));
    else if (readOnly)
        readOnlyReason = tr("it was opened for reading only");
    if (readOnly && header->empty) {
        return R::failure(ErrorKind::ReadOnly,
                          tr("%1 cannot be created: the folder cannot be written.").arg(name));
    }

    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        // Every existing file is first looked at through a read-only connection, so a file refused below is
        // never written to, not even by SQLite's own recovery.
        if (readOnly || !header->empty) {
            const QFileInfo wal(path + QStringLiteral("-wal"));
            if (!folderWritable && !(wal.exists() && wal.size() > 0)) {
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
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
    }

    // The header can be stale while a write-ahead log holds newer commits: ask SQLite itself before writing anything.
    if (!header->empty) {
        QSqlQuery q(db);
        bool readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
        if (!readable && fileWritable && folderWritable
            && database->errorFrom(q.lastError(), QString()).kind == ErrorKind::ReadOnly) {
            // A writer killed mid-write leaves a log whose index only a writable connection may rebuild
            // (SQLITE_READONLY_RECOVERY). Rebuilding it touches the -shm file only, never the database file;
            // in Mode::ReadOnly the Database still refuses every write (Transaction).
            q.finish();
            db.close();
            db.setConnectOptions(QString());
            if (!db.open())
                return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
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
            return R::failure(ErrorKind::Corrupt,
                              tr("%1 cannot be read as a database: %2").arg(name, q.lastError().databaseText()));
        }
        const qint32 appId = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA user_version"));
        const int version = q.next() ? q.value(0).toInt() : 0;
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
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
        if (auto integrity = database->checkIntegrity(true); !integrity)
            return integrity.error();
        if (!readOnly && !db.connectOptions().isEmpty()) {
            // Checked and sound: now open it for writing.
            db.close();
            db.setConnectOptions(QString());
            if (!db.open())
                return R::failure(ErrorKind::Storage, tr("Cannot open %1: %2").arg(name, db.lastError().text()));
        }
    }

    if (auto configured = database->configure(); !configured)
        return configured.error();
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
    } else if (database->schemaVersion() < latest) {
        return R::failure(ErrorKind::ReadOnly,
                          tr("%1 needs updating to this version of Stridewise, but it cannot be written.").arg(name));
    }
    return R(std::move(database));
}

int Database::latestSchemaVersion()
{
    return migrationsOverride().isEmpty() ? kSchemaVersion : int(migrationsOverride().size());
}

void Database::setMigrationsForTesting(const QList<QStringList> &migrations)
{
    migrationsOverride() = migrations;
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
    const auto migrations = migrationsOverride().isEmpty() ? Schema::migrations() : migrationsOverride();
    for (int version = schemaVersion(); version < latestSchemaVersion(); ++version) {
        // Each migration is one transaction: a crash leaves the previous version intact.
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.error();
        for (const QString &statement : migrations.at(version)) {
            if (auto r = exec(statement, tr("updating the database to version %1").arg(version + 1)); !r)
                return r;
        }
        if (version == 0) {
            if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), tr("marking the file")); !r)
                return r;
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), tr("updating the database")); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
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
    if (QFileInfo::exists(targetPath)) {
        return Result<void>::failure(ErrorKind::Conflict,
                                     tr("%1 already exists.").arg(QDir::toNativeSeparators(targetPath)));
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec())
        return errorFrom(q.lastError(), tr("copying the database to %1").arg(QDir::toNativeSeparators(targetPath)));
    return {};
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
    QSqlQuery q(m_db.connection());
    // IMMEDIATE takes the write lock now, so a busy database fails here rather than halfway through.
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = m_db.errorFrom(q.lastError(), QCoreApplication::translate("Stridewise::Database", "starting to save"));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = m_db.errorFrom(q.lastError(), QCoreApplication::translate("Stridewise::Database", "saving"));
        return e; // the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace Stridewise
