#include "tests/sync/radicaleserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"

namespace Stridewise::Test {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

bool waitForPort(int port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

RadicaleServer::RadicaleServer(QString folder, bool tls)
    : m_folder(std::move(folder))
    , m_tls(tls)
{
}

RadicaleServer::~RadicaleServer()
{
    stop();
}

QString RadicaleServer::passwordFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("password.txt"));
}

QString RadicaleServer::certificate() const
{
    return QDir(m_folder).filePath(QStringLiteral("cert.pem"));
}

QUrl RadicaleServer::root() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2/").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QUrl RadicaleServer::calendarUrl() const
{
    return root().resolved(QUrl(QStringLiteral("alice/training/")));
}

bool RadicaleServer::start()
{
    QDir dir(m_folder);
    if (m_port == 0) {
        m_port = freePort();
        QFile users(dir.filePath(QStringLiteral("users")));
        if (!users.open(QIODevice::WriteOnly)
            || users.write((user() + QLatin1Char(':') + password() + QLatin1Char('\n')).toUtf8()) < 0) {
            m_why = QStringLiteral("could not write the htpasswd file");
            return false;
        }
        users.close();
        QFile secret(passwordFile());
        if (!secret.open(QIODevice::WriteOnly) || secret.write((password() + QLatin1Char('\n')).toUtf8()) < 0)
            return false;
        secret.close();
        if (m_tls) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                    QStringLiteral("-out"), certificate(), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
            if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
                m_why = QStringLiteral("openssl could not make a certificate: ")
                    + QString::fromUtf8(openssl.readAllStandardError());
                return false;
            }
        }
    }
    QStringList args{ QStringLiteral("-m"), QStringLiteral("radicale"), QStringLiteral("--config"), QString(),
        QStringLiteral("--server-hosts"), QStringLiteral("127.0.0.1:%1").arg(m_port),
        QStringLiteral("--storage-filesystem-folder"), dir.filePath(QStringLiteral("collections")),
        QStringLiteral("--auth-type"), QStringLiteral("htpasswd"), QStringLiteral("--auth-htpasswd-filename"),
        dir.filePath(QStringLiteral("users")), QStringLiteral("--auth-htpasswd-encryption"), QStringLiteral("plain"),
        QStringLiteral("--auth-delay"), QStringLiteral("0"), QStringLiteral("--rights-type"),
        QStringLiteral("owner_only"), QStringLiteral("--logging-level"), QStringLiteral("warning") };
    if (m_tls) {
        args << QStringLiteral("--server-ssl") << QStringLiteral("True") << QStringLiteral("--server-certificate")
             << certificate() << QStringLiteral("--server-key") << dir.filePath(QStringLiteral("key.pem"));
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("radicale.log")), QIODevice::Append);
    m_process->setStandardErrorFile(dir.filePath(QStringLiteral("radicale.log")), QIODevice::Append);
    m_process->start(debianPython(), args);
    if (!m_process->waitForStarted(10000)) {
        m_why = QStringLiteral("python3 could not be started");
        return false;
    }
    if (!waitForPort(m_port)) {
        m_why = QStringLiteral("Radicale did not come up on port %1 (is Debian's radicale installed?)").arg(m_port);
        stop();
        return false;
    }
    return true;
}

void RadicaleServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

bool RadicaleServer::makeCalendar()
{
    auto r = runPython(QStringLiteral("sync/caldav_tool.py"),
        { QStringLiteral("make"), calendarUrl().toString(), user(), password() });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.exitCode == 0;
}

QJsonArray RadicaleServer::events() const
{
    auto r = runPython(QStringLiteral("sync/caldav_tool.py"),
        { QStringLiteral("list"), calendarUrl().toString(), user(), password() });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().array();
}

} // namespace Stridewise::Test
