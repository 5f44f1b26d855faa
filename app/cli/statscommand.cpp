#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/io/loadjson.h"
#include "core/load/loadreport.h"
#include "core/model/isoweek.h"
#include "core/model/validation.h"
#include "core/service/reportbuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

/** Default range when --from/--to are left out: the 12 weeks up to today, as the chart's default. */
constexpr int kDefaultDays = 12 * 7;

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString orDash(const std::optional<double> &value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

void printText(Context &ctx, const LoadReport &r)
{
    QTextStream &o = ctx.out;
    o << tr("Training load and back pain, %1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
      << "\n";
    o << tr("Load = effort (0–10) × minutes, in effort·min (session-RPE, Foster 2001). Pain is 0–10; "
            "\"–\" = not logged.")
      << "\n\n";

    o << tr("Weeks (load in effort·min; monotony and strain after Foster 1998, whole weeks only)") << "\n";
    o << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
             .arg(tr("week"), -9)
             .arg(tr("total"), 7)
             .arg(tr("running"), 8)
             .arg(tr("low-imp."), 8)
             .arg(tr("strength"), 8)
             .arg(tr("monotony"), 9)
             .arg(tr("strain"), 9)
             .arg(tr("pain (mean/10, days)"));
    for (const WeekStats &w : r.weeks) {
        const QString pain =
            w.meanPain ? tr("%1 (%2 d)").arg(number(*w.meanPain, 1)).arg(w.painDays) : QStringLiteral("–");
        o << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(IsoWeek::name(w.monday), -9)
                 .arg(w.total(), 7)
                 .arg(w.load.running, 8)
                 .arg(w.load.lowImpact, 8)
                 .arg(w.load.strength, 8)
                 .arg(orDash(w.monotony, 2), 9)
                 .arg(orDash(w.strain, 0), 9)
                 .arg(pain);
    }

    o << "\n" << tr("Days (load in effort·min; acute = 7-day and chronic = 28-day weighted averages)") << "\n";
    o << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
             .arg(tr("date"), -10)
             .arg(tr("running"), 7)
             .arg(tr("low-imp."), 8)
             .arg(tr("strength"), 8)
             .arg(tr("total"), 6)
             .arg(tr("pain"), 5)
             .arg(tr("acute"), 7)
             .arg(tr("chronic"), 7)
             .arg(tr("ratio"));
    for (const DailyLoad &d : r.days) {
        QString flags;
        if (d.redFlag)
            flags += QLatin1Char(' ') + tr("red flag");
        if (d.spike)
            flags += QLatin1Char(' ') + tr("spike run");
        o << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9%10\n")
                 .arg(d.date.toString(Qt::ISODate), -10)
                 .arg(d.load.running, 7)
                 .arg(d.load.lowImpact, 8)
                 .arg(d.load.strength, 8)
                 .arg(d.total(), 6)
                 .arg(d.pain ? QString::number(*d.pain) : QStringLiteral("–"), 5)
                 .arg(number(d.acute, 1), 7)
                 .arg(number(d.chronic, 1), 7)
                 .arg(orDash(d.acwr, 2))
                 .arg(flags);
    }
    o << tr("The ratio (acute ÷ chronic) is shown as context, not a verdict: the evidence that it predicts "
            "injury is disputed, and in runners it did not flag risk.")
      << "\n";

    o << "\n" << tr("Spike runs (more than 10 % longer than the longest run of the 30 days before)") << "\n";
    if (r.spikes.isEmpty())
        o << "  " << tr("none") << "\n";
    for (const Spike &s : r.spikes) {
        o << "  "
          << tr("%1: %2 min, longest of the 30 days before %3 min (+%4 %)")
                 .arg(s.date.toString(Qt::ISODate))
                 .arg(s.minutes)
                 .arg(s.longestPrior30d)
                 .arg(qRound((s.ratio - 1.0) * 100))
          << "\n";
    }

    o << "\n" << tr("Back pain against the day's load (Spearman rank correlation, descriptive only)") << "\n";
    for (const Correlation &c : r.correlations) {
        o << "  " << QStringLiteral("%1").arg(tr("pain %1").arg(Load::lagLabel(c.lag)), -20)
          << tr("ρ = %1 over %2 paired days").arg(c.rho ? number(*c.rho, 2) : QStringLiteral("–")).arg(c.n);
        if (c.n < Load::kMinCorrelationDays)
            o << tr(" (too few to conclude)");
        o << "\n";
    }
    o << "\n" << r.summary << "\n";
}

} // namespace

int statsCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("from"), tr("First day, YYYY-MM-DD (default: 12 weeks before --to)."), tr("date") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD (default: today)."), tr("date") });
    parser.addOption({ QStringLiteral("format"), tr("text (default) or json."), tr("format") });
    if (auto code =
            parseArguments(parser, ctx, tr("stridewise stats --from 2026-09-01 --to 2026-11-30 [--format text|json]")))
        return *code;
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err, tr("stats: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }
    const QDate today = QDate::currentDate();
    QDate to = today;
    if (parser.isSet(QStringLiteral("to"))) {
        const auto parsed = dateOption(ctx, parser, QStringLiteral("to"), today);
        if (!parsed)
            return Usage;
        to = *parsed;
    }
    QDate from = to.addDays(1 - kDefaultDays);
    if (parser.isSet(QStringLiteral("from"))) {
        const auto parsed = dateOption(ctx, parser, QStringLiteral("from"), today);
        if (!parsed)
            return Usage;
        from = *parsed;
    }
    // A range a life can hold: 0001-01-01 to 9999-12-31 would take minutes and gigabytes (issue 16.10).
    if (auto range = validateDateRange(from, to, today); !range) {
        fail(ctx.err, range.message());
        return Usage;
    }

    if (!requireExistingDatabase(ctx))
        return Failed;
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto built = buildLoadReport(*db, from, to);
    if (!built)
        return report(ctx, built.error());
    const LoadReport &result = *built;
    if (*json)
        ctx.out << QJsonDocument(Json::fromLoadReport(result)).toJson(QJsonDocument::Indented);
    else
        printText(ctx, result);
    return Ok;
}

} // namespace Stridewise::Cli
