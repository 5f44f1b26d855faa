#pragma once

#include "tests/cli/clirunner.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stridewise::Test {

/**
 * Every row of every table of the database at path, as text in a fixed order: "nothing changed" compares these.
 * file_identity (log ids, new with every commit and every copy) is left out.
 */
QString dumpTables(const QString &path);

/** Starts the crash child (tests/safety/crashchild.cpp) with args; null when it did not start. */
std::unique_ptr<QProcess> startChild(const QStringList &args);

/** Reads the child's output until a line equal to line arrives (or timeoutMs passes). */
bool waitForLine(QProcess &child, const QString &line, int timeoutMs = 10000);

/** SIGKILL, then waits until the process is gone. */
void killChild(QProcess &child);

/**
 * Runs the stridewise executable as an unprivileged user (uid/gid 65534 via setpriv) when the tests run as
 * root, so file permissions really apply; as itself otherwise. extraEnv adds NAME=value pairs.
 */
CliResult runCliUnprivileged(const QStringList &args);

/** runCli() with extra environment variables (e.g. LC_ALL=de_DE.UTF-8). */
CliResult runCliWithEnv(const QStringList &args, const QStringList &extraEnv);

/** Whether this process runs as root (then permissions are checked through runCliUnprivileged()). */
bool runningAsRoot();

} // namespace Stridewise::Test
