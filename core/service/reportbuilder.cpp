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

} // namespace Stridewise
