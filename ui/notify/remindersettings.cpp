#include "ui/notify/remindersettings.h"

#include "ui/shell/settings.h"

namespace Stridewise {

namespace {

/** A time as Preferences saves it ("07:30"); the table's default when the saved text is not a time. */
QTime timeSetting(Settings::Key key)
{
    const QTime saved = QTime::fromString(Settings::value(key).toString(), QStringLiteral("HH:mm"));
    return saved.isValid() ? saved
                           : QTime::fromString(Settings::entry(key).defaultValue.toString(), QStringLiteral("HH:mm"));
}

} // namespace

ReminderSettings reminderSettingsFromPreferences()
{
    using K = Settings::Key;
    ReminderSettings s;
    s.morning = timeSetting(K::ReminderMorningTime);
    s.evening = timeSetting(K::ReminderEveningTime);
    s.morningStretch = Settings::value(K::ReminderMorningStretch).toBool();
    s.eveningStretch = Settings::value(K::ReminderEveningStretch).toBool();
    s.beforeRun = Settings::value(K::ReminderBeforeRun).toBool();
    s.runMorning = timeSetting(K::RunTimeMorning);
    s.runMidday = timeSetting(K::RunTimeMidday);
    s.runEvening = timeSetting(K::RunTimeEvening);
    return s;
}

} // namespace Stridewise
