#pragma once

#include "core/model/painentry.h"
#include "core/model/plannedsession.h"
#include "core/model/profile.h"
#include "core/model/week.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

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
/** The day's entry; `cleared` is the clinician clearance recorded for that day, if any (issue 17). */
QJsonObject fromPainEntry(const PainEntry &entry, const std::optional<Clearance> &cleared = std::nullopt);
/** A clearance: { "date", "note" }. */
QJsonObject fromClearance(const Clearance &clearance);

QJsonArray fromAdaptations(const QList<Adaptation> &adaptations);
QList<Adaptation> toAdaptations(const QJsonArray &array);

} // namespace Stridewise::Json
