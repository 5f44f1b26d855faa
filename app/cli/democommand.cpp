#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/service/datapaths.h"
#include "core/model/isoweek.h"
#include "core/service/demodata.h"
#include "core/store/demorepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

/** The runner's own database (as app/main.cpp finds it): demo data must never go there. */
bool isOwnDatabase(const QString &path)
{
    const QString own = DataPaths::defaultDatabasePath();
    return QFileInfo(path).absoluteFilePath() == QFileInfo(own).absoluteFilePath();
}

/**
 * Whether an existing file already holds data, checked on a read-only connection so that a refused file
 * keeps every byte. Prints the reason and returns false when the demo must not go on.
 */
bool mayFill(Context &ctx)
{
    const QFileInfo info(ctx.dbPath);
    if (!info.exists() || info.size() == 0)
        return true;
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return false;
    auto hasData = DemoRepository(*db).hasData();
    if (!hasData) {
        fail(ctx.err, hasData.message());
        return false;
    }
    if (*hasData) {
        fail(ctx.err,
            tr("%1 already holds data and was left unchanged; demo data only goes into a new file.")
                .arg(QDir::toNativeSeparators(ctx.dbPath)));
        return false;
    }
    return true;
}

} // namespace

int demoCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("weeks"),
        tr("How many weeks of demo data, 1–%1 (default 12).").arg(DemoData::kMaxWeeks), tr("weeks") });
    parser.addOption(
        { QStringLiteral("seed"), tr("Random seed: the same seed gives the same data (default 1)."), tr("seed") });
    parser.addOption(
        { QStringLiteral("today"), tr("Treat this day as today, YYYY-MM-DD (default: today)."), tr("date") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise demo --weeks 12 --db demo.db [--seed 7] [--today 2026-11-30]\n"
               "Fills a NEW database file with realistic demo data.")))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err, tr("demo: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }
    DemoOptions options;
    options.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("weeks"))) {
        auto weeks = intOption(ctx, parser, QStringLiteral("weeks"));
        if (!weeks)
            return Usage;
        options.weeks = *weeks;
    }
    if (options.weeks < 1 || options.weeks > DemoData::kMaxWeeks) {
        fail(ctx.err, tr("--weeks: %1 is outside 1–%2.").arg(options.weeks).arg(DemoData::kMaxWeeks));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("seed"));
        options.seed = text.trimmed().toULongLong(&ok);
        if (!ok) {
            fail(ctx.err, tr("--seed: \"%1\" is not a whole number 0 or more.").arg(text));
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("today"))) {
        const auto today = dateOption(ctx, parser, QStringLiteral("today"), QDate::currentDate());
        if (!today)
            return Usage;
        options.today = *today;
    }
    if (isOwnDatabase(ctx.dbPath)) {
        fail(ctx.err, tr("demo needs --db PATH: demo data goes into a separate file, never your own."));
        return Usage;
    }
    if (!mayFill(ctx))
        return Failed;

    QElapsedTimer timer;
    timer.start();
    const bool existed = QFileInfo::exists(ctx.dbPath);
    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    // One transaction (DemoData::fill): a failure leaves no demo data at all, and a file this command made is
    // taken away again, so a failed demo leaves nothing behind.
    auto summary = DemoData(*db).fill(options);
    if (!summary) {
        const QString path = db->path();
        db.reset();
        if (!existed) {
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(path + suffix);
        }
        return report(ctx, summary.error());
    }
    const DemoSummary &s = *summary;
    ctx.out << tr("Wrote %1 weeks of demo data (%2 to %3) to %4 in %5 s.")
                   .arg(s.weeks)
                   .arg(IsoWeek::name(s.firstMonday), IsoWeek::name(s.lastMonday), QDir::toNativeSeparators(ctx.dbPath))
                   .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
            << "\n";
    ctx.out << tr("%1 planned sessions: %2 done, %3 skipped, %4 left unticked; back pain logged on %5 days; "
                  "%6 flare-up(s); a red-flag episode on %7.")
                   .arg(s.sessions)
                   .arg(s.done)
                   .arg(s.skipped)
                   .arg(s.unrecorded)
                   .arg(s.painDays)
                   .arg(s.flareUps)
                   .arg(s.redFlagDate.toString(Qt::ISODate))
            << "\n";
    return Ok;
}

} // namespace Stridewise::Cli
