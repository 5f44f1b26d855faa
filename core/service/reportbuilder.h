#pragma once

#include "core/load/loadtypes.h"
#include "core/result.h"

#include <QDate>

namespace Stridewise {

class Database;

/**
 * Training load and back pain for the days from..to, the one way the Progress view and `stridewise stats`
 * get them: StatsRepository reads the range aggregated in SQL, Load::analyse() computes the report. Read-only
 * (works on a database opened read-only); fails with the store's message when the database cannot be read.
 */
Result<LoadReport> buildLoadReport(Database &db, QDate from, QDate to);
/** The same without the planned load (every day's and week's `planned` stays zero): for the Progress chart. */
Result<LoadReport> buildDoneLoadReport(Database &db, QDate from, QDate to);

/**
 * The done load and pain of from..to per ISO week or calendar month, summed in SQL (StatsRepository::overviewInput),
 * and the spike runs: for bars of a long range, at a cost that follows the periods rather than the days. Read-only;
 * fails with the store's message.
 */
Result<LoadOverview> buildLoadOverview(Database &db, QDate from, QDate to, Period period);

} // namespace Stridewise
