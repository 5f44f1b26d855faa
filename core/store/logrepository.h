#pragma once

#include "core/model/completion.h"
#include "core/model/painentry.h"
#include "core/model/planinput.h"
#include "core/result.h"

#include <QDate>

#include <optional>

namespace Stridewise {

class Database;

/** What the runner recorded: completions of planned sessions and the daily back-pain log. */
class LogRepository
{
public:
    explicit LogRepository(Database &db)
        : m_db(db)
    {
    }

    /** Records a session as done or skipped (replacing an earlier record), in one transaction. NotFound if no such session. */
    Result<void> complete(const Completion &completion);
    /** Removes a session's record (unticking). */
    Result<void> clearCompletion(qint64 sessionId);
    Result<std::optional<Completion>> completion(qint64 sessionId) const;

    /** Saves the day's entry (replacing an earlier one for the same date), in one transaction. */
    Result<void> logPain(const PainEntry &entry);
    Result<void> deletePain(QDate date);
    Result<std::optional<PainEntry>> painOn(QDate date) const;
    /** Entries dated from..to inclusive, oldest first; days without an entry are simply absent. */
    Result<QList<PainEntry>> painBetween(QDate from, QDate to) const;

    /** Sessions done (not skipped) dated from..to inclusive, oldest first, with actual minutes and effort. */
    Result<QList<CompletedSession>> completedBetween(QDate from, QDate to) const;
    /** Date of the latest run done (not skipped) before `before`, nullopt when there is none. */
    Result<std::optional<QDate>> lastRunBefore(QDate before) const;

private:
    Database &m_db;
};

} // namespace Stridewise
