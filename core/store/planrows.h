#pragma once

#include "core/model/plannedsession.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>
#include <QString>

/** What PlanRepository's week and session files share: the session row's columns and how one is read. Internal. */
namespace Stridewise::PlanRows {

inline QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

/** A JSON array as the compact text the plan's columns hold. */
QString compact(const QJsonArray &a);

/** The columns sessionFrom() reads, in its order, and the FROM and ORDER BY that go with them. */
extern const QString kSessionColumns;
extern const QString kSessionFrom;
extern const QString kSessionOrder;

/** The session (and its completion, if any) on the query's current row of kSessionColumns. */
PlannedSession sessionFrom(const QSqlQuery &q);

} // namespace Stridewise::PlanRows
