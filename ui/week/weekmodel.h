#pragma once

#include "core/model/plannedsession.h"

#include <QAbstractListModel>

#include <optional>

namespace Stridewise {

class PlanDocument;

/**
 * The sessions of the week a PlanDocument shows, as rows and roles for the week view and anything else that
 * lists them. It only adapts: the rows are PlanDocument::sessions(), and the document's signals become the
 * model's (resets, inserts, removals, moves, data changes). setData() pushes an undo command, never edits a row.
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

    explicit WeekModel(PlanDocument &document, QObject *parent = nullptr);

    PlanDocument &document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Qt::CheckStateRole only: checked ticks the session off as planned, unchecked unticks it (undo commands). */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const PlannedSession &session(int row) const;
    int rowOf(qint64 id) const;
    std::optional<PlannedSession> sessionById(qint64 id) const;

private:
    PlanDocument &m_document;
};

} // namespace Stridewise
