#include "ui/commands/logpaincommand.h"

#include "core/store/logrepository.h"
#include "ui/week/weekmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Stridewise {

LogPainCommand::LogPainCommand(WeekModel &model, std::optional<PainEntry> before, const PainEntry &after)
    : m_model(model)
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
        m_model.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Saved: back pain %1/10 for %2.")
                                .arg(m_after.score)
                                .arg(QLocale().toString(m_date, QLocale::ShortFormat)));
    }
}

void LogPainCommand::undo()
{
    if (apply(m_before))
        m_model.reportSaved(QCoreApplication::translate("Stridewise::Commands", "Undone: %1").arg(text()));
}

bool LogPainCommand::apply(const std::optional<PainEntry> &entry)
{
    LogRepository log(m_model.database());
    const Result<void> result = entry ? log.logPain(*entry) : log.deletePain(m_date);
    if (!result) {
        setObsolete(true);
        m_model.reportFailure(result.error());
        m_model.notifyPainChanged(m_date); // the panel shows the saved entry again
        return false;
    }
    m_model.notifyPainChanged(m_date);
    return true;
}

} // namespace Stridewise
