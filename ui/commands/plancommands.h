#pragma once

#include "core/store/planrepository.h"

#include <QUndoCommand>

namespace Stridewise {

class PlanDocument;

/**
 * Plan and Re-plan as one undo step each (issue 9): the week before and after, as snapshots with session ids and
 * records. The planner has already saved `after` when the command is pushed, so the first redo() does nothing; undo()
 * puts `before` back (the replaced sessions with their ids and ticks) and a later redo() puts `after` back. Because
 * the ids come back, the undo steps before a re-plan still find their sessions. A refused restore makes the command
 * obsolete and the window says "Not saved: …".
 */
class PlanWeekCommand : public QUndoCommand
{
public:
    PlanWeekCommand(PlanDocument &document, WeekSnapshot before, WeekSnapshot after, const QString &text);
    void redo() override;
    void undo() override;

private:
    bool apply(const WeekSnapshot &snapshot);

    PlanDocument &m_document;
    WeekSnapshot m_before;
    WeekSnapshot m_after;
    bool m_saved = true; ///< after is what the database holds: the first redo() has nothing to do
};

} // namespace Stridewise
