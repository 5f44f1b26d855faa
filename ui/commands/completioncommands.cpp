#include "ui/commands/completioncommands.h"

#include "core/store/logrepository.h"
#include "ui/document/plandocument.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Commands", text);
}
} // namespace

SetCompletionCommand::SetCompletionCommand(PlanDocument &document,
    const PlannedSession &session,
    std::optional<Completion> after,
    const QString &text,
    const QString &savedMessage)
    : m_document(document)
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
        m_document.reportSaved(m_savedMessage);
}

void SetCompletionCommand::undo()
{
    if (apply(m_before))
        m_document.reportSaved(tr("Undone: %1").arg(text()));
}

bool SetCompletionCommand::apply(const std::optional<Completion> &record)
{
    LogRepository log(m_document.database());
    const Result<void> result = record ? log.complete(*record) : log.clearCompletion(m_sessionId);
    if (!result) {
        setObsolete(true);
        m_document.resync(m_sessionId);
        m_document.reportFailure(result.error());
        return false;
    }
    m_document.refreshSession(m_sessionId);
    return true;
}

CompleteSessionCommand::CompleteSessionCommand(
    PlanDocument &document, const PlannedSession &session, const Completion &completion)
    : SetCompletionCommand(document,
        session,
        completion,
        tr("Tick off %1").arg(session.title),
        tr("Saved: %1 done, %2 min.").arg(session.title).arg(completion.minutes))
{
}

CompleteSessionCommand *CompleteSessionCommand::asPlanned(PlanDocument &document, const PlannedSession &session)
{
    return new CompleteSessionCommand(
        document, session, Completion{ session.id, false, session.minutes, session.rpe, std::nullopt, {} });
}

SkipSessionCommand::SkipSessionCommand(PlanDocument &document, const PlannedSession &session, const QString &reason)
    : SetCompletionCommand(document,
        session,
        Completion{ session.id, true, 0, 0, std::nullopt, reason },
        tr("Skip %1").arg(session.title),
        tr("Saved: %1 skipped.").arg(session.title))
{
}

UntickSessionCommand::UntickSessionCommand(PlanDocument &document, const PlannedSession &session)
    : SetCompletionCommand(document,
        session,
        std::nullopt,
        tr("Untick %1").arg(session.title),
        tr("Saved: %1 no longer ticked.").arg(session.title))
{
}

} // namespace Stridewise
