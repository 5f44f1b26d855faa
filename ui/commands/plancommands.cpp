#include "ui/commands/plancommands.h"

#include "ui/document/plandocument.h"

#include <QCoreApplication>

namespace Stridewise {

PlanWeekCommand::PlanWeekCommand(PlanDocument &document, WeekSnapshot before, WeekSnapshot after, const QString &text)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void PlanWeekCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    if (apply(m_after))
        m_document.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Redone: %1").arg(text()));
}

void PlanWeekCommand::undo()
{
    if (apply(m_before))
        m_document.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Undone: %1").arg(text()));
}

bool PlanWeekCommand::apply(const WeekSnapshot &snapshot)
{
    if (const Result<void> restored = m_document.restoreWeek(snapshot); !restored) {
        setObsolete(true);
        m_document.reportFailure(restored.error());
        return false;
    }
    return true;
}

} // namespace Stridewise
