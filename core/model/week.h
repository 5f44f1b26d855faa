#pragma once

#include "core/model/enums.h"
#include "core/model/plannedsession.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stridewise {

/** A week-level change the planner made, naming what triggered it. */
struct Adaptation
{
    QString rule; ///< rule id, e.g. "pain-amber"
    QString message; ///< plain words, e.g. "Running held at 120 min: mean back pain 3.4/10 over the last 7 days."
    bool operator==(const Adaptation &) const = default;
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

    QDate sunday() const { return monday.addDays(6); }
    bool operator==(const Week &) const = default;
};

} // namespace Stridewise
