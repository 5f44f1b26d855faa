#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QAuthenticator;
class QNetworkAccessManager;

namespace Stridewise {

/** What a WebDAV request came back with. */
struct DavResponse
{
    int status = 0; ///< HTTP status; 0 when no answer came (see networkError)
    QByteArray body;
    QByteArray etag; ///< the ETag header, as sent (quotes included)
    QUrl url; ///< where the answer came from, after redirects
    bool permanentlyMoved = false; ///< a 301 or 308 redirect was followed on the way
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; ///< Qt's description of a failure on the way (connection, TLS, timeout)
    bool authRefused = false; ///< the server asked for credentials again after ours: wrong user or password
};

/**
 * HTTP for CalDAV over QNetworkAccessManager: one request at a time from the caller's point of view, any verb
 * (PROPFIND, REPORT, PUT, DELETE), basic and digest authentication answered with the account's credentials once
 * per request (a second challenge means they were refused), TLS verified against the system's certificates plus
 * any given (a self-hosted server's own), redirects followed with the same verb and body (up to kMaxRedirects,
 * never from https to http), and a transfer timeout so a silent server does not hang a publish.
 */
class CalDavClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRedirects = 5;
    static constexpr int kTimeoutMs = 30000;

    CalDavClient(QString user, QString password, QObject *parent = nullptr);
    ~CalDavClient() override;

    /** Certificates trusted besides the system's (e.g. a self-signed one of the runner's own server). */
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /** Sends the request; done is called once, from the event loop, with the answer or the failure. */
    void send(const QByteArray &verb,
        const QUrl &url,
        const QByteArray &body,
        const Headers &headers,
        std::function<void(const DavResponse &)> done);

private:
    struct Pending;
    void start(std::shared_ptr<Pending> pending);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);

    QNetworkAccessManager *m_manager = nullptr;
    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs = kTimeoutMs;
};

} // namespace Stridewise
