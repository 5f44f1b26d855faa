#pragma once

#include "app/cli/cli.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Stridewise::Cli {

// Shared by the commands that send the plan out of the app: export, report, calendar (issue 13).

/** --from and --to as dates (both required); prints what is wrong and returns nullopt otherwise. */
std::optional<std::pair<QDate, QDate>> dateRange(
    Context &ctx, const QCommandLineParser &parser, const QString &command);

/** Writes bytes to path through QSaveFile (all or nothing); prints the error naming the file on failure. */
bool writeFile(Context &ctx, const QString &path, const QByteArray &bytes);

/** This computer's time zone as an IANA name ("UTC" when it has none). */
QString systemTimeZone();

} // namespace Stridewise::Cli
