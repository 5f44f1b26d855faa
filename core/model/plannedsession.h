#pragma once

#include "core/model/completion.h"
#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

/** One part of a session: a warm-up, the main part, a cool-down, or one exercise with sets and holds. */
struct StructureStep
{
    StepPart part = StepPart::Main;
    QString text;
    int minutes = 0; ///< 0 when not timed
    int sets = 0; ///< 0 when not counted in sets
    int reps = 0;
    int holdSeconds = 0;
    bool perSide = false;
    bool operator==(const StructureStep &) const = default;
};

/** A session in a plan. id is 0 until the store has saved it. */
struct PlannedSession
{
    qint64 id = 0;
    QDate date;
    TimeOfDay timeOfDay = TimeOfDay::Morning;
    Activity activity = Activity::Walk;
    int minutes = 0;
    int rpe = 0; ///< target effort 0–10
    QString title;
    QString reason; ///< one line: why this session is here
    QString rule; ///< id of the planning rule that placed it, e.g. "hamstring-stretch"
    QList<StructureStep> structure;
    bool manual = false; ///< added by hand, not by the generator
    std::optional<Completion> completion; ///< done or skipped, when recorded

    bool isDone() const { return completion && !completion->skipped; }
    bool isSkipped() const { return completion && completion->skipped; }
    int plannedLoad() const { return rpe * minutes; }
    bool operator==(const PlannedSession &) const = default;
};

} // namespace Stridewise
