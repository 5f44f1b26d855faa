#pragma once

#include "app/cli/cli.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Stridewise::Cli {

/**
 * Parses ctx.args with parser (adding --help). Returns nullopt when the command may go on, or the exit
 * code to return: Ok after printing help, Usage after naming an unknown flag or a missing value.
 */
std::optional<int> parseArguments(QCommandLineParser &parser, Context &ctx, const QString &usage);

/**
 * Opens ctx.dbPath, printing the problem (naming the file) and returning null when it cannot be opened.
 * ReadWrite first takes the database's lock (refused with a message naming the holder while the window has
 * the file open), holds it until the process ends, and makes the daily backup when one is due. A damaged,
 * foreign or newer file gets the newest good backup offered, with the restore command.
 */
std::unique_ptr<Database> openDatabase(Context &ctx, Database::Mode mode = Database::Mode::ReadWrite);

/**
 * For commands that only make sense on data already there (plan, stats, profile show, log done/skip, restore):
 * when ctx.dbPath does not exist, says so and how to start, and returns false. Nothing is created, not even
 * the lock file or the folder, so a mistyped --db leaves no stray database behind.
 */
bool requireExistingDatabase(Context &ctx);

/**
 * Takes the database's lock for the rest of the process (issue 6: one writer at a time). Prints the message
 * naming the holder and returns false while another process (the window) holds it.
 */
bool lockForWriting(Context &ctx);

/** Prints the newest good backup of ctx.dbPath and the command that restores it (or that there is none). */
void offerNewestBackup(Context &ctx);

/** Prints the error and returns its exit code: Usage for bad values (nothing changed), Failed otherwise. */
int report(Context &ctx, const Error &error);

/** Reads an integer option; prints "--name: "x" is not a whole number" and returns nullopt when it is not one. */
std::optional<int> intOption(Context &ctx, const QCommandLineParser &parser, const QString &name);

/** "text" or "json" from --format; prints an error and returns nullopt otherwise. */
std::optional<bool> jsonFormat(Context &ctx, const QCommandLineParser &parser);

} // namespace Stridewise::Cli
