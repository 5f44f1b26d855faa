#pragma once

#include <QString>
#include <QStringList>

namespace Stridewise {

/**
 * How Stridewise treats the files beside a database (issue 16): one real path for a file however it is spelled
 * (symlinks followed), and private permissions — files 0600, folders 0700 — because a pain log and its symptoms
 * are health data that nobody else on the machine may read.
 */
namespace StorageFiles {

/**
 * The real, absolute path of a database file: symlinks followed for the file and its folders, also when the file
 * does not exist yet (then its folder is resolved and its name kept). The file's -wal, -shm, lock and backups all
 * hang off this path, so two spellings of one file share them.
 */
QString canonicalPath(const QString &path);

/** Whether path exists and is something other than a regular file (a folder, FIFO, device or socket). */
bool isSpecialFile(const QString &path);

/** Creates folder (and its parents) if missing; a folder it creates is 0700. False when it cannot. */
bool makePrivateFolder(const QString &folder);

/** Creates an empty file readable and writable by its owner only (0600); false if it exists or cannot be made. */
bool createPrivateFile(const QString &path);

/**
 * Takes group and other permissions away from path (a file or a folder) when it has any. Returns true when it
 * changed something; a missing path or one we cannot change is left alone (false).
 */
bool tighten(const QString &path);

/** fsync(2) of a file or a folder (a rename is only durable once its folder is synced). */
bool sync(const QString &path);

} // namespace StorageFiles

} // namespace Stridewise
