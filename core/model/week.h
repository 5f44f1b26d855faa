#pragma once

#include "core/model/enums.h"
#include "core/model/plannedsession.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stridewise {

/** A week-level change the planner made, naming what triggered it. */
struct Adaptation
{
    QString rule; ///< rule id, e.g. "pain-amber"
    QString message; ///< plain words, e.g. "Running held at 120 min: mean back pain 3.4/10 over the last 7 days."
    bool operator==(const Adaptation &) const = default;
};

/**
 * A rung of the return ladder (issue 9): after a red week, a cleared red flag or two weeks or more without running,
 * running climbs back to the level before the flare one rung per green week.
 */
struct LadderRung
{
    int rung = 0; ///< 1 … of
    int of = 0;
    QString reason; ///< why the week is on the ladder, and what moves it up or down, in plain words
    int reference = 0; ///< running minutes a week before the flare or break: the rungs are shares of it
    bool walkRun = false; ///< the rung's runs are walk–runs (the first rung after a red flag)
    bool operator==(const LadderRung &) const = default;
};

/** One ISO week's plan. id is 0 until saved. */
struct Week
{
    qint64 id = 0;
    QDate monday; ///< first day of the ISO week
    int generatorVersion = 0;
    PainZone zone = PainZone::Green;
    bool redFlag = false; ///< red-flag symptoms: running and strength removed, see a clinician
    bool urgent = false; ///< bladder/bowel change or saddle numbness: urgent care
    QList<Adaptation> adaptations; ///< red-flag messages first
    QStringList unsatisfied; ///< what the planner could not fit without breaking a safety rule
    QString inputs; ///< JSON of the inputs the week was built from, so it can be explained later
    QString notes;
    QList<PlannedSession> sessions; ///< ordered by date, then time of day
    int level = 0; ///< running minutes a week the runner is at, from their completed running (issue 9)
    int goal = 0; ///< running minutes a week aimed for (the profile's goal)
    std::optional<LadderRung> ladder; ///< set while the week climbs the return ladder
    bool easy = false; ///< the easier fourth week of rule 7
    int strengthLevel = 0; ///< rung of the core-strength ladder the week's exercises are at (0 = the basic set)
    bool clearancePending = false; ///< a red flag has not been cleared by a clinician yet: no running or strength

    QDate sunday() const { return monday.addDays(6); }
    /** Running minutes the week plans: the sum of running() over its run sessions. */
    int plannedRunning() const
    {
        int total = 0;
        for (const PlannedSession &s : sessions)
            total += s.running();
        return total;
    }
    bool operator==(const Week &) const = default;
};

} // namespace Stridewise
