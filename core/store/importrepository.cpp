#include "core/store/importrepository.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ImportRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

ImportRecord recordFrom(const QSqlQuery &q)
{
    ImportRecord r;
    r.fingerprint = q.value(0).toString();
    r.fileHash = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.activity = Names::parseActivity(q.value(3).toString()).value_or(Activity::Run);
    r.sport = q.value(4).toString();
    r.start = QDateTime::fromString(q.value(5).toString(), Qt::ISODate).toUTC();
    r.movingSeconds = q.value(6).toDouble();
    r.elapsedSeconds = q.value(7).toDouble();
    if (!q.value(8).isNull())
        r.distanceMeters = q.value(8).toDouble();
    if (!q.value(9).isNull())
        r.averageHeartRate = q.value(9).toInt();
    r.sessionId = q.value(10).toLongLong();
    r.matched = q.value(11).toBool();
    return r;
}

} // namespace

Result<bool> ImportRepository::hasFile(const QString &fileHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM imported_activity WHERE file_hash = ? LIMIT 1"));
    q.addBindValue(fileHash);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the imported activities"));
    return q.next();
}

Result<std::optional<ImportRecord>> ImportRepository::byFingerprint(const QString &fingerprint) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT fingerprint, file_hash, file_name, activity, sport, start_utc, moving_seconds, "
                             "elapsed_seconds, distance_m, avg_hr, session_id, matched FROM imported_activity "
                             "WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the imported activities"));
    if (!q.next())
        return std::optional<ImportRecord>();
    return std::optional<ImportRecord>(recordFrom(q));
}

Result<QList<PlannedSession>> ImportRepository::openSessions(QDate date, Activity activity) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id, s.time_of_day, s.minutes, s.rpe, s.title FROM session s "
                             "WHERE s.date = ? AND s.activity = ? AND s.id NOT IN (SELECT session_id FROM completion) "
                             "ORDER BY CASE s.time_of_day WHEN 'morning' THEN 0 WHEN 'midday' THEN 1 ELSE 2 END, "
                             "s.position, s.id"));
    q.addBindValue(iso(date));
    q.addBindValue(Names::activity(activity));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the sessions planned for %1").arg(iso(date)));
    QList<PlannedSession> out;
    while (q.next()) {
        PlannedSession s;
        s.id = q.value(0).toLongLong();
        s.date = date;
        s.activity = activity;
        s.timeOfDay = Names::parseTimeOfDay(q.value(1).toString()).value_or(TimeOfDay::Morning);
        s.minutes = q.value(2).toInt();
        s.rpe = q.value(3).toInt();
        s.title = q.value(4).toString();
        out << s;
    }
    return out;
}

Result<void> ImportRepository::insertCompletion(const Completion &c)
{
    if (auto valid = validateCompletion(c); !valid)
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM completion WHERE session_id = ?"));
    q.addBindValue(c.sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("ticking session %1").arg(c.sessionId));
    if (q.next())
        return Result<void>::failure(ErrorKind::Conflict, tr("Session %1 is already recorded.").arg(c.sessionId));
    q.prepare(
        QStringLiteral("INSERT INTO completion (session_id, skipped, minutes, rpe, pain, note, distance_m, shoe_id, "
                       "needs_effort) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.sessionId);
    q.addBindValue(c.minutes);
    q.addBindValue(c.rpe);
    q.addBindValue(c.pain ? QVariant(*c.pain) : QVariant());
    q.addBindValue(Database::text(c.note));
    q.addBindValue(c.distanceMeters ? QVariant(*c.distanceMeters) : QVariant());
    q.addBindValue(c.shoeId ? QVariant(*c.shoeId) : QVariant());
    q.addBindValue(c.needsEffort ? 1 : 0);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("ticking session %1").arg(c.sessionId));
    return {};
}

Result<qint64> ImportRepository::insertSession(const PlannedSession &s)
{
    if (auto valid = validateSession(s); !valid)
        return valid.error();
    const QDate monday = IsoWeek::mondayOf(s.date);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO week (iso_week, monday) VALUES (?, ?) ON CONFLICT(monday) DO NOTHING"));
    q.addBindValue(IsoWeek::name(monday));
    q.addBindValue(iso(monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("creating the week %1").arg(IsoWeek::name(monday)));
    q.prepare(
        QStringLiteral("INSERT INTO session (week_id, date, time_of_day, position, activity, minutes, rpe, title, "
                       "reason, rule, structure, manual) SELECT id, ?, ?, 1000, ?, ?, ?, ?, ?, ?, '[]', ? "
                       "FROM week WHERE monday = ?"));
    q.addBindValue(iso(s.date));
    q.addBindValue(Names::timeOfDay(s.timeOfDay));
    q.addBindValue(Names::activity(s.activity));
    q.addBindValue(s.minutes);
    q.addBindValue(s.rpe);
    q.addBindValue(Database::text(s.title));
    q.addBindValue(Database::text(s.reason));
    q.addBindValue(Database::text(s.rule));
    q.addBindValue(s.manual ? 1 : 0);
    q.addBindValue(iso(monday));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("adding the session \"%1\" on %2").arg(s.title, iso(s.date)));
    const qint64 id = q.lastInsertId().toLongLong();
    if (s.completion) {
        Completion c = *s.completion;
        c.sessionId = id;
        if (auto done = insertCompletion(c); !done)
            return done.error();
    }
    return id;
}

Result<void> ImportRepository::insertRecord(const ImportRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO imported_activity (fingerprint, file_hash, file_name, activity, sport, start_utc, "
                       "moving_seconds, elapsed_seconds, distance_m, avg_hr, session_id, matched) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.fingerprint);
    q.addBindValue(r.fileHash);
    q.addBindValue(Database::text(r.fileName));
    q.addBindValue(Names::activity(r.activity));
    q.addBindValue(Database::text(r.sport));
    q.addBindValue(r.start.toUTC().toString(Qt::ISODate));
    q.addBindValue(r.movingSeconds);
    q.addBindValue(r.elapsedSeconds);
    q.addBindValue(r.distanceMeters ? QVariant(*r.distanceMeters) : QVariant());
    q.addBindValue(r.averageHeartRate ? QVariant(*r.averageHeartRate) : QVariant());
    q.addBindValue(r.sessionId > 0 ? QVariant(r.sessionId) : QVariant());
    q.addBindValue(r.matched ? 1 : 0);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("remembering the activity imported from %1").arg(r.fileName));
    return {};
}

Result<void> ImportRepository::removeImport(const ImportRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM imported_activity WHERE fingerprint = ?"));
    q.addBindValue(r.fingerprint);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("undoing the import of %1").arg(r.fileName));
    if (r.sessionId <= 0)
        return {};
    // A ticked planned session goes back to unticked; an added unplanned one goes away, and with it the bare
    // week row made for it (never planned, no session left).
    if (r.matched) {
        q.prepare(QStringLiteral("DELETE FROM completion WHERE session_id = ?"));
        q.addBindValue(r.sessionId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("undoing the import of %1").arg(r.fileName));
        return {};
    }
    q.prepare(QStringLiteral("SELECT week_id FROM session WHERE id = ?"));
    q.addBindValue(r.sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("undoing the import of %1").arg(r.fileName));
    const QVariant weekId = q.next() ? q.value(0) : QVariant();
    q.prepare(QStringLiteral("DELETE FROM session WHERE id = ?"));
    q.addBindValue(r.sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("undoing the import of %1").arg(r.fileName));
    if (weekId.isValid()) {
        q.prepare(QStringLiteral("DELETE FROM week WHERE id = ? AND generator_version = 0 AND adaptations = '[]' "
                                 "AND unsatisfied = '[]' AND inputs = '{}' AND notes = '' "
                                 "AND NOT EXISTS (SELECT 1 FROM session WHERE week_id = week.id)"));
        q.addBindValue(weekId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("undoing the import of %1").arg(r.fileName));
    }
    return {};
}

} // namespace Stridewise
