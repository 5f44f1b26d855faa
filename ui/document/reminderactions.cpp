#include "ui/document/reminderactions.h"

#include "core/service/reminders.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/document/plandocument.h"
#include "ui/notify/desktopnotifications.h"
#include "ui/notify/remindersender.h"
#include "ui/notify/remindersettings.h"
#include "ui/notify/remindertimer.h"
#include "ui/notify/windowbus.h"
#include "ui/shell/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTimer>
#include <QWidget>

namespace Stridewise {

ReminderActions::ReminderActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    connect(&Settings::instance(), &Settings::changed, this,
        [this](Settings::Key key) { onSettingChanged(static_cast<int>(key)); });
}

ReminderActions::~ReminderActions()
{
    if (m_sender)
        m_sender->closeAll(); // their Done would reach a window that is gone
}

void ReminderActions::start()
{
    if (!m_bus) {
        m_bus = std::make_unique<WindowBus>([this](qint64 id) { return completeFromReminder(id); },
            [this](QDate date, const QString &slot, QTime now) { return remindLater(date, slot, now); });
        if (m_document.hasDatabase())
            m_bus->registerFor(m_document.database().path());
    }
    if (!m_clock) {
        m_clock = new QTimer(this);
        m_clock->setInterval(30 * 1000);
        connect(m_clock, &QTimer::timeout, this, [this] { check(QDate::currentDate(), QTime::currentTime()); });
        m_clock->start();
        QTimer::singleShot(2000, this, [this] { check(QDate::currentDate(), QTime::currentTime()); });
    }
}

void ReminderActions::setNotifier(Notifier *notifier)
{
    if (m_sender)
        m_sender->closeAll();
    m_sender.reset();
    m_notifier = notifier;
}

Notifier &ReminderActions::notifier()
{
    if (!m_notifier) {
        m_ownNotifier = std::make_unique<DesktopNotifications>();
        m_notifier = m_ownNotifier.get();
    }
    return *m_notifier;
}

int ReminderActions::check(QDate today, QTime now)
{
    if (!m_document.isEditable())
        return 0;
    const ReminderSettings settings = reminderSettingsFromPreferences();
    ReminderService service(m_document.database());
    const auto due = service.due(settings, today, now);
    if (!due) {
        emit message(tr("Reminders: %1").arg(due.message()), 0);
        return 0;
    }
    if (due->isEmpty())
        return 0;
    if (!m_sender) {
        m_sender = std::make_unique<ReminderSender>(notifier());
        connect(m_sender.get(), &ReminderSender::doneChosen, this, [this](const DueReminder &r) {
            if (const QString error = completeFromReminder(r.sessionId); !error.isEmpty())
                emit message(error, 0);
        });
        connect(m_sender.get(), &ReminderSender::laterChosen, this, [this](const DueReminder &r) {
            if (const QString error = remindLater(r.date, r.slot, QTime::currentTime()); !error.isEmpty())
                emit message(error, 0);
        });
    }
    QList<DueReminder> shown;
    for (const DueReminder &r : *due) {
        if (auto sent = m_sender->show(r); !sent) {
            // Said once: the service may come back (a desktop restart), and the next check tries again.
            if (!m_unavailableSaid)
                emit message(tr("Reminder not shown: %1").arg(sent.message()), 0);
            m_unavailableSaid = true;
            break;
        }
        shown << r;
    }
    if (shown.isEmpty())
        return 0;
    m_unavailableSaid = false;
    if (auto saved = service.markShown(shown); !saved)
        emit message(tr("Reminders: %1").arg(saved.message()), 0);
    return int(shown.size());
}

QString ReminderActions::completeFromReminder(qint64 sessionId)
{
    if (!m_document.isEditable())
        return tr("The plan is open read-only: tick the session off when it can be written.");
    auto stored = PlanRepository(m_document.database()).session(sessionId);
    if (!stored)
        return stored.message();
    if (!stored->has_value())
        return tr("Session %1 is no longer in the plan.").arg(sessionId);
    const PlannedSession &s = **stored;
    if (s.completion)
        return {}; // ticked or skipped here already: the runner's own record stands
    QUndoStack *stack = m_document.undoStack();
    const int before = stack->count();
    stack->push(CompleteSessionCommand::asPlanned(m_document, s));
    if (stack->count() == before) // refused: the command made itself obsolete and the document said why
        return tr("Not saved: %1 from the reminder.").arg(s.title);
    return {};
}

QString ReminderActions::remindLater(QDate date, const QString &slot, QTime now)
{
    if (!m_document.isEditable())
        return tr("The plan is open read-only: Later cannot be remembered.");
    auto again = ReminderService(m_document.database()).markLater(date, slot, now);
    if (!again)
        return again.message();
    if (again->isValid())
        emit message(tr("Reminder again at %1.").arg(QLocale().toString(*again, QLocale::ShortFormat)), 6000);
    return {};
}

QString ReminderActions::timerStatus() const
{
    if (!m_timerStatus.isEmpty())
        return m_timerStatus;
    const bool wanted = Settings::value(Settings::Key::RemindersWhenClosed).toBool();
    if (ReminderTimer::isInstalled())
        return tr("In place: %1").arg(QDir::toNativeSeparators(ReminderTimer::timerPath()));
    return wanted ? tr("The timer is not in place (removed outside Stridewise?): untick and tick again to write it.")
                  : QString();
}

void ReminderActions::onSettingChanged(int key)
{
    if (static_cast<Settings::Key>(key) == Settings::Key::RemindersWhenClosed)
        updateTimer();
}

void ReminderActions::updateTimer()
{
    const bool wanted = Settings::value(Settings::Key::RemindersWhenClosed).toBool();
    Result<QString> done = wanted && m_document.hasDatabase()
        ? ReminderTimer::install(QCoreApplication::applicationFilePath(), m_document.database().path())
        : ReminderTimer::remove();
    m_timerStatus = done ? *done : done.message();
    emit timerStatusChanged(m_timerStatus);
    emit message(m_timerStatus, 8000);
}

} // namespace Stridewise
