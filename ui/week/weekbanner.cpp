#include "ui/week/weekbanner.h"

#include "ui/widgets/formwidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

namespace {

struct Look
{
    const char *objectName;
    QColor background;
    QColor text;
    QStyle::StandardPixmap icon;
};

Look lookOf(WeekBanner::Level level, bool dark)
{
    switch (level) {
    case WeekBanner::Level::Urgent:
        return { "urgentBannerLabel", QColor(0x8E, 0x0F, 0x0F), Qt::white, QStyle::SP_MessageBoxCritical };
    case WeekBanner::Level::RedFlag:
        return { "redFlagBannerLabel", FormWidgets::alertRed(), Qt::white, QStyle::SP_MessageBoxCritical };
    case WeekBanner::Level::ReadOnly:
        return { "readOnlyBannerLabel", QColor(0x45, 0x5A, 0x64), Qt::white, QStyle::SP_MessageBoxInformation };
    case WeekBanner::Level::SaveFailed:
        return { "saveFailedBannerLabel", QColor(0xE6, 0x51, 0x00), Qt::white, QStyle::SP_MessageBoxWarning };
    case WeekBanner::Level::Adaptation:
        if (dark) {
            return { "adaptationBannerLabel", QColor(0x5C, 0x46, 0x0A), QColor(0xFF, 0xF3, 0xCD),
                QStyle::SP_MessageBoxInformation };
        }
        return { "adaptationBannerLabel", QColor(0xFF, 0xF3, 0xCD), QColor(0x4D, 0x3A, 0x00),
            QStyle::SP_MessageBoxInformation };
    case WeekBanner::Level::NotFitted:
        if (dark) {
            return { "notFittedBannerLabel", QColor(0x1C, 0x3D, 0x5E), QColor(0xE3, 0xF2, 0xFD),
                QStyle::SP_MessageBoxInformation };
        }
        return { "notFittedBannerLabel", QColor(0xE3, 0xF2, 0xFD), QColor(0x0D, 0x3C, 0x61),
            QStyle::SP_MessageBoxInformation };
    }
    return { "bannerLabel", Qt::lightGray, Qt::black, QStyle::SP_MessageBoxInformation };
}

} // namespace

WeekBanner::WeekBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekBannerWidget"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 0);
    m_layout->setSpacing(4);
    hide();
}

void WeekBanner::setMessages(QList<Message> messages)
{
    std::stable_sort(messages.begin(), messages.end(),
        [](const Message &a, const Message &b) { return int(a.level) < int(b.level); });
    m_messages = messages;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr); // gone for findChild() at once; deleted when control returns to the loop
            w->deleteLater();
        }
        delete item;
    }
    for (const Message &m : std::as_const(m_messages)) {
        // Follow the palette: the calm messages get dark tints on a dark desktop; red stays red everywhere.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        const Look look = lookOf(m.level, dark);
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("bannerFrame"));
        frame->setAutoFillBackground(true);
        QPalette pal = frame->palette();
        pal.setColor(QPalette::Window, look.background);
        pal.setColor(QPalette::WindowText, look.text);
        frame->setPalette(pal);
        auto *icon = new QLabel(frame);
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(style()->standardIcon(look.icon).pixmap(QSize(side, side), devicePixelRatioF()));
        auto *label = new QLabel(m.text, frame);
        label->setObjectName(QString::fromLatin1(look.objectName));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (m.level == Level::Urgent || m.level == Level::RedFlag) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        label->setAccessibleName(m.text);
        auto *h = new QHBoxLayout(frame);
        h->setContentsMargins(10, 6, 10, 6);
        h->addWidget(icon, 0, Qt::AlignTop);
        h->addWidget(label, 1);
        m_layout->addWidget(frame);
        frame->show(); // now, not when the layout gets round to it: the message must not wait
    }
    setVisible(!m_messages.isEmpty());
}

} // namespace Stridewise
