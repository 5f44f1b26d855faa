#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace Stridewise {

/**
 * One runner's SQLite file (DESIGN.md "Data"): WAL with synchronous=FULL, foreign keys on,
 * a fixed application_id, a schema versioned by user_version and migrated forward only.
 *
 * open() refuses files it must not touch — not SQLite, another program's SQLite file, truncated
 * or damaged, or written by a newer Stridewise — with an error naming the file and the problem,
 * and in those cases never writes a byte to the file.
 */
class Database
{
public:
    /** "SWDB" — marks a file as Stridewise's (PRAGMA application_id). */
    static constexpr qint32 kApplicationId = 0x53574442;
    static constexpr int kSchemaVersion = 1;

    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    /** True when opened read-only, asked for or because the file or its folder cannot be written. */
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    /** PRAGMA integrity_check (or quick_check): ok, or a Corrupt error with SQLite's first findings. */
    Result<void> checkIntegrity(bool quick = false);

    /** A consistent copy of the whole database to a new file (VACUUM INTO), safe while the database is in use. */
    Result<void> copyTo(const QString &targetPath);

    /** For repositories in core/store only. */
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    /** Turns a failed statement into an Error a person can read; "what" says what was being done. */
    Error errorFrom(const QSqlError &error, const QString &what) const;
    /** A string to bind as TEXT: Qt binds a null QString as NULL, which NOT NULL text columns refuse. */
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    /** Runs one statement; Storage/DiskFull/ReadOnly error on failure. */
    Result<void> exec(const QString &sql, const QString &what);

private:
    Database(QString path, QString connectionName, bool readOnly);
    Result<void> configure();
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

/**
 * One user action = one transaction (DESIGN.md "Data"). Rolls back on destruction unless commit() succeeded.
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
    Error m_error;
};

} // namespace Stridewise
