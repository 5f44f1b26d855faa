#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/service/importer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

QJsonValue optionalNumber(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QJsonValue();
    const double scale = decimals == 0 ? 1.0 : 10.0;
    return std::round(*v * scale) / scale;
}

QJsonObject toJson(const ImportReport &report)
{
    QJsonArray imported;
    for (const ImportedItem &i : report.imported) {
        imported.append(QJsonObject{
            { QStringLiteral("file"), i.file },
            { QStringLiteral("activity"), Names::activity(i.activity) },
            { QStringLiteral("sport"), i.recorded.sport },
            { QStringLiteral("start"), i.recorded.start.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("date"), i.date.toString(Qt::ISODate) },
            { QStringLiteral("minutes"), i.minutes },
            { QStringLiteral("elapsed_minutes"), i.elapsedMinutes },
            { QStringLiteral("distance_m"), optionalNumber(i.recorded.distanceMeters, 1) },
            { QStringLiteral("avg_hr"),
                i.recorded.averageHeartRate ? QJsonValue(*i.recorded.averageHeartRate) : QJsonValue() },
            { QStringLiteral("session_id"), i.sessionId },
            { QStringLiteral("title"), i.sessionTitle },
            { QStringLiteral("matched"), i.matched },
        });
    }
    QJsonArray skipped;
    for (const SkippedItem &s : report.skipped)
        skipped.append(QJsonObject{ { QStringLiteral("file"), s.file }, { QStringLiteral("reason"), s.reason } });
    QJsonArray failed;
    for (const FailedItem &f : report.failed) {
        failed.append(QJsonObject{ { QStringLiteral("file"), f.file }, { QStringLiteral("message"), f.message },
            { QStringLiteral("needs_activity"), f.needsActivity } });
    }
    return QJsonObject{ { QStringLiteral("imported"), imported }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("failed"), failed }, { QStringLiteral("summary"), report.summary() } };
}

QString describe(const ImportedItem &i)
{
    QString what = tr("%1 on %2, %3 min").arg(Names::activity(i.activity), i.date.toString(Qt::ISODate)).arg(i.minutes);
    if (i.recorded.distanceMeters)
        what += tr(", %1 km").arg(*i.recorded.distanceMeters / 1000.0, 0, 'f', 2);
    if (i.matched)
        return tr("%1: %2: ticked #%3 %4").arg(i.file, what).arg(i.sessionId).arg(i.sessionTitle);
    return tr("%1: %2: not in the plan, added as #%3 %4").arg(i.file, what).arg(i.sessionId).arg(i.sessionTitle);
}

} // namespace

int importCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("paths"), tr("FIT, TCX or GPX files, or folders to search."), tr("PATH…"));
    parser.addOption({ QStringLiteral("activity"),
        tr("The activity of recordings whose sport is not run, walk, cycle or swim: run, walk, cycle or swim."),
        tr("activity") });
    parser.addOption({ QStringLiteral("format"), tr("text (default) or json."), tr("format") });
    parser.addOption(
        { QStringLiteral("today"), tr("Treat this day as today, YYYY-MM-DD (default: today)."), tr("date") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise import PATH… [--activity run|walk|cycle|swim] [--format text|json] "
               "[--today 2026-11-30]\n"
               "Ticks planned sessions from watch and phone recordings (FIT, TCX, GPX); folders "
               "are searched recursively. Importing a file again changes nothing.")))
        return *code;
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        fail(ctx.err, tr("import needs at least one file or folder."));
        return Usage;
    }
    ImportOptions options;
    options.zone = QTimeZone::systemTimeZone();
    options.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("activity"))) {
        const QString text = parser.value(QStringLiteral("activity"));
        const auto activity = Names::parseActivity(text);
        if (!activity
            || !(activity == Activity::Run || activity == Activity::Walk || activity == Activity::Cycle
                || activity == Activity::Swim)) {
            fail(ctx.err, tr("--activity: \"%1\" is not one of run, walk, cycle, swim.").arg(text));
            return Usage;
        }
        options.activity = activity;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        auto today = IsoWeek::parseDate(parser.value(QStringLiteral("today")));
        if (!today) {
            fail(ctx.err, QStringLiteral("--today: ") + today.message());
            return Usage;
        }
        options.today = *today;
    }
    if (!requireExistingDatabase(ctx))
        return Usage;
    auto db = openDatabase(ctx);
    if (!db)
        return Failed;

    const ImportReport report = Importer(*db).importPaths(paths, options);
    if (*json) {
        ctx.out << QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
    } else {
        for (const ImportedItem &i : report.imported)
            ctx.out << describe(i) << "\n";
        for (const SkippedItem &s : report.skipped)
            ctx.out << tr("%1: skipped, %2").arg(s.file, s.reason) << "\n";
        if (!report.imported.isEmpty()) {
            ctx.out << tr("Effort and back pain after count for load once you give them (until then the planned "
                          "effort counts): stridewise log done SESSION_ID --rpe N --pain N --replace")
                    << "\n";
        }
        ctx.out << report.summary() << ".\n";
    }
    for (const FailedItem &f : report.failed) {
        fail(ctx.err, f.needsActivity ? f.message + tr(" (add --activity run, walk, cycle or swim)") : f.message);
    }
    return report.failed.isEmpty() ? Ok : Failed;
}

} // namespace Stridewise::Cli
