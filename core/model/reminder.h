#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace Stridewise {

/**
 * Which reminders the runner wants, and when (Preferences; issue 14). The window and `stridewise remind` read
 * it from the settings and hand it to core, which never reads settings or the clock itself.
 */
struct ReminderSettings
{
    QTime morning{ 7, 30 }; ///< the morning stretch reminder
    QTime evening{ 21, 0 }; ///< the evening stretch reminder
    bool morningStretch = true;
    bool eveningStretch = true;
    bool beforeRun = false; ///< an hour before a planned run
    /** When the runner usually runs in each part of the day (sessions are planned by part of day, not by clock). */
    QTime runMorning{ 7, 0 };
    QTime runMidday{ 12, 30 };
    QTime runEvening{ 18, 0 };
    bool operator==(const ReminderSettings &) const = default;
};

enum class ReminderKind
{
    MorningStretch,
    EveningStretch,
    Run,
};

/**
 * What was shown for one reminder slot of one day, so that no slot is shown twice and Later knows when to come
 * back. Slots: "stretch-morning", "stretch-evening", "run-<session id>".
 */
struct ReminderRecord
{
    QDate date;
    QString slot;
    int sent = 0; ///< how many times it was shown
    int later = 0; ///< how many times the runner chose Later
    QTime dueAgain; ///< when Later brings it back; invalid when it is not to come back
    bool operator==(const ReminderRecord &) const = default;
};

/** A reminder to show now: its words, the session Done ticks, and the answers it offers. */
struct DueReminder
{
    ReminderKind kind = ReminderKind::MorningStretch;
    QDate date;
    QString slot;
    qint64 sessionId = 0;
    QString title; ///< "Hamstring stretch"
    QString body; ///< what to do, in one or two sentences
    bool offersDone = false;
    bool offersLater = false;
    int laterSoFar = 0; ///< Later chosen this many times before
    bool operator==(const DueReminder &) const = default;
};

} // namespace Stridewise
