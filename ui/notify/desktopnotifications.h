#pragma once

#include "ui/notify/notifier.h"

#include <QDBusConnection>
#include <QStringList>

namespace Stridewise {

/**
 * The freedesktop Notifications service (org.freedesktop.Notifications on the session bus), through QtDBus: the
 * one place Stridewise speaks to it. Core knows nothing of D-Bus.
 */
class DesktopNotifications : public Notifier
{
    Q_OBJECT

public:
    static constexpr const char *kService = "org.freedesktop.Notifications";

    explicit DesktopNotifications(
        const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    /**
     * Whether a notification service answers on the bus (one that is started on demand counts). Fails with a
     * message that says what is missing: the session bus, or the service on it.
     */
    Result<void> checkAvailable();

    Result<uint> show(
        const QString &summary, const QString &body, const QList<Action> &actions, int timeoutMs) override;
    void close(uint id) override;
    bool supportsActions() const override { return m_capabilities.contains(QStringLiteral("actions")); }

private slots:
    // QtDBus connects D-Bus signals only by slot signature (it has no functor overload in Qt 6.4).
    void onActionInvoked(uint id, const QString &key);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    bool m_connected = false;
};

} // namespace Stridewise
