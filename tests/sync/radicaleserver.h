#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace Stridewise::Test {

/** A free TCP port on 127.0.0.1 (bound and released, so a server started right after can take it). */
int freePort();

/** Waits until something accepts connections on 127.0.0.1:port. */
bool waitForPort(int port, int timeoutMs = 15000);

/**
 * A real Radicale server (Debian's radicale) for one test, on 127.0.0.1 and a free port, with htpasswd
 * authentication for alice, storage in the test's folder, and optionally TLS with a self-signed certificate made by
 * openssl. stop() kills it, start() brings it back on the same port with the same storage.
 */
class RadicaleServer
{
public:
    explicit RadicaleServer(QString folder, bool tls = false);
    ~RadicaleServer();

    /** Starts it; false (with why()) when Radicale or openssl is missing or it did not come up. */
    bool start();
    void stop();
    QString why() const { return m_why; }

    int port() const { return m_port; }
    QString user() const { return QStringLiteral("alice"); }
    QString password() const { return QStringLiteral("wonder land 7"); }
    /** A file whose first line is the password, for --password-file. */
    QString passwordFile() const;
    QString certificate() const; ///< the self-signed certificate (PEM), with tls
    QUrl root() const;
    /** The test calendar, /alice/training/. */
    QUrl calendarUrl() const;

    /** Creates the calendar with python3-caldav. */
    bool makeCalendar();
    /** The calendar's events read with python3-caldav and python3-icalendar (an independent client). */
    QJsonArray events() const;

private:
    QString m_folder;
    bool m_tls = false;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_why;
};

} // namespace Stridewise::Test
