#pragma once

#include "core/model/painentry.h"
#include "core/model/week.h"
#include "core/result.h"
#include "core/store/planrepository.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Stridewise {

class Database;

/**
 * Bulk writes for demo data (`stridewise demo`, Help ▸ Open demo data): a whole week — plan, completions
 * and the week's pain log — in one transaction (a savepoint inside the caller's, DemoData's one for the whole
 * demo), so years of demo data are written in seconds, not one commit per row; each INSERT is prepared once.
 * Never used on the runner's own data.
 */
class DemoRepository
{
public:
    explicit DemoRepository(Database &db)
        : m_db(db)
        , m_plans(db)
    {
    }

    /** True when the database holds any profile, week, session or pain log row. */
    Result<bool> hasData() const;

    /**
     * Saves a new week with its sessions (and each session's completion, when set) and the given pain log
     * entries, all in one transaction; nothing is written when any part fails. Conflict if the week exists.
     */
    Result<Week> saveWeekWithLog(const Week &week, const QList<PainEntry> &pain);

private:
    Database &m_db;
    PlanRepository m_plans; ///< kept, with its prepared statements, for every week of the demo (issue 15)
    std::optional<QSqlQuery> m_insertPain;
};

} // namespace Stridewise
