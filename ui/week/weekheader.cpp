#include "ui/week/weekheader.h"

#include "core/model/isoweek.h"
#include "core/model/plannedsession.h"
#include "ui/document/plandocument.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

WeekHeader::WeekHeader(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("weekHeaderWidget"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("weekTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("weekSummaryLabel"));
    Theme::setMuted(m_summary);
    m_planButton = new QPushButton(this);
    m_planButton->setObjectName(QStringLiteral("planPushButton"));
    connect(m_planButton, &QPushButton::clicked, this, &WeekHeader::planRequested);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 0);
    layout->addLayout(titles, 1);
    layout->addWidget(m_planButton, 0, Qt::AlignVCenter);

    connect(&m_document, &PlanDocument::weekChanged, this, &WeekHeader::refresh);
    connect(&m_document, &PlanDocument::sessionsChanged, this, &WeekHeader::refresh);
    connect(&m_document, &PlanDocument::profileChanged, this, &WeekHeader::refresh);
    connect(&m_document, &PlanDocument::todayChanged, this, &WeekHeader::refresh);
    refresh();
}

void WeekHeader::refresh()
{
    const QDate monday = m_document.monday();
    if (!monday.isValid())
        return;
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    const QString range = monday.month() == sunday.month()
        ? tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, tr("d MMMM yyyy")))
        : tr("%1 – %2").arg(locale.toString(monday, tr("d MMM")), locale.toString(sunday, tr("d MMM yyyy")));
    const qint64 weeksAway = IsoWeek::mondayOf(m_document.today()).daysTo(monday) / 7;
    QString when;
    if (weeksAway == 0)
        when = tr("This week");
    else if (weeksAway == 1)
        when = tr("Next week");
    else if (weeksAway == -1)
        when = tr("Last week");
    m_title->setText(when.isEmpty() ? tr("Week %1 · %2").arg(monday.weekNumber()).arg(range)
                                    : tr("%1 · week %2 · %3").arg(when).arg(monday.weekNumber()).arg(range));
    m_title->setAccessibleName(m_title->text());

    int planned = 0;
    int done = 0;
    int runPlanned = 0;
    for (const PlannedSession &s : m_document.sessions()) {
        if (s.activity == Activity::Stretch)
            continue;
        ++planned;
        done += s.isDone() ? 1 : 0;
        if (s.activity == Activity::Run)
            runPlanned += s.minutes;
    }
    const bool profile = m_document.hasProfile();
    if (!m_document.hasPlan()) {
        m_summary->setText(profile ? tr("No plan for this week yet.") : tr("Fill in your profile to get a plan."));
    } else {
        m_summary->setText(tr("%1 of %2 sessions done · %3 of running planned")
                               .arg(done)
                               .arg(planned)
                               .arg(ActivityStyle::minutes(runPlanned)));
    }
    const bool editable = m_document.isEditable();
    m_planButton->setVisible(editable && !m_document.hasPlan());
    m_planButton->setText(profile ? tr("Plan this week") : tr("Fill in your profile…"));
    m_planButton->setEnabled(editable);
}

} // namespace Stridewise
