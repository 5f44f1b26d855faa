#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Stridewise {

class PlanActions;
class PreferencesDialog;
class ReminderActions;

/**
 * Edit ▸ Preferences… (Ctrl+,) and what a preference changes in the running program at once: the theme switches
 * every widget the moment it is chosen. The reminders act on their own settings (ReminderActions).
 */
class SettingsActions : public QObject
{
    Q_OBJECT

public:
    SettingsActions(PlanActions &planActions, ReminderActions &reminders, QWidget *window);

    QAction *preferencesAction() const { return m_preferences; }
    /** Opens Preferences (or brings it to the front). */
    PreferencesDialog *showPreferences();
    /** The open Preferences dialog, or null. */
    PreferencesDialog *preferencesDialog() const;

signals:
    /** Preferences asked for the open data file's watched folder or calendar (their own dialogs). */
    void watchedFolderRequested();
    void calendarRequested();

private:
    PlanActions &m_planActions;
    ReminderActions &m_reminders;
    QWidget *m_window = nullptr;
    QAction *m_preferences = nullptr;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace Stridewise
