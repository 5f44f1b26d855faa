#include "core/store/demorepository.h"

#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::DemoRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Result<bool> DemoRepository::hasData() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM profile) OR EXISTS (SELECT 1 FROM week) "
                               "OR EXISTS (SELECT 1 FROM session) OR EXISTS (SELECT 1 FROM pain_log)"))
        || !q.next()) {
        return m_db.errorFrom(q.lastError(), tr("checking whether the database is empty"));
    }
    return q.value(0).toBool();
}

Result<Week> DemoRepository::saveWeekWithLog(const Week &week, const QList<PainEntry> &pain)
{
    if (!week.monday.isValid() || week.monday.dayOfWeek() != Qt::Monday)
        return Result<Week>::failure(ErrorKind::Invalid, tr("A week must start on a Monday."));
    const QString weekName = IsoWeek::name(week.monday);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM week WHERE monday = ?"));
    q.addBindValue(iso(week.monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the week %1").arg(weekName));
    if (q.next())
        return Result<Week>::failure(ErrorKind::Conflict, tr("%1 already has a plan.").arg(weekName));
    q.prepare(
        QStringLiteral("INSERT INTO week (iso_week, monday, generator_version, zone, red_flag, urgent, adaptations, "
                       "unsatisfied, inputs, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(weekName);
    q.addBindValue(iso(week.monday));
    q.addBindValue(week.generatorVersion);
    q.addBindValue(Names::zone(week.zone));
    q.addBindValue(week.redFlag ? 1 : 0);
    q.addBindValue(week.urgent ? 1 : 0);
    q.addBindValue(compact(Json::fromAdaptations(week.adaptations)));
    q.addBindValue(compact(QJsonArray::fromStringList(week.unsatisfied)));
    q.addBindValue(week.inputs.isEmpty() ? QStringLiteral("{}") : week.inputs);
    q.addBindValue(Database::text(week.notes));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the demo week %1").arg(weekName));
    Week saved = week;
    saved.id = q.lastInsertId().toLongLong();

    // Prepared once, bound per row: the statements are re-used for every session of the week.
    QSqlQuery session(m_db.connection());
    session.prepare(
        QStringLiteral("INSERT INTO session (week_id, date, time_of_day, position, activity, minutes, rpe, title, "
                       "reason, rule, structure, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery completion(m_db.connection());
    completion.prepare(QStringLiteral(
        "INSERT INTO completion (session_id, skipped, minutes, rpe, pain, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < saved.sessions.size(); ++i) {
        PlannedSession &s = saved.sessions[i];
        if (auto valid = validateSession(s); !valid)
            return valid.error();
        session.addBindValue(saved.id);
        session.addBindValue(iso(s.date));
        session.addBindValue(Names::timeOfDay(s.timeOfDay));
        session.addBindValue(i);
        session.addBindValue(Names::activity(s.activity));
        session.addBindValue(s.minutes);
        session.addBindValue(s.rpe);
        session.addBindValue(Database::text(s.title));
        session.addBindValue(Database::text(s.reason));
        session.addBindValue(Database::text(s.rule));
        session.addBindValue(compact(Json::fromSteps(s.structure)));
        session.addBindValue(s.manual ? 1 : 0);
        if (!session.exec())
            return m_db.errorFrom(
                session.lastError(), tr("saving the demo session \"%1\" on %2").arg(s.title, iso(s.date)));
        s.id = session.lastInsertId().toLongLong();
        if (!s.completion)
            continue;
        Completion &c = *s.completion;
        c.sessionId = s.id;
        if (auto valid = validateCompletion(c); !valid)
            return valid.error();
        completion.addBindValue(s.id);
        completion.addBindValue(c.skipped ? 1 : 0);
        completion.addBindValue(c.skipped ? QVariant() : QVariant(c.minutes));
        completion.addBindValue(c.skipped ? QVariant() : QVariant(c.rpe));
        completion.addBindValue(c.pain ? QVariant(*c.pain) : QVariant());
        completion.addBindValue(Database::text(c.note));
        if (!completion.exec())
            return m_db.errorFrom(completion.lastError(), tr("saving a demo completion on %1").arg(iso(s.date)));
    }

    QSqlQuery painLog(m_db.connection());
    painLog.prepare(QStringLiteral("INSERT INTO pain_log (date, score, symptoms, note) VALUES (?, ?, ?, ?)"));
    for (const PainEntry &entry : pain) {
        if (auto valid = validatePainEntry(entry); !valid)
            return valid.error();
        QStringList names;
        for (Symptom s : entry.symptoms)
            names << Names::symptom(s);
        painLog.addBindValue(iso(entry.date));
        painLog.addBindValue(entry.score);
        painLog.addBindValue(Database::text(names.join(QLatin1Char(','))));
        painLog.addBindValue(Database::text(entry.note));
        if (!painLog.exec())
            return m_db.errorFrom(painLog.lastError(), tr("saving the demo pain log for %1").arg(iso(entry.date)));
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

} // namespace Stridewise
