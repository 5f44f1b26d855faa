#include "ui/week/sessiondialog.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/formwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stridewise {

SessionDialog::SessionDialog(const PlannedSession &session, QWidget *parent)
    : QDialog(parent)
    , m_original(session)
{
    const bool adding = session.id == 0;
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(adding ? tr("Add a session") : tr("Edit: %1").arg(session.title));

    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("activityComboBox"));
    for (Activity a :
        { Activity::Run, Activity::Walk, Activity::Cycle, Activity::Swim, Activity::Strength, Activity::Stretch })
        m_activity->addItem(ActivityStyle::icon(a), Labels::activity(a), QVariant::fromValue(a));
    m_activity->setCurrentIndex(m_activity->findData(QVariant::fromValue(session.activity)));
    m_activity->setEnabled(adding);
    m_activity->setAccessibleName(tr("Activity"));

    m_title = new QLineEdit(session.title, this);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setMaxLength(Limits::kMaxTitleLength);
    m_title->setAccessibleName(tr("Title"));
    if (adding) {
        m_title->setText(Labels::activity(session.activity));
        connect(m_activity, &QComboBox::currentIndexChanged, this,
            [this] { m_title->setText(Labels::activity(m_activity->currentData().value<Activity>())); });
    }

    m_date = new QDateEdit(session.date, this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_date->setAccessibleName(tr("Day"));

    m_timeOfDay = new QComboBox(this);
    m_timeOfDay->setObjectName(QStringLiteral("timeOfDayComboBox"));
    for (TimeOfDay t : { TimeOfDay::Morning, TimeOfDay::Midday, TimeOfDay::Evening })
        m_timeOfDay->addItem(Labels::timeOfDay(t), QVariant::fromValue(t));
    m_timeOfDay->setCurrentIndex(m_timeOfDay->findData(QVariant::fromValue(session.timeOfDay)));
    m_timeOfDay->setAccessibleName(tr("Time of day"));

    m_minutes =
        FormWidgets::minutesSpinBox(QStringLiteral("minutesSpinBox"), tr("Planned minutes"), session.minutes, this);
    m_effort = FormWidgets::scoreSpinBox(
        QStringLiteral("targetEffortSpinBox"), tr("Target effort, 0 to 10"), session.rpe, this);
    m_borg = new QLabel(Labels::borgWord(m_effort->value()), this);
    m_borg->setObjectName(QStringLiteral("borgLabel"));
    connect(m_effort, &QSpinBox::valueChanged, this, [this](int v) { m_borg->setText(Labels::borgWord(v)); });
    auto *effortRow = new QHBoxLayout;
    effortRow->addWidget(m_effort);
    effortRow->addWidget(m_borg, 1);

    m_error = FormWidgets::errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Activity:"), m_activity);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("Time of d&ay:"), m_timeOfDay);
    form->addRow(tr("&Minutes:"), m_minutes);
    auto *effortLabel = new QLabel(tr("Target &effort:"), this);
    effortLabel->setBuddy(m_effort);
    form->addRow(effortLabel, effortRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

PlannedSession SessionDialog::session() const
{
    PlannedSession s = m_original;
    s.activity = m_activity->currentData().value<Activity>();
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.timeOfDay = m_timeOfDay->currentData().value<TimeOfDay>();
    s.minutes = m_minutes->value();
    s.rpe = m_effort->value();
    if (s.id == 0) {
        s.reason = tr("Added by hand.");
        s.manual = true;
    }
    return s;
}

void SessionDialog::accept()
{
    if (const Result<void> valid = validateSession(session()); !valid) {
        m_error->setText(valid.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Stridewise
