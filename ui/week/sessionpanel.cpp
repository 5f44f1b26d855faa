#include "ui/week/sessionpanel.h"

#include "core/model/names.h"
#include "core/model/plannedsession.h"
#include "core/model/units.h"
#include "core/plan/rules.h"
#include "ui/document/plandocument.h"
#include "ui/shell/settings.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wraplabel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stridewise {

namespace {

QString stepLine(const StructureStep &step)
{
    QString amount;
    if (step.sets > 0 && step.holdSeconds > 0) {
        amount = SessionPanel::tr("%1 × %2 s hold").arg(step.sets).arg(step.holdSeconds);
    } else if (step.sets > 0 && step.reps > 0) {
        amount = SessionPanel::tr("%1 × %2").arg(step.sets).arg(step.reps);
    } else if (step.minutes > 0) {
        amount = ActivityStyle::minutes(step.minutes);
    } else if (step.holdSeconds > 0) {
        amount = SessionPanel::tr("%1 s hold").arg(step.holdSeconds);
    }
    if (step.perSide && !amount.isEmpty())
        amount += SessionPanel::tr(" per side");
    QString part;
    switch (step.part) {
    case StepPart::WarmUp:
        part = SessionPanel::tr("Warm-up");
        break;
    case StepPart::Main:
        part = SessionPanel::tr("Main part");
        break;
    case StepPart::CoolDown:
        part = SessionPanel::tr("Cool-down");
        break;
    case StepPart::Exercise:
        part = SessionPanel::tr("Exercise");
        break;
    }
    return QStringLiteral("<li><b>%1:</b> %2%3</li>")
        .arg(part.toHtmlEscaped(), step.text.toHtmlEscaped(),
            amount.isEmpty() ? QString() : QStringLiteral(" — ") + amount.toHtmlEscaped());
}

} // namespace

SessionPanel::SessionPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("sessionPanelWidget"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("sessionIconLabel"));
    m_title = new WrapLabel(this);
    m_title->setObjectName(QStringLiteral("sessionTitleLabel"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);

    m_details = new WrapLabel(this);
    m_details->setObjectName(QStringLiteral("sessionDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(false);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("rule:")))
            emit ruleLinkActivated(link.mid(5));
    });

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_details);
    contentLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("sessionScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_buttons = new QWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    setSession(std::nullopt);

    connect(&m_document, &PlanDocument::selectionChanged, this, [this] {
        setSession(m_document.selectedSession());
        m_scroll->verticalScrollBar()->setValue(0); // another session: start at its title
    });
    connect(&m_document, &PlanDocument::sessionChanged, this, [this](int row) {
        if (m_document.sessions().at(row).id == m_document.selectedSessionId())
            setSession(m_document.selectedSession()); // the same session, changed: keep the place
    });
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Units)
            setSession(m_document.selectedSession()); // distances in the other unit
    });
}

void SessionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setSession(m_document.selectedSession()); // the "done" colour is chosen for the palette
}

void SessionPanel::setActions(const QList<QAction *> &actions)
{
    auto *grid = new QGridLayout(m_buttons);
    grid->setContentsMargins(8, 0, 8, 8);
    grid->setSpacing(4);
    // Three to a row, with the actions' short words (their icon text), so the details keep the room.
    for (int i = 0; i < actions.size(); ++i) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(actions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(button, i / 3, i % 3);
    }
}

QString SessionPanel::detailsText() const
{
    return m_details->text();
}

void SessionPanel::setSession(const std::optional<PlannedSession> &session)
{
    if (!session) {
        m_icon->clear();
        m_title->setText(tr("No session selected"));
        m_details->setText(tr("<p>Click a session in the week (or move to it with the arrow keys) to see how to do it "
                              "and why it is in your plan.</p>"));
        return;
    }
    const PlannedSession &s = *session;
    m_icon->setPixmap(ActivityStyle::icon(s.activity).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_title->setText(s.title);
    QString html = QStringLiteral("<p>%1 · %2<br>%3 · %4</p>")
                       .arg(QLocale().toString(s.date, QLocale::LongFormat).toHtmlEscaped(),
                           Labels::timeOfDay(s.timeOfDay).toHtmlEscaped(), ActivityStyle::minutes(s.minutes),
                           ActivityStyle::effortWithWord(s.rpe).toHtmlEscaped());
    if (s.isDone()) {
        const Completion &c = *s.completion;
        QString done = tr("Done: %1, %2").arg(ActivityStyle::minutes(c.minutes), ActivityStyle::effortWithWord(c.rpe));
        if (c.pain)
            done += tr(", back pain after %1/10").arg(*c.pain);
        // Issue 12: what the recording says, the shoe, and whether the effort is still the planned one.
        QString recorded;
        if (c.distanceMeters && *c.distanceMeters > 0)
            recorded = Units::distanceAndPace(s.activity, *c.distanceMeters, c.minutes, Settings::distanceUnit());
        if (!c.shoeName.isEmpty())
            recorded += (recorded.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("in %1").arg(c.shoeName);
        recorded = recorded.toHtmlEscaped();
        if (c.needsEffort)
            recorded += (recorded.isEmpty() ? QString() : QStringLiteral("<br>"))
                + QStringLiteral("<b>%1</b>")
                      .arg(tr("Needs your effort: Tick Off… to give it; the planned effort counts until then.")
                               .toHtmlEscaped());
        html += QStringLiteral("<p style='color:%1'><b>✓ %2</b>%3%4</p>")
                    .arg(Theme::doneText(palette()).name(), done.toHtmlEscaped(),
                        recorded.isEmpty() ? QString() : QStringLiteral("<br>") + recorded,
                        c.note.isEmpty() ? QString() : QStringLiteral("<br>") + c.note.toHtmlEscaped());
    } else if (s.isSkipped()) {
        html += QStringLiteral("<p><b>%1</b>%2</p>")
                    .arg(tr("Skipped").toHtmlEscaped(),
                        s.completion->note.isEmpty() ? QString()
                                                     : QStringLiteral(": ") + s.completion->note.toHtmlEscaped());
    }
    if (!s.structure.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(tr("How").toHtmlEscaped());
        for (const StructureStep &step : s.structure)
            html += stepLine(step);
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why").toHtmlEscaped(), s.reason.toHtmlEscaped());
    if (const auto rule = ruleById(s.rule)) {
        html += QStringLiteral("<p><a href='rule:%1'>%2</a><br>%3</p>")
                    .arg(rule->id.toHtmlEscaped(), tr("Rule %1: %2").arg(rule->number).arg(rule->title).toHtmlEscaped(),
                        tr("Evidence: %1").arg(Labels::evidence(rule->strength).toLower()).toHtmlEscaped());
    } else if (s.manual) {
        html += QStringLiteral("<p>%1</p>").arg(tr("You added this session yourself.").toHtmlEscaped());
    }
    m_details->setText(html);
}

} // namespace Stridewise
