#pragma once

#include "core/model/painentry.h"

#include <QUndoCommand>

#include <optional>

namespace Stridewise {

class PlanDocument;

/** Saves a day's back-pain entry (replacing the day's earlier one); undo restores what was there before. */
class LogPainCommand : public QUndoCommand
{
public:
    LogPainCommand(PlanDocument &document, std::optional<PainEntry> before, const PainEntry &after);
    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<PainEntry> &entry);

    PlanDocument &m_document;
    QDate m_date;
    std::optional<PainEntry> m_before;
    PainEntry m_after;
};

} // namespace Stridewise
