#pragma once

#include "core/model/enums.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stridewise {

/** One completed activity read from a CSV file. */
struct CsvActivity
{
    int line = 0; ///< the file line it came from, for messages
    QDate date;
    Activity activity = Activity::Run;
    int minutes = 0;
    std::optional<int> effort; ///< 0–10 when given
    std::optional<double> distanceKm; ///< when given
    QString note;
    bool operator==(const CsvActivity &) const = default;
};

/** A line that could not be read: where and why. */
struct CsvProblem
{
    int line = 0;
    int column = 0; ///< 1-based; 0 when the problem is the whole line
    QString columnName; ///< the header's name of that column, when known
    QString message;

    /** "activities.csv, line 4, column 3 (minutes): "abc" is not a whole number of minutes". */
    QString describe(const QString &fileName) const;
};

/** What ActivityCsv::read() found. */
struct CsvActivities
{
    QList<CsvActivity> activities; ///< the lines read, in file order
    QList<CsvProblem> skipped; ///< bad lines left out (only with skipBadLines)
    QStringList ignoredColumns; ///< header columns the reader does not know, left out
};

/**
 * Completed activities from a CSV file (RFC 4180, UTF-8, header row, ISO dates): columns date, activity, minutes,
 * and optionally effort (0–10), distance_km and note, in any order, matched by header name (case does not matter;
 * "rpe" is read as effort, "distance" as distance_km, "notes" as note). Activities are spelled as everywhere
 * (run, walk, cycle, swim, strength, stretch; running, walking, cycling, swimming are read too).
 */
namespace ActivityCsv {

/** The column names the reader knows, in the order it writes them in messages. */
QStringList columns();

/**
 * Reads the whole file. A bad header is an Invalid error. A bad line names its line and column; with
 * skipBadLines false, any bad line makes the whole read an Invalid error listing every bad line (so nothing
 * is imported); with skipBadLines true the good lines come back and the bad ones are listed in skipped.
 * fileName is only for messages.
 */
Result<CsvActivities> read(const QByteArray &data, const QString &fileName, bool skipBadLines);

} // namespace ActivityCsv

} // namespace Stridewise
