#include "core/store/demorepository.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::DemoRepository", text);
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
    for (const PlannedSession &s : week.sessions) {
        if (!s.completion)
            continue;
        if (auto valid = validateCompletion(*s.completion); !valid)
            return valid.error();
    }
    for (const PainEntry &entry : pain) {
        if (auto valid = validatePainEntry(entry); !valid)
            return valid.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The plan and its completions are written by the same code as every other saved week.
    auto saved = m_plans.insertWeek(week);
    if (!saved)
        return saved;

    if (!m_insertPain) {
        m_insertPain.emplace(m_db.connection());
        m_insertPain->prepare(QStringLiteral("INSERT INTO pain_log (date, score, symptoms, note) VALUES (?, ?, ?, ?)"));
    }
    QSqlQuery &q = *m_insertPain;
    for (const PainEntry &entry : pain) {
        QStringList names;
        for (Symptom s : entry.symptoms)
            names << Names::symptom(s);
        q.addBindValue(entry.date.toString(Qt::ISODate));
        q.addBindValue(entry.score);
        q.addBindValue(Database::text(names.join(QLatin1Char(','))));
        q.addBindValue(Database::text(entry.note));
        if (!q.exec()) {
            return m_db.errorFrom(
                q.lastError(), tr("saving the demo pain log for %1").arg(entry.date.toString(Qt::ISODate)));
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

} // namespace Stridewise
