#pragma once

#include "core/model/plannedsession.h"

#include <QUndoCommand>

#include <optional>

namespace Stridewise {

class PlanDocument;

/**
 * Sets what is recorded for a session (done, skipped or nothing). redo() saves the new record, undo() the
 * old one; each is one transaction. If the store refuses, the command becomes obsolete, the view shows
 * the saved state again and the window says "Not saved: …".
 */
class SetCompletionCommand : public QUndoCommand
{
public:
    SetCompletionCommand(PlanDocument &document,
        const PlannedSession &session,
        std::optional<Completion> after,
        const QString &text,
        const QString &savedMessage);

    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<Completion> &record);

    PlanDocument &m_document;
    qint64 m_sessionId = 0;
    std::optional<Completion> m_before;
    std::optional<Completion> m_after;
    QString m_savedMessage;
};

/** Ticks a session off with actual minutes, effort, pain after and a note. */
class CompleteSessionCommand : public SetCompletionCommand
{
public:
    CompleteSessionCommand(PlanDocument &document, const PlannedSession &session, const Completion &completion);
    /** A quick tick (the compact stretch ticks): done as planned, its minutes and target effort. */
    static CompleteSessionCommand *asPlanned(PlanDocument &document, const PlannedSession &session);
};

/** Marks a session as skipped, with the runner's reason. */
class SkipSessionCommand : public SetCompletionCommand
{
public:
    SkipSessionCommand(PlanDocument &document, const PlannedSession &session, const QString &reason);
};

/** Removes what was recorded for a session (unticking asks nothing: undo brings it back). */
class UntickSessionCommand : public SetCompletionCommand
{
public:
    UntickSessionCommand(PlanDocument &document, const PlannedSession &session);
};

} // namespace Stridewise
