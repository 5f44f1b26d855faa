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

} // namespace Stridewise
