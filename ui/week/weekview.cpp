#include "ui/week/weekview.h"

#include "ui/document/plandocument.h"
#include "ui/week/daycolumn.h"
#include "ui/week/sessioncard.h"
#include "ui/week/weekmodel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QResizeEvent>
#include <QScrollArea>

namespace Stridewise {

WeekView::WeekView(WeekModel &model, PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_document(document)
{
    setObjectName(QStringLiteral("weekViewWidget"));
    setAccessibleName(tr("Week plan"));
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("weekScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    connect(&m_model, &QAbstractItemModel::modelReset, this, &WeekView::rebuild);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &WeekView::rebuild);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { updateRows(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { remember(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateDays({}); });
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeMoved, this,
        [this](const QModelIndex &, int first, int last) { remember(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int first, int last, const QModelIndex &, int row) {
            // Where the rows are now: row counts before the move, so rows moved down sit just above it.
            const int count = last - first + 1;
            const int at = row > first ? row - count : row;
            updateRows(at, at + count - 1);
        });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            updateRows(topLeft.row(), bottomRight.row());
        });
    connect(&m_document, &PlanDocument::selectionChanged, this, &WeekView::showSelection);
    connect(&m_document, &PlanDocument::todayChanged, this, &WeekView::rebuild);
    connect(&m_document, &PlanDocument::databaseReplaced, this, &WeekView::rebuild);
    rebuild();
}

qint64 WeekView::selectedSessionId() const
{
    return m_document.selectedSessionId();
}

void WeekView::selectSession(qint64 id)
{
    m_document.setSelectedSessionId(id);
}

QList<SessionCard *> WeekView::cards() const
{
    QList<SessionCard *> out;
    for (DayColumn *column : m_columns)
        out << column->cards();
    return out;
}

SessionCard *WeekView::cardFor(qint64 id) const
{
    return qobject_cast<SessionCard *>(widgetFor(id));
}

QWidget *WeekView::widgetFor(qint64 id) const
{
    for (DayColumn *column : m_columns) {
        if (QWidget *w = column->widgetFor(id))
            return w;
    }
    return nullptr;
}

bool WeekView::isListLayout() const
{
    return m_daysLayout && m_daysLayout->direction() == QBoxLayout::TopToBottom;
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayoutDirection();
}

void WeekView::updateLayoutDirection()
{
    if (!m_daysLayout)
        return;
    const bool narrow = width() < kColumnsMinWidth;
    m_daysLayout->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_scrollArea->setHorizontalScrollBarPolicy(narrow ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
}

void WeekView::rebuild()
{
    // Another week (or today moved): new columns. The old ones may be emitting the signal that led here.
    const bool hadFocus = m_content && m_content->isAncestorOf(QApplication::focusWidget());
    if (m_content) {
        QWidget *old = m_scrollArea->takeWidget();
        old->hide();
        old->deleteLater();
    }
    m_columns.clear();
    m_pending.clear();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("weekDaysWidget"));
    m_daysLayout = new QBoxLayout(QBoxLayout::LeftToRight, m_content);
    m_daysLayout->setContentsMargins(6, 6, 6, 6);
    m_daysLayout->setSpacing(6);

    const QDate monday = m_document.monday();
    for (int d = 0; d < 7 && monday.isValid(); ++d) {
        const QDate date = monday.addDays(d);
        auto *column = new DayColumn(date, date == m_document.today(), m_document.isEditable(), m_content);
        connect(column, &DayColumn::sessionSelected, this, &WeekView::selectSession);
        connect(column, &DayColumn::tickToggled, this, &WeekView::tickToggled);
        connect(column, &DayColumn::sessionActivated, this, &WeekView::sessionActivated);
        connect(column, &DayColumn::moveRequested, this, &WeekView::moveRequested);
        connect(column, &DayColumn::navigate, this, &WeekView::navigate);
        m_daysLayout->addWidget(column, 1);
        m_columns << column;
    }
    m_scrollArea->setWidget(m_content);
    updateLayoutDirection();
    QSet<QDate> all;
    for (DayColumn *column : std::as_const(m_columns))
        all.insert(column->date());
    updateDays(all);
    if (hadFocus) {
        if (QWidget *w = widgetFor(selectedSessionId()))
            w->setFocus();
    }
}

void WeekView::remember(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_pending.insert(m_model.session(row).date);
}

void WeekView::updateRows(int first, int last)
{
    QSet<QDate> days;
    for (int row = first; row <= last && row < m_model.rowCount(); ++row)
        days.insert(m_model.session(row).date);
    updateDays(days);
}

void WeekView::updateDays(const QSet<QDate> &days)
{
    QSet<QDate> touched = days;
    touched.unite(m_pending);
    m_pending.clear();
    if (touched.isEmpty() || m_columns.isEmpty())
        return;
    // Where the keyboard is, by session: a card that moves to another day is a new widget there.
    QWidget *focus = QApplication::focusWidget();
    const qint64 focusedId =
        focus && m_content->isAncestorOf(focus) ? focus->property("sessionId").toLongLong() : qint64(0);

    for (DayColumn *column : std::as_const(m_columns)) {
        if (!touched.contains(column->date()))
            continue;
        QList<PlannedSession> sessions;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (m_model.session(row).date == column->date())
                sessions << m_model.session(row);
        }
        column->setSessions(sessions, m_document.isEditable());
    }
    showSelection();
    if (focusedId != 0) {
        QWidget *now = QApplication::focusWidget();
        if (!now || now->property("sessionId").toLongLong() != focusedId) {
            if (QWidget *w = widgetFor(focusedId))
                w->setFocus(Qt::OtherFocusReason);
        }
    }
}

void WeekView::showSelection()
{
    const qint64 id = selectedSessionId();
    for (SessionCard *card : cards())
        card->setSelected(card->sessionId() == id);
}

void WeekView::navigate(qint64 id, int dx, int dy)
{
    int col = -1;
    int index = -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int i = int(m_columns.at(c)->cards().indexOf(cardFor(id)));
        if (i >= 0) {
            col = c;
            index = i;
        }
    }
    if (col < 0)
        return;
    if (dy != 0) {
        const auto &list = m_columns.at(col)->cards();
        const int next = index + dy;
        if (next >= 0 && next < list.size())
            list.at(next)->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (int c = col + dx; c >= 0 && c < m_columns.size(); c += dx) {
        const auto &list = m_columns.at(c)->cards();
        if (!list.isEmpty()) {
            list.at(qMin(index, int(list.size()) - 1))->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace Stridewise
