#pragma once

#include "core/load/loadtypes.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Stridewise {

class Database;

/**
 * Reads what the load analytics need, aggregated in SQL (one row per date and activity, not per session),
 * so years of data stay fast: index session_date (date, activity) drives every range query.
 * Read-only: works on a database opened with Database::Mode::ReadOnly.
 */
class StatsRepository
{
public:
    explicit StatsRepository(Database &db)
        : m_db(db)
    {
    }

    /** Done (not skipped) sessions dated from..to, summed per date and activity: minutes, effort × minutes, highest
     * pain after. */
    Result<QList<ActivityDayLoad>> doneLoads(QDate from, QDate to) const;
    /** All planned sessions dated from..to (done or not), summed per date and activity: target effort × planned
     * minutes. */
    Result<QList<ActivityDayLoad>> plannedLoads(QDate from, QDate to) const;
    /** Daily pain log entries dated from..to, oldest first; days without a log are absent. */
    Result<QList<DailyPain>> painLog(QDate from, QDate to) const;
    /** Each done run dated from..to (one per session, for the spike check), oldest first. */
    Result<QList<RunRecord>> runs(QDate from, QDate to) const;
    /**
     * Done (not skipped) sessions dated from..to, summed per ISO week (keyed by its Monday) or calendar month (keyed by
     * its 1st) and activity: one row per period and activity, however many days and sessions it holds. Whole periods
     * are read from the sums the schema's triggers keep current (load_week, load_month), cut ones from the sessions.
     */
    Result<QList<ActivityPeriodLoad>> periodLoads(QDate from, QDate to, Period period) const;
    /** The same summed from the sessions themselves (not from load_week/load_month): for periods a range cuts. */
    Result<QList<ActivityPeriodLoad>> periodLoadsOfSessions(QDate from, QDate to, Period period) const;
    /** The pain log dated from..to summed per ISO week or month: logged days, Σ scores, days with red-flag symptoms. */
    Result<QList<PeriodPain>> periodPain(QDate from, QDate to, Period period) const;
    /** Everything Load::overview() needs for from..to: the per-period sums and the runs from from − 30 days. */
    Result<OverviewInput> overviewInput(QDate from, QDate to, Period period) const;
    /** The earliest date of any planned session or pain log entry; nullopt in an empty database. */
    Result<std::optional<QDate>> firstRecord() const;

    /** Whether loadInput() reads the planned load too (`stats` shows it; the Progress chart does not draw it). */
    enum class Planned
    {
        Read,
        Skip
    };
    /**
     * Everything Load::analyse() needs for from..to, including the EWMA warm-up and the spikes' 30-day look-back.
     * Planned::Skip leaves input.planned empty: half the rows of a long range, for a caller that does not show them.
     */
    Result<LoadInput> loadInput(QDate from, QDate to, Planned planned = Planned::Read) const;

private:
    Result<QList<ActivityDayLoad>> loads(const QString &sql, QDate from, QDate to, const QString &what) const;

    Database &m_db;
};

} // namespace Stridewise
