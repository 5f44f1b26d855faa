#include "ui/shell/profilewizard.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/plan/rules.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Stridewise {

namespace {
const QList<Activity> kLowImpact{ Activity::Walk, Activity::Cycle, Activity::Swim };

QString camelName(QString name)
{
    // "leg-pain" → "legPain", for objectNames
    for (qsizetype i = name.indexOf(QLatin1Char('-')); i >= 0; i = name.indexOf(QLatin1Char('-'))) {
        name.remove(i, 1);
        if (i < name.size())
            name[i] = name.at(i).toUpper();
    }
    return name;
}
} // namespace

ProfileWizard::ProfileWizard(const Profile &profile, bool firstRun, QWidget *parent)
    : QWizard(parent)
    , m_firstRun(firstRun)
{
    setObjectName(QStringLiteral("profileWizard"));
    setWindowTitle(firstRun ? tr("Welcome to Stridewise") : tr("Your profile"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, ActivityStyle::appIcon().pixmap(QSize(48, 48), devicePixelRatioF()));
    if (firstRun)
        setPage(SafetyPage, createSafetyPage());
    setPage(RunningPage, createRunningPage(profile));
    setPage(DaysPage, createDaysPage(profile));
    setPage(LowImpactPage, createLowImpactPage(profile));
    setStartId(firstRun ? SafetyPage : RunningPage);
    setButtonText(QWizard::FinishButton, firstRun ? tr("&Plan my week") : tr("&Save"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    setMinimumSize(560, 440);
}

QLabel *ProfileWizard::addErrorLabel(QWizardPage *page)
{
    QLabel *error = FormWidgets::errorLabel(page, QStringLiteral("profileErrorLabel"));
    m_errors << error;
    return error;
}

QWizardPage *ProfileWizard::createSafetyPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("safetyWizardPage"));
    page->setTitle(tr("Before you start"));
    page->setSubTitle(tr("Stridewise plans running weeks that look after your back."));
    auto *note = new QLabel(page);
    note->setObjectName(QStringLiteral("safetyNoteLabel"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    note->setText(tr("<p><b>%1</b></p>"
                     "<p>Stop and see a clinician if you get pain down a leg with numbness, tingling or weakness, "
                     "or night pain that does not ease. Go to urgent care the same day for new trouble passing urine, "
                     "loss of bladder or bowel control, or numbness between the legs.</p>"
                     "<p>The next pages ask what the planner needs. Every answer has a sensible default and can be "
                     "changed later with Edit ▸ Profile…</p>")
                      .arg(safetyNote().toHtmlEscaped()));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

QWizardPage *ProfileWizard::createRunningPage(const Profile &profile)
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("runningWizardPage"));
    page->setTitle(tr("Your running"));
    page->setSubTitle(tr("Plans start from what you do now and grow slowly."));
    m_experience = new QComboBox(page);
    m_experience->setObjectName(QStringLiteral("experienceComboBox"));
    for (Experience e : { Experience::New, Experience::Returning, Experience::Regular })
        m_experience->addItem(Labels::experience(e), QVariant::fromValue(e));
    m_experience->setCurrentIndex(m_experience->findData(QVariant::fromValue(profile.experience)));
    m_experience->setAccessibleName(tr("Running experience"));
    m_runMinutes = new QSpinBox(page);
    m_runMinutes->setObjectName(QStringLiteral("runMinutesSpinBox"));
    m_runMinutes->setRange(0, Limits::kMaxWeeklyRunMinutes);
    m_runMinutes->setSingleStep(5);
    m_runMinutes->setSuffix(tr(" min a week"));
    m_runMinutes->setValue(profile.runMinutes);
    m_runMinutes->setAccessibleName(tr("Running minutes in a typical recent week"));
    m_runDays = new QSpinBox(page);
    m_runDays->setObjectName(QStringLiteral("runDaysSpinBox"));
    m_runDays->setRange(Limits::kMinRunDays, Limits::kMaxRunDays);
    m_runDays->setSuffix(tr(" days a week"));
    m_runDays->setValue(profile.runDays);
    m_runDays->setAccessibleName(tr("Running days wanted a week"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Experience:"), m_experience);
    form->addRow(tr("&Running in a typical recent week:"), m_runMinutes);
    form->addRow(tr("Running &days wanted:"), m_runDays);
    form->addRow(addErrorLabel(page));
    return page;
}

QWizardPage *ProfileWizard::createDaysPage(const Profile &profile)
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("daysWizardPage"));
    page->setTitle(tr("Your days"));
    page->setSubTitle(tr("Sessions go only on days you have, and never longer than the time you have."));
    auto *grid = new QGridLayout;
    m_longRunDay = new QComboBox(page);
    m_longRunDay->setObjectName(QStringLiteral("longRunDayComboBox"));
    m_longRunDay->setAccessibleName(tr("Day for the longer run"));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const auto day = Qt::DayOfWeek(d);
        auto *box = new QCheckBox(Labels::weekday(day), page);
        box->setObjectName(Names::weekday(day) + QStringLiteral("CheckBox"));
        box->setChecked(profile.isAvailable(day));
        grid->addWidget(box, (d - 1) % 4, (d - 1) / 4);
        m_days << box;
        m_longRunDay->addItem(Labels::weekday(day), d);
        connect(box, &QCheckBox::toggled, this, &ProfileWizard::updateLongRunDays);
    }
    m_longRunDay->setCurrentIndex(m_longRunDay->findData(int(profile.longRunDay)));
    updateLongRunDays();
    m_weekdayMinutes = new QSpinBox(page);
    m_weekdayMinutes->setObjectName(QStringLiteral("weekdayMinutesSpinBox"));
    m_weekdayMinutes->setRange(1, Limits::kMaxDayMinutes);
    m_weekdayMinutes->setSingleStep(5);
    m_weekdayMinutes->setSuffix(tr(" min"));
    m_weekdayMinutes->setValue(profile.weekdayMinutes);
    m_weekdayMinutes->setAccessibleName(tr("Most minutes available on a weekday"));
    m_weekendMinutes = new QSpinBox(page);
    m_weekendMinutes->setObjectName(QStringLiteral("weekendMinutesSpinBox"));
    m_weekendMinutes->setRange(1, Limits::kMaxDayMinutes);
    m_weekendMinutes->setSingleStep(5);
    m_weekendMinutes->setSuffix(tr(" min"));
    m_weekendMinutes->setValue(profile.weekendMinutes);
    m_weekendMinutes->setAccessibleName(tr("Most minutes available on a Saturday or Sunday"));
    auto *form = new QFormLayout(page);
    form->addRow(new QLabel(tr("Days you can train:"), page));
    form->addRow(grid);
    form->addRow(tr("&Longer run on:"), m_longRunDay);
    form->addRow(tr("Time on a &weekday, at most:"), m_weekdayMinutes);
    form->addRow(tr("Time on a week&end day, at most:"), m_weekendMinutes);
    form->addRow(addErrorLabel(page));
    return page;
}

QWizardPage *ProfileWizard::createLowImpactPage(const Profile &profile)
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("lowImpactWizardPage"));
    page->setTitle(tr("Easy on the back"));
    page->setSubTitle(tr("Low-impact sessions keep you fit when running has to ease off. Pick what you enjoy."));
    auto *layout = new QVBoxLayout(page);
    for (Activity a : kLowImpact) {
        auto *box = new QCheckBox(Labels::activity(a), page);
        box->setObjectName(camelName(Names::lowImpact(a)) + QStringLiteral("CheckBox"));
        box->setIcon(ActivityStyle::icon(a));
        box->setChecked(profile.lowImpact.contains(a));
        layout->addWidget(box);
        m_lowImpact << box;
    }
    layout->addWidget(addErrorLabel(page));
    layout->addStretch();
    return page;
}

Profile ProfileWizard::profile() const
{
    Profile p;
    p.experience = m_experience->currentData().value<Experience>();
    p.runMinutes = m_runMinutes->value();
    p.runDays = m_runDays->value();
    p.days.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            p.days << Qt::DayOfWeek(i + 1);
    }
    p.longRunDay = Qt::DayOfWeek(m_longRunDay->currentData().toInt());
    p.weekdayMinutes = m_weekdayMinutes->value();
    p.weekendMinutes = m_weekendMinutes->value();
    p.lowImpact.clear();
    for (int i = 0; i < m_lowImpact.size(); ++i) {
        if (m_lowImpact.at(i)->isChecked())
            p.lowImpact << kLowImpact.at(i);
    }
    return p;
}

void ProfileWizard::updateLongRunDays()
{
    // Only a day the runner trains on can hold the longer run: the others are offered greyed out.
    auto *items = qobject_cast<QStandardItemModel *>(m_longRunDay->model());
    for (int i = 0; items && i < m_days.size(); ++i)
        items->item(i)->setEnabled(m_days.at(i)->isChecked());
}

bool ProfileWizard::validateCurrentPage()
{
    if (currentId() == SafetyPage)
        return true;
    // Each page shows core's verdict on the whole profile; later pages still hold valid defaults.
    const Profile p = profile();
    const Result<void> valid = validateProfile(p);
    QString message = valid ? QString() : valid.message();
    if (message.isEmpty() && currentId() >= DaysPage && !p.isAvailable(p.longRunDay)) {
        // Core would plan the run on another day without a word; the runner decides here instead.
        message = tr("%1 is not one of your training days: tick it, or choose another day for the longer run.")
                      .arg(Labels::weekday(p.longRunDay));
    }
    QLabel *error = currentPage()->findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
    if (error) {
        error->setText(message);
        error->setVisible(!message.isEmpty());
    }
    return message.isEmpty();
}

} // namespace Stridewise
