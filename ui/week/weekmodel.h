#pragma once

#include "core/model/week.h"
#include "core/result.h"

#include <QAbstractListModel>
#include <QDate>

#include <optional>

class QUndoStack;

namespace Stridewise {

class Database;

/**
 * The sessions of one ISO week, read from the store, for the week view and the side panel.
 * Rows are sessions ordered by date, time of day and id. Edits never change the rows directly:
 * setData() pushes an undo command, and commands call the store first, then refreshSession()/removeSession().
 */
class WeekModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        DateRole,
        ActivityRole,
        TimeOfDayRole,
        MinutesRole,
        EffortRole,
        DoneRole,
        SkippedRole,
    };

    explicit WeekModel(Database &db, QObject *parent = nullptr);

    /** The database the rows come from; only while one is set (commands run only then). */
    Database &database() const { return *m_db; }
    /**
     * Points the model at another database (after File ▸ Restore… reopened the file), or at none: null empties
     * the model and makes it read-only, so nothing can reach a closed database. Call load() after setting one.
     */
    void setDatabase(Database *db);
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Shows the week starting on monday; a failure leaves the model empty and says why. */
    Result<void> load(QDate monday);
    Result<void> reload() { return load(m_monday); }
    QDate monday() const { return m_monday; }
    /** The saved week's flags and adaptations (its sessions are the rows), or nullopt when the week has no plan. */
    const std::optional<Week> &week() const { return m_week; }
    /** Whether the planner made this week (sessions only added or moved in by hand do not count). */
    bool hasPlan() const { return m_week && m_week->generatorVersion > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const PlannedSession &session(int row) const { return m_sessions.at(row); }
    int rowOf(qint64 id) const;
    std::optional<PlannedSession> sessionById(qint64 id) const;
    bool isEditable() const;

    /** Re-reads one session from the store after a command changed it: updates, inserts or removes its row. */
    void refreshSession(qint64 id);
    void removeSession(qint64 id);
    /** Tells views to show a row's saved state again (after a failed save, so a toggled checkbox reverts). */
    void resync(qint64 id);
    /** Commands report here; the window shows the message. */
    void reportSaved(const QString &message) { emit saved(message); }
    void reportFailure(const Error &error);
    /** The day's pain log changed (by a command). */
    void notifyPainChanged(QDate date) { emit painChanged(date); }

signals:
    void weekLoaded();
    void saved(const QString &message);
    void saveFailed(const QString &message);
    void painChanged(QDate date);

private:
    int insertionRow(const PlannedSession &session) const;

    Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QDate m_monday;
    std::optional<Week> m_week;
    QList<PlannedSession> m_sessions;
};

} // namespace Stridewise
