#include "core/store/shoerepository.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ShoeRepository", text);
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QString kColumns = QStringLiteral("id, name, comfort, started, retire_km, retired, is_default");

Shoe shoeFrom(const QSqlQuery &q)
{
    Shoe s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    if (!q.value(2).isNull())
        s.comfort = q.value(2).toInt();
    s.started = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.retireKm = q.value(4).toInt();
    s.retired = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.isDefault = q.value(6).toBool();
    return s;
}

} // namespace

Result<QList<Shoe>> ShoeRepository::shoes() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM shoe ORDER BY retired IS NOT NULL, name COLLATE NOCASE, id")))
        return m_db.errorFrom(q.lastError(), tr("reading your shoes"));
    QList<Shoe> out;
    while (q.next())
        out << shoeFrom(q);
    return out;
}

Result<std::optional<Shoe>> ShoeRepository::shoe(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shoe WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading shoe %1").arg(id));
    if (!q.next())
        return std::optional<Shoe>();
    return std::optional<Shoe>(shoeFrom(q));
}

Result<std::optional<Shoe>> ShoeRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shoe WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading the shoe \"%1\"").arg(name));
    if (!q.next())
        return std::optional<Shoe>();
    return std::optional<Shoe>(shoeFrom(q));
}

Result<std::optional<Shoe>> ShoeRepository::defaultShoe() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shoe WHERE is_default = 1")))
        return m_db.errorFrom(q.lastError(), tr("reading your default shoe"));
    if (!q.next())
        return std::optional<Shoe>();
    return std::optional<Shoe>(shoeFrom(q));
}

Result<Shoe> ShoeRepository::add(const Shoe &shoe)
{
    if (auto valid = validateShoe(shoe); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findByName(shoe.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Result<Shoe>::failure(
            ErrorKind::Conflict, tr("There is already a shoe called \"%1\".").arg(shoe.name.trimmed()));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM shoe WHERE is_default = 1")) || !q.next())
        return m_db.errorFrom(q.lastError(), tr("adding the shoe \"%1\"").arg(shoe.name));
    const bool makeDefault = !shoe.isRetired() && (shoe.isDefault || q.value(0).toInt() == 0);
    if (makeDefault && !q.exec(QStringLiteral("UPDATE shoe SET is_default = 0 WHERE is_default = 1")))
        return m_db.errorFrom(q.lastError(), tr("adding the shoe \"%1\"").arg(shoe.name));
    q.prepare(QStringLiteral(
        "INSERT INTO shoe (name, comfort, started, retire_km, retired, is_default) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(shoe.name.trimmed());
    q.addBindValue(shoe.comfort ? QVariant(*shoe.comfort) : QVariant());
    q.addBindValue(dateOrNull(shoe.started));
    q.addBindValue(shoe.retireKm);
    q.addBindValue(dateOrNull(shoe.retired));
    q.addBindValue(makeDefault ? 1 : 0);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("adding the shoe \"%1\"").arg(shoe.name));
    Shoe saved = shoe;
    saved.id = q.lastInsertId().toLongLong();
    saved.name = shoe.name.trimmed();
    saved.isDefault = makeDefault;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

Result<void> ShoeRepository::update(const Shoe &shoe)
{
    if (auto valid = validateShoe(shoe); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findByName(shoe.name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != shoe.id) {
        return Result<void>::failure(
            ErrorKind::Conflict, tr("There is already a shoe called \"%1\".").arg(shoe.name.trimmed()));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE shoe SET name = ?, comfort = ?, started = ?, retire_km = ? WHERE id = ?"));
    q.addBindValue(shoe.name.trimmed());
    q.addBindValue(shoe.comfort ? QVariant(*shoe.comfort) : QVariant());
    q.addBindValue(dateOrNull(shoe.started));
    q.addBindValue(shoe.retireKm);
    q.addBindValue(shoe.id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the shoe \"%1\"").arg(shoe.name));
    if (q.numRowsAffected() != 1)
        return Result<void>::failure(ErrorKind::NotFound, tr("There is no shoe %1.").arg(shoe.id));
    return tx.commit();
}

Result<void> ShoeRepository::retire(qint64 id, QDate date)
{
    auto current = shoe(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Result<void>::failure(ErrorKind::NotFound, tr("There is no shoe %1.").arg(id));
    Shoe retired = **current;
    retired.retired = date;
    if (auto valid = validateShoe(retired); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE shoe SET retired = ?, is_default = 0 WHERE id = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("retiring the shoe \"%1\"").arg(retired.name));
    return tx.commit();
}

Result<void> ShoeRepository::setDefault(qint64 id)
{
    auto current = shoe(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Result<void>::failure(ErrorKind::NotFound, tr("There is no shoe %1.").arg(id));
    if ((*current)->isRetired()) {
        return Result<void>::failure(
            ErrorKind::Conflict, tr("\"%1\" is retired: it cannot be the default shoe.").arg((*current)->name));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE shoe SET is_default = 0 WHERE is_default = 1")))
        return m_db.errorFrom(q.lastError(), tr("choosing the default shoe"));
    q.prepare(QStringLiteral("UPDATE shoe SET is_default = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("choosing the default shoe"));
    return tx.commit();
}

Result<void> ShoeRepository::setShoeOfSession(qint64 sessionId, std::optional<qint64> shoeId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.activity FROM completion c JOIN session s ON s.id = c.session_id "
                             "WHERE c.session_id = ? AND c.skipped = 0"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading session %1").arg(sessionId));
    if (!q.next())
        return Result<void>::failure(ErrorKind::NotFound, tr("Session %1 is not a done session.").arg(sessionId));
    if (shoeId && q.value(0).toString() != QLatin1String("run"))
        return Result<void>::failure(
            ErrorKind::Conflict, tr("Session %1 is not a run: shoes are for runs.").arg(sessionId));
    if (shoeId) {
        auto found = shoe(*shoeId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Result<void>::failure(ErrorKind::NotFound, tr("There is no shoe %1.").arg(*shoeId));
    }
    q.prepare(QStringLiteral("UPDATE completion SET shoe_id = ? WHERE session_id = ?"));
    q.addBindValue(shoeId ? QVariant(*shoeId) : QVariant());
    q.addBindValue(sessionId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the shoe of session %1").arg(sessionId));
    return tx.commit();
}

Result<QList<ShoeUsage>> ShoeRepository::usage() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT c.shoe_id, coalesce(sum(c.distance_m), 0), count(*), "
                               "sum(CASE WHEN c.distance_m IS NULL THEN 1 ELSE 0 END) "
                               "FROM completion c JOIN session s ON s.id = c.session_id "
                               "WHERE c.skipped = 0 AND s.activity = 'run' AND c.shoe_id IS NOT NULL "
                               "GROUP BY c.shoe_id ORDER BY c.shoe_id")))
        return m_db.errorFrom(q.lastError(), tr("adding up the kilometres per shoe"));
    QList<ShoeUsage> out;
    while (q.next())
        out << ShoeUsage{ q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toInt(), q.value(3).toInt() };
    return out;
}

Result<QList<ShoeRun>> ShoeRepository::runs(QDate from, QDate to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT s.date, c.shoe_id, c.distance_m FROM completion c JOIN session s ON s.id = c.session_id "
                       "WHERE c.skipped = 0 AND s.activity = 'run' AND c.shoe_id IS NOT NULL "
                       "AND s.date BETWEEN ? AND ? ORDER BY s.date, s.id"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("reading runs by shoe"));
    QList<ShoeRun> out;
    while (q.next()) {
        ShoeRun r;
        r.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        r.shoeId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            r.distanceMeters = q.value(2).toDouble();
        out << r;
    }
    return out;
}

} // namespace Stridewise
