#include "ui/week/weekview.h"

#include "ui/week/daycolumn.h"
#include "ui/week/sessioncard.h"
#include "ui/week/weekmodel.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <QScrollArea>

namespace Stridewise {

WeekView::WeekView(WeekModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_today(QDate::currentDate())
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
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &WeekView::rebuild);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &WeekView::rebuild);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &WeekView::rebuild);
    rebuild();
}

void WeekView::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void WeekView::selectSession(qint64 id)
{
    m_selectedId = id;
    for (SessionCard *card : cards())
        card->setSelected(card->sessionId() == id);
    emit sessionSelected(id);
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
    for (SessionCard *card : cards()) {
        if (card->sessionId() == id)
            return card;
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
    const bool hadFocus = m_content && m_content->isAncestorOf(focusWidget());
    // The old days may be in the middle of emitting the signal that led here: delete them later.
    if (m_content) {
        QWidget *old = m_scrollArea->takeWidget();
        old->hide();
        old->deleteLater();
    }
    m_columns.clear();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("weekDaysWidget"));
    m_daysLayout = new QBoxLayout(QBoxLayout::LeftToRight, m_content);
    m_daysLayout->setContentsMargins(6, 6, 6, 6);
    m_daysLayout->setSpacing(6);

    const QDate monday = m_model.monday();
    QList<QList<PlannedSession>> days(7);
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const PlannedSession &s = m_model.session(row);
        const qint64 offset = monday.daysTo(s.date);
        if (offset >= 0 && offset < 7)
            days[offset] << s;
    }
    bool selectionExists = false;
    for (int d = 0; d < 7 && monday.isValid(); ++d) {
        const QDate date = monday.addDays(d);
        auto *column = new DayColumn(date, date == m_today, m_model.isEditable(), m_content);
        column->setSessions(days.at(d));
        connect(column, &DayColumn::sessionSelected, this, &WeekView::selectSession);
        connect(column, &DayColumn::tickToggled, this, &WeekView::tickToggled);
        connect(column, &DayColumn::sessionActivated, this, &WeekView::sessionActivated);
        connect(column, &DayColumn::moveRequested, this, &WeekView::moveRequested);
        connect(column, &DayColumn::navigate, this, &WeekView::navigate);
        for (const PlannedSession &s : days.at(d))
            selectionExists = selectionExists || s.id == m_selectedId;
        m_daysLayout->addWidget(column, 1);
        m_columns << column;
    }
    m_scrollArea->setWidget(m_content);
    updateLayoutDirection();
    if (!selectionExists && m_selectedId != 0) {
        selectSession(0);
    } else {
        for (SessionCard *card : cards())
            card->setSelected(card->sessionId() == m_selectedId);
        emit sessionSelected(m_selectedId); // its details may have changed
    }
    if (hadFocus) {
        if (SessionCard *card = cardFor(m_selectedId))
            card->setFocus();
    }
}

void WeekView::navigate(qint64 id, int dx, int dy)
{
    int col = -1;
    int index = -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int i = m_columns.at(c)->cards().indexOf(cardFor(id));
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
