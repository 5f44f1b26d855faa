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
    int minutes = 0; ///< the whole session, warm-up and cool-down included
    int rpe = 0; ///< target effort 0–10
    QString title;
    QString reason; ///< one line: why this session is here
    QString rule; ///< id of the planning rule that placed it, e.g. "hamstring-stretch"
    QList<StructureStep> structure;
    bool manual = false; ///< added by hand, not by the generator
    std::optional<Completion> completion; ///< done or skipped, when recorded
    /**
     * Minutes of running inside a run session: the running intervals of a walk–run, or the running part of a new
     * runner's session; 0 means "all of it" (a run saved before run minutes existed, or added by hand). Ignored for
     * other activities and never more than minutes: use running().
     */
    int runMinutes = 0;

    bool isDone() const { return completion && !completion->skipped; }
    bool isSkipped() const { return completion && completion->skipped; }
    int plannedLoad() const { return rpe * minutes; }
    /** Minutes of running this session plans: runMinutes, or all its minutes for a run without them; 0 if no run. */
    int running() const
    {
        if (activity != Activity::Run)
            return 0;
        return runMinutes > 0 && runMinutes < minutes ? runMinutes : minutes;
    }
    /**
     * Minutes of running the runner did in it, when done: the actual minutes, scaled by the share of running in the
     * plan for a walk–run (35 min done of a 35-min walk–run with 12 min of running is 12 min of running).
     */
    int runningDone() const
    {
        if (!isDone() || activity != Activity::Run)
            return 0;
        if (runMinutes <= 0 || runMinutes >= minutes)
            return completion->minutes;
        return int((qint64(completion->minutes) * runMinutes + minutes / 2) / minutes);
    }
    bool operator==(const PlannedSession &) const = default;
};

} // namespace Stridewise
