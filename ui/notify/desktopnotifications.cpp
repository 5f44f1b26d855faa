#include "ui/notify/desktopnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace Stridewise {

namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

QString service()
{
    return QString::fromLatin1(DesktopNotifications::kService);
}

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(service(), kPath, kInterface, method);
}

} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
}

Result<void> DesktopNotifications::checkAvailable()
{
    if (!m_bus.isConnected()) {
        const QString why = m_bus.lastError().message();
        return Result<void>::failure(ErrorKind::NotFound,
            tr("There is no D-Bus session bus to show notifications on%1. Reminders need a desktop session.")
                .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
    // GetCapabilities starts a service that is only activatable, and says which features it has.
    const QDBusMessage reply = m_bus.call(call(QStringLiteral("GetCapabilities")), QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        return Result<void>::failure(ErrorKind::NotFound,
            tr("No notification service answers on the session bus (%1: %2). Start your desktop's notification "
               "daemon, or turn reminders off in Preferences.")
                .arg(service(), reply.errorMessage()));
    }
    m_capabilities = reply.arguments().value(0).toStringList();
    if (!m_connected) {
        m_bus.connect(
            service(), kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(service(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
            SLOT(onNotificationClosed(uint, uint)));
        m_connected = true;
    }
    return {};
}

Result<uint> DesktopNotifications::show(
    const QString &summary, const QString &body, const QList<Action> &actions, int timeoutMs)
{
    if (!m_connected) {
        if (auto available = checkAvailable(); !available)
            return available.error();
    }
    QStringList actionList;
    for (const Action &a : actions)
        actionList << a.key << a.label;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.stridewise.Stridewise"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    // Servers that read markup in the body would eat "<" and "&": say them as text.
    const QString text = m_capabilities.contains(QStringLiteral("body-markup")) ? body.toHtmlEscaped() : body;
    QDBusMessage message = call(QStringLiteral("Notify"));
    message << QStringLiteral("Stridewise") << uint(0) << QStringLiteral("stridewise") << summary << text << actionList
            << hints << timeoutMs;
    const QDBusReply<uint> reply = m_bus.call(message, QDBus::Block, 5000);
    if (!reply.isValid()) {
        return Result<uint>::failure(
            ErrorKind::Storage, tr("The notification service refused the reminder (%1).").arg(reply.error().message()));
    }
    return reply.value();
}

void DesktopNotifications::close(uint id)
{
    QDBusMessage message = call(QStringLiteral("CloseNotification"));
    message << id;
    m_bus.call(message, QDBus::Block, 2000);
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    emit actionInvoked(id, key);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    emit closed(id);
}

} // namespace Stridewise
