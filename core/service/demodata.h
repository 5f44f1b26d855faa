#pragma once

#include "core/result.h"

#include <QDate>

namespace Stridewise {

class Database;

/** What `stridewise demo` asks for. "Today" is a parameter, never the clock (DESIGN.md conventions). */
struct DemoOptions
{
    int weeks = 12; ///< 1 … DemoData::kMaxWeeks, ending with the week that contains today
    quint64 seed = 1; ///< the same seed and today give the same database, row for row
    QDate today; ///< sessions after today stay unticked; the pain log stops at today
};

/** What was written, for the command's message and for tests. */
struct DemoSummary
{
    int weeks = 0;
    QDate firstMonday;
    QDate lastMonday;
    int sessions = 0;
    int done = 0;
    int skipped = 0; ///< recorded as skipped with a reason
    int unrecorded = 0; ///< past sessions left unticked (forgotten), as real logs have
    int painDays = 0; ///< days with a pain log entry (some days are left without one on purpose)
    int flareUps = 0;
    QDate redFlagDate; ///< first day of the one red-flag episode (pain down the leg with numbness)
    QDate clearedDate; ///< the day the runner recorded that a clinician saw them (invalid if after today)
};

/**
 * Fills an empty database with believable demo data: a profile, then week by week a plan made by the
 * real generator from the same inputs as Planner (Planner::inputFor + PlanGenerator, so each week adapts to
 * the simulated history), completions with misses, efforts and pain after sessions, and a daily pain log
 * with flare-ups and one red-flag episode. Deterministic for a seed (own generator, not std:: distributions,
 * whose output differs between standard libraries). One transaction per week.
 */
class DemoData
{
public:
    static constexpr int kMaxWeeks = 1040; ///< 20 years

    explicit DemoData(Database &db)
        : m_db(db)
    {
    }

    /**
     * Invalid for weeks outside 1…kMaxWeeks or an invalid today; Conflict (nothing written) when the database
     * already holds any data. A failure part-way leaves the weeks written so far (each whole).
     */
    Result<DemoSummary> fill(const DemoOptions &options);

private:
    Database &m_db;
};

} // namespace Stridewise
