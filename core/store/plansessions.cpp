#include "core/store/planrepository.h"

#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// PlanRepository's single sessions: one read, added, edited, deleted, ticked (moved to today first when it lay
// ahead), and the sessions of a range. The weeks they belong to are in planrepository.cpp.
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

} // namespace

Result<TickResult> PlanRepository::completeMovingToToday(const Completion &completion, QDate today)
{
    if (auto valid = validateCompletion(completion); !valid)
        return valid.error();
    if (!today.isValid())
        return Result<TickResult>::failure(ErrorKind::Invalid, tr("Recording a session needs a valid date for today."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = session(completion.sessionId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Result<TickResult>::failure(
            ErrorKind::NotFound, tr("There is no session %1.").arg(completion.sessionId));
    TickResult result;
    const QDate planned = (*current)->date;
    QSqlQuery q(m_db.connection());
    if (!completion.skipped && planned > today) {
        auto weekId = ensureWeekRow(IsoWeek::mondayOf(today));
        if (!weekId)
            return weekId.error();
        q.prepare(QStringLiteral("UPDATE session SET date = ?, week_id = ? WHERE id = ?"));
        q.addBindValue(iso(today));
        q.addBindValue(*weekId);
        q.addBindValue(completion.sessionId);
        if (!q.exec())
            return m_db.errorFrom(
                q.lastError(), tr("moving session %1 to %2").arg(completion.sessionId).arg(iso(today)));
        result.movedFrom = planned;
    }
    // The same row LogRepository::complete() writes (distance, shoe, the "needs your effort" marker included),
    // inside this transaction (a savepoint), so the move and the tick land together or not at all.
    if (auto recorded = LogRepository(m_db).complete(completion); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto saved = session(completion.sessionId);
    if (!saved)
        return saved.error();
    if (!saved->has_value())
        return Result<TickResult>::failure(
            ErrorKind::NotFound, tr("There is no session %1.").arg(completion.sessionId));
    result.session = **saved;
    return result;
}

Result<std::optional<PlannedSession>> PlanRepository::session(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kSessionColumns + QLatin1Char(' ') + kSessionFrom + QStringLiteral(" WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading session %1").arg(id));
    if (!q.next())
        return std::optional<PlannedSession>();
    return std::optional<PlannedSession>(sessionFrom(q));
}

Result<PlannedSession> PlanRepository::addSession(const PlannedSession &session)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto weekId = ensureWeekRow(IsoWeek::mondayOf(session.date));
    if (!weekId)
        return weekId.error();
    auto id = insertSession(*weekId, session, 1000);
    if (!id)
        return id.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    PlannedSession saved = session;
    saved.id = *id;
    if (saved.completion)
        saved.completion->sessionId = *id;
    return saved;
}

Result<void> PlanRepository::updateSession(const PlannedSession &session)
{
    if (auto valid = validateSession(session); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto weekId = ensureWeekRow(IsoWeek::mondayOf(session.date));
    if (!weekId)
        return weekId.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE session SET week_id = ?, date = ?, time_of_day = ?, activity = ?, minutes = ?, rpe = ?, "
                       "title = ?, reason = ?, rule = ?, structure = ?, run_minutes = ? WHERE id = ?"));
    q.addBindValue(*weekId);
    q.addBindValue(iso(session.date));
    q.addBindValue(Names::timeOfDay(session.timeOfDay));
    q.addBindValue(Names::activity(session.activity));
    q.addBindValue(session.minutes);
    q.addBindValue(session.rpe);
    q.addBindValue(Database::text(session.title));
    q.addBindValue(Database::text(session.reason));
    q.addBindValue(Database::text(session.rule));
    q.addBindValue(compact(Json::fromSteps(session.structure)));
    q.addBindValue(session.runMinutes > 0 ? QVariant(session.runMinutes) : QVariant());
    q.addBindValue(session.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the session \"%1\"").arg(session.title));
    if (q.numRowsAffected() != 1)
        return Result<void>::failure(ErrorKind::NotFound, tr("There is no session %1.").arg(session.id));
    return tx.commit();
}

Result<void> PlanRepository::deleteSession(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("deleting session %1").arg(id));
    if (q.numRowsAffected() != 1)
        return Result<void>::failure(ErrorKind::NotFound, tr("There is no session %1.").arg(id));
    return tx.commit();
}

Result<QList<PlannedSession>> PlanRepository::sessionsBetween(QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kSessionColumns + QLatin1Char(' ') + kSessionFrom
              + QStringLiteral(" WHERE s.date BETWEEN ? AND ?") + kSessionOrder);
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading sessions from %1 to %2").arg(iso(from), iso(to)));
    QList<PlannedSession> out;
    while (q.next())
        out << sessionFrom(q);
    return out;
}

} // namespace Stridewise
