#include "ui/week/sessioncard.h"

#include "core/model/names.h"
#include "core/model/units.h"
#include "ui/shell/settings.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wraplabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDrag>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace Stridewise {

SessionCard::SessionCard(const PlannedSession &session, bool editable, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sessionCard"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // grows with wrapped titles (height for width)

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("activityIconLabel"));

    m_checkBox = new QCheckBox(this);
    m_checkBox->setObjectName(QStringLiteral("doneCheckBox"));
    m_checkBox->setFocusPolicy(Qt::NoFocus); // the card takes focus; Space on it ticks
    connect(m_checkBox, &QCheckBox::clicked, this, [this](bool checked) {
        m_checkBox->setChecked(m_session.isDone()); // show the saved state until the save succeeds
        emit selected(m_session.id);
        emit tickToggled(m_session.id, checked);
    });

    m_titleLabel = new WrapLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);

    m_detailLabel = new WrapLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    Theme::setMuted(m_detailLabel);

    // Issue 12: an imported tick waits for the runner's effort and back pain after.
    m_needsEffortLabel = new WrapLabel(tr("Needs your effort"), this);
    m_needsEffortLabel->setObjectName(QStringLiteral("needsEffortLabel"));
    m_needsEffortLabel->setWordWrap(true);
    m_needsEffortLabel->setToolTip(tr("Imported from a recording. Double-click (or press Enter) to give your effort "
                                      "and back pain after; until then the planned effort counts."));
    QFont marker = m_needsEffortLabel->font();
    marker.setBold(true);
    m_needsEffortLabel->setFont(marker);
    m_needsEffortLabel->setForegroundRole(QPalette::Link);
    m_needsEffortLabel->hide();
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Units)
            showDetail();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_iconLabel);
    top->addStretch();
    top->addWidget(m_checkBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(9, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_needsEffortLabel);

    m_session.id = -1; // nothing shown yet: the first setSession() fills everything in
    setSession(session, editable);
}

void SessionCard::setSession(const PlannedSession &session, bool editable)
{
    if (session == m_session && editable == m_editable)
        return;
    const bool activityChanged = m_session.id < 0 || session.activity != m_session.activity;
    m_session = session;
    m_editable = editable;
    setProperty("sessionId", session.id);
    if (activityChanged) {
        m_iconLabel->setPixmap(ActivityStyle::icon(session.activity).pixmap(QSize(22, 22), devicePixelRatioF()));
        m_iconLabel->setToolTip(Labels::activity(session.activity));
        m_iconLabel->setAccessibleName(Labels::activity(session.activity));
    }
    m_checkBox->setChecked(session.isDone());
    m_checkBox->setEnabled(editable);
    m_checkBox->setAccessibleName(tr("Done: %1").arg(session.title));
    m_checkBox->setToolTip(session.isDone() ? tr("Done. Click to untick.") : tr("Tick off as done…"));

    m_titleLabel->setText(session.title);
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(session.isSkipped());
    m_titleLabel->setFont(bold);

    showDetail();

    QString state = session.isDone() ? tr("done") : session.isSkipped() ? tr("skipped") : tr("not done yet");
    if (session.isDone() && session.completion->needsEffort)
        state = tr("done, needs your effort");
    setAccessibleName(tr("%1, %2, %3, %4")
                          .arg(session.title, ActivityStyle::minutes(session.minutes),
                              ActivityStyle::effortWithWord(session.rpe), state));
    setToolTip(session.reason);
    update();
}

void SessionCard::showDetail()
{
    const PlannedSession &session = m_session;
    QString detail;
    if (session.isDone()) {
        const Completion &c = *session.completion;
        detail = tr("Done: %1").arg(ActivityStyle::minutes(c.minutes));
        if (c.distanceMeters && *c.distanceMeters > 0)
            detail += QLatin1Char('\n')
                + Units::distanceAndPace(session.activity, *c.distanceMeters, c.minutes, Settings::distanceUnit());
    } else if (session.isSkipped()) {
        detail = tr("Skipped");
    } else {
        detail = ActivityStyle::minutes(session.minutes) + QLatin1Char('\n') + ActivityStyle::effort(session.rpe);
    }
    m_detailLabel->setText(detail);
    m_needsEffortLabel->setVisible(session.isDone() && session.completion->needsEffort);
}

void SessionCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void SessionCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = palette().color(QPalette::Base);
    if (m_session.isDone()) {
        // Green for done in either look; the activity keeps its colour in the bar on the left.
        const QColor tint = Theme::doneTint();
        const qreal share = Theme::isDark(palette()) ? 0.22 : 0.12;
        fill = QColor::fromRgbF(fill.redF() * (1 - share) + tint.redF() * share,
            fill.greenF() * (1 - share) + tint.greenF() * share, fill.blueF() * (1 - share) + tint.blueF() * share);
    } else if (m_session.isSkipped()) {
        fill = palette().color(QPalette::Window);
    }
    QColor border = palette().color(QPalette::Mid);
    qreal width = 1.0;
    if (m_selected || hasFocus()) {
        border = palette().color(QPalette::Highlight);
        width = 2.0;
    } else if (underMouse()) {
        border = palette().color(QPalette::Dark);
    }
    p.setPen(QPen(border, width));
    p.setBrush(fill);
    p.drawRoundedRect(r.adjusted(width / 2, width / 2, -width / 2, -width / 2), 6, 6);
    // Accent bar in the activity's colour on the left edge.
    QPainterPath clip;
    clip.addRoundedRect(r, 6, 6);
    p.setClipPath(clip);
    p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), ActivityStyle::color(m_session.activity));
}

void SessionCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    emit selected(m_session.id);
    QFrame::mousePressEvent(event);
}

void SessionCard::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_editable || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), QByteArray::number(m_session.id));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab());
    drag->setHotSpot(m_pressPos);
    drag->exec(Qt::MoveAction);
}

void SessionCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    emit activated(m_session.id);
    QFrame::mouseDoubleClickEvent(event);
}

void SessionCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (m_editable)
            emit tickToggled(m_session.id, !m_session.isDone());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activated(m_session.id);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier) {
            const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
            const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
            emit navigate(m_session.id, dx, dy);
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

void SessionCard::focusInEvent(QFocusEvent *event)
{
    emit selected(m_session.id);
    update();
    QFrame::focusInEvent(event);
}

void SessionCard::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

} // namespace Stridewise
