#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

/**
 * What Stridewise checks of a database file on disk before SQLite is let near it, and what a clean close leaves
 * behind (issues 6, 15 and 16). Used by Database::open; internal to core/store.
 */
namespace Stridewise::FileChecks {

/** What the 100-byte SQLite header says, read with plain file I/O so a refused file is never touched by SQLite. */
struct HeaderCheck
{
    bool empty = true; ///< no file, or 0 bytes: a new database
    qint32 applicationId = 0;
    int userVersion = 0;
};

/** The header of path: refused (NotStridewise, Corrupt, ReadOnly) with a message naming the file, or what it says. */
Result<HeaderCheck> inspectHeader(const QString &path);

/** Whether a non-empty write-ahead log lies beside path (a crash's, or a live connection's). */
bool logPending(const QString &path);

/**
 * Whether the write-ahead log at walPath holds committed transactions and none of them holds id, the log id the main
 * file was last given (issue 16.4): then it was written by another file or an older copy. Read with plain file I/O,
 * frame by frame as SQLite reads it (valid header, matching salts, up to the last commit frame). False for a log
 * too short to hold a frame, with an invalid header, or with no commit.
 */
bool isForeignLog(const QString &walPath, const QByteArray &id);

/** Whether the file is byte for byte as Stridewise left it at its last clean close (then quick_check is skipped). */
bool unchangedSinceCleanClose(const QString &path);

/** Records the file's stamp after a clean close (a cache in its backups folder, not data). */
void recordCleanClose(const QString &path);

/**
 * Whether the schema of an open connection is exactly what migrations make at version (issue 16.5): no extra
 * trigger, view or table, every CHECK in place. Otherwise a Corrupt error naming the first difference. With this
 * build's own migrations the schema is first compared with builtSchemas(); a file that differs from it (or other
 * migrations, in tests) is compared with what applying migrations to an in-memory database makes, worked out once
 * per process. So a file is accepted only if it matches what migrations make, and the usual open replays none.
 */
Result<void> compareSchema(
    const QSqlDatabase &db, int version, const QString &name, const QList<QStringList> &migrations);

/**
 * The schema this build's migrations (Schema::migrations()) make at each version, as compareSchema reads it:
 * element v is the schema at user_version v. Worked out at build time by core/store/schemasnapshot.cpp.
 */
QList<QStringList> builtSchemas();

/** Forgets the schemas compareSchema() worked out (the migrations were replaced, in tests). */
void forgetExpectedSchemas();

} // namespace Stridewise::FileChecks
