#pragma once

#include "core/model/plannedsession.h"

#include <QUndoCommand>

namespace Stridewise {

class PlanDocument;

/**
 * Replaces a session's plan (date, time of day, minutes, effort, title) with another version of it;
 * undo() saves the version before. A refused save makes the command obsolete and the view reverts.
 */
class EditSessionCommand : public QUndoCommand
{
public:
    /** text names the step in Edit ▸ Undo ("Move Easy run to Thursday"); savedMessage is what the status bar says
     * once it is saved ("Saved: Easy run moved to Thursday."). */
    EditSessionCommand(PlanDocument &document,
        const PlannedSession &before,
        const PlannedSession &after,
        const QString &text,
        const QString &savedMessage);

    void redo() override;
    void undo() override;

private:
    bool apply(const PlannedSession &session);

    PlanDocument &m_document;
    PlannedSession m_before;
    PlannedSession m_after;
    QString m_savedMessage;
};

/** Moves a session to another day (drag and drop, or Edit ▸ Move to). */
class MoveSessionCommand : public EditSessionCommand
{
public:
    MoveSessionCommand(PlanDocument &document, const PlannedSession &session, QDate to);
};

/** Changes a session's minutes, effort, title or time of day (Edit ▸ Edit session…). */
class ChangeSessionCommand : public EditSessionCommand
{
public:
    ChangeSessionCommand(PlanDocument &document, const PlannedSession &before, const PlannedSession &after);
};

/** Adds a session by hand; undo removes it. */
class AddSessionCommand : public QUndoCommand
{
public:
    AddSessionCommand(PlanDocument &document, const PlannedSession &session);
    void redo() override;
    void undo() override;
    qint64 sessionId() const { return m_session.id; }

private:
    PlanDocument &m_document;
    PlannedSession m_session;
};

/** Deletes a session (with anything recorded for it); undo restores it with the same id. */
class DeleteSessionCommand : public QUndoCommand
{
public:
    DeleteSessionCommand(PlanDocument &document, const PlannedSession &session);
    void redo() override;
    void undo() override;

private:
    PlanDocument &m_document;
    PlannedSession m_session;
};

} // namespace Stridewise
