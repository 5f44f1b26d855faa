#include "ui/week/weekmodel.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/shell/prompt.h"

#include <QUndoStack>

#include <utility>

namespace Stridewise {

namespace {
bool sessionLess(const PlannedSession &a, const PlannedSession &b)
{
    return std::tuple(a.date, a.timeOfDay, a.id) < std::tuple(b.date, b.timeOfDay, b.id);
}
} // namespace

WeekModel::WeekModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(&db)
{
}

void WeekModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    m_week.reset();
    m_sessions.clear();
    endResetModel();
}

Result<void> WeekModel::load(QDate monday)
{
    beginResetModel();
    m_monday = monday;
    m_week.reset();
    m_sessions.clear();
    if (!m_db) {
        endResetModel();
        emit weekLoaded();
        return {};
    }
    auto week = PlanRepository(*m_db).week(monday);
    if (week && week->has_value()) {
        m_week = **week;
        m_sessions = m_week->sessions;
        m_week->sessions.clear();
        std::stable_sort(m_sessions.begin(), m_sessions.end(), sessionLess);
    }
    endResetModel();
    emit weekLoaded();
    if (!week)
        return week.error();
    return {};
}

int WeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant WeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedSession &s = m_sessions.at(index.row());
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
    if (role != Qt::CheckStateRole || !m_undoStack || !isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const PlannedSession s = m_sessions.at(index.row());
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == s.isDone())
        return false;
    if (checked) {
        // A quick tick (the compact stretch ticks): done as planned. Sessions with details use the editor.
        Completion c;
        c.sessionId = s.id;
        c.minutes = s.minutes;
        c.rpe = s.rpe;
        m_undoStack->push(new CompleteSessionCommand(*this, s, c));
    } else {
        m_undoStack->push(new UntickSessionCommand(*this, s));
    }
    return true;
}

Qt::ItemFlags WeekModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && isEditable())
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

int WeekModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<PlannedSession> WeekModel::sessionById(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_sessions.at(row);
}

bool WeekModel::isEditable() const
{
    return m_db && !m_db->isReadOnly();
}

int WeekModel::insertionRow(const PlannedSession &session) const
{
    const auto it = std::upper_bound(m_sessions.begin(), m_sessions.end(), session, sessionLess);
    return int(it - m_sessions.begin());
}

void WeekModel::refreshSession(qint64 id)
{
    if (!m_db)
        return;
    auto stored = PlanRepository(*m_db).session(id);
    if (!stored) {
        reportFailure(stored.error());
        return;
    }
    const int row = rowOf(id);
    const bool inWeek = stored->has_value() && IsoWeek::mondayOf((*stored)->date) == m_monday;
    if (!inWeek) {
        if (row >= 0)
            removeSession(id);
        return;
    }
    const PlannedSession &s = **stored;
    if (row >= 0 && s.date == m_sessions.at(row).date && s.timeOfDay == m_sessions.at(row).timeOfDay) {
        m_sessions[row] = s;
        emit dataChanged(index(row), index(row));
        return;
    }
    if (row >= 0)
        removeSession(id);
    const int at = insertionRow(s);
    beginInsertRows({}, at, at);
    m_sessions.insert(at, s);
    endInsertRows();
}

void WeekModel::removeSession(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

void WeekModel::resync(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void WeekModel::reportFailure(const Error &error)
{
    emit saveFailed(notSavedMessage(error.message));
}

} // namespace Stridewise
