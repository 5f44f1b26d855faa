#include "ui/notify/remindersender.h"

#include "core/service/reminders.h"
#include "ui/notify/notifier.h"

namespace Stridewise {

namespace {
const QString kDone = QStringLiteral("done");
const QString kLater = QStringLiteral("later");
} // namespace

ReminderSender::ReminderSender(Notifier &notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
{
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderSender::onAction);
    connect(&m_notifier, &Notifier::closed, this, &ReminderSender::onClosed);
}

Result<void> ReminderSender::show(const DueReminder &reminder, int lifetimeMs)
{
    QList<Notifier::Action> actions;
    QString body = reminder.body;
    if (reminder.offersDone) {
        actions << Notifier::Action{ kDone, tr("Done") };
        if (reminder.offersLater)
            actions << Notifier::Action{ kLater, tr("Later (%n min)", nullptr, Reminders::kLaterMinutes) };
        if (!m_notifier.supportsActions())
            body += QLatin1Char(' ') + tr("Tick it off in Stridewise when you have done it.");
    }
    auto id = m_notifier.show(reminder.title, body, actions, lifetimeMs);
    if (!id)
        return id.error();
    if (reminder.offersDone && m_notifier.supportsActions())
        m_pending.insert(*id, reminder);
    return {};
}

void ReminderSender::closeAll()
{
    const QList<uint> ids = m_pending.keys();
    m_pending.clear();
    for (uint id : ids)
        m_notifier.close(id);
    emit allSettled();
}

void ReminderSender::onAction(uint id, const QString &key)
{
    if (!m_pending.contains(id))
        return; // another program's notification, or one answered already
    const DueReminder reminder = m_pending.take(id);
    if (key == kDone)
        emit doneChosen(reminder);
    else if (key == kLater)
        emit laterChosen(reminder);
    // Servers do not always close a notification after an action; ours is answered.
    m_notifier.close(id);
    if (m_pending.isEmpty())
        emit allSettled();
}

void ReminderSender::onClosed(uint id)
{
    if (!m_pending.remove(id))
        return;
    if (m_pending.isEmpty())
        emit allSettled();
}

} // namespace Stridewise
