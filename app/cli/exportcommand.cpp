#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "app/cli/exportcommon.h"
#include "core/io/icalendar.h"
#include "core/io/logcsv.h"
#include "core/model/isoweek.h"
#include "core/service/calendarexport.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTimeZone>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Cli", text, nullptr, n);
}

/** English needs its own singular: without a plural translation installed, "%n day(s)" would show as is. */
QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

} // namespace

std::optional<std::pair<QDate, QDate>> dateRange(Context &ctx, const QCommandLineParser &parser, const QString &command)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        fail(ctx.err, tr("%1 needs --from and --to, each a date YYYY-MM-DD.").arg(command));
        return std::nullopt;
    }
    auto from = IsoWeek::parseDate(parser.value(QStringLiteral("from")));
    if (!from) {
        fail(ctx.err, tr("--from: %1").arg(from.message()));
        return std::nullopt;
    }
    auto to = IsoWeek::parseDate(parser.value(QStringLiteral("to")));
    if (!to) {
        fail(ctx.err, tr("--to: %1").arg(to.message()));
        return std::nullopt;
    }
    if (*to < *from) {
        fail(ctx.err, tr("--to %1 is before --from %2.").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        return std::nullopt;
    }
    return std::make_pair(*from, *to);
}

bool writeFile(Context &ctx, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(ctx.err, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString systemTimeZone()
{
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return id.isEmpty() ? QStringLiteral("UTC") : id;
}

namespace {

std::optional<QString> outPath(Context &ctx, const QCommandLineParser &parser, const QString &command)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        fail(ctx.err, tr("%1 needs --out FILE.").arg(command));
        return std::nullopt;
    }
    return out;
}

int exportIcs(Context &ctx, const QCommandLineParser &parser)
{
    const auto range = dateRange(ctx, parser, QStringLiteral("export ics"));
    if (!range)
        return Usage;
    const auto out = outPath(ctx, parser, QStringLiteral("export ics"));
    if (!out)
        return Usage;
    CalendarExportOptions options;
    options.withStretches = parser.isSet(QStringLiteral("with-stretches"));
    options.timeZone =
        parser.isSet(QStringLiteral("time-zone")) ? parser.value(QStringLiteral("time-zone")) : systemTimeZone();
    if (!ICalendar::knowsTimeZone(options.timeZone)) {
        fail(ctx.err,
            tr("--time-zone: \"%1\" is not a time zone this system knows; use a name such as "
               "Europe/Berlin or America/New_York.")
                .arg(options.timeZone));
        return Usage;
    }
    if (!requireExistingDatabase(ctx))
        return Failed;
    // Read-write: each session's UID and SEQUENCE are kept, so the next export updates the same events.
    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    CalendarExport calendar(*db);
    auto events = calendar.events(range->first, range->second, options);
    if (!events)
        return report(ctx, events.error());
    auto ics = ICalendar::write(*events, options.timeZone, QDateTime::currentDateTimeUtc());
    if (!ics)
        return report(ctx, ics.error());
    if (!writeFile(ctx, *out, *ics))
        return Failed;
    ctx.out << trn("Wrote 1 event from %1 to %2 (time zone %3) to %4.",
        "Wrote %n events from %1 to %2 (time zone %3) to %4.", int(events->size()))
                   .arg(range->first.toString(Qt::ISODate), range->second.toString(Qt::ISODate),
                       ICalendar::normalisedZone(options.timeZone), QDir::toNativeSeparators(*out))
            << Qt::endl;
    if (events->isEmpty())
        ctx.out << tr("No sessions are planned in that range: plan the weeks first (stridewise plan --week …).")
                << Qt::endl;
    return Ok;
}

int exportCsv(Context &ctx, const QCommandLineParser &parser)
{
    const QString what = parser.value(QStringLiteral("what"));
    if (what != QLatin1String("sessions") && what != QLatin1String("pain")) {
        fail(ctx.err,
            what.isEmpty() ? tr("export csv needs --what sessions or --what pain.")
                           : tr("--what: \"%1\" is not sessions or pain.").arg(what));
        return Usage;
    }
    const auto range = dateRange(ctx, parser, QStringLiteral("export csv"));
    if (!range)
        return Usage;
    const auto out = outPath(ctx, parser, QStringLiteral("export csv"));
    if (!out)
        return Usage;
    if (!requireExistingDatabase(ctx))
        return Failed;
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    QByteArray bytes;
    int rows = 0;
    if (what == QLatin1String("sessions")) {
        auto sessions = PlanRepository(*db).sessionsBetween(range->first, range->second);
        if (!sessions)
            return report(ctx, sessions.error());
        bytes = LogCsv::sessions(*sessions);
        for (const PlannedSession &s : *sessions)
            rows += s.completion ? 1 : 0;
    } else {
        auto pain = LogRepository(*db).painBetween(range->first, range->second);
        if (!pain)
            return report(ctx, pain.error());
        bytes = LogCsv::pain(*pain);
        rows = int(pain->size());
    }
    if (!writeFile(ctx, *out, bytes))
        return Failed;
    ctx.out << (what == QLatin1String("sessions")
            ? trn("Wrote 1 recorded session to %1.", "Wrote %n recorded sessions to %1.", rows)
            : trn("Wrote 1 day of the pain log to %1.", "Wrote %n days of the pain log to %1.", rows))
                   .arg(QDir::toNativeSeparators(*out))
            << Qt::endl;
    return Ok;
}

} // namespace

int exportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("format"), tr("ics, csv or pdf"));
    parser.addOption({ QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("out"), tr("The file to write."), tr("file") });
    parser.addOption({ QStringLiteral("with-stretches"), tr("ics: include the twice-daily hamstring stretch.") });
    parser.addOption({ QStringLiteral("time-zone"),
        tr("ics: the runner's time zone, e.g. Europe/Berlin (default: this computer's)."), tr("zone") });
    parser.addOption({ QStringLiteral("what"), tr("csv: sessions (what was done or skipped) or pain (the daily log)."),
        tr("what") });
    parser.addOption(
        { QStringLiteral("week"), tr("pdf: the week to print, e.g. 2026-W49 (default: this week)."), tr("week") });
    parser.addOption({ QStringLiteral("page"), tr("pdf: a4 or letter (default: from the locale)."), tr("size") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise export ics --from 2026-11-30 --to 2026-12-27 --out plan.ics [--with-stretches] [--time-zone "
               "ZONE]\n"
               "stridewise export csv --what sessions|pain --from 2026-09-01 --to 2026-11-30 --out FILE.csv\n"
               "stridewise export pdf --week 2026-W49 --out week.pdf [--page a4|letter]")))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString format = positional.value(0);
    if (positional.size() == 1 && format == QLatin1String("ics"))
        return exportIcs(ctx, parser);
    if (positional.size() == 1 && format == QLatin1String("csv"))
        return exportCsv(ctx, parser);
    if (positional.size() == 1 && format == QLatin1String("pdf"))
        return exportWeekPdf(ctx, parser);
    fail(ctx.err, tr("export: use \"export ics\", \"export csv\" or \"export pdf\" (see stridewise export --help)."));
    return Usage;
}

} // namespace Stridewise::Cli
