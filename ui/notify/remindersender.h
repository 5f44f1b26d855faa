#pragma once

#include "core/model/reminder.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

namespace Stridewise {

class Notifier;

/**
 * Shows due reminders as notifications with Done and Later, and says which the runner chose. What Done and Later
 * change is the caller's: the window pushes an undo command, `stridewise remind` writes through core. Shared by
 * both, so the words and buttons are the same wherever a reminder comes from.
 */
class ReminderSender : public QObject
{
    Q_OBJECT

public:
    /** How long a reminder stays up and is waited for (the notification's lifetime). */
    static constexpr int kLifetimeMs = 20 * 60 * 1000;

    explicit ReminderSender(Notifier &notifier, QObject *parent = nullptr);

    /** Shows the reminder; fails when the service refuses it. */
    Result<void> show(const DueReminder &reminder, int lifetimeMs = kLifetimeMs);
    /** Reminders shown and not yet answered, closed or expired. */
    int pendingCount() const { return int(m_pending.size()); }
    /** Takes every pending reminder away (their buttons would reach nobody). */
    void closeAll();

signals:
    void doneChosen(const Stridewise::DueReminder &reminder);
    void laterChosen(const Stridewise::DueReminder &reminder);
    /** The last pending reminder was answered or went away. */
    void allSettled();

private:
    void onAction(uint id, const QString &key);
    void onClosed(uint id);

    Notifier &m_notifier;
    QHash<uint, DueReminder> m_pending;
};

} // namespace Stridewise
