#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/service/planner.h"
#include "core/store/planrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

void printWeek(Context &ctx, const Week &w)
{
    ctx.out << tr("Plan for %1 (%2 to %3), pain zone %4")
                   .arg(IsoWeek::name(w.monday), w.monday.toString(Qt::ISODate), w.sunday().toString(Qt::ISODate),
                       Labels::zone(w.zone).toLower())
            << "\n";
    if (w.generatorVersion > 0) {
        ctx.out << "  "
                << tr("Running: %1 min planned; your level %2 min, your goal %3 min.")
                       .arg(w.plannedRunning())
                       .arg(w.level)
                       .arg(w.goal)
                << "\n";
        if (w.ladder)
            ctx.out
                << "  "
                << tr("Return ladder: rung %1 of %2, %3.").arg(w.ladder->rung).arg(w.ladder->of).arg(w.ladder->reason)
                << "\n";
    }
    for (const Adaptation &a : w.adaptations)
        ctx.out << "  ! " << a.message << "\n";
    for (const QString &u : w.unsatisfied)
        ctx.out << "  ? " << tr("Could not fit: %1").arg(u) << "\n";
    QDate day;
    for (const PlannedSession &s : w.sessions) {
        if (s.date != day) {
            day = s.date;
            ctx.out << "\n" << Labels::weekday(Qt::DayOfWeek(day.dayOfWeek())) << ' ' << day.toString(Qt::ISODate) << "\n";
        }
        QString mark = QStringLiteral("[ ]");
        if (s.isDone())
            mark = QStringLiteral("[x]");
        else if (s.isSkipped())
            mark = QStringLiteral("[-]");
        ctx.out << tr("  %1 #%2 %3 %4: %5, %6 min, effort %7/10")
                       .arg(mark)
                       .arg(s.id)
                       .arg(Labels::timeOfDay(s.timeOfDay).toLower(), -7)
                       .arg(Names::activity(s.activity), -8)
                       .arg(s.title)
                       .arg(s.minutes)
                       .arg(s.rpe);
        if (s.activity == Activity::Run && s.running() < s.minutes)
            ctx.out << tr(" (%1 min of it running)").arg(s.running());
        ctx.out << "\n";
        if (s.isDone()) {
            ctx.out << "        " << tr("done: %1 min, effort %2/10").arg(s.completion->minutes).arg(s.completion->rpe);
            if (s.completion->pain)
                ctx.out << tr(", back pain after %1/10").arg(*s.completion->pain);
            ctx.out << "\n";
        }
        if (!s.reason.isEmpty())
            ctx.out << "        " << tr("why: %1").arg(s.reason) << "\n";
    }
}

} // namespace

int planCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("week"), tr("ISO week to plan, e.g. 2026-W49 (default: this week)."), tr("week")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("format")});
    parser.addOption({QStringLiteral("regenerate"), tr("Replace the week's plan if none of it is ticked or skipped yet.")});
    parser.addOption({ QStringLiteral("replan"),
        tr("Re-plan the rest of the week from today on: done, skipped and hand-added sessions stay.") });
    parser.addOption({QStringLiteral("today"), tr("Treat this date as today (YYYY-MM-DD), for scripts and tests."), tr("date")});
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise plan [--week 2026-W49] [--format text|json] [--regenerate | --replan] [--today 2026-12-02]\n"
               "A week is planned from today on: days already past get nothing.")))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err, tr("plan: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const auto parsed = dateOption(ctx, parser, QStringLiteral("today"), QDate::currentDate());
        if (!parsed)
            return Usage;
        today = *parsed;
    }
    QDate monday = IsoWeek::mondayOf(today);
    if (parser.isSet(QStringLiteral("week"))) {
        const auto parsed = weekOption(ctx, parser, QStringLiteral("week"), QDate::currentDate());
        if (!parsed)
            return Usage;
        monday = *parsed;
    }
    const bool regenerate = parser.isSet(QStringLiteral("regenerate"));
    const bool replan = parser.isSet(QStringLiteral("replan"));
    if (regenerate && replan) {
        fail(ctx.err, tr("plan: use --regenerate or --replan, not both."));
        return Usage;
    }

    if (!requireExistingDatabase(ctx))
        return Failed;

    auto print = [&](const Week &w) {
        if (*json)
            ctx.out << QJsonDocument(Json::fromWeek(w)).toJson(QJsonDocument::Indented);
        else
            printWeek(ctx, w);
        return Ok;
    };
    // One open per command (issue 15). Printing a week that is already planned only reads, so while another
    // process (the window) holds the lock it is read read-only; planning a new week then names the holder.
    if (!regenerate && !replan && !tryLockForWriting(ctx)) {
        auto reader = openDatabase(ctx, Database::Mode::ReadOnly);
        if (!reader)
            return Failed;
        auto existing = PlanRepository(*reader).week(monday);
        if (!existing)
            return report(ctx, existing.error());
        if (existing->has_value() && !(*existing)->sessions.isEmpty())
            return print(**existing);
        reader.reset();
        lockForWriting(ctx); // prints who holds the file
        return Failed;
    }

    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    Planner planner(*db);
    auto existing = PlanRepository(*db).week(monday);
    if (!existing)
        return report(ctx, existing.error());
    const bool planned = existing->has_value() && (*existing)->generatorVersion > 0;
    Result<Week> week = Week{};
    if (replan && today > monday.addDays(6)) {
        fail(ctx.err,
            tr("%1 is over: only the rest of a week that is not over can be re-planned.").arg(IsoWeek::name(monday)));
        return Failed;
    }
    if (replan && planned)
        week = planner.replan(monday, std::max(today, monday));
    else if (regenerate)
        week = planner.regenerate(monday, today);
    else if (!existing->has_value() || (*existing)->sessions.isEmpty() || replan)
        week = planner.planWeek(monday, today);
    else
        week = **existing;
    if (!week)
        return report(ctx, week.error());
    return print(*week);
}

} // namespace Stridewise::Cli
