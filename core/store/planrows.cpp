#include "core/store/planrows.h"

#include "core/io/json.h"
#include "core/model/names.h"

#include <QJsonDocument>

namespace Stridewise::PlanRows {

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const QString kSessionColumns = QStringLiteral(
    "s.id, s.date, s.time_of_day, s.activity, s.minutes, s.rpe, s.title, s.reason, s.rule, s.structure, s.manual, "
    "c.session_id, c.skipped, c.minutes, c.rpe, c.pain, c.note, c.distance_m, c.shoe_id, c.needs_effort, sh.name, "
    "s.run_minutes");
const QString kSessionFrom = QStringLiteral(
    "FROM session s LEFT JOIN completion c ON c.session_id = s.id LEFT JOIN shoe sh ON sh.id = c.shoe_id");
const QString kSessionOrder = QStringLiteral(
    " ORDER BY s.date, CASE s.time_of_day WHEN 'morning' THEN 0 WHEN 'midday' THEN 1 ELSE 2 END, s.position, s.id");

PlannedSession sessionFrom(const QSqlQuery &q)
{
    PlannedSession s;
    s.id = q.value(0).toLongLong();
    s.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.timeOfDay = Names::parseTimeOfDay(q.value(2).toString()).value_or(TimeOfDay::Morning);
    s.activity = Names::parseActivity(q.value(3).toString()).value_or(Activity::Walk);
    s.minutes = q.value(4).toInt();
    s.rpe = q.value(5).toInt();
    s.title = q.value(6).toString();
    s.reason = q.value(7).toString();
    s.rule = q.value(8).toString();
    s.structure = Json::toSteps(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array());
    s.manual = q.value(10).toBool();
    s.runMinutes = q.value(21).toInt();
    if (!q.value(11).isNull()) {
        Completion c;
        c.sessionId = s.id;
        c.skipped = q.value(12).toBool();
        c.minutes = q.value(13).toInt();
        c.rpe = q.value(14).toInt();
        if (!q.value(15).isNull())
            c.pain = q.value(15).toInt();
        c.note = q.value(16).toString();
        if (!q.value(17).isNull())
            c.distanceMeters = q.value(17).toDouble();
        if (!q.value(18).isNull())
            c.shoeId = q.value(18).toLongLong();
        c.needsEffort = q.value(19).toBool();
        c.shoeName = q.value(20).toString();
        s.completion = c;
    }
    return s;
}

} // namespace Stridewise::PlanRows
