#pragma once

#include <QDate>
#include <QObject>
#include <QTime>

#include <memory>

class QTimer;
class QWidget;

namespace Stridewise {

class Notifier;
class PlanDocument;
class ReminderSender;
class WindowBus;
struct DueReminder;

/**
 * The stretch and run reminders while the window is open (issue 14), and the timer that brings them with it
 * closed. Every half minute it asks core what is due, shows it through the Notifier (the desktop's notification
 * service), and remembers what it showed. Done pushes an undo command (the tick shows at once and Edit ▸ Undo takes
 * it back); Later is remembered for 30 minutes.
 *
 * It also answers `stridewise remind` over D-Bus (WindowBus) when a reminder shown with the window closed is
 * answered after the window opened, and writes or removes the systemd user timer when the runner changes
 * "Remind me when Stridewise is closed" in Preferences.
 */
class ReminderActions : public QObject
{
    Q_OBJECT

public:
    ReminderActions(PlanDocument &document, QWidget *window);
    ~ReminderActions() override;

    /**
     * Starts reminding by the clock and takes the window's name on the session bus. The program calls it; tests
     * drive check() with a fake Notifier instead, so no real time or bus can reach them.
     */
    void start();
    /** Uses notifier instead of the desktop's service (tests); the ReminderActions do not own it. */
    void setNotifier(Notifier *notifier);

    /** Shows what is due at now on today; returns how many reminders it showed. */
    int check(QDate today, QTime now);
    /** Done from a reminder: ticks the session as planned through the undo stack. Returns an error, or empty. */
    QString completeFromReminder(qint64 sessionId);
    /** Later from a reminder: it comes back in 30 minutes. Returns an error, or empty. */
    QString remindLater(QDate date, const QString &slot, QTime now);

    /** What the reminder timer (systemd) did last, or whether it is in place, for Preferences. */
    QString timerStatus() const;

signals:
    /** Something to say in the status bar (0: until the next message). */
    void message(const QString &text, int timeoutMs);
    void timerStatusChanged(const QString &text);

private:
    void onSettingChanged(int key);
    void updateTimer();
    Notifier &notifier();

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QTimer *m_clock = nullptr;
    std::unique_ptr<Notifier> m_ownNotifier;
    Notifier *m_notifier = nullptr;
    std::unique_ptr<ReminderSender> m_sender;
    std::unique_ptr<WindowBus> m_bus;
    bool m_unavailableSaid = false;
    QString m_timerStatus;
};

} // namespace Stridewise
