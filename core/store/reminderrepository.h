#pragma once

#include "core/model/reminder.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Stridewise {

class Database;

/** What the desktop reminders have shown, per day and slot (issue 14), so no slot is shown twice. */
class ReminderRepository
{
public:
    explicit ReminderRepository(Database &db)
        : m_db(db)
    {
    }

    /** Kept this many days; older records are deleted when new ones are saved. */
    static constexpr int kKeepDays = 60;

    Result<QList<ReminderRecord>> recordsOn(QDate date) const;
    Result<std::optional<ReminderRecord>> record(QDate date, const QString &slot) const;
    /** Saves the records (replacing those of the same date and slot) in one transaction. */
    Result<void> save(const QList<ReminderRecord> &records);

private:
    Database &m_db;
};

} // namespace Stridewise
