#include "ui/commands/sessioncommands.h"

#include "core/model/names.h"
#include "core/store/planrepository.h"
#include "ui/week/weekmodel.h"

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

EditSessionCommand::EditSessionCommand(
    WeekModel &model, const PlannedSession &before, const PlannedSession &after, const QString &text)
    : m_model(model)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditSessionCommand::redo()
{
    if (apply(m_after))
        m_model.reportSaved(tr("Saved: %1.").arg(text()));
}

void EditSessionCommand::undo()
{
    if (apply(m_before))
        m_model.reportSaved(tr("Undone: %1").arg(text()));
}

bool EditSessionCommand::apply(const PlannedSession &session)
{
    const Result<void> result = PlanRepository(m_model.database()).updateSession(session);
    if (!result) {
        setObsolete(true);
        m_model.resync(session.id);
        m_model.reportFailure(result.error());
        return false;
    }
    m_model.refreshSession(session.id);
    return true;
}

MoveSessionCommand::MoveSessionCommand(WeekModel &model, const PlannedSession &session, QDate to)
    : EditSessionCommand(model,
        session,
        movedTo(session, to),
        tr("Move %1 to %2").arg(session.title, Labels::weekday(Qt::DayOfWeek(to.dayOfWeek()))))
{
}

ChangeSessionCommand::ChangeSessionCommand(WeekModel &model, const PlannedSession &before, const PlannedSession &after)
    : EditSessionCommand(model, before, after, tr("Change %1").arg(after.title))
{
}

AddSessionCommand::AddSessionCommand(WeekModel &model, const PlannedSession &session)
    : m_model(model)
    , m_session(session)
{
    m_session.manual = true;
    setText(tr("Add %1").arg(session.title));
}

void AddSessionCommand::redo()
{
    // The first redo gets a new id from the store; a redo after undo restores the same id.
    auto added = PlanRepository(m_model.database()).addSession(m_session);
    if (!added) {
        setObsolete(true);
        m_model.reportFailure(added.error());
        return;
    }
    m_session.id = added->id;
    m_model.refreshSession(m_session.id);
    m_model.reportSaved(tr("Saved: %1 added.").arg(m_session.title));
}

void AddSessionCommand::undo()
{
    if (const auto removed = PlanRepository(m_model.database()).deleteSession(m_session.id); !removed) {
        setObsolete(true);
        m_model.reportFailure(removed.error());
        return;
    }
    m_model.removeSession(m_session.id);
    m_model.reportSaved(tr("Undone: %1").arg(text()));
}

DeleteSessionCommand::DeleteSessionCommand(WeekModel &model, const PlannedSession &session)
    : m_model(model)
    , m_session(session)
{
    setText(tr("Delete %1").arg(session.title));
}

void DeleteSessionCommand::redo()
{
    if (const auto removed = PlanRepository(m_model.database()).deleteSession(m_session.id); !removed) {
        setObsolete(true);
        m_model.reportFailure(removed.error());
        return;
    }
    m_model.removeSession(m_session.id);
    m_model.reportSaved(tr("Saved: %1 deleted.").arg(m_session.title));
}

void DeleteSessionCommand::undo()
{
    auto restored = PlanRepository(m_model.database()).addSession(m_session);
    if (!restored) {
        setObsolete(true);
        m_model.reportFailure(restored.error());
        return;
    }
    m_model.refreshSession(m_session.id);
    m_model.reportSaved(tr("Undone: %1").arg(text()));
}

} // namespace Stridewise
