#include "ui/notify/windowbus.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QFileInfo>

namespace Stridewise {

namespace {

const QString kInterface = QStringLiteral("org.stridewise.Stridewise.Window");

/** The file as the lock knows it: symlinks followed, so every way to name the file finds the same window. */
QString realPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

Result<void> callWindow(const QString &databasePath, const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        WindowBus::serviceName(databasePath), WindowBus::objectPath(), kInterface, method);
    message.setArguments(arguments);
    const QDBusReply<QString> reply = QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
    if (!reply.isValid()) {
        return Result<void>::failure(ErrorKind::Locked,
            WindowBus::tr("The Stridewise window did not answer (%1).").arg(reply.error().message()));
    }
    if (!reply.value().isEmpty())
        return Result<void>::failure(ErrorKind::Storage, reply.value());
    return {};
}

} // namespace

WindowBus::WindowBus(Complete complete, Later later, QObject *parent)
    : QObject(parent)
    , m_complete(std::move(complete))
    , m_later(std::move(later))
{
}

WindowBus::~WindowBus()
{
    if (!m_service.isEmpty()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(objectPath());
        bus.unregisterService(m_service);
    }
}

QString WindowBus::serviceName(const QString &databasePath)
{
    const QByteArray hash = QCryptographicHash::hash(realPath(databasePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    // A bus name element must not begin with a digit: "f" for file.
    return QStringLiteral("org.stridewise.Stridewise.f") + QString::fromLatin1(hash.left(16));
}

QString WindowBus::objectPath()
{
    return QStringLiteral("/org/stridewise/Stridewise");
}

bool WindowBus::registerFor(const QString &databasePath)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QString name = serviceName(databasePath);
    if (!bus.registerObject(objectPath(), this, QDBusConnection::ExportScriptableSlots))
        return false;
    if (!bus.registerService(name)) {
        bus.unregisterObject(objectPath());
        return false;
    }
    m_service = name;
    return true;
}

bool WindowBus::isWindowOpen(const QString &databasePath)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(serviceName(databasePath));
    return owned.isValid() && owned.value();
}

Result<void> WindowBus::completeSession(const QString &databasePath, qint64 sessionId)
{
    return callWindow(databasePath, QStringLiteral("CompleteSession"), { QVariant::fromValue(qlonglong(sessionId)) });
}

Result<void> WindowBus::remindLater(const QString &databasePath, QDate date, const QString &slot, QTime now)
{
    return callWindow(databasePath, QStringLiteral("RemindLater"),
        { date.toString(Qt::ISODate), slot, now.toString(QStringLiteral("HH:mm:ss")) });
}

QString WindowBus::CompleteSession(qlonglong sessionId)
{
    return m_complete ? m_complete(sessionId) : tr("This window cannot tick sessions.");
}

QString WindowBus::RemindLater(const QString &date, const QString &slot, const QString &time)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm:ss"));
    if (!day.isValid() || !at.isValid() || slot.isEmpty())
        return tr("Not a reminder: \"%1\" \"%2\" \"%3\".").arg(date, slot, time);
    return m_later ? m_later(day, slot, at) : tr("This window cannot remember reminders.");
}

} // namespace Stridewise
