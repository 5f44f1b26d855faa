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

/**
 * Whether argv asks for a command that paints (export pdf, report): main() then builds a QGuiApplication on the
 * offscreen platform, since fonts need one and a PDF needs no display.
 */
bool needsPainting(const QStringList &arguments);

/** export pdf: the printed week (ui/print). */
int exportWeekPdf(Context &ctx, const QCommandLineParser &parser);

} // namespace Stridewise::Cli
