#include "core/sync/caldavpublisher.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/sync/caldavclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QXmlStreamReader>

namespace Stridewise {

namespace {

const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString kUidPrefix = QStringLiteral("stridewise-");

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QByteArray utcStamp(QDate date, const QString &timeZone)
{
    QTimeZone zone(ICalendar::normalisedZone(timeZone).toUtf8());
    const QDateTime local = zone.isValid() ? QDateTime(date, QTime(0, 0), zone) : QDateTime(date, QTime(0, 0), Qt::UTC);
    return local.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

/** One <response> of a 207 Multi-Status: its href and, from the propstat with status 200, etag and data. */
struct DavItem
{
    QString href;
    QByteArray etag;
    QByteArray data;
};

QList<DavItem> parseMultistatus(const QByteArray &xml, bool *ok)
{
    QList<DavItem> items;
    QXmlStreamReader reader(xml);
    DavItem item;
    bool inResponse = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            if (ns == kDav && name == QLatin1String("response")) {
                item = DavItem{};
                inResponse = true;
            } else if (inResponse && ns == kDav && name == QLatin1String("href")) {
                item.href = reader.readElementText().trimmed();
            } else if (inResponse && ns == kDav && name == QLatin1String("getetag")) {
                item.etag = reader.readElementText().trimmed().toUtf8();
            } else if (inResponse && ns == kCalDav && name == QLatin1String("calendar-data")) {
                item.data = reader.readElementText().toUtf8();
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == kDav
            && reader.name() == QLatin1String("response")) {
            if (!item.href.isEmpty())
                items << item;
            inResponse = false;
        }
    }
    *ok = !reader.hasError();
    return items;
}

QString fileName(const QString &href)
{
    const QString path = QUrl(href).path();
    return path.section(QLatin1Char('/'), -1);
}

} // namespace

struct CalDavPublisher::Run
{
    enum class Kind
    {
        Create,
        Update,
        Delete
    };
    struct Change
    {
        Kind kind = Kind::Create;
        CalendarEvent event; ///< Create, Update
        QString uid;
        QUrl url;
        QByteArray etag; ///< If-Match, when known
        QDate date;
        bool unconditional = false; ///< retrying after 412 without a precondition
    };

    CalDavAccount account;
    QString key; ///< the calendar as the database knows it
    QUrl base;
    QDate from;
    QDate to;
    CalendarExportOptions options;
    QDateTime stamp;
    Done done;
    QList<CalendarEvent> events;
    QHash<QString, CalDavResourceRecord> local;
    QList<Change> changes;
    int next = 0;
    PublishSummary summary;
    CalDavClient *client = nullptr;
};

CalDavPublisher::CalDavPublisher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

CalDavPublisher::~CalDavPublisher() = default;

Result<QUrl> CalDavPublisher::checkCalendarUrl(const QUrl &input)
{
    const QString shown = input.toDisplayString();
    if (!input.isValid() || input.host().isEmpty()
        || (input.scheme() != QLatin1String("https") && input.scheme() != QLatin1String("http"))) {
        return Result<QUrl>::failure(ErrorKind::Invalid,
            tr("\"%1\" is not a calendar address: it should look like https://server/path/to/calendar/.").arg(shown));
    }
    if (input.scheme() == QLatin1String("http") && !isLoopback(input.host())) {
        return Result<QUrl>::failure(ErrorKind::Invalid,
            tr("%1 is not encrypted: use https:// so your password is not sent in the clear (plain http is only "
               "accepted for a server on this computer).")
                .arg(shown));
    }
    QUrl url = input.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

void CalDavPublisher::publish(const CalDavAccount &account,
    QDate from,
    QDate to,
    QDate today,
    const CalendarExportOptions &options,
    const QDateTime &stamp,
    Done done)
{
    if (m_run) {
        done(Result<PublishSummary>::failure(ErrorKind::Conflict, tr("A publish is already running.")));
        return;
    }
    auto url = checkCalendarUrl(account.calendarUrl);
    if (!url) {
        done(url.error());
        return;
    }
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.account = account;
    run.key = url->toString();
    run.base = *url;
    run.from = std::max(from, IsoWeek::mondayOf(today));
    run.to = to;
    run.options = options;
    run.stamp = stamp;
    run.done = std::move(done);
    run.summary.from = run.from;
    run.summary.to = run.to;
    run.summary.calendarUrl = run.base;
    run.client = new CalDavClient(account.user, account.password, this);
    run.client->setExtraCaCertificates(account.extraCaCertificates);

    // Done asynchronously even when there is nothing to do, so callers see one behaviour.
    if (run.from > run.to) {
        QTimer::singleShot(0, this, [this] { finish(m_run->summary); });
        return;
    }
    auto events = CalendarExport(m_db).events(run.from, run.to, options);
    if (!events) {
        const Error error = events.error();
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    run.events = *events;
    auto local = CalendarRepository(m_db).resources(run.key);
    if (!local) {
        const Error error = local.error();
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    for (const CalDavResourceRecord &r : *local)
        run.local.insert(r.uid, r);
    queryServer();
}

void CalDavPublisher::queryServer()
{
    Run &run = *m_run;
    const QByteArray body =
        QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">\n"
                          " <D:prop><D:getetag/><C:calendar-data/></D:prop>\n"
                          " <C:filter><C:comp-filter name=\"VCALENDAR\"><C:comp-filter name=\"VEVENT\">\n"
                          "  <C:time-range start=\"")
        + utcStamp(run.from, run.options.timeZone) + QByteArrayLiteral("\" end=\"")
        + utcStamp(run.to.addDays(1), run.options.timeZone)
        + QByteArrayLiteral("\"/>\n </C:comp-filter></C:comp-filter></C:filter>\n</C:calendar-query>\n");
    run.client->send("REPORT", run.base, body,
        { { "Depth", "1" }, { "Content-Type", "application/xml; charset=utf-8" } },
        [this](const DavResponse &response) { onQueried(response); });
}

Error CalDavPublisher::failure(const DavResponse &r, const QString &what) const
{
    const Run &run = *m_run;
    const QString host = hostOf(r.url.isValid() ? r.url : run.base);
    const QString made = run.next > 0 ? QLatin1Char(' ')
            + (run.changes.size() == 1
                    ? tr("%1 of 1 change reached the server; the rest will be made the next time Stridewise publishes.")
                    : tr("%1 of %n changes reached the server; the rest will be made the next time Stridewise "
                         "publishes.",
                        nullptr, int(run.changes.size())))
                  .arg(run.next)
                                      : QString();
    const QString nothingLost = QLatin1Char(' ') + tr("Nothing in Stridewise was lost.");
    if (r.status == 0 && r.networkError == QNetworkReply::SslHandshakeFailedError) {
        return Error{ ErrorKind::Invalid,
            tr("The calendar server %1 could not be verified (%2), so Stridewise did not send your password. If "
               "it is your own server with its own certificate, give that certificate (--ca-cert FILE).")
                    .arg(host, r.errorString)
                + made + nothingLost };
    }
    if (r.status == 0) {
        return Error{ ErrorKind::Network,
            tr("Could not reach the calendar server %1 while %2 (%3). Stridewise will try again later.")
                    .arg(host, what, r.errorString.isEmpty() ? tr("no answer") : r.errorString)
                + made + nothingLost };
    }
    if (r.authRefused || r.status == 401) {
        return Error{ ErrorKind::Invalid,
            tr("The calendar server %1 refused the user name \"%2\" or its password (HTTP 401). Check both in "
               "the calendar settings; an app password may be needed (iCloud, Fastmail).")
                    .arg(host, run.account.user)
                + made + nothingLost };
    }
    if (r.status == 403) {
        return Error{ ErrorKind::Invalid,
            tr("The calendar server %1 does not let \"%2\" write to %3 (HTTP 403).")
                    .arg(host, run.account.user, run.base.toDisplayString())
                + made + nothingLost };
    }
    if (r.status >= 500) {
        return Error{ ErrorKind::Network,
            tr("The calendar server %1 failed while %2 (HTTP %3). Stridewise will try again later.")
                    .arg(host, what)
                    .arg(r.status)
                + made + nothingLost };
    }
    return Error{ ErrorKind::Conflict,
        tr("The calendar server %1 refused %2 (HTTP %3).").arg(host, what).arg(r.status) + made + nothingLost };
}

void CalDavPublisher::onQueried(const DavResponse &response)
{
    Run &run = *m_run;
    if (response.status == 404 || response.status == 405 || response.status == 501) {
        finish(Error{ ErrorKind::Invalid,
            tr("There is no CalDAV calendar at %1 (HTTP %2). Copy the calendar's own address from your "
               "calendar server (for Nextcloud: Calendar ▸ calendar menu ▸ Copy internal link).")
                .arg(run.base.toDisplayString())
                .arg(response.status) });
        return;
    }
    if (response.status != 207) {
        finish(failure(response, tr("reading the calendar")));
        return;
    }
    if (response.permanentlyMoved) {
        // The calendar lives elsewhere now: publish there, and tell the caller so the setting can follow.
        run.base = checkCalendarUrl(response.url).ok() ? checkCalendarUrl(response.url).value() : response.url;
        run.summary.calendarUrl = run.base;
        // What was published there is known under the new address (an earlier publish may have used it).
        run.key = run.base.toString();
        auto local = CalendarRepository(m_db).resources(run.key);
        if (!local) {
            finish(local.error());
            return;
        }
        run.local.clear();
        for (const CalDavResourceRecord &r : *local)
            run.local.insert(r.uid, r);
    }
    bool ok = false;
    const QList<DavItem> items = parseMultistatus(response.body, &ok);
    if (!ok) {
        finish(Error{ ErrorKind::Conflict,
            tr("The calendar server %1 sent an answer Stridewise cannot read.").arg(hostOf(run.base)) });
        return;
    }

    // Our events on the server in the range, by UID.
    QHash<QString, ServerEvent> server;
    for (const DavItem &item : items) {
        ServerEvent e;
        e.href = item.href;
        e.etag = item.etag;
        if (!item.data.isEmpty()) {
            if (auto parsed = ICalendar::read(item.data); parsed && !parsed->isEmpty()) {
                e.uid = parsed->first().uid;
                e.date = parsed->first().date;
            }
        }
        if (e.uid.isEmpty() && fileName(item.href).startsWith(kUidPrefix))
            e.uid = fileName(item.href).chopped(fileName(item.href).endsWith(QLatin1String(".ics")) ? 4 : 0);
        if (!e.uid.startsWith(kUidPrefix))
            continue; // someone else's event: never touched
        if (e.date.isValid() && (e.date < run.from || e.date > run.to))
            continue; // an event that only overlaps the range from before it: not this range's to change
        server.insert(e.uid, e);
    }

    QSet<QString> wanted;
    for (const CalendarEvent &e : run.events) {
        wanted.insert(e.uid);
        const auto known = run.local.constFind(e.uid);
        const auto there = server.constFind(e.uid);
        if (there != server.cend()) {
            const bool same = known != run.local.cend() && known->fingerprint == e.fingerprint
                && (known->etag.isEmpty() || known->etag.toUtf8() == there->etag);
            if (same)
                ++run.summary.unchanged;
            else
                run.changes << Run::Change{ Run::Kind::Update, e, e.uid, run.base.resolved(QUrl(there->href)),
                    there->etag, e.date, false };
        } else {
            run.changes << Run::Change{ Run::Kind::Create, e, e.uid,
                run.base.resolved(QUrl(e.uid + QStringLiteral(".ics"))), {}, e.date, false };
        }
    }
    for (const ServerEvent &e : std::as_const(server)) {
        if (!wanted.contains(e.uid))
            run.changes << Run::Change{ Run::Kind::Delete, {}, e.uid, run.base.resolved(QUrl(e.href)), e.etag, e.date,
                false };
    }
    // Records of events that are neither wanted nor on the server any more: forget them.
    for (const CalDavResourceRecord &r : std::as_const(run.local)) {
        if (r.date >= run.from && r.date <= run.to && !wanted.contains(r.uid) && !server.contains(r.uid)) {
            if (auto removed = CalendarRepository(m_db).removeResource(run.key, r.uid); !removed) {
                finish(removed.error());
                return;
            }
        }
    }
    nextChange();
}

void CalDavPublisher::nextChange()
{
    Run &run = *m_run;
    if (run.next >= run.changes.size()) {
        finish(run.summary);
        return;
    }
    Run::Change &change = run.changes[run.next];
    CalDavClient::Headers headers;
    QByteArray body;
    QByteArray verb = "PUT";
    QString what;
    if (change.kind == Run::Kind::Delete) {
        verb = "DELETE";
        what = tr("removing an event of %1").arg(change.date.toString(Qt::ISODate));
    } else {
        auto ics = ICalendar::write({ change.event }, run.options.timeZone, run.stamp, ICalendar::Kind::CalDavResource);
        if (!ics) {
            finish(ics.error());
            return;
        }
        body = *ics;
        headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/calendar; charset=utf-8"));
        what = tr("saving \"%1\" on %2").arg(change.event.summary, change.date.toString(Qt::ISODate));
    }
    if (!change.unconditional) {
        if (change.kind == Run::Kind::Create)
            headers << qMakePair(QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*"));
        else if (!change.etag.isEmpty())
            headers << qMakePair(QByteArrayLiteral("If-Match"), change.etag);
    }
    run.client->send(verb, change.url, body, headers, [this, what](const DavResponse &response) {
        Run &r = *m_run;
        Run::Change &c = r.changes[r.next];
        const bool gone = c.kind == Run::Kind::Delete && (response.status == 404 || response.status == 410);
        if (response.status == 412 && !c.unconditional) {
            // Changed or created on the server since we looked: the plan is what the calendar mirrors, so write
            // once more without the precondition.
            c.unconditional = true;
            nextChange();
            return;
        }
        if (!gone && (response.status < 200 || response.status >= 300)) {
            finish(failure(response, what));
            return;
        }
        CalendarRepository repository(m_db);
        Result<void> recorded;
        if (c.kind == Run::Kind::Delete) {
            recorded = repository.removeResource(r.key, c.uid);
            ++r.summary.deleted;
        } else {
            recorded = repository.saveResource(CalDavResourceRecord{
                r.key, c.uid, c.url.path(), QString::fromUtf8(response.etag), c.event.fingerprint, c.date });
            ++(c.kind == Run::Kind::Create ? r.summary.created : r.summary.updated);
        }
        if (!recorded) {
            finish(recorded.error());
            return;
        }
        ++r.next;
        emit progressed(r.next, int(r.changes.size()));
        if (m_run)
            nextChange();
    });
}

void CalDavPublisher::finish(const Result<PublishSummary> &result)
{
    std::unique_ptr<Run> run = std::move(m_run);
    if (run->client)
        run->client->deleteLater();
    run->done(result);
}

} // namespace Stridewise
