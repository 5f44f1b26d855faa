#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Stridewise::Cli {

/** Exit codes every subcommand shares. */
enum ExitCode {
    Ok = 0,
    Failed = 1, ///< the action failed (the store refused, a file could not be read)
    Usage = 2, ///< bad command line or bad value: nothing was changed
};

/** What a subcommand gets: its own arguments (after the command name) and where to write. */
struct Context
{
    QString dbPath; ///< --db, or the default database
    bool dbGiven = false; ///< --db was given before the command name
    QStringList args; ///< the subcommand's arguments, program name first (for QCommandLineParser)
    QTextStream &out;
    QTextStream &err;
};

/** Whether argv names a headless subcommand (then no GUI is created). */
bool isSubcommand(const QStringList &arguments);

/**
 * The first argument of argv that is neither an option nor the value of one (--db, --screenshot or Qt's own
 * -platform, -style, …) when it is not a subcommand; empty when there is none. main() checks this before it
 * builds the QApplication, which cannot start without a display.
 */
QString unknownCommand(const QStringList &arguments);

/** Runs a headless subcommand; returns the process exit code. arguments are the full argv. */
int run(const QStringList &arguments, const QString &defaultDbPath);

/** The list of subcommands with one line each, for --help. */
QString commandHelp();

/** Prints "stridewise: <message>" to err. */
void fail(QTextStream &err, const QString &message);

} // namespace Stridewise::Cli
