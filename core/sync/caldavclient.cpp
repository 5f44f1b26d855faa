#include "core/sync/caldavclient.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Stridewise {

namespace {

/** Set on a reply once credentials were given, so a second challenge is not answered with the same ones. */
const char *const kAnsweredProperty = "stridewiseAuthAnswered";
const char *const kRefusedProperty = "stridewiseAuthRefused";

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

struct CalDavClient::Pending
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    Headers headers;
    std::function<void(const DavResponse &)> done;
    int redirects = 0;
    bool permanentlyMoved = false;
};

CalDavClient::CalDavClient(QString user, QString password, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    connect(m_manager, &QNetworkAccessManager::authenticationRequired, this, &CalDavClient::onAuthenticationRequired);
}

CalDavClient::~CalDavClient() = default;

void CalDavClient::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // Once per request: QNetworkAccessManager asks again when the server refused what we gave, and an empty
    // answer then ends the request with the server's 401 instead of looping.
    if (reply->property(kAnsweredProperty).toBool()) {
        reply->setProperty(kRefusedProperty, true);
        return;
    }
    reply->setProperty(kAnsweredProperty, true);
    // The password only travels encrypted, or to this machine itself.
    const QUrl url = reply->url();
    if (url.scheme() != QLatin1String("https") && !isLoopback(url.host())) {
        reply->setProperty(kRefusedProperty, true);
        return;
    }
    authenticator->setUser(m_user);
    authenticator->setPassword(m_password);
}

void CalDavClient::send(const QByteArray &verb,
    const QUrl &url,
    const QByteArray &body,
    const Headers &headers,
    std::function<void(const DavResponse &)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->verb = verb;
    pending->url = url;
    pending->body = body;
    pending->headers = headers;
    pending->done = std::move(done);
    start(pending);
}

void CalDavClient::start(std::shared_ptr<Pending> pending)
{
    QNetworkRequest request(pending->url);
    // Redirects are ours to follow: Qt would turn a redirected PROPFIND or PUT into a GET.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Stridewise"));
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        request.setSslConfiguration(tls);
    }
    for (const auto &[name, value] : pending->headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(pending->body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager->sendCustomRequest(request, pending->verb, buffer);
    buffer->setParent(reply);

    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        reply->deleteLater();
        DavResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.etag = reply->rawHeader("ETag");
        response.url = pending->url;
        response.networkError = reply->error();
        response.authRefused = reply->property(kRefusedProperty).toBool() || response.status == 401;
        if (response.networkError != QNetworkReply::NoError && response.status == 0)
            response.errorString = reply->errorString();

        if (isRedirect(response.status) && reply->hasRawHeader("Location")) {
            const QUrl target = pending->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (pending->redirects >= kMaxRedirects) {
                response.errorString = tr("too many redirects (more than %1)").arg(kMaxRedirects);
            } else if (pending->url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
                response.errorString =
                    tr("the server redirected from https to an unencrypted address (%1)").arg(target.toDisplayString());
            } else if (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http")) {
                response.errorString = tr("the server redirected to %1").arg(target.toDisplayString());
            } else {
                pending->redirects += 1;
                pending->permanentlyMoved =
                    pending->permanentlyMoved || response.status == 301 || response.status == 308;
                pending->url = target;
                start(pending);
                return;
            }
            response.status = 0;
        }
        response.permanentlyMoved = pending->permanentlyMoved;
        pending->done(response);
    });
}

} // namespace Stridewise
