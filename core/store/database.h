#pragma once

#include "core/result.h"
#include "core/store/statementcache.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace Stridewise {

/** What the caller knows about the file before opening it (issue 6: bad files). */
struct OpenOptions
{
    /**
     * The runner's settings know this file held data (the window keeps that in QSettings): a missing or
     * 0-byte file is then reported as lost data, not silently started afresh.
     */
    bool dataExpected = false;
    /**
     * The time now: it names the backup made before a migration ("…-YYYY-MM-DD-HHMMSS-before-update.db"). Core
     * never reads the clock, so app/ passes it. When it is not set and a writable file needs updating, the file is
     * refused (ErrorKind::Storage) and left as it is, since no backup can be made first.
     */
    QDateTime now;
    /**
     * A read-only open of a file from an older version, to copy it (a restore): not refused for needing an
     * update, since nothing is written to it.
     */
    bool readOlderVersion = false;
};

/**
 * One runner's SQLite file (DESIGN.md "Data"): WAL with synchronous=FULL, foreign keys on,
 * a fixed application_id, a schema versioned by user_version and migrated forward only.
 *
 * open() refuses files it must not touch — not SQLite, another program's SQLite file, truncated
 * or damaged, written by a newer Stridewise, a schema that is not exactly ours for its version (extra triggers or
 * views, missing CHECKs), or a write-ahead log beside it that it did not write — with an error naming the file and
 * the problem, and in those cases never writes a byte to the file or its log.
 *
 * Every connection runs with PRAGMA trusted_schema=OFF and SQLite's defensive mode. The path is resolved once
 * (symlinks followed): the file, its -wal and -shm, its lock and its backups all hang off the real path.
 *
 * Checks on open are cheap (issue 15): the header and the schema always; PRAGMA quick_check only when the file
 * changed since Stridewise last closed it cleanly (a crash, a copy, a flipped bit from outside) and no other
 * connection has it open. The full integrity_check runs with every backup, before a restore and on demand.
 */
class Database
{
public:
    /** "SWDB" — marks a file as Stridewise's (PRAGMA application_id). */
    static constexpr qint32 kApplicationId = 0x53574442;
    static constexpr int kSchemaVersion = 8;

    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    /**
     * As open(path, mode), with what the caller knows about the file. A file in WAL mode whose folder cannot be
     * written (so SQLite cannot create its -shm file) is opened read-only as an immutable file.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const OpenOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    /** True when opened read-only, asked for or because the file or its folder cannot be written. */
    bool isReadOnly() const { return m_readOnly; }
    /** Why the database is read-only, in plain words for a banner ("the file cannot be written"); empty when writable. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    /** PRAGMA integrity_check (or quick_check): ok, or a Corrupt error with SQLite's first findings. */
    Result<void> checkIntegrity(bool quick = false);

    /**
     * A consistent copy of the whole database to a new file (VACUUM INTO), safe while the database is in use. The
     * copy is 0600 and gets a log id of its own, so no log of this file is ever taken for the copy's.
     */
    Result<void> copyTo(const QString &targetPath);

    /** Whether SQLite's defensive mode is on for this connection (it is unless the driver hid its handle). */
    bool isDefensive() const { return m_defensive; }

    /**
     * Whether path's schema is exactly the one this build's migrations make for its version: no extra tables,
     * views, triggers or indexes, every CHECK present. Reads through a read-only connection.
     */
    static Result<void> checkSchemaOf(const QString &path);

    /** For repositories in core/store only. */
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    /**
     * For repositories in core/store only: the statement sql, prepared once on this connection and reused by every
     * later call (issue 15), forward only. Bind, exec and read it like a QSqlQuery; it is reset when it goes out of
     * scope. A nested use of the same SQL, or a use from another thread, gets a statement of its own.
     */
    Statement prepared(const QString &sql) const { return m_statements->take(sql); }
    /** How many statements this connection keeps prepared (for tests). */
    int preparedCount() const { return m_statements->size(); }

    /** Turns a failed statement into an Error a person can read; "what" says what was being done. */
    Error errorFrom(const QSqlError &error, const QString &what) const;
    /** A string to bind as TEXT: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    /** Runs one statement; Storage/DiskFull/ReadOnly error on failure. */
    Result<void> exec(const QString &sql, const QString &what);

    /** The schema version this build migrates to: kSchemaVersion, unless a test replaced the migrations. */
    static int latestSchemaVersion();
    /**
     * Test seam only (the crash test slows a migration down): use these migrations instead of Schema::migrations().
     * An empty list restores the real ones.
     */
    static void setMigrationsForTesting(const QList<QStringList> &migrations);

private:
    friend class Transaction;
    Database(QString path, QString connectionName, bool readOnly);
    Result<void> configure();
    Result<void> migrate();
    void noteLogIdentity();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_defensive = false;
    bool m_queryOnly = false; ///< read-only by request, through a connection that may tidy up its -wal on close
    bool m_hasLogIdentity = false; ///< the file has file_identity: every commit renews its log id
    bool m_verified = false; ///< checked (or known sound) at open: a clean close may record it as such
    int m_transactionDepth = 0;
    QString m_readOnlyReason;
    std::unique_ptr<StatementCache> m_statements; ///< of this connection; cleared before it closes
};

/**
 * One user action = one transaction (DESIGN.md "Data"). Rolls back on destruction unless commit() succeeded.
 * Inside another Transaction on the same database it is a savepoint, so a caller can make several actions one
 * (demo data: every week in one transaction).
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN succeeded; when false, error() says why and nothing may be written. */
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
    QString m_savepoint; ///< set when nested inside another Transaction
    Error m_error;
};

} // namespace Stridewise
