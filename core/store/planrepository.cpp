#include "core/store/planrepository.h"

#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"
#include "core/store/planrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

using PlanRows::compact;
using PlanRows::iso;
using PlanRows::kSessionColumns;
using PlanRows::kSessionFrom;
using PlanRows::kSessionOrder;
using PlanRows::sessionFrom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanRepository", text);
}

QVariant orNull(int value, bool known)
{
    return known ? QVariant(value) : QVariant();
}

/**
 * Binds a week's columns in the order generator_version, zone, red_flag, urgent, adaptations, unsatisfied, inputs,
 * notes, level, goal, ladder_rung, ladder_of, ladder_reason, ladder_reference, ladder_walk_run, easy, strength_level,
 * clearance_pending (kWeekColumns).
 */
void bindWeekColumns(QSqlQuery &q, const Week &week)
{
    q.addBindValue(week.generatorVersion);
    q.addBindValue(Names::zone(week.zone));
    q.addBindValue(week.redFlag ? 1 : 0);
    q.addBindValue(week.urgent ? 1 : 0);
    q.addBindValue(compact(Json::fromAdaptations(week.adaptations)));
    q.addBindValue(compact(QJsonArray::fromStringList(week.unsatisfied)));
    q.addBindValue(week.inputs.isEmpty() ? QStringLiteral("{}") : week.inputs);
    q.addBindValue(Database::text(week.notes));
    // A week row made by hand edits alone (generator_version 0) was planned from nothing: its planning columns stay
    // NULL.
    const bool planned = week.generatorVersion > 0;
    q.addBindValue(orNull(week.level, planned));
    q.addBindValue(orNull(week.goal, planned));
    q.addBindValue(orNull(week.ladder ? week.ladder->rung : 0, planned && week.ladder));
    q.addBindValue(orNull(week.ladder ? week.ladder->of : 0, planned && week.ladder));
    q.addBindValue(planned && week.ladder ? QVariant(Database::text(week.ladder->reason)) : QVariant());
    q.addBindValue(orNull(week.ladder ? week.ladder->reference : 0, planned && week.ladder));
    q.addBindValue(orNull(week.ladder && week.ladder->walkRun ? 1 : 0, planned && week.ladder));
    q.addBindValue(orNull(week.easy ? 1 : 0, planned));
    q.addBindValue(orNull(week.strengthLevel, planned));
    q.addBindValue(orNull(week.clearancePending ? 1 : 0, planned));
}

const QString kWeekColumns = QStringLiteral(
    "generator_version, zone, red_flag, urgent, adaptations, unsatisfied, inputs, notes, level, goal, ladder_rung, "
    "ladder_of, ladder_reason, ladder_reference, ladder_walk_run, easy, strength_level, clearance_pending");

/** Reads kWeekColumns starting at column `at` into week. */
void readWeekColumns(const QSqlQuery &q, int at, Week &w)
{
    w.generatorVersion = q.value(at).toInt();
    w.zone = Names::parseZone(q.value(at + 1).toString()).value_or(PainZone::Green);
    w.redFlag = q.value(at + 2).toBool();
    w.urgent = q.value(at + 3).toBool();
    w.adaptations = Json::toAdaptations(QJsonDocument::fromJson(q.value(at + 4).toString().toUtf8()).array());
    w.unsatisfied.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(at + 5).toString().toUtf8()).array())
        w.unsatisfied << v.toString();
    w.inputs = q.value(at + 6).toString();
    w.notes = q.value(at + 7).toString();
    w.level = q.value(at + 8).toInt();
    w.goal = q.value(at + 9).toInt();
    w.ladder.reset();
    if (!q.value(at + 10).isNull()) {
        LadderRung rung;
        rung.rung = q.value(at + 10).toInt();
        rung.of = q.value(at + 11).toInt();
        rung.reason = q.value(at + 12).toString();
        rung.reference = q.value(at + 13).toInt();
        rung.walkRun = q.value(at + 14).toBool();
        w.ladder = rung;
    }
    w.easy = q.value(at + 15).toBool();
    w.strengthLevel = q.value(at + 16).toInt();
    w.clearancePending = q.value(at + 17).toBool();
}

} // namespace

Result<std::optional<Week>> PlanRepository::week(QDate monday) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, monday, ") + kWeekColumns + QStringLiteral(" FROM week WHERE monday = ?"));
    q.addBindValue(iso(monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the week %1").arg(IsoWeek::name(monday)));
    if (!q.next())
        return std::optional<Week>();
    Week w;
    w.id = q.value(0).toLongLong();
    w.monday = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    readWeekColumns(q, 2, w);

    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT ") + kSessionColumns + QLatin1Char(' ') + kSessionFrom + QStringLiteral(" WHERE s.week_id = ?")
              + kSessionOrder);
    s.addBindValue(w.id);
    if (!s.exec())
        return m_db.errorFrom(s.lastError(), tr("reading the sessions of %1").arg(IsoWeek::name(monday)));
    while (s.next())
        w.sessions << sessionFrom(s);
    return std::optional<Week>(w);
}

QSqlQuery &PlanRepository::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_db.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<qint64> PlanRepository::insertSession(qint64 weekId, const PlannedSession &session, int position)
{
    if (auto valid = validateSession(session); !valid)
        return valid.error();
    QSqlQuery &q = prepared(m_insertSession,
        QStringLiteral(
            "INSERT INTO session (id, week_id, date, time_of_day, position, activity, minutes, rpe, title, "
            "reason, rule, structure, manual, run_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(session.id > 0 ? QVariant(session.id) : QVariant());
    q.addBindValue(weekId);
    q.addBindValue(iso(session.date));
    q.addBindValue(Names::timeOfDay(session.timeOfDay));
    q.addBindValue(position);
    q.addBindValue(Names::activity(session.activity));
    q.addBindValue(session.minutes);
    q.addBindValue(session.rpe);
    q.addBindValue(Database::text(session.title));
    q.addBindValue(Database::text(session.reason));
    q.addBindValue(Database::text(session.rule));
    q.addBindValue(compact(Json::fromSteps(session.structure)));
    q.addBindValue(session.manual ? 1 : 0);
    q.addBindValue(session.runMinutes > 0 ? QVariant(session.runMinutes) : QVariant());
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the session \"%1\" on %2").arg(session.title, iso(session.date)));
    const qint64 id = q.lastInsertId().toLongLong();
    if (session.completion) {
        QSqlQuery &c = prepared(m_insertCompletion,
            QStringLiteral(
                "INSERT INTO completion (session_id, skipped, minutes, rpe, pain, note, distance_m, shoe_id, "
                "needs_effort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const Completion &done = *session.completion;
        c.addBindValue(id);
        c.addBindValue(done.skipped ? 1 : 0);
        c.addBindValue(done.skipped && done.minutes <= 0 ? QVariant() : QVariant(done.minutes));
        c.addBindValue(done.skipped && done.minutes <= 0 ? QVariant() : QVariant(done.rpe));
        c.addBindValue(done.pain ? QVariant(*done.pain) : QVariant());
        c.addBindValue(Database::text(done.note));
        c.addBindValue(done.distanceMeters ? QVariant(*done.distanceMeters) : QVariant());
        c.addBindValue(done.shoeId ? QVariant(*done.shoeId) : QVariant());
        c.addBindValue(done.needsEffort && !done.skipped ? 1 : 0);
        if (!c.exec())
            return m_db.errorFrom(c.lastError(), tr("restoring the session's record"));
    }
    return id;
}

Result<qint64> PlanRepository::ensureWeekRow(QDate monday)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO week (iso_week, monday) VALUES (?, ?) ON CONFLICT(monday) DO NOTHING"));
    q.addBindValue(IsoWeek::name(monday));
    q.addBindValue(iso(monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("creating the week %1").arg(IsoWeek::name(monday)));
    q.prepare(QStringLiteral("SELECT id FROM week WHERE monday = ?"));
    q.addBindValue(iso(monday));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), tr("reading the week %1").arg(IsoWeek::name(monday)));
    return q.value(0).toLongLong();
}

Result<Week> PlanRepository::saveWeek(const Week &week)
{
    if (!week.monday.isValid() || week.monday.dayOfWeek() != Qt::Monday)
        return Result<Week>::failure(ErrorKind::Invalid, tr("A week must start on a Monday."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto saved = insertWeek(week);
    if (!saved)
        return saved;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

Result<Week> PlanRepository::insertWeek(const Week &week)
{
    if (!week.monday.isValid() || week.monday.dayOfWeek() != Qt::Monday)
        return Result<Week>::failure(ErrorKind::Invalid, tr("A week must start on a Monday."));
    QSqlQuery &exists = prepared(m_weekExists, QStringLiteral("SELECT 1 FROM week WHERE monday = ?"));
    exists.addBindValue(iso(week.monday));
    if (!exists.exec())
        return m_db.errorFrom(exists.lastError(), tr("reading the week %1").arg(IsoWeek::name(week.monday)));
    const bool planned = exists.next();
    exists.finish();
    if (planned)
        return Result<Week>::failure(ErrorKind::Conflict, tr("%1 already has a plan.").arg(IsoWeek::name(week.monday)));
    QSqlQuery &q = prepared(m_insertWeek,
        QStringLiteral("INSERT INTO week (iso_week, monday, ") + kWeekColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(IsoWeek::name(week.monday));
    q.addBindValue(iso(week.monday));
    bindWeekColumns(q, week);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the plan for %1").arg(IsoWeek::name(week.monday)));
    const qint64 weekId = q.lastInsertId().toLongLong();
    Week saved = week;
    saved.id = weekId;
    for (int i = 0; i < saved.sessions.size(); ++i) {
        auto id = insertSession(weekId, saved.sessions[i], i);
        if (!id)
            return id.error();
        saved.sessions[i].id = *id;
    }
    return saved;
}

Result<Week> PlanRepository::replaceWeek(const Week &week, QDate from, const QList<qint64> &keep)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto weekId = ensureWeekRow(week.monday);
    if (!weekId)
        return weekId.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE week SET generator_version = ?, zone = ?, red_flag = ?, urgent = ?, adaptations = ?, "
                       "unsatisfied = ?, inputs = ?, notes = ?, level = ?, goal = ?, ladder_rung = ?, ladder_of = ?, "
                       "ladder_reason = ?, ladder_reference = ?, ladder_walk_run = ?, easy = ?, strength_level = ?, "
                       "clearance_pending = ? WHERE id = ?"));
    bindWeekColumns(q, week);
    q.addBindValue(*weekId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("re-planning %1").arg(IsoWeek::name(week.monday)));
    QStringList keepIds;
    for (qint64 id : keep)
        keepIds << QString::number(id); // integers only: safe to inline
    const QString keepClause = keepIds.isEmpty() ? QString()
                                                 : QStringLiteral(" AND id NOT IN (%1)").arg(keepIds.join(QLatin1Char(',')));
    q.prepare(QStringLiteral("DELETE FROM session WHERE week_id = ? AND date >= ? "
                             "AND manual = 0 AND id NOT IN (SELECT session_id FROM completion)")
              + keepClause);
    q.addBindValue(*weekId);
    q.addBindValue(iso(from));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("re-planning %1").arg(IsoWeek::name(week.monday)));
    int position = 0;
    for (const PlannedSession &s : week.sessions) {
        if (s.date < from)
            continue;
        PlannedSession fresh = s;
        fresh.id = 0;
        fresh.completion.reset();
        auto id = insertSession(*weekId, fresh, position++);
        if (!id)
            return id.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto saved = this->week(week.monday);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<void> PlanRepository::deleteWeek(QDate monday)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM week WHERE monday = ?"));
    q.addBindValue(iso(monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("deleting the plan for %1").arg(IsoWeek::name(monday)));
    return tx.commit();
}

Result<WeekSnapshot> PlanRepository::snapshot(QDate monday) const
{
    auto current = week(monday);
    if (!current)
        return current.error();
    return WeekSnapshot{ monday, *current };
}

Result<std::optional<Week>> PlanRepository::restore(const WeekSnapshot &snapshot)
{
    const QString name = IsoWeek::name(snapshot.monday);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    if (!snapshot.week) {
        q.prepare(QStringLiteral("DELETE FROM week WHERE monday = ?"));
        q.addBindValue(iso(snapshot.monday));
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("restoring %1").arg(name));
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return std::optional<Week>();
    }
    const Week &w = *snapshot.week;
    auto weekId = ensureWeekRow(snapshot.monday);
    if (!weekId)
        return weekId.error();
    q.prepare(
        QStringLiteral("UPDATE week SET generator_version = ?, zone = ?, red_flag = ?, urgent = ?, adaptations = ?, "
                       "unsatisfied = ?, inputs = ?, notes = ?, level = ?, goal = ?, ladder_rung = ?, ladder_of = ?, "
                       "ladder_reason = ?, ladder_reference = ?, ladder_walk_run = ?, easy = ?, strength_level = ?, "
                       "clearance_pending = ? WHERE id = ?"));
    bindWeekColumns(q, w);
    q.addBindValue(*weekId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("restoring %1").arg(name));
    q.prepare(QStringLiteral("DELETE FROM session WHERE week_id = ?"));
    q.addBindValue(*weekId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("restoring %1").arg(name));
    int position = 0;
    for (const PlannedSession &s : w.sessions) {
        // The same ids come back, so completions, undo commands and the window's selection still find them.
        if (auto id = insertSession(*weekId, s, position++); !id)
            return id.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto saved = week(snapshot.monday);
    if (!saved)
        return saved.error();
    return *saved;
}

Result<QList<QDate>> PlanRepository::plannedMondays(QDate from, QDate to) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT monday FROM week WHERE monday BETWEEN ? AND ? ORDER BY monday"));
    q->addBindValue(iso(from));
    q->addBindValue(iso(to));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading planned weeks"));
    QList<QDate> out;
    while (q->next())
        out << QDate::fromString(q->value(0).toString(), Qt::ISODate);
    return out;
}

Result<QList<PastWeek>> PlanRepository::pastWeeks(QDate from, QDate to) const
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT w.monday, w.level, w.easy, w.ladder_rung, w.ladder_of, w.ladder_reason, w.ladder_reference, "
        "w.ladder_walk_run, w.zone, w.red_flag, w.strength_level, w.generator_version, "
        "(SELECT coalesce(sum(CASE WHEN s.run_minutes > 0 AND s.run_minutes < s.minutes THEN s.run_minutes "
        "ELSE s.minutes END), 0) FROM session s WHERE s.week_id = w.id AND s.activity = 'run'), "
        "(SELECT count(*) FROM session s WHERE s.week_id = w.id AND s.activity = 'run') "
        "FROM week w WHERE w.monday BETWEEN ? AND ? ORDER BY w.monday"));
    q->addBindValue(iso(from));
    q->addBindValue(iso(to));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading planned weeks"));
    QList<PastWeek> out;
    while (q->next()) {
        PastWeek w;
        w.monday = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        w.level = q->value(1).toInt();
        w.easy = q->value(2).toBool();
        if (!q->value(3).isNull()) {
            LadderRung rung;
            rung.rung = q->value(3).toInt();
            rung.of = q->value(4).toInt();
            rung.reason = q->value(5).toString();
            rung.reference = q->value(6).toInt();
            rung.walkRun = q->value(7).toBool();
            w.ladder = rung;
        }
        w.zone = Names::parseZone(q->value(8).toString()).value_or(PainZone::Green);
        w.redFlag = q->value(9).toBool();
        w.strengthLevel = q->value(10).isNull() ? -1 : q->value(10).toInt();
        w.generated = q->value(11).toInt() > 0;
        w.plannedRunMinutes = q->value(12).toInt();
        w.plannedRuns = q->value(13).toInt();
        out << w;
    }
    return out;
}

Result<int> PlanRepository::consecutivePlannedWeeksBefore(QDate monday) const
{
    // The week before holds the length of the run of weeks it ends (week.streak, kept exact by triggers): one look-up
    // through the unique index on monday, whatever the length of the streak or of the history (issue 15).
    auto q = m_db.prepared(QStringLiteral("SELECT streak FROM week WHERE monday = ?"));
    q->addBindValue(iso(monday.addDays(-7)));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading planned weeks"));
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Stridewise
