#include "core/store/calendarrepository.h"

#include "core/model/names.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::CalendarRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<QList<CalendarEventRecord>> CalendarRepository::eventsFor(QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT uid, session_id, date, time_of_day, activity, fingerprint, sequence FROM calendar_event "
                       "WHERE session_id IN (SELECT id FROM session WHERE date BETWEEN ? AND ?) "
                       "OR (session_id IS NULL AND date BETWEEN ? AND ?) ORDER BY date, uid"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(iso(from));
        q.addBindValue(iso(to));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the calendar events from %1 to %2").arg(iso(from), iso(to)));
    QList<CalendarEventRecord> records;
    while (q.next()) {
        CalendarEventRecord r;
        r.uid = q.value(0).toString();
        r.sessionId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.timeOfDay = Names::parseTimeOfDay(q.value(3).toString()).value_or(TimeOfDay::Morning);
        r.activity = Names::parseActivity(q.value(4).toString()).value_or(Activity::Run);
        r.fingerprint = q.value(5).toString();
        r.sequence = q.value(6).toInt();
        records << r;
    }
    return records;
}

Result<void> CalendarRepository::saveEvents(const QList<CalendarEventRecord> &records)
{
    if (records.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    // A UID moving to another session first lets go of its old link, so UNIQUE(session_id) never sees two owners
    // in the middle of the batch.
    for (const CalendarEventRecord &r : records) {
        if (r.sessionId == 0)
            continue;
        q.prepare(QStringLiteral("UPDATE calendar_event SET session_id = NULL WHERE session_id = ? AND uid <> ?"));
        q.addBindValue(r.sessionId);
        q.addBindValue(r.uid);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("saving the calendar event %1").arg(r.uid));
    }
    for (const CalendarEventRecord &r : records) {
        q.prepare(QStringLiteral(
            "INSERT INTO calendar_event (uid, session_id, date, time_of_day, activity, fingerprint, sequence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uid) DO UPDATE SET session_id = excluded.session_id, "
            "date = excluded.date, time_of_day = excluded.time_of_day, activity = excluded.activity, "
            "fingerprint = excluded.fingerprint, sequence = excluded.sequence"));
        q.addBindValue(r.uid);
        q.addBindValue(r.sessionId > 0 ? QVariant(r.sessionId) : QVariant());
        q.addBindValue(iso(r.date));
        q.addBindValue(Names::timeOfDay(r.timeOfDay));
        q.addBindValue(Names::activity(r.activity));
        q.addBindValue(Database::text(r.fingerprint));
        q.addBindValue(r.sequence);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("saving the calendar event %1").arg(r.uid));
    }
    return tx.commit();
}

Result<QList<CalDavResourceRecord>> CalendarRepository::resources(const QString &calendar) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT calendar, uid, href, etag, fingerprint, date FROM caldav_resource "
                             "WHERE calendar = ? ORDER BY date, uid"));
    q.addBindValue(Database::text(calendar));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading what was published to %1").arg(calendar));
    QList<CalDavResourceRecord> records;
    while (q.next()) {
        CalDavResourceRecord r;
        r.calendar = q.value(0).toString();
        r.uid = q.value(1).toString();
        r.href = q.value(2).toString();
        r.etag = q.value(3).toString();
        r.fingerprint = q.value(4).toString();
        r.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        records << r;
    }
    return records;
}

Result<void> CalendarRepository::saveResource(const CalDavResourceRecord &record)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO caldav_resource (calendar, uid, href, etag, fingerprint, date) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(calendar, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, "
        "fingerprint = excluded.fingerprint, date = excluded.date"));
    q.addBindValue(Database::text(record.calendar));
    q.addBindValue(Database::text(record.uid));
    q.addBindValue(Database::text(record.href));
    q.addBindValue(Database::text(record.etag));
    q.addBindValue(Database::text(record.fingerprint));
    q.addBindValue(iso(record.date));
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), tr("recording the event %1 published to %2").arg(record.uid, record.calendar));
    return tx.commit();
}

Result<void> CalendarRepository::removeResource(const QString &calendar, const QString &uid)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM caldav_resource WHERE calendar = ? AND uid = ?"));
    q.addBindValue(Database::text(calendar));
    q.addBindValue(Database::text(uid));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("forgetting the event %1 removed from %2").arg(uid, calendar));
    return tx.commit();
}

} // namespace Stridewise
