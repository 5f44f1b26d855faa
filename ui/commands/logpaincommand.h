#pragma once

#include "core/model/painentry.h"

#include <QUndoCommand>

#include <optional>

namespace Stridewise {

class WeekModel;

/** Saves a day's back-pain entry (replacing the day's earlier one); undo restores what was there before. */
class LogPainCommand : public QUndoCommand
{
public:
    LogPainCommand(WeekModel &model, std::optional<PainEntry> before, const PainEntry &after);
    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<PainEntry> &entry);

    WeekModel &m_model;
    QDate m_date;
    std::optional<PainEntry> m_before;
    PainEntry m_after;
};

} // namespace Stridewise
