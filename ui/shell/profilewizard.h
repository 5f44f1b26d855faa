#pragma once

#include "core/model/profile.h"

#include <QList>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Stridewise {

/**
 * The runner's profile, asked a page at a time with sensible defaults: the safety note (first run only),
 * running, the days and time available, the low-impact activities. Every page is checked with core's
 * validateProfile(), so the wizard cannot finish with a profile core would refuse, nor with a longer run on a
 * day the runner does not train.
 */
class ProfileWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SafetyPage,
        RunningPage,
        DaysPage,
        LowImpactPage
    };

    ProfileWizard(const Profile &profile, bool firstRun, QWidget *parent = nullptr);

    Profile profile() const;
    bool isFirstRun() const { return m_firstRun; }
    bool validateCurrentPage() override;

private:
    QWizardPage *createSafetyPage();
    QWizardPage *createRunningPage(const Profile &profile);
    QWizardPage *createDaysPage(const Profile &profile);
    QWizardPage *createLowImpactPage(const Profile &profile);
    QLabel *addErrorLabel(QWizardPage *page);
    void updateLongRunDays();

    bool m_firstRun = false;
    QComboBox *m_experience = nullptr;
    QSpinBox *m_runMinutes = nullptr;
    QSpinBox *m_runDays = nullptr;
    QList<QCheckBox *> m_days; ///< Monday … Sunday
    QComboBox *m_longRunDay = nullptr;
    QSpinBox *m_weekdayMinutes = nullptr;
    QSpinBox *m_weekendMinutes = nullptr;
    QList<QCheckBox *> m_lowImpact; ///< walking, cycling, swimming
    QList<QLabel *> m_errors;
};

} // namespace Stridewise
