#include "ui/week/daycolumn.h"

#include "core/model/names.h"
#include "ui/week/sessioncard.h"
#include "ui/widgets/activitystyle.h"

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

    auto *dayLabel = new QLabel(this);
    dayLabel->setObjectName(QStringLiteral("dayNameLabel"));
    dayLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat).toHtmlEscaped(),
                              QLocale().toString(date, tr("d MMM")).toHtmlEscaped()));
    dayLabel->setAlignment(Qt::AlignCenter);
    if (isToday) {
        QPalette pal = dayLabel->palette();
        pal.setColor(QPalette::WindowText, palette().color(QPalette::HighlightedText));
        dayLabel->setPalette(pal);
        dayLabel->setToolTip(tr("Today"));
    }
    m_layout->addWidget(dayLabel);
}

void DayColumn::setSessions(const QList<PlannedSession> &sessions)
{
    QList<PlannedSession> stretches;
    for (const PlannedSession &s : sessions) {
        if (s.activity == Activity::Stretch)
            stretches << s;
    }
    if (!stretches.isEmpty()) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("stretchRowWidget"));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(6);
        auto *button = new QToolButton(row);
        button->setObjectName(QStringLiteral("stretchToolButton"));
        button->setAutoRaise(true);
        button->setIcon(ActivityStyle::icon(Activity::Stretch));
        button->setIconSize(QSize(14, 14));
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 1px; }"));
        button->setToolTip(tr("Hamstring stretch, twice a day: show how"));
        button->setAccessibleName(tr("Hamstring stretch on %1").arg(QLocale().dayName(m_date.dayOfWeek())));
        const qint64 firstId = stretches.first().id;
        connect(button, &QToolButton::clicked, this, [this, firstId] { emit sessionSelected(firstId); });
        h->addWidget(button);
        for (const PlannedSession &s : std::as_const(stretches)) {
            // No text: two bare ticks fit the narrowest column; tooltips and accessible names say which.
            auto *tick = new QCheckBox(row);
            tick->setObjectName(QStringLiteral("stretchCheckBox"));
            tick->setProperty("sessionId", s.id);
            tick->setChecked(s.isDone());
            tick->setEnabled(m_editable);
            tick->setToolTip(tr("%1, %2: %3")
                                 .arg(s.title, Labels::timeOfDay(s.timeOfDay).toLower(),
                                     s.isDone() ? tr("done") : tr("not done yet")));
            tick->setAccessibleName(tr("%1, %2").arg(s.title, Labels::timeOfDay(s.timeOfDay)));
            const qint64 id = s.id;
            const bool done = s.isDone();
            connect(tick, &QCheckBox::clicked, this, [this, tick, id, done](bool checked) {
                tick->setChecked(done);
                emit tickToggled(id, checked);
            });
            h->addWidget(tick);
        }
        h->addStretch();
        m_layout->addWidget(row);
    }

    bool any = false;
    for (const PlannedSession &s : sessions) {
        if (s.activity == Activity::Stretch)
            continue;
        any = true;
        auto *card = new SessionCard(s, m_editable, this);
        connect(card, &SessionCard::selected, this, &DayColumn::sessionSelected);
        connect(card, &SessionCard::tickToggled, this, &DayColumn::tickToggled);
        connect(card, &SessionCard::activated, this, &DayColumn::sessionActivated);
        connect(card, &SessionCard::navigate, this, &DayColumn::navigate);
        m_cards << card;
        m_layout->addWidget(card);
    }
    if (!any) {
        auto *rest = new QLabel(sessions.isEmpty() ? tr("No plan") : tr("Rest day"), this);
        rest->setObjectName(QStringLiteral("restDayLabel"));
        rest->setAlignment(Qt::AlignCenter);
        QPalette muted = rest->palette();
        muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        rest->setPalette(muted);
        m_layout->addWidget(rest);
    }
    m_layout->addStretch();
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
    p.setPen(QPen(border, m_isToday || m_dropHover ? 2 : 1));
    p.setBrush(fill);
    p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8);
    if (m_isToday) {
        // The header band of today's column in the highlight colour.
        QPainterPath clip;
        clip.addRoundedRect(r.adjusted(1, 1, -1, -1), 8, 8);
        p.setClipPath(clip);
        const QWidget *header = m_layout->itemAt(0)->widget();
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
