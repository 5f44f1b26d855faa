#include "ui/week/weekmodel.h"

#include "ui/commands/completioncommands.h"
#include "ui/document/plandocument.h"

namespace Stridewise {

WeekModel::WeekModel(PlanDocument &document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(&m_document, &PlanDocument::weekAboutToChange, this, [this] { beginResetModel(); });
    connect(&m_document, &PlanDocument::weekChanged, this, [this] { endResetModel(); });
    connect(
        &m_document, &PlanDocument::sessionAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(&m_document, &PlanDocument::sessionInserted, this, [this] { endInsertRows(); });
    connect(
        &m_document, &PlanDocument::sessionAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(&m_document, &PlanDocument::sessionRemoved, this, [this] { endRemoveRows(); });
    connect(&m_document, &PlanDocument::sessionAboutToBeMoved, this, [this](int from, int to) {
        // Qt counts the destination before the move: one further down when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(&m_document, &PlanDocument::sessionMoved, this, [this] { endMoveRows(); });
    connect(&m_document, &PlanDocument::sessionChanged, this,
        [this](int row) { emit dataChanged(index(row), index(row)); });
}

int WeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.sessions().size());
}

const PlannedSession &WeekModel::session(int row) const
{
    return m_document.sessions().at(row);
}

int WeekModel::rowOf(qint64 id) const
{
    return m_document.rowOf(id);
}

std::optional<PlannedSession> WeekModel::sessionById(qint64 id) const
{
    return m_document.session(id);
}

QVariant WeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedSession &s = session(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return s.title;
    case Qt::ToolTipRole:
        return s.reason;
    case Qt::CheckStateRole:
        return s.isDone() ? Qt::Checked : Qt::Unchecked;
    case SessionIdRole:
        return s.id;
    case DateRole:
        return s.date;
    case ActivityRole:
        return QVariant::fromValue(s.activity);
    case TimeOfDayRole:
        return QVariant::fromValue(s.timeOfDay);
    case MinutesRole:
        return s.minutes;
    case EffortRole:
        return s.rpe;
    case DoneRole:
        return s.isDone();
    case SkippedRole:
        return s.isSkipped();
    default:
        return {};
    }
}

bool WeekModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_document.isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const PlannedSession s = session(index.row());
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == s.isDone())
        return false;
    if (checked) {
        m_document.undoStack()->push(CompleteSessionCommand::asPlanned(m_document, s));
    } else {
        m_document.undoStack()->push(new UntickSessionCommand(m_document, s));
    }
    return true;
}

Qt::ItemFlags WeekModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && m_document.isEditable())
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
    return f;
}

QHash<int, QByteArray> WeekModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SessionIdRole, "sessionId");
    names.insert(DateRole, "date");
    names.insert(ActivityRole, "activity");
    names.insert(TimeOfDayRole, "timeOfDay");
    names.insert(MinutesRole, "minutes");
    names.insert(EffortRole, "effort");
    names.insert(DoneRole, "done");
    names.insert(SkippedRole, "skipped");
    return names;
}

} // namespace Stridewise
