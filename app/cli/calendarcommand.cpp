#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "app/cli/exportcommon.h"
#include "core/io/icalendar.h"
#include "core/model/isoweek.h"
#include "core/sync/caldavpublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Cli", text, nullptr, n);
}

/** The first line of the password file ("-": standard input), without its line end. */
std::optional<QString> readPassword(Context &ctx, const QString &path)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        fail(ctx.err,
            tr("--password-file: could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(ctx.err,
            tr("--password-file: %1 is empty; put the calendar password on its first line.")
                .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

int publish(Context &ctx, const QCommandLineParser &parser)
{
    const QString urlText = parser.value(QStringLiteral("url"));
    const QString user = parser.value(QStringLiteral("user"));
    if (urlText.isEmpty() || user.isEmpty() || !parser.isSet(QStringLiteral("password-file"))) {
        fail(ctx.err, tr("calendar publish needs --url, --user and --password-file."));
        return Usage;
    }
    CalDavAccount account;
    if (auto url = CalDavPublisher::checkCalendarUrl(QUrl(urlText, QUrl::StrictMode)); !url) {
        fail(ctx.err, tr("--url: %1").arg(url.message()));
        return Usage;
    }
    account.calendarUrl = QUrl(urlText, QUrl::StrictMode);
    account.user = user;
    const auto password = readPassword(ctx, parser.value(QStringLiteral("password-file")));
    if (!password)
        return Usage;
    account.password = *password;
    if (parser.isSet(QStringLiteral("ca-cert"))) {
        const QString path = parser.value(QStringLiteral("ca-cert"));
        account.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (account.extraCaCertificates.isEmpty())
            account.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Der);
        if (account.extraCaCertificates.isEmpty()) {
            fail(ctx.err, tr("--ca-cert: %1 holds no certificate (PEM or DER).").arg(QDir::toNativeSeparators(path)));
            return Usage;
        }
    }
    const auto range = dateRange(ctx, parser, QStringLiteral("calendar publish"));
    if (!range)
        return Usage;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        auto parsed = IsoWeek::parseDate(parser.value(QStringLiteral("today")));
        if (!parsed) {
            fail(ctx.err, tr("--today: %1").arg(parsed.message()));
            return Usage;
        }
        today = *parsed;
    }
    CalendarExportOptions options;
    options.withStretches = parser.isSet(QStringLiteral("with-stretches"));
    options.timeZone =
        parser.isSet(QStringLiteral("time-zone")) ? parser.value(QStringLiteral("time-zone")) : systemTimeZone();
    if (!ICalendar::knowsTimeZone(options.timeZone)) {
        fail(ctx.err,
            tr("--time-zone: \"%1\" is not a time zone this system knows; use a name such as Europe/Berlin.")
                .arg(options.timeZone));
        return Usage;
    }
    if (!requireExistingDatabase(ctx))
        return Failed;
    auto db = openDatabase(ctx);
    if (!db)
        return Failed;

    CalDavPublisher publisher(*db);
    QEventLoop loop;
    std::optional<Result<PublishSummary>> outcome;
    publisher.publish(account, range->first, range->second, today, options, QDateTime::currentDateTimeUtc(),
        [&](const Result<PublishSummary> &result) {
            outcome = result;
            loop.quit();
        });
    if (!outcome)
        loop.exec();
    if (!*outcome) {
        fail(ctx.err, outcome->message());
        return Failed;
    }
    const PublishSummary &s = outcome->value();
    if (s.from > s.to) {
        ctx.out << tr(
            "Nothing to publish: %1 ends before this week, and past weeks are left as they are on the calendar.")
                       .arg(range->second.toString(Qt::ISODate))
                << Qt::endl;
        return Ok;
    }
    ctx.out << tr("Published %1 to %2 to %3: %4 created, %5 updated, %6 deleted, %7 unchanged.")
                   .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate), s.calendarUrl.toDisplayString())
                   .arg(s.created)
                   .arg(s.updated)
                   .arg(s.deleted)
                   .arg(s.unchanged)
            << Qt::endl;
    if (s.calendarUrl != CalDavPublisher::checkCalendarUrl(account.calendarUrl).value())
        ctx.out
            << tr("The calendar has moved to %1: use that address from now on.").arg(s.calendarUrl.toDisplayString())
            << Qt::endl;
    return Ok;
}

} // namespace

int calendarCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("publish"));
    parser.addOption(
        { QStringLiteral("url"), tr("The calendar's CalDAV address (https://…/calendars/you/training/)."), tr("url") });
    parser.addOption({ QStringLiteral("user"), tr("Your user name on the calendar server."), tr("name") });
    parser.addOption({ QStringLiteral("password-file"),
        tr("A file whose first line is the password (- for standard input)."), tr("file") });
    parser.addOption(
        { QStringLiteral("from"), tr("First day, YYYY-MM-DD (days before this week are left alone)."), tr("date") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("today"), tr("Today, YYYY-MM-DD (default: the computer's date)."), tr("date") });
    parser.addOption({ QStringLiteral("time-zone"),
        tr("Your time zone, e.g. Europe/Berlin (default: this computer's)."), tr("zone") });
    parser.addOption({ QStringLiteral("with-stretches"), tr("Put the twice-daily stretch on the calendar too.") });
    parser.addOption(
        { QStringLiteral("ca-cert"), tr("Trust this certificate too (your own server's, PEM or DER)."), tr("file") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise calendar publish --url URL --user NAME --password-file FILE --from 2026-11-30 --to "
               "2026-12-27 "
               "[--today D] [--time-zone ZONE] [--with-stretches] [--ca-cert FILE]\n"
               "Makes the calendar mirror the planned sessions from this week on: creates, updates and deletes "
               "Stridewise's own events only.")))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && positional.first() == QLatin1String("publish"))
        return publish(ctx, parser);
    fail(ctx.err, tr("calendar: use \"calendar publish --url URL --user NAME --password-file FILE --from D --to D\"."));
    return Usage;
}

} // namespace Stridewise::Cli
