#include "core/service/reportbuilder.h"

#include "core/load/loadreport.h"
#include "core/store/statsrepository.h"

namespace Stridewise {

Result<LoadReport> buildLoadReport(Database &db, QDate from, QDate to)
{
    auto input = StatsRepository(db).loadInput(from, to);
    if (!input)
        return input.error();
    return Load::analyse(*input);
}

Result<LoadReport> buildDoneLoadReport(Database &db, QDate from, QDate to)
{
    auto input = StatsRepository(db).loadInput(from, to, StatsRepository::Planned::Skip);
    if (!input)
        return input.error();
    return Load::analyse(*input);
}

Result<LoadOverview> buildLoadOverview(Database &db, QDate from, QDate to, Period period)
{
    auto input = StatsRepository(db).overviewInput(from, to, period);
    if (!input)
        return input.error();
    return Load::overview(*input);
}

} // namespace Stridewise
