#pragma once

#include "app/cli/cli.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Stridewise::Cli {

/**
 * Parses ctx.args with parser (adding --help and --db). Returns nullopt when the command may go on, or the exit
 * code to return: Ok after printing help, Usage after naming an unknown flag, a missing value or a flag given
 * twice (only those named in repeatable may be; issue 16). --db is read here, as an option of the command, so a
 * "--db=x" inside another option's value is that value and nothing else.
 */
std::optional<int> parseArguments(
    QCommandLineParser &parser, Context &ctx, const QString &usage, const QStringList &repeatable = {});

/**
 * The date option name ("YYYY-MM-DD") within Limits::kLifetimeYears of today; prints what is wrong and returns
 * nullopt otherwise (exit Usage).
 */
std::optional<QDate> dateOption(Context &ctx, const QCommandLineParser &parser, const QString &name, QDate today);

/** As dateOption() for an ISO week ("2026-W49"): its Monday. */
std::optional<QDate> weekOption(Context &ctx, const QCommandLineParser &parser, const QString &name, QDate today);

/**
 * Takes the lock without a word when it is free; false (and nothing printed) while another process holds it, so
 * a command that can also do with reading chooses how to open the file once (issue 15: one open per command).
 */
bool tryLockForWriting(Context &ctx);

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
