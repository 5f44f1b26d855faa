#pragma once

#include "core/model/painentry.h"
#include "core/model/plannedsession.h"
#include "core/model/profile.h"
#include "core/model/week.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Stridewise::Json {

/**
 * The JSON shapes of the command line's contract (README "JSON output") and of the store's JSON
 * columns. Fields are added, never renamed or dropped.
 */
QJsonObject fromStep(const StructureStep &step);
QJsonArray fromSteps(const QList<StructureStep> &steps);
/** Unknown parts read as main; missing numbers as 0. */
QList<StructureStep> toSteps(const QJsonArray &array);

QJsonObject fromSession(const PlannedSession &session);
QJsonObject fromWeek(const Week &week);
QJsonObject fromProfile(const Profile &profile);
QJsonObject fromPainEntry(const PainEntry &entry);

QJsonArray fromAdaptations(const QList<Adaptation> &adaptations);
QList<Adaptation> toAdaptations(const QJsonArray &array);

} // namespace Stridewise::Json
