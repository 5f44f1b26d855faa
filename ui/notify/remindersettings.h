#pragma once

#include "core/model/reminder.h"

namespace Stridewise {

/** The runner's reminder preferences, read from the one Settings table (the window and `stridewise remind`). */
ReminderSettings reminderSettingsFromPreferences();

} // namespace Stridewise
