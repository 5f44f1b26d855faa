#pragma once

#include "core/model/week.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Stridewise::Test {

inline PlannedSession planned(QDate date, Activity activity, int minutes, int rpe, TimeOfDay time = TimeOfDay::Morning)
{
    PlannedSession s;
    s.date = date;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = rpe;
    s.timeOfDay = time;
    s.title = QStringLiteral("Planned %1 min").arg(minutes);
    s.reason = QStringLiteral("test");
    s.rule = QStringLiteral("test");
    return s;
}

/** Saves a week starting on monday with these sessions; returns it with ids. */
inline Week saveWeek(Database &db, QDate monday, const QList<PlannedSession> &sessions)
{
    Week w;
    w.monday = monday;
    w.sessions = sessions;
    auto saved = PlanRepository(db).saveWeek(w);
    return saved.ok() ? *saved : Week{};
}

/** Every row of a table as text, to see that nothing changed. */
inline QStringList dump(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

inline QStringList dumpAll(Database &db)
{
    QStringList all;
    for (const char *t : { "week", "session", "completion", "imported_activity", "shoe" })
        all << QString::fromLatin1(t) << dump(db, QString::fromLatin1(t));
    return all;
}

} // namespace Stridewise::Test
