#include "core/store/logrepository.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::LogRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

PainEntry painFrom(const QSqlQuery &q)
{
    PainEntry e;
    e.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    e.score = q.value(1).toInt();
    for (const QString &name : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto s = Names::parseSymptom(name))
            e.symptoms << *s;
    }
    e.note = q.value(3).toString();
    return e;
}

} // namespace

Result<void> LogRepository::complete(const Completion &completion)
{
    if (auto valid = validateCompletion(completion); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        auto exists = m_db.prepared(QStringLiteral("SELECT 1 FROM session WHERE id = ?"));
        exists->addBindValue(completion.sessionId);
        if (!exists->exec())
            return m_db.errorFrom(exists->lastError(), tr("recording session %1").arg(completion.sessionId));
        if (!exists->next())
            return Result<void>::failure(ErrorKind::NotFound, tr("There is no session %1.").arg(completion.sessionId));
    }
    auto q = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO completion (session_id, skipped, minutes, rpe, pain, note, distance_m, "
                       "shoe_id, needs_effort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(completion.sessionId);
    q->addBindValue(completion.skipped ? 1 : 0);
    q->addBindValue(completion.skipped ? QVariant() : QVariant(completion.minutes));
    q->addBindValue(completion.skipped ? QVariant() : QVariant(completion.rpe));
    q->addBindValue(completion.pain ? QVariant(*completion.pain) : QVariant());
    q->addBindValue(Database::text(completion.note));
    q->addBindValue(completion.distanceMeters ? QVariant(*completion.distanceMeters) : QVariant());
    q->addBindValue(completion.shoeId ? QVariant(*completion.shoeId) : QVariant());
    q->addBindValue(completion.needsEffort && !completion.skipped ? 1 : 0);
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("recording session %1").arg(completion.sessionId));
    return tx.commit();
}

Result<void> LogRepository::clearCompletion(qint64 sessionId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM completion WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("unticking session %1").arg(sessionId));
    return tx.commit();
}

Result<std::optional<Completion>> LogRepository::completion(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT c.skipped, c.minutes, c.rpe, c.pain, c.note, c.distance_m, c.shoe_id, c.needs_effort, "
                       "sh.name FROM completion c LEFT JOIN shoe sh ON sh.id = c.shoe_id WHERE c.session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading session %1").arg(sessionId));
    if (!q.next())
        return std::optional<Completion>();
    Completion c;
    c.sessionId = sessionId;
    c.skipped = q.value(0).toBool();
    c.minutes = q.value(1).toInt();
    c.rpe = q.value(2).toInt();
    if (!q.value(3).isNull())
        c.pain = q.value(3).toInt();
    c.note = q.value(4).toString();
    if (!q.value(5).isNull())
        c.distanceMeters = q.value(5).toDouble();
    if (!q.value(6).isNull())
        c.shoeId = q.value(6).toLongLong();
    c.needsEffort = q.value(7).toBool();
    c.shoeName = q.value(8).toString();
    return std::optional<Completion>(c);
}

Result<void> LogRepository::logPain(const PainEntry &entry)
{
    if (auto valid = validatePainEntry(entry); !valid)
        return valid;
    QList<Symptom> symptoms = entry.symptoms;
    std::sort(symptoms.begin(), symptoms.end());
    symptoms.erase(std::unique(symptoms.begin(), symptoms.end()), symptoms.end());
    QStringList names;
    for (Symptom s : symptoms)
        names << Names::symptom(s);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO pain_log (date, score, symptoms, note) VALUES (?, ?, ?, ?)"));
    q->addBindValue(iso(entry.date));
    q->addBindValue(entry.score);
    q->addBindValue(Database::text(names.join(QLatin1Char(','))));
    q->addBindValue(Database::text(entry.note));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("saving the pain log for %1").arg(iso(entry.date)));
    return tx.commit();
}

Result<void> LogRepository::deletePain(QDate date)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM pain_log WHERE date = ?"));
    q.addBindValue(iso(date));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("deleting the pain log for %1").arg(iso(date)));
    return tx.commit();
}

Result<std::optional<PainEntry>> LogRepository::painOn(QDate date) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT date, score, symptoms, note FROM pain_log WHERE date = ?"));
    q->addBindValue(iso(date));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading the pain log for %1").arg(iso(date)));
    if (!q->next())
        return std::optional<PainEntry>();
    return std::optional<PainEntry>(painFrom(*q));
}

Result<QList<PainEntry>> LogRepository::painBetween(QDate from, QDate to) const
{
    auto q = m_db.prepared(
        QStringLiteral("SELECT date, score, symptoms, note FROM pain_log WHERE date BETWEEN ? AND ? ORDER BY date"));
    q->addBindValue(iso(from));
    q->addBindValue(iso(to));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading the pain log from %1 to %2").arg(iso(from), iso(to)));
    QList<PainEntry> out;
    while (q->next())
        out << painFrom(*q);
    return out;
}

Result<std::optional<QDate>> LogRepository::lastRunBefore(QDate before) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT max(s.date) FROM completion c JOIN session s ON s.id = c.session_id "
                                          "WHERE c.skipped = 0 AND s.activity = 'run' AND s.date < ?"));
    q->addBindValue(iso(before));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading the last run before %1").arg(iso(before)));
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q->value(0).toString(), Qt::ISODate));
}

Result<QList<CompletedSession>> LogRepository::completedBetween(QDate from, QDate to) const
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT s.date, s.activity, c.minutes, c.rpe, c.pain, s.minutes, "
        "CASE WHEN s.activity = 'run' THEN coalesce(nullif(s.run_minutes, 0), s.minutes) ELSE 0 END, "
        "s.rpe, c.distance_m, CASE s.time_of_day WHEN 'morning' THEN 0 WHEN 'midday' THEN 1 ELSE 2 END, s.id "
        "FROM completion c JOIN session s ON s.id = c.session_id WHERE c.skipped = 0 AND s.date BETWEEN ? AND ?"));
    q->addBindValue(iso(from));
    q->addBindValue(iso(to));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading completed sessions from %1 to %2").arg(iso(from), iso(to)));
    // Ordered here by date, time of day and id (unique, so the order is the same as SQL's): an ORDER BY with the time
    // of day made SQLite sort each day's rows apart, which cost as much as reading them (issue 15).
    struct Row
    {
        QDate date;
        int slot;
        qint64 id;
        CompletedSession session;
    };
    std::vector<Row> rows;
    while (q->next()) {
        CompletedSession c;
        c.date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        c.activity = Names::parseActivity(q->value(1).toString()).value_or(Activity::Walk);
        c.minutes = q->value(2).toInt();
        c.rpe = q->value(3).toInt();
        if (!q->value(4).isNull())
            c.pain = q->value(4).toInt();
        c.plannedMinutes = q->value(5).toInt();
        c.plannedRunMinutes = std::min(q->value(6).toInt(), c.plannedMinutes);
        c.plannedRpe = q->value(7).toInt();
        if (!q->value(8).isNull())
            c.distanceMeters = q->value(8).toDouble();
        rows.push_back(Row{ c.date, q->value(9).toInt(), q->value(10).toLongLong(), c });
    }
    std::sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return std::tie(a.date, a.slot, a.id) < std::tie(b.date, b.slot, b.id); });
    QList<CompletedSession> out;
    out.reserve(qsizetype(rows.size()));
    for (Row &row : rows)
        out << std::move(row.session);
    return out;
}

} // namespace Stridewise

namespace Stridewise {

Result<void> LogRepository::recordClearance(const Clearance &clearance)
{
    if (!clearance.date.isValid())
        return Result<void>::failure(ErrorKind::Invalid, tr("A clearance needs a valid date."));
    if (clearance.note.size() > Limits::kMaxNoteLength) {
        return Result<void>::failure(ErrorKind::Invalid,
            tr("The note has %1 characters; at most %2 fit.").arg(clearance.note.size()).arg(Limits::kMaxNoteLength));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO clearance (date, note) VALUES (?, ?)"));
    q.addBindValue(iso(clearance.date));
    q.addBindValue(Database::text(clearance.note));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the clearance for %1").arg(iso(clearance.date)));
    return tx.commit();
}

Result<void> LogRepository::deleteClearance(QDate date)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM clearance WHERE date = ?"));
    q.addBindValue(iso(date));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("deleting the clearance for %1").arg(iso(date)));
    return tx.commit();
}

Result<std::optional<Clearance>> LogRepository::clearanceOn(QDate date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT date, note FROM clearance WHERE date = ?"));
    q.addBindValue(iso(date));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the clearance for %1").arg(iso(date)));
    if (!q.next())
        return std::optional<Clearance>();
    return std::optional<Clearance>(
        Clearance{ QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString() });
}

Result<std::optional<Clearance>> LogRepository::latestClearance(QDate upTo) const
{
    auto q =
        m_db.prepared(QStringLiteral("SELECT date, note FROM clearance WHERE date <= ? ORDER BY date DESC LIMIT 1"));
    q->addBindValue(iso(upTo));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading clearances up to %1").arg(iso(upTo)));
    if (!q->next())
        return std::optional<Clearance>();
    return std::optional<Clearance>(
        Clearance{ QDate::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toString() });
}

Result<QList<PainEntry>> LogRepository::redFlagsBetween(QDate after, QDate upTo) const
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT date, score, symptoms, note FROM pain_log WHERE symptoms <> '' AND date > ? AND date <= ? "
        "ORDER BY date"));
    q->addBindValue(after.isValid() ? iso(after) : QStringLiteral("0000-00-00"));
    q->addBindValue(iso(upTo));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading red flags up to %1").arg(iso(upTo)));
    QList<PainEntry> out;
    while (q->next()) {
        PainEntry e = painFrom(*q);
        if (e.hasRedFlag())
            out << e;
    }
    return out;
}

} // namespace Stridewise
