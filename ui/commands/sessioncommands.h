#pragma once

#include "core/model/plannedsession.h"

#include <QUndoCommand>

namespace Stridewise {

class WeekModel;

/**
 * Replaces a session's plan (date, time of day, minutes, effort, title) with another version of it;
 * undo() saves the version before. A refused save makes the command obsolete and the view reverts.
 */
class EditSessionCommand : public QUndoCommand
{
public:
    EditSessionCommand(
        WeekModel &model, const PlannedSession &before, const PlannedSession &after, const QString &text);

    void redo() override;
    void undo() override;

private:
    bool apply(const PlannedSession &session);

    WeekModel &m_model;
    PlannedSession m_before;
    PlannedSession m_after;
};

/** Moves a session to another day (drag and drop, or Edit ▸ Move to). */
class MoveSessionCommand : public EditSessionCommand
{
public:
    MoveSessionCommand(WeekModel &model, const PlannedSession &session, QDate to);
};

/** Changes a session's minutes, effort, title or time of day (Edit ▸ Edit session…). */
class ChangeSessionCommand : public EditSessionCommand
{
public:
    ChangeSessionCommand(WeekModel &model, const PlannedSession &before, const PlannedSession &after);
};

/** Adds a session by hand; undo removes it. */
class AddSessionCommand : public QUndoCommand
{
public:
    AddSessionCommand(WeekModel &model, const PlannedSession &session);
    void redo() override;
    void undo() override;
    qint64 sessionId() const { return m_session.id; }

private:
    WeekModel &m_model;
    PlannedSession m_session;
};

/** Deletes a session (with anything recorded for it); undo restores it with the same id. */
class DeleteSessionCommand : public QUndoCommand
{
public:
    DeleteSessionCommand(WeekModel &model, const PlannedSession &session);
    void redo() override;
    void undo() override;

private:
    WeekModel &m_model;
    PlannedSession m_session;
};

} // namespace Stridewise
