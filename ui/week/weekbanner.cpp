#include "ui/week/weekbanner.h"

#include "core/model/names.h"
#include "core/plan/redflags.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "ui/document/plandocument.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/wraplabel.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

WeekBanner::WeekBanner(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("weekBannerWidget"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 0);
    m_layout->setSpacing(4);
    hide();
    connect(&m_document, &PlanDocument::weekChanged, this, &WeekBanner::refresh);
    connect(&m_document, &PlanDocument::painChanged, this, &WeekBanner::refresh);
    connect(&m_document, &PlanDocument::todayChanged, this, &WeekBanner::refresh);
    connect(&m_document, &PlanDocument::saveFailed, this, [this](const QString &message) {
        m_lastFailure = message;
        refresh();
    });
    connect(&m_document, &PlanDocument::saved, this, [this] {
        if (!m_lastFailure.isEmpty()) {
            m_lastFailure.clear();
            refresh();
        }
    });
    connect(&m_document, &PlanDocument::databaseReplaced, this, [this] {
        m_lastFailure.clear();
        refresh();
    });
}

void WeekBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        display(m_messages); // the calm messages' tints follow a switch between the light and the dark look
}

void WeekBanner::refresh()
{
    display(compose());
}

QList<WeekBanner::Message> WeekBanner::compose() const
{
    QList<Message> messages;
    if (!m_document.hasDatabase())
        return messages;
    Database &db = m_document.database();
    if (db.isReadOnly()) {
        const QString reason = db.readOnlyReason();
        messages << Message{ Level::ReadOnly,
            reason.isEmpty() ? tr("This file is open read-only, so nothing can be changed or saved: %1")
                                   .arg(QDir::toNativeSeparators(db.path()))
                             : tr("This file is open read-only because %1, so nothing can be changed or saved: %2")
                                   .arg(reason, QDir::toNativeSeparators(db.path())) };
    }
    if (!m_lastFailure.isEmpty())
        messages << Message{ Level::SaveFailed, m_lastFailure };

    // The red flags pending on the week's last day seen (its Sunday, or today in the week in progress), from the core.
    const QDate day = qMin(m_document.monday().addDays(6), m_document.today());
    const auto status = Planner(db).redFlagStatus(day);
    const bool pending = status && status->pending;
    const std::optional<Week> &week = m_document.week();
    const bool plannedAround = week && week->redFlag;
    // The plan's own red-flag message is the one red banner when the plan already answers what was logged.
    const bool planSays = pending && plannedAround && (!status->urgent || week->urgent);
    if (pending && !planSays) {
        messages << Message{ status->urgent ? Level::Urgent : Level::RedFlag, RedFlags::banner(*status),
            !db.isReadOnly() };
    }
    if (!pending && plannedAround) {
        messages << Message{ Level::Adaptation,
            m_document.isWeekOver()
                ? tr("This week was planned without running and strength because of red-flag symptoms that are no "
                     "longer in your log.")
                : tr("This week was planned without running and strength because of red-flag symptoms that are no "
                     "longer in your log. Plan ▸ Re-plan the Rest of the Week (Ctrl+Shift+R) plans them again.") };
    }
    if (week) {
        bool offered = false; // one clearance button, on the plan's first red-flag message
        for (const Adaptation &a : week->adaptations) {
            if (a.rule.startsWith(QLatin1String("red-flag"))) {
                if (planSays) {
                    messages << Message{ week->urgent ? Level::Urgent : Level::RedFlag, a.message,
                        !db.isReadOnly() && !offered };
                    offered = true;
                }
                continue; // otherwise the banner above says it, in today's words
            }
            messages << Message{ Level::Adaptation, a.message };
        }
        for (const QString &text : week->unsatisfied)
            messages << Message{ Level::NotFitted, text };
    }
    return messages;
}

void WeekBanner::display(QList<Message> messages)
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
        auto *label = new WrapLabel(m.text, frame);
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
        if (m.offersClearance) {
            auto *clear = new QPushButton(tr("A Clinician Has Seen Me…"), frame);
            clear->setObjectName(QStringLiteral("clearanceButton"));
            clear->setToolTip(tr("Record that a clinician has seen you about these symptoms. Until then running and "
                                 "strength stay out of your plans."));
            connect(clear, &QPushButton::clicked, this, &WeekBanner::clearanceRequested);
            h->addWidget(clear, 0, Qt::AlignVCenter);
        }
        m_layout->addWidget(frame);
        frame->show(); // now, not when the layout gets round to it: the message must not wait
    }
    setVisible(!m_messages.isEmpty());
}

} // namespace Stridewise
