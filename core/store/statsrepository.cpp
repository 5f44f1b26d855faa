#include "core/store/statsrepository.h"

#include "core/load/loadmath.h"
#include "core/load/loadreport.h"
#include "core/model/names.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::StatsRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

/**
 * The SQL expression of the period holding the ISO date in column `column`: its Monday ('weekday 0' moves to the
 * Sunday ending the ISO week, or stays on a Sunday) or its 1st, as Load::periodStart() computes it.
 */
QString periodKey(const QString &column, Period period)
{
    return period == Period::Week ? QStringLiteral("date(%1, 'weekday 0', '-6 days')").arg(column)
                                  : QStringLiteral("substr(%1, 1, 7) || '-01'").arg(column);
}

} // namespace

Result<QList<ActivityDayLoad>> StatsRepository::loads(
    const QString &sql, QDate from, QDate to, const QString &what) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), what);
    QList<ActivityDayLoad> out;
    while (q.next()) {
        const auto activity = Names::parseActivity(q.value(1).toString());
        if (!activity) // the schema's CHECK makes this impossible; skip rather than misfile the load
            continue;
        ActivityDayLoad a;
        a.date = dateFrom(q.value(0));
        a.activity = *activity;
        a.sessions = q.value(2).toInt();
        a.minutes = q.value(3).toInt();
        a.load = q.value(4).toInt();
        if (!q.value(5).isNull())
            a.painAfter = q.value(5).toInt();
        out << a;
    }
    return out;
}

Result<QList<ActivityDayLoad>> StatsRepository::doneLoads(QDate from, QDate to) const
{
    // Session-RPE load from what was actually done: the completion's minutes and effort, never the plan's.
    return loads(
        QStringLiteral("SELECT s.date, s.activity, COUNT(*), SUM(c.minutes), SUM(c.minutes * c.rpe), MAX(c.pain) "
                       "FROM session s JOIN completion c ON c.session_id = s.id "
                       "WHERE s.date BETWEEN ? AND ? AND c.skipped = 0 "
                       "GROUP BY s.date, s.activity ORDER BY s.date, s.activity"),
        from, to, tr("reading the training load from %1 to %2").arg(iso(from), iso(to)));
}

Result<QList<ActivityDayLoad>> StatsRepository::plannedLoads(QDate from, QDate to) const
{
    return loads(QStringLiteral("SELECT s.date, s.activity, COUNT(*), SUM(s.minutes), SUM(s.minutes * s.rpe), NULL "
                                "FROM session s WHERE s.date BETWEEN ? AND ? "
                                "GROUP BY s.date, s.activity ORDER BY s.date, s.activity"),
        from, to, tr("reading the planned load from %1 to %2").arg(iso(from), iso(to)));
}

Result<QList<DailyPain>> StatsRepository::painLog(QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT date, score, symptoms FROM pain_log WHERE date BETWEEN ? AND ? ORDER BY date"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the pain log from %1 to %2").arg(iso(from), iso(to)));
    QList<DailyPain> out;
    while (q.next()) {
        DailyPain p;
        p.date = dateFrom(q.value(0));
        p.score = q.value(1).toInt();
        for (const QString &name : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto s = Names::parseSymptom(name)) {
                p.redFlag = true;
                p.urgent = p.urgent || isUrgent(*s);
            }
        }
        out << p;
    }
    return out;
}

Result<QList<RunRecord>> StatsRepository::runs(QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.date, c.minutes, c.distance_m FROM session s JOIN completion c ON c.session_id = s.id "
                       "WHERE s.date BETWEEN ? AND ? AND s.activity = 'run' AND c.skipped = 0 ORDER BY s.date, s.id"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading runs from %1 to %2").arg(iso(from), iso(to)));
    QList<RunRecord> out;
    while (q.next()) {
        RunRecord run{ dateFrom(q.value(0)), q.value(1).toInt(), std::nullopt };
        if (!q.value(2).isNull())
            run.distanceMeters = q.value(2).toDouble();
        out << run;
    }
    return out;
}

Result<QList<ActivityPeriodLoad>> StatsRepository::periodLoads(QDate from, QDate to, Period period) const
{
    QList<ActivityPeriodLoad> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    // Whole periods inside the range come from the sums the triggers keep (load_week, load_month: a row per period
    // and activity); a period the range cuts (its first or last) is summed from its sessions, day by day.
    const auto nextStart = [period](
                               QDate start) { return period == Period::Week ? start.addDays(7) : start.addMonths(1); };
    const QDate firstWhole =
        Load::periodStart(from, period) == from ? from : nextStart(Load::periodStart(from, period));
    const QDate afterLastWhole =
        nextStart(Load::periodStart(to, period)).addDays(-1) == to ? to.addDays(1) : Load::periodStart(to, period);
    if (firstWhole >= afterLastWhole)
        return periodLoadsOfSessions(from, to, period);
    auto head = periodLoadsOfSessions(from, firstWhole.addDays(-1), period);
    if (!head)
        return head.error();
    out = std::move(head).value();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start, activity, minutes, load FROM %1 WHERE start >= ? AND start < ? "
                             "AND (minutes <> 0 OR load <> 0) ORDER BY start, activity")
                  .arg(period == Period::Week ? QStringLiteral("load_week") : QStringLiteral("load_month")));
    q.addBindValue(iso(firstWhole));
    q.addBindValue(iso(afterLastWhole));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the training load from %1 to %2").arg(iso(from), iso(to)));
    while (q.next()) {
        const auto activity = Names::parseActivity(q.value(1).toString());
        if (!activity) // the session table's CHECK makes this impossible; skip rather than misfile the load
            continue;
        out << ActivityPeriodLoad{ dateFrom(q.value(0)), *activity, q.value(2).toInt(), q.value(3).toInt() };
    }
    auto tail = periodLoadsOfSessions(afterLastWhole, to, period);
    if (!tail)
        return tail.error();
    out << *tail;
    return out;
}

Result<QList<ActivityPeriodLoad>> StatsRepository::periodLoadsOfSessions(QDate from, QDate to, Period period) const
{
    QList<ActivityPeriodLoad> out;
    if (from > to)
        return out;
    // Summed per date and activity first, in the order of index session_date (no sort), so the period key is computed
    // once a day and activity rather than once a session.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, activity, SUM(m), SUM(l) FROM (SELECT s.date AS d, s.activity AS activity, "
                             "SUM(c.minutes) AS m, SUM(c.minutes * c.rpe) AS l FROM session s "
                             "JOIN completion c ON c.session_id = s.id WHERE s.date BETWEEN ? AND ? AND c.skipped = 0 "
                             "GROUP BY s.date, s.activity) GROUP BY 1, 2 ORDER BY 1, 2")
                  .arg(periodKey(QStringLiteral("d"), period)));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the training load from %1 to %2").arg(iso(from), iso(to)));
    while (q.next()) {
        const auto activity = Names::parseActivity(q.value(1).toString());
        if (!activity) // the schema's CHECK makes this impossible; skip rather than misfile the load
            continue;
        out << ActivityPeriodLoad{ dateFrom(q.value(0)), *activity, q.value(2).toInt(), q.value(3).toInt() };
    }
    return out;
}

Result<QList<PeriodPain>> StatsRepository::periodPain(QDate from, QDate to, Period period) const
{
    // A day's red flag is any symptom logged (every symptom stored is a red flag), as painLog() reads it.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, COUNT(*), SUM(score), SUM(symptoms <> '') FROM pain_log "
                             "WHERE date BETWEEN ? AND ? GROUP BY 1 ORDER BY 1")
                  .arg(periodKey(QStringLiteral("date"), period)));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the pain log from %1 to %2").arg(iso(from), iso(to)));
    QList<PeriodPain> out;
    while (q.next())
        out << PeriodPain{ dateFrom(q.value(0)), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt() };
    return out;
}

Result<OverviewInput> StatsRepository::overviewInput(QDate from, QDate to, Period period) const
{
    OverviewInput input;
    input.from = from;
    input.to = to;
    input.period = period;
    auto done = periodLoads(from, to, period);
    if (!done)
        return done.error();
    input.done = std::move(done).value();
    auto pain = periodPain(from, to, period);
    if (!pain)
        return pain.error();
    input.pain = std::move(pain).value();
    auto runList = runs(from.addDays(-Load::kSpikeWindowDays), to);
    if (!runList)
        return runList.error();
    input.runs = std::move(runList).value();
    return input;
}

Result<std::optional<QDate>> StatsRepository::firstRecord() const
{
    QSqlQuery q(m_db.connection());
    // Both MINs are answered from an index (session_date, pain_log's primary key), not by a scan.
    if (!q.exec(QStringLiteral("SELECT MIN(d) FROM (SELECT MIN(date) AS d FROM session UNION ALL "
                               "SELECT MIN(date) FROM pain_log)"))
        || !q.next()) {
        return m_db.errorFrom(q.lastError(), tr("reading the first day of your records"));
    }
    if (q.value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(dateFrom(q.value(0)));
}

Result<LoadInput> StatsRepository::loadInput(QDate from, QDate to, Planned withPlanned) const
{
    LoadInput input;
    input.from = from;
    input.to = to;
    auto first = firstRecord();
    if (!first)
        return first.error();
    if (first->has_value())
        input.historyStart = **first;
    const QDate warmUp = Load::warmUpStart(from);
    auto done = doneLoads(warmUp, to);
    if (!done)
        return done.error();
    input.done = std::move(done).value();
    if (withPlanned == Planned::Read) {
        auto planned = plannedLoads(warmUp, to);
        if (!planned)
            return planned.error();
        input.planned = std::move(planned).value();
    }
    auto pain = painLog(from, to);
    if (!pain)
        return pain.error();
    input.pain = std::move(pain).value();
    auto runList = runs(from.addDays(-Load::kSpikeWindowDays), to);
    if (!runList)
        return runList.error();
    input.runs = std::move(runList).value();
    return input;
}

} // namespace Stridewise
