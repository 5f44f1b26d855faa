#include "ui/document/plandocument.h"

#include "core/model/isoweek.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "ui/commands/plancommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Stridewise {

namespace {

bool sessionLess(const PlannedSession &a, const PlannedSession &b)
{
    return std::tuple(a.date, a.timeOfDay, a.id) < std::tuple(b.date, b.timeOfDay, b.id);
}

} // namespace

PlanDocument::PlanDocument(std::unique_ptr<Database> db, QDate today, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    m_undoStack.setObjectName(QStringLiteral("undoStack"));
}

PlanDocument::~PlanDocument()
{
    // The commands refer to the document: they go first.
    m_undoStack.clear();
}

bool PlanDocument::isEditable() const
{
    return m_db && !m_db->isReadOnly();
}

void PlanDocument::setToday(QDate today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    emit todayChanged(today);
}

void PlanDocument::showWeek(QDate day)
{
    load(IsoWeek::mondayOf(day));
}

void PlanDocument::reload()
{
    load(m_monday);
}

void PlanDocument::load(QDate monday)
{
    emit weekAboutToChange();
    m_monday = monday;
    m_week.reset();
    m_sessions.clear();
    Result<std::optional<Week>> read = std::optional<Week>();
    if (m_db)
        read = PlanRepository(*m_db).week(monday);
    if (read && read->has_value()) {
        m_week = **read;
        m_sessions = m_week->sessions;
        m_week->sessions.clear();
        std::stable_sort(m_sessions.begin(), m_sessions.end(), sessionLess);
    }
    const bool keepSelection = rowOf(m_selectedId) >= 0;
    emit weekChanged();
    if (!keepSelection)
        setSelectedSessionId(0);
    if (!read)
        reportFailure(tr("Could not read %1: %2").arg(IsoWeek::name(monday), read.message()));
}

int PlanDocument::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<PlannedSession> PlanDocument::session(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_sessions.at(row);
}

void PlanDocument::setSelectedSessionId(qint64 id)
{
    if (id != 0 && rowOf(id) < 0)
        id = 0;
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit selectionChanged(id);
}

std::optional<Profile> PlanDocument::profile() const
{
    if (!m_db)
        return std::nullopt;
    auto stored = ProfileRepository(*m_db).load();
    if (!stored)
        return std::nullopt;
    return *stored;
}

Result<void> PlanDocument::saveProfile(const Profile &profile)
{
    if (!isEditable())
        return Result<void>::failure(ErrorKind::ReadOnly, tr("This file is open read-only."));
    if (Result<void> saved = ProfileRepository(*m_db).save(profile); !saved)
        return saved;
    emit profileChanged();
    return {};
}

Result<Week> PlanDocument::planWeek()
{
    if (!isEditable())
        return Result<Week>::failure(ErrorKind::ReadOnly, tr("This file is open read-only."));
    const QDate monday = m_monday;
    return planAsOneStep(
        tr("Plan %1").arg(IsoWeek::name(monday)), [this, monday] { return Planner(*m_db).planWeek(monday, m_today); });
}

Result<Week> PlanDocument::replanFrom(QDate from)
{
    if (!isEditable())
        return Result<Week>::failure(ErrorKind::ReadOnly, tr("This file is open read-only."));
    const QDate monday = m_monday;
    const QDate start = qMax(from, monday);
    return planAsOneStep(tr("Re-plan %1").arg(IsoWeek::name(monday)),
        [this, monday, start] { return Planner(*m_db).replan(monday, start); });
}

Result<Week> PlanDocument::planAsOneStep(const QString &text, const std::function<Result<Week>()> &plan)
{
    PlanRepository plans(*m_db);
    const QDate monday = m_monday;
    auto before = plans.snapshot(monday);
    if (!before)
        return before.error();
    auto week = plan();
    if (!week)
        return week;
    auto after = plans.snapshot(monday);
    if (!after)
        return after.error();
    m_undoStack.push(new PlanWeekCommand(*this, std::move(*before), std::move(*after), text));
    reload();
    emit sessionsChanged();
    return week;
}

Result<void> PlanDocument::restoreWeek(const WeekSnapshot &snapshot)
{
    if (!isEditable())
        return Result<void>::failure(ErrorKind::ReadOnly, tr("This file is open read-only."));
    auto restored = PlanRepository(*m_db).restore(snapshot);
    if (!restored)
        return restored.error();
    showWeek(snapshot.monday);
    emit sessionsChanged();
    return {};
}

void PlanDocument::replaceDatabase(const std::function<void(std::unique_ptr<Database> &db)> &swap)
{
    emit databaseAboutToBeReplaced();
    // Nothing may read the old database while it is swapped: the week shown is emptied first.
    emit weekAboutToChange();
    m_week.reset();
    m_sessions.clear();
    emit weekChanged();
    setSelectedSessionId(0);
    swap(m_db);
    emit databaseReplaced();
    reload();
    emit sessionsChanged();
}

int PlanDocument::insertionRow(const QList<PlannedSession> &rows, const PlannedSession &session) const
{
    const auto it = std::upper_bound(rows.begin(), rows.end(), session, sessionLess);
    return int(it - rows.begin());
}

void PlanDocument::refreshSession(qint64 id)
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
        else
            emit sessionsChanged();
        return;
    }
    const PlannedSession &s = **stored;
    if (row < 0) {
        const int at = insertionRow(m_sessions, s);
        emit sessionAboutToBeInserted(at);
        m_sessions.insert(at, s);
        emit sessionInserted(at);
    } else {
        QList<PlannedSession> others = m_sessions;
        others.removeAt(row);
        const int to = insertionRow(others, s);
        if (to != row) {
            emit sessionAboutToBeMoved(row, to);
            m_sessions = others;
            m_sessions.insert(to, s);
            emit sessionMoved(row, to);
        } else {
            m_sessions[row] = s;
        }
        emit sessionChanged(to);
    }
    emit sessionsChanged();
}

void PlanDocument::removeSession(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        if (id == m_selectedId)
            setSelectedSessionId(0);
        emit sessionAboutToBeRemoved(row);
        m_sessions.removeAt(row);
        emit sessionRemoved(row);
    }
    emit sessionsChanged();
}

void PlanDocument::resync(qint64 id)
{
    if (const int row = rowOf(id); row >= 0)
        emit sessionChanged(row);
}

void PlanDocument::notifyPainChanged(QDate date)
{
    emit painChanged(date);
}

void PlanDocument::reportSaved(const QString &message)
{
    emit saved(message);
}

void PlanDocument::reportFailure(const Error &error)
{
    reportFailure(notSavedMessage(error.message));
}

void PlanDocument::reportFailure(const QString &message)
{
    emit saveFailed(message);
}

QString notSavedMessage(const QString &reason)
{
    const QString prefix = QCoreApplication::translate("Stridewise::MessageBox", "Not saved:");
    if (reason.startsWith(prefix))
        return reason;
    return QCoreApplication::translate("Stridewise::MessageBox", "Not saved: %1").arg(reason);
}

} // namespace Stridewise
