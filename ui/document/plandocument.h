#pragma once

#include "core/model/plannedsession.h"
#include "core/model/profile.h"
#include "core/model/week.h"
#include "core/result.h"
#include "core/store/planrepository.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace Stridewise {

class Database;

/**
 * The open plan at the centre of the window (after Tiled's MapDocument): one runner's database, the undo stack
 * of their edits, "today", the ISO week shown with its sessions, and the selected session. Views and action
 * handlers read it and listen to its signals; they never keep their own copy of what it holds.
 *
 * Every edit is an undo command (ui/commands): it changes the store, then tells the document (refreshSession(),
 * removeSession(), notifyPainChanged()), which updates the week's rows and says so. Rows are the week's
 * sessions ordered by date, time of day and id; a change that reorders them is a move, so views can keep what
 * they show (selection, focus) in place.
 *
 * "Today" is a parameter so tests and screenshots are deterministic.
 */
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    /** db may be read-only; today invalid means the system date. Shows no week until showWeek(). */
    explicit PlanDocument(std::unique_ptr<Database> db, QDate today = {}, QObject *parent = nullptr);
    ~PlanDocument() override;

    bool hasDatabase() const { return m_db != nullptr; }
    /** The open database; only while hasDatabase() (after a failed restore there may be none). */
    Database &database() const { return *m_db; }
    /** True while a writable database is open: edits, plans and logs are possible. */
    bool isEditable() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    QDate today() const { return m_today; }
    void setToday(QDate today);

    /** Shows the ISO week that contains day (re-reads it when it is the week shown). */
    void showWeek(QDate day);
    /** Reads the week shown again from the store (after a change made outside the undo stack). */
    void reload();
    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    bool containsToday() const { return m_today >= m_monday && m_today <= sunday(); }
    /** The week shown is over: every day of it is before today. */
    bool isWeekOver() const { return sunday() < m_today; }
    /** The saved week's flags and adaptations (its sessions are sessions()), or nullopt when it has no plan. */
    const std::optional<Week> &week() const { return m_week; }
    /** Whether the planner made this week (sessions only added or moved in by hand do not count). */
    bool hasPlan() const { return m_week && m_week->generatorVersion > 0; }

    /** The week's sessions, the rows of WeekModel. */
    const QList<PlannedSession> &sessions() const { return m_sessions; }
    int rowOf(qint64 id) const;
    std::optional<PlannedSession> session(qint64 id) const;

    /** The selected session's id, 0 for none. A session that leaves the week shown is no longer selected. */
    qint64 selectedSessionId() const { return m_selectedId; }
    std::optional<PlannedSession> selectedSession() const { return session(m_selectedId); }
    void setSelectedSessionId(qint64 id);

    /** The saved profile; nullopt when there is none yet (or it cannot be read). */
    std::optional<Profile> profile() const;
    bool hasProfile() const { return profile().has_value(); }
    /** Saves the profile (not undoable: it changes no plan by itself). */
    Result<void> saveProfile(const Profile &profile);

    /**
     * Plans the week shown from the profile and history (core's Planner), from today when the week is in progress
     * (issue 9: nothing on days already past), or re-plans it from the day from on (sessions already ticked, skipped
     * or added by hand stay). Each is one undo step (PlanWeekCommand): undo brings the replaced sessions back with
     * their ids, so the undo history goes on.
     */
    Result<Week> planWeek();
    Result<Week> replanFrom(QDate from);
    /** For PlanWeekCommand: puts a week back as in the snapshot (one transaction) and shows it. */
    Result<void> restoreWeek(const WeekSnapshot &snapshot);

    /**
     * Replaces the database (File ▸ Restore…): views let go of what they read from it (databaseAboutToBeReplaced),
     * swap may replace or reset the pointer, then the week shown is read again (databaseReplaced). The undo
     * stack is left alone: the caller clears it when the data was really replaced.
     */
    void replaceDatabase(const std::function<void(std::unique_ptr<Database> &db)> &swap);

    /** For undo commands: re-reads one session after the store changed it; updates, inserts, moves or removes its row.
     */
    void refreshSession(qint64 id);
    /** For undo commands: the session is gone from the store. */
    void removeSession(qint64 id);
    /** For undo commands: views show a row's saved state again (after a refused save). */
    void resync(qint64 id);
    void notifyPainChanged(QDate date);
    void reportSaved(const QString &message);
    /** "Not saved: …" (saveFailed) for a store error. */
    void reportFailure(const Error &error);
    void reportFailure(const QString &message);

signals:
    /** Another week is about to be shown (or the week shown read again): rows are about to be replaced. */
    void weekAboutToChange();
    /** Another week is shown, or the week shown was read again (planned, re-planned, restored). */
    void weekChanged();
    void sessionAboutToBeInserted(int row);
    void sessionInserted(int row);
    void sessionAboutToBeRemoved(int row);
    void sessionRemoved(int row);
    /** The row at from goes to to (its index once moved), because its day or time of day changed. */
    void sessionAboutToBeMoved(int from, int to);
    void sessionMoved(int from, int to);
    /** The session in row changed where it is (ticked, edited, or shown again after a refused save). */
    void sessionChanged(int row);
    /** Something stored about sessions changed, in the week shown or not: a tick, an edit, a plan, a restore. */
    void sessionsChanged();
    /** The day's back-pain log changed. */
    void painChanged(QDate date);
    void profileChanged();
    void todayChanged(QDate today);
    void selectionChanged(qint64 id);
    /** An edit was saved (or undone): message says what, for the status bar. */
    void saved(const QString &message);
    /** An edit, plan or read failed; message says what was not saved and why. */
    void saveFailed(const QString &message);
    void databaseAboutToBeReplaced();
    void databaseReplaced();

private:
    void load(QDate monday);
    /** Runs plan (which saves a week) between two snapshots of the week shown and pushes them as one undo step. */
    Result<Week> planAsOneStep(const QString &text, const std::function<Result<Week>()> &plan);
    int insertionRow(const QList<PlannedSession> &rows, const PlannedSession &session) const;

    std::unique_ptr<Database> m_db;
    QUndoStack m_undoStack;
    QDate m_today;
    QDate m_monday;
    std::optional<Week> m_week;
    QList<PlannedSession> m_sessions;
    qint64 m_selectedId = 0;
};

/** "Not saved: <reason>", without doubling the prefix core's store messages already carry. */
QString notSavedMessage(const QString &reason);

} // namespace Stridewise
