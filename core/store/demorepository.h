#pragma once

#include "core/model/painentry.h"
#include "core/model/week.h"
#include "core/result.h"

#include <QList>

namespace Stridewise {

class Database;

/**
 * Bulk writes for demo data (`stridewise demo`, Help ▸ Open demo data): a whole week — plan, completions
 * and the week's pain log — in one transaction, so years of demo data are written in seconds, not
 * one commit per row. Never used on the runner's own data.
 */
class DemoRepository
{
public:
    explicit DemoRepository(Database &db)
        : m_db(db)
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
};

} // namespace Stridewise
