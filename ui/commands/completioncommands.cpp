#include "ui/commands/completioncommands.h"

#include "core/store/logrepository.h"
#include "ui/week/weekmodel.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Commands", text);
}
} // namespace

SetCompletionCommand::SetCompletionCommand(WeekModel &model,
    const PlannedSession &session,
    std::optional<Completion> after,
    const QString &text,
    const QString &savedMessage)
    : m_model(model)
    , m_sessionId(session.id)
    , m_before(session.completion)
    , m_after(std::move(after))
    , m_savedMessage(savedMessage)
{
    if (m_after)
        m_after->sessionId = session.id;
    setText(text);
}

void SetCompletionCommand::redo()
{
    if (apply(m_after))
        m_model.reportSaved(m_savedMessage);
}

void SetCompletionCommand::undo()
{
    if (apply(m_before))
        m_model.reportSaved(tr("Undone: %1").arg(text()));
}

bool SetCompletionCommand::apply(const std::optional<Completion> &record)
{
    LogRepository log(m_model.database());
    const Result<void> result = record ? log.complete(*record) : log.clearCompletion(m_sessionId);
    if (!result) {
        setObsolete(true);
        m_model.resync(m_sessionId);
        m_model.reportFailure(result.error());
        return false;
    }
    m_model.refreshSession(m_sessionId);
    return true;
}

CompleteSessionCommand::CompleteSessionCommand(
    WeekModel &model, const PlannedSession &session, const Completion &completion)
    : SetCompletionCommand(model,
        session,
        completion,
        tr("Tick off %1").arg(session.title),
        tr("Saved: %1 done, %2 min.").arg(session.title).arg(completion.minutes))
{
}

SkipSessionCommand::SkipSessionCommand(WeekModel &model, const PlannedSession &session, const QString &reason)
    : SetCompletionCommand(model,
        session,
        Completion{ session.id, true, 0, 0, std::nullopt, reason },
        tr("Skip %1").arg(session.title),
        tr("Saved: %1 skipped.").arg(session.title))
{
}

UntickSessionCommand::UntickSessionCommand(WeekModel &model, const PlannedSession &session)
    : SetCompletionCommand(model,
        session,
        std::nullopt,
        tr("Untick %1").arg(session.title),
        tr("Saved: %1 no longer ticked.").arg(session.title))
{
}

} // namespace Stridewise
