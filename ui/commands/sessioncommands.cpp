#include "ui/commands/sessioncommands.h"

#include "core/model/names.h"
#include "core/store/planrepository.h"
#include "ui/document/plandocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Commands", text);
}

PlannedSession movedTo(PlannedSession session, QDate to)
{
    session.date = to;
    return session;
}
} // namespace

EditSessionCommand::EditSessionCommand(PlanDocument &document,
    const PlannedSession &before,
    const PlannedSession &after,
    const QString &text,
    const QString &savedMessage)
    : m_document(document)
    , m_before(before)
    , m_after(after)
    , m_savedMessage(savedMessage)
{
    setText(text);
}

void EditSessionCommand::redo()
{
    if (apply(m_after))
        m_document.reportSaved(m_savedMessage);
}

void EditSessionCommand::undo()
{
    if (apply(m_before))
        m_document.reportSaved(tr("Undone: %1").arg(text()));
}

bool EditSessionCommand::apply(const PlannedSession &session)
{
    const Result<void> result = PlanRepository(m_document.database()).updateSession(session);
    if (!result) {
        setObsolete(true);
        m_document.resync(session.id);
        m_document.reportFailure(result.error());
        return false;
    }
    m_document.refreshSession(session.id);
    return true;
}

MoveSessionCommand::MoveSessionCommand(PlanDocument &document, const PlannedSession &session, QDate to)
    : EditSessionCommand(document,
        session,
        movedTo(session, to),
        tr("Move %1 to %2").arg(session.title, Labels::weekday(Qt::DayOfWeek(to.dayOfWeek()))),
        tr("Saved: %1 moved to %2.").arg(session.title, Labels::weekday(Qt::DayOfWeek(to.dayOfWeek()))))
{
}

ChangeSessionCommand::ChangeSessionCommand(
    PlanDocument &document, const PlannedSession &before, const PlannedSession &after)
    : EditSessionCommand(
        document, before, after, tr("Change %1").arg(after.title), tr("Saved: changes to %1.").arg(after.title))
{
}

AddSessionCommand::AddSessionCommand(PlanDocument &document, const PlannedSession &session)
    : m_document(document)
    , m_session(session)
{
    m_session.manual = true;
    setText(tr("Add %1").arg(session.title));
}

void AddSessionCommand::redo()
{
    // The first redo gets a new id from the store; a redo after undo restores the same id.
    auto added = PlanRepository(m_document.database()).addSession(m_session);
    if (!added) {
        setObsolete(true);
        m_document.reportFailure(added.error());
        return;
    }
    m_session.id = added->id;
    m_document.refreshSession(m_session.id);
    m_document.reportSaved(tr("Saved: %1 added.").arg(m_session.title));
}

void AddSessionCommand::undo()
{
    if (const auto removed = PlanRepository(m_document.database()).deleteSession(m_session.id); !removed) {
        setObsolete(true);
        m_document.reportFailure(removed.error());
        return;
    }
    m_document.removeSession(m_session.id);
    m_document.reportSaved(tr("Undone: %1").arg(text()));
}

DeleteSessionCommand::DeleteSessionCommand(PlanDocument &document, const PlannedSession &session)
    : m_document(document)
    , m_session(session)
{
    setText(tr("Delete %1").arg(session.title));
}

void DeleteSessionCommand::redo()
{
    if (const auto removed = PlanRepository(m_document.database()).deleteSession(m_session.id); !removed) {
        setObsolete(true);
        m_document.reportFailure(removed.error());
        return;
    }
    m_document.removeSession(m_session.id);
    m_document.reportSaved(tr("Saved: %1 deleted.").arg(m_session.title));
}

void DeleteSessionCommand::undo()
{
    auto restored = PlanRepository(m_document.database()).addSession(m_session);
    if (!restored) {
        setObsolete(true);
        m_document.reportFailure(restored.error());
        return;
    }
    m_document.refreshSession(m_session.id);
    m_document.reportSaved(tr("Undone: %1").arg(text()));
}

} // namespace Stridewise
