#include "ui/commands/logpaincommand.h"

#include "core/store/logrepository.h"
#include "ui/document/plandocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stridewise {

LogPainCommand::LogPainCommand(PlanDocument &document, std::optional<PainEntry> before, const PainEntry &after)
    : m_document(document)
    , m_date(after.date)
    , m_before(std::move(before))
    , m_after(after)
{
    setText(QCoreApplication::translate("Stridewise::Commands", "Log back pain for %1")
                .arg(QLocale().toString(m_date, QLocale::ShortFormat)));
}

void LogPainCommand::redo()
{
    if (apply(m_after)) {
        m_document.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Saved: back pain %1/10 for %2.")
                                   .arg(m_after.score)
                                   .arg(QLocale().toString(m_date, QLocale::ShortFormat)));
    }
}

void LogPainCommand::undo()
{
    if (apply(m_before))
        m_document.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Undone: %1").arg(text()));
}

bool LogPainCommand::apply(const std::optional<PainEntry> &entry)
{
    LogRepository log(m_document.database());
    const Result<void> result = entry ? log.logPain(*entry) : log.deletePain(m_date);
    if (!result) {
        setObsolete(true);
        m_document.reportFailure(result.error());
        m_document.notifyPainChanged(m_date); // the panel shows the saved entry again
        return false;
    }
    m_document.notifyPainChanged(m_date);
    return true;
}

} // namespace Stridewise
