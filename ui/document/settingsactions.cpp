#include "ui/document/settingsactions.h"

#include "ui/document/planactions.h"
#include "ui/document/reminderactions.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/settings.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QWidget>

namespace Stridewise {

SettingsActions::SettingsActions(PlanActions &planActions, ReminderActions &reminders, QWidget *window)
    : QObject(window)
    , m_planActions(planActions)
    , m_reminders(reminders)
    , m_window(window)
{
    m_preferences = new QAction(tr("Pre&ferences…"), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &SettingsActions::showPreferences);

    connect(&Settings::instance(), &Settings::changed, this, [](Settings::Key key) {
        if (key == Settings::Key::Theme)
            Theme::applySetting(Settings::value(Settings::Key::Theme).toString());
    });
}

PreferencesDialog *SettingsActions::showPreferences()
{
    if (!m_dialog) {
        m_dialog = new PreferencesDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &PreferencesDialog::profileRequested, &m_planActions, &PlanActions::editProfile);
        connect(m_dialog, &PreferencesDialog::watchedFolderRequested, this, &SettingsActions::watchedFolderRequested);
        connect(m_dialog, &PreferencesDialog::calendarRequested, this, &SettingsActions::calendarRequested);
        m_dialog->setStatus(Settings::Key::RemindersWhenClosed, m_reminders.timerStatus());
        connect(&m_reminders, &ReminderActions::timerStatusChanged, m_dialog,
            [this](const QString &text) { m_dialog->setStatus(Settings::Key::RemindersWhenClosed, text); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

PreferencesDialog *SettingsActions::preferencesDialog() const
{
    return m_dialog;
}

} // namespace Stridewise
