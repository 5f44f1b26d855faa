#pragma once

#include "core/io/icalendar.h"
#include "core/result.h"
#include "core/service/calendarexport.h"
#include "core/store/calendarrepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Stridewise {

class CalDavClient;
class Database;
struct DavResponse;

/** The runner's calendar on a CalDAV server (Nextcloud, Radicale, Fastmail, iCloud with an app password …). */
struct CalDavAccount
{
    QUrl calendarUrl; ///< the calendar collection, e.g. https://cloud.example.org/remote.php/dav/calendars/me/training/
    QString user;
    QString password; ///< from the desktop's secret service (window) or a file (command line); never stored by us
    QList<QSslCertificate>
        extraCaCertificates; ///< a self-hosted server's own certificate, trusted besides the system's
};

/** What a publish did. */
struct PublishSummary
{
    QDate from; ///< the first day mirrored: the later of the range's start and this week's Monday
    QDate to;
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    QUrl calendarUrl; ///< where the calendar turned out to be (differs from the account's after a permanent redirect)

    int changes() const { return created + updated + deleted; }
};

/**
 * Makes a CalDAV calendar mirror the planned sessions from this week on (issue 13, DESIGN.md "Ways data flows"):
 * each session an event (CalendarExport: stable UIDs, SEQUENCE raised on change), created with If-None-Match,
 * updated with If-Match and the server's ETag, deleted when its session is gone. Only our own events are touched
 * (resources named "stridewise-….ics"); events before this week's Monday are left as they are.
 *
 * Each change is recorded in the database as soon as the server confirms it, so a publish cut short (server
 * stopped, network gone) loses nothing: the next publish finds the server's state and finishes the job.
 * Failures come back as Result errors: Network (could not reach the server, or it failed on its side: try again
 * later), Invalid (bad address, no calendar there, refused user or password, untrusted certificate), Conflict (the
 * server kept refusing a change), or the store's own.
 */
class CalDavPublisher : public QObject
{
    Q_OBJECT

public:
    explicit CalDavPublisher(Database &db, QObject *parent = nullptr);
    ~CalDavPublisher() override;

    using Done = std::function<void(const Result<PublishSummary> &)>;
    /**
     * Publishes from..to (clipped to start at today's week) and calls done once, from the event loop. stamp is
     * the events' DTSTAMP (core does not read the clock). One publish at a time: a second call while busy fails.
     */
    void publish(const CalDavAccount &account,
        QDate from,
        QDate to,
        QDate today,
        const CalendarExportOptions &options,
        const QDateTime &stamp,
        Done done);
    bool isBusy() const { return m_run != nullptr; }

    /** An account's calendar URL as it must look: http(s), a trailing slash; an Invalid error saying what is wrong. */
    static Result<QUrl> checkCalendarUrl(const QUrl &url);

signals:
    /** A change reached the server: done of total changes this publish makes. */
    void progressed(int done, int total);

private:
    struct Run;
    struct ServerEvent
    {
        QString href;
        QByteArray etag;
        QString uid;
        QDate date;
    };
    void queryServer();
    void onQueried(const DavResponse &response);
    void nextChange();
    void finish(const Result<PublishSummary> &result);
    Error failure(const DavResponse &response, const QString &what) const;

    Database &m_db;
    std::unique_ptr<Run> m_run;
};

} // namespace Stridewise
