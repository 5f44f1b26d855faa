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

    /**
     * Sessions done (not skipped) dated from..to inclusive, oldest first, with actual minutes and effort and what
     * the session planned (minutes, running minutes, effort).
     */
    enum class Done
    {
        All,
        RunsAndStrength, ///< only what the planner's rules read
    };
    Result<QList<CompletedSession>> completedBetween(QDate from, QDate to, Done which = Done::All) const;
    /** How many sessions were done (not skipped) dated from..to inclusive. */
    Result<int> completedCountBetween(QDate from, QDate to) const;
    /** Date of the latest run done (not skipped) before `before`, nullopt when there is none. */
    Result<std::optional<QDate>> lastRunBefore(QDate before) const;

    /** Records that a clinician has seen the runner (replacing the day's earlier record), in one transaction. */
    Result<void> recordClearance(const Clearance &clearance);
    Result<void> deleteClearance(QDate date);
    Result<std::optional<Clearance>> clearanceOn(QDate date) const;
    /** The latest clearance dated on or before `upTo`, nullopt when there is none. */
    Result<std::optional<Clearance>> latestClearance(QDate upTo) const;
    /**
     * Days with red-flag symptoms dated after `after` (all days when invalid) up to and including `upTo`, oldest
     * first: with after = the latest clearance, the red flags that still stop running (issue 17).
     */
    Result<QList<PainEntry>> redFlagsBetween(QDate after, QDate upTo) const;

private:
    Database &m_db;
};

} // namespace Stridewise
