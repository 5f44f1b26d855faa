#include "core/store/reminderrepository.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ReminderRepository", text);
}

/** Times are stored as SQLite's time() writes them, "07:30:00", so the table's CHECK can test them. */
const QString kTimeFormat = QStringLiteral("HH:mm:ss");

ReminderRecord recordFrom(const QSqlQuery &q)
{
    ReminderRecord r;
    r.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    r.slot = q.value(1).toString();
    r.sent = q.value(2).toInt();
    r.later = q.value(3).toInt();
    if (!q.value(4).isNull())
        r.dueAgain = QTime::fromString(q.value(4).toString(), kTimeFormat);
    return r;
}

} // namespace

Result<QList<ReminderRecord>> ReminderRepository::recordsOn(QDate date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT date, slot, sent, later, due_again FROM reminder WHERE date = ? ORDER BY slot"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the reminders of %1").arg(date.toString(Qt::ISODate)));
    QList<ReminderRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

Result<std::optional<ReminderRecord>> ReminderRepository::record(QDate date, const QString &slot) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT date, slot, sent, later, due_again FROM reminder WHERE date = ? AND slot = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(slot);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the reminders of %1").arg(date.toString(Qt::ISODate)));
    if (!q.next())
        return std::optional<ReminderRecord>();
    return std::optional<ReminderRecord>(recordFrom(q));
}

Result<void> ReminderRepository::save(const QList<ReminderRecord> &records)
{
    if (records.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO reminder (date, slot, sent, later, due_again) VALUES (?, ?, ?, ?, ?)"));
    QDate newest;
    for (const ReminderRecord &r : records) {
        q.addBindValue(r.date.toString(Qt::ISODate));
        q.addBindValue(r.slot);
        q.addBindValue(r.sent);
        q.addBindValue(r.later);
        q.addBindValue(r.dueAgain.isValid() ? QVariant(r.dueAgain.toString(kTimeFormat)) : QVariant());
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), tr("saving the reminders of %1").arg(r.date.toString(Qt::ISODate)));
        newest = qMax(newest, r.date);
    }
    q.prepare(QStringLiteral("DELETE FROM reminder WHERE date < ?"));
    q.addBindValue(newest.addDays(-kKeepDays).toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("tidying up old reminders"));
    return tx.commit();
}

} // namespace Stridewise
