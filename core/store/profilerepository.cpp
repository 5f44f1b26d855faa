#include "core/store/profilerepository.h"

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
    return QCoreApplication::translate("Stridewise::ProfileRepository", text);
}
} // namespace

Result<std::optional<Profile>> ProfileRepository::load() const
{
    auto q = m_db.prepared(
        QStringLiteral("SELECT experience, run_minutes, run_days, days, long_run_day, low_impact, "
                       "weekday_minutes, weekend_minutes, goal_minutes, disc_history FROM profile WHERE id = 1"));
    if (!q->exec())
        return m_db.errorFrom(q->lastError(), tr("reading the profile"));
    if (!q->next())
        return std::optional<Profile>();
    Profile p;
    p.experience = Names::parseExperience(q->value(0).toString()).value_or(Experience::Returning);
    p.runMinutes = q->value(1).toInt();
    p.runDays = q->value(2).toInt();
    p.days.clear();
    for (const QString &d : q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto day = Names::parseWeekday(d))
            p.days << *day;
    }
    p.longRunDay = Names::parseWeekday(q->value(4).toString()).value_or(Qt::Sunday);
    p.lowImpact.clear();
    for (const QString &a : q->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto activity = Names::parseLowImpact(a))
            p.lowImpact << *activity;
    }
    p.weekdayMinutes = q->value(6).toInt();
    p.weekendMinutes = q->value(7).toInt();
    p.goalMinutes = q->value(8).toInt();
    p.discHistory = q->value(9).toBool();
    return std::optional<Profile>(p);
}

Result<void> ProfileRepository::save(const Profile &profile)
{
    if (auto valid = validateProfile(profile); !valid)
        return valid;
    QList<Qt::DayOfWeek> days = profile.days;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QStringList dayNames;
    for (Qt::DayOfWeek d : days)
        dayNames << Names::weekday(d);
    QStringList lowImpact;
    for (Activity a : profile.lowImpact) {
        if (!lowImpact.contains(Names::lowImpact(a)))
            lowImpact << Names::lowImpact(a);
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO profile (id, experience, run_minutes, run_days, days, long_run_day, low_impact, "
        "weekday_minutes, weekend_minutes, goal_minutes, disc_history) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET experience = excluded.experience, run_minutes = excluded.run_minutes, "
        "run_days = excluded.run_days, days = excluded.days, long_run_day = excluded.long_run_day, "
        "low_impact = excluded.low_impact, weekday_minutes = excluded.weekday_minutes, "
        "weekend_minutes = excluded.weekend_minutes, goal_minutes = excluded.goal_minutes, "
        "disc_history = excluded.disc_history"));
    q.addBindValue(Names::experience(profile.experience));
    q.addBindValue(profile.runMinutes);
    q.addBindValue(profile.runDays);
    q.addBindValue(Database::text(dayNames.join(QLatin1Char(','))));
    q.addBindValue(Names::weekday(profile.longRunDay));
    q.addBindValue(Database::text(lowImpact.join(QLatin1Char(','))));
    q.addBindValue(profile.weekdayMinutes);
    q.addBindValue(profile.weekendMinutes);
    q.addBindValue(profile.goalMinutes);
    q.addBindValue(profile.discHistory ? 1 : 0);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), tr("saving the profile"));
    return tx.commit();
}

} // namespace Stridewise
