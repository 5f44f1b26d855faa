#include "ui/week/daycolumn.h"

#include "core/model/names.h"
#include "ui/week/sessioncard.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stridewise {

namespace {

/** The words beside a stretch tick: short, so two fit the narrowest column. */
QString tickLabel(TimeOfDay time)
{
    switch (time) {
    case TimeOfDay::Morning:
        return DayColumn::tr("AM", "morning stretch tick");
    case TimeOfDay::Midday:
        return DayColumn::tr("Noon", "midday stretch tick");
    case TimeOfDay::Evening:
        return DayColumn::tr("PM", "evening stretch tick");
    }
    return {};
}

/** Takes a widget out of the column now (findChild no longer sees it) and deletes it once control returns to the
 * event loop: it may be in the middle of emitting the signal that led here. */
void discard(QWidget *widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

} // namespace

DayColumn::DayColumn(QDate date, bool isToday, bool editable, QWidget *parent)
    : QFrame(parent)
    , m_date(date)
    , m_isToday(isToday)
    , m_editable(editable)
{
    setObjectName(QStringLiteral("dayColumnFrame"));
    setAcceptDrops(editable);
    setMinimumWidth(92);
    setAccessibleName(QLocale().toString(date, QLocale::LongFormat) + (isToday ? tr(", today") : QString()));

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 5, 4, 5);
    m_layout->setSpacing(6);

    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayNameLabel"));
    m_dayLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                            .arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat).toHtmlEscaped(),
                                QLocale().toString(date, tr("d MMM")).toHtmlEscaped()));
    m_dayLabel->setAlignment(Qt::AlignCenter);
    if (isToday) {
        // On the highlight band painted behind it, in the palette's colour for text on a highlight.
        m_dayLabel->setForegroundRole(QPalette::HighlightedText);
        m_dayLabel->setToolTip(tr("Today"));
    }
    m_layout->addWidget(m_dayLabel);

    m_stretchRow = new QWidget(this);
    m_stretchRow->setObjectName(QStringLiteral("stretchRowWidget"));
    auto *stretchRow = new QHBoxLayout(m_stretchRow);
    stretchRow->setContentsMargins(0, 0, 0, 0);
    stretchRow->setSpacing(4);
    // The ticks one under the other, each with its words: two side by side do not fit the narrowest column.
    m_stretchLayout = new QVBoxLayout;
    m_stretchLayout->setContentsMargins(0, 0, 0, 0);
    m_stretchLayout->setSpacing(0);
    m_stretchButton = new QToolButton(m_stretchRow);
    m_stretchButton->setObjectName(QStringLiteral("stretchToolButton"));
    m_stretchButton->setAutoRaise(true);
    m_stretchButton->setIcon(ActivityStyle::icon(Activity::Stretch));
    m_stretchButton->setIconSize(QSize(18, 18));
    m_stretchButton->setStyleSheet(QStringLiteral("QToolButton { padding: 1px; }"));
    m_stretchButton->setToolTip(tr("Hamstring stretch, twice a day: show how"));
    m_stretchButton->setAccessibleName(tr("Hamstring stretch on %1").arg(QLocale().dayName(date.dayOfWeek())));
    connect(m_stretchButton, &QToolButton::clicked, this, [this] {
        if (!m_ticks.isEmpty())
            emit sessionSelected(m_ticks.first()->property("sessionId").toLongLong());
    });
    stretchRow->addWidget(m_stretchButton, 0, Qt::AlignVCenter);
    stretchRow->addLayout(m_stretchLayout);
    stretchRow->addStretch();
    m_stretchRow->hide();
    m_layout->addWidget(m_stretchRow);

    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(6);
    m_layout->addLayout(m_cardsLayout);

    m_restLabel = new QLabel(this);
    m_restLabel->setObjectName(QStringLiteral("restDayLabel"));
    m_restLabel->setAlignment(Qt::AlignCenter);
    Theme::setMuted(m_restLabel);
    m_layout->addWidget(m_restLabel);
    m_layout->addStretch();
}

QWidget *DayColumn::widgetFor(qint64 id) const
{
    for (QCheckBox *tick : m_ticks) {
        if (tick->property("sessionId").toLongLong() == id)
            return tick;
    }
    for (SessionCard *card : m_cards) {
        if (card->sessionId() == id)
            return card;
    }
    return nullptr;
}

QCheckBox *DayColumn::newTick(const PlannedSession &session)
{
    auto *tick = new QCheckBox(m_stretchRow);
    tick->setObjectName(QStringLiteral("stretchCheckBox"));
    tick->setProperty("sessionId", session.id);
    const qint64 id = session.id;
    connect(tick, &QCheckBox::clicked, this, [this, tick, id](bool checked) {
        tick->setChecked(m_shown.value(id).isDone()); // the saved state until the save succeeds
        emit tickToggled(id, checked);
    });
    return tick;
}

void DayColumn::showTick(QCheckBox *tick, const PlannedSession &s)
{
    const qint64 id = s.id;
    if (m_shown.contains(id) && m_shown.value(id) == s && tick->isEnabled() == m_editable)
        return;
    m_shown.insert(id, s);
    tick->setText(tickLabel(s.timeOfDay));
    tick->setChecked(s.isDone());
    tick->setEnabled(m_editable);
    tick->setToolTip(
        tr("%1, %2: %3")
            .arg(s.title, Labels::timeOfDay(s.timeOfDay).toLower(), s.isDone() ? tr("done") : tr("not done yet")));
    // Which stretch of which day: a screen reader moving between the ticks hears the whole week otherwise.
    tick->setAccessibleName(tr("%1, %2, %3")
                                .arg(s.title, Labels::timeOfDay(s.timeOfDay),
                                    QLocale().toString(s.date, tr("dddd d MMMM", "stretch tick: the day"))));
}

SessionCard *DayColumn::newCard(const PlannedSession &session)
{
    auto *card = new SessionCard(session, m_editable, this);
    connect(card, &SessionCard::selected, this, &DayColumn::sessionSelected);
    connect(card, &SessionCard::tickToggled, this, &DayColumn::tickToggled);
    connect(card, &SessionCard::activated, this, &DayColumn::sessionActivated);
    connect(card, &SessionCard::navigate, this, &DayColumn::navigate);
    return card;
}

void DayColumn::setSessions(const QList<PlannedSession> &sessions, bool editable)
{
    m_editable = editable;
    setAcceptDrops(editable);

    // Stretch ticks: keep those still there, add new ones, drop the rest, in the sessions' order.
    QList<QCheckBox *> ticks;
    QList<SessionCard *> cards;
    for (const PlannedSession &s : sessions) {
        if (s.activity == Activity::Stretch) {
            QCheckBox *tick = qobject_cast<QCheckBox *>(widgetFor(s.id));
            if (!tick)
                tick = newTick(s);
            showTick(tick, s);
            ticks << tick;
        } else {
            auto *card = qobject_cast<SessionCard *>(widgetFor(s.id));
            if (card)
                card->setSession(s, editable);
            else
                card = newCard(s);
            cards << card;
        }
    }
    for (QCheckBox *tick : std::as_const(m_ticks)) {
        if (!ticks.contains(tick)) {
            m_shown.remove(tick->property("sessionId").toLongLong());
            discard(tick);
        }
    }
    for (SessionCard *card : std::as_const(m_cards)) {
        if (!cards.contains(card))
            discard(card);
    }
    if (ticks != m_ticks) {
        for (QCheckBox *tick : std::as_const(ticks))
            m_stretchLayout->removeWidget(tick);
        for (int i = 0; i < ticks.size(); ++i)
            m_stretchLayout->insertWidget(i, ticks.at(i));
    }
    if (cards != m_cards) {
        for (SessionCard *card : std::as_const(cards))
            m_cardsLayout->removeWidget(card);
        for (int i = 0; i < cards.size(); ++i)
            m_cardsLayout->insertWidget(i, cards.at(i));
    }
    for (QCheckBox *tick : std::as_const(ticks))
        tick->show();
    for (SessionCard *card : std::as_const(cards))
        card->show();
    m_ticks = ticks;
    m_cards = cards;
    m_stretchRow->setVisible(!m_ticks.isEmpty());
    m_restLabel->setText(sessions.isEmpty() ? tr("No plan") : tr("Rest day"));
    m_restLabel->setVisible(m_cards.isEmpty());
}

void DayColumn::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = palette().color(QPalette::AlternateBase);
    QColor border = palette().color(QPalette::Midlight);
    if (m_isToday)
        border = palette().color(QPalette::Highlight);
    if (m_dropHover) {
        fill = palette().color(QPalette::Highlight);
        fill.setAlpha(60);
    }
    const QRectF body = r.adjusted(1, 1, -1, -1);
    constexpr qreal kRadius = 8;
    const QPen pen(border, m_isToday || m_dropHover ? 2 : 1);
    if (fill.alpha() == 255) {
        // Filling a tall rounded rectangle with antialiasing cost a start about 1M instructions a column (issue 15):
        // the straight parts are plain rectangles, only the corners need antialiasing. A see-through fill would
        // show where the parts meet, so it takes the slow path.
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.drawRect(body.adjusted(kRadius, 0, -kRadius, 0));
        p.drawRect(QRectF(body.left(), body.top() + kRadius, kRadius, body.height() - 2 * kRadius));
        p.drawRect(QRectF(body.right() - kRadius, body.top() + kRadius, kRadius, body.height() - 2 * kRadius));
        p.setRenderHint(QPainter::Antialiasing, true);
        const QSizeF corner(2 * kRadius, 2 * kRadius);
        p.drawPie(QRectF(body.topLeft(), corner), 90 * 16, 90 * 16);
        p.drawPie(QRectF(QPointF(body.right() - 2 * kRadius, body.top()), corner), 0, 90 * 16);
        p.drawPie(QRectF(QPointF(body.left(), body.bottom() - 2 * kRadius), corner), 180 * 16, 90 * 16);
        p.drawPie(QRectF(QPointF(body.right() - 2 * kRadius, body.bottom() - 2 * kRadius), corner), 270 * 16, 90 * 16);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(pen);
        p.setBrush(fill);
    }
    p.drawRoundedRect(body, kRadius, kRadius);
    if (m_isToday) {
        // The header band of today's column in the highlight colour.
        QPainterPath clip;
        clip.addRoundedRect(body, kRadius, kRadius);
        p.setClipPath(clip);
        const QWidget *header = m_dayLabel;
        p.fillRect(QRectF(r.left(), r.top(), r.width(), header->geometry().bottom() + 4),
            palette().color(QPalette::Highlight));
    }
}

void DayColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && event->mimeData()->hasFormat(QString::fromLatin1(SessionCard::kMimeType))) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_dropHover = true;
        update();
    }
}

void DayColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropHover = false;
    update();
    QFrame::dragLeaveEvent(event);
}

void DayColumn::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    update();
    bool ok = false;
    const qint64 id = event->mimeData()->data(QString::fromLatin1(SessionCard::kMimeType)).toLongLong(&ok);
    if (!m_editable || !ok)
        return;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit moveRequested(id, m_date);
}

} // namespace Stridewise
