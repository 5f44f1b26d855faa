#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/io/json.h"
#include "core/model/names.h"
#include "core/store/profilerepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

void printProfile(Context &ctx, const Profile &p, bool json)
{
    if (json) {
        ctx.out << QJsonDocument(Json::fromProfile(p)).toJson(QJsonDocument::Indented);
        return;
    }
    QStringList days, lowImpact;
    for (Qt::DayOfWeek d : p.days)
        days << Names::weekday(d);
    for (Activity a : p.lowImpact)
        lowImpact << Names::lowImpact(a);
    ctx.out
        << tr("Experience:           %1 (%2)").arg(Names::experience(p.experience), Labels::experience(p.experience))
        << '\n'
        << tr("Running per week:     %1 min").arg(p.runMinutes) << '\n'
        << tr("Running days wanted:  %1").arg(p.runDays) << '\n'
        << tr("Available days:       %1").arg(days.join(QLatin1Char(','))) << '\n'
        << tr("Long-run day:         %1").arg(Names::weekday(p.longRunDay)) << '\n'
        << tr("Low-impact:           %1").arg(lowImpact.join(QLatin1Char(','))) << '\n'
        << tr("Weekday time:         %1 min").arg(p.weekdayMinutes) << '\n'
        << tr("Weekend-day time:     %1 min").arg(p.weekendMinutes) << '\n'
        << (p.goalMinutes > 0 ? tr("Weekly running goal:  %1 min").arg(p.goal())
                              : tr("Weekly running goal:  %1 min (the default)").arg(p.goal()))
        << '\n'
        << tr("Disc history:         %1").arg(p.discHistory ? tr("yes") : tr("no")) << '\n';
}

/** Reads the list option "name" (comma-separated) with parse(); prints an error naming the bad item. */
template<typename T, typename Parse>
std::optional<QList<T>> listOption(Context &ctx, const QString &name, const QString &text, Parse parse, const QStringList &allowed)
{
    QList<T> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto value = parse(item);
        if (!value) {
            fail(ctx.err, tr("--%1: \"%2\" is not one of %3.").arg(name, item.trimmed(), allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!out.contains(*value))
            out << *value;
    }
    if (out.isEmpty()) {
        fail(ctx.err, tr("--%1 needs at least one of %2.").arg(name, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return out;
}

} // namespace

int profileCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("show or set"));
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("format")});
    parser.addOption({QStringLiteral("experience"), tr("new, returning or regular."), tr("level")});
    parser.addOption({QStringLiteral("run-minutes"), tr("Running minutes in a typical recent week."), tr("minutes")});
    parser.addOption({QStringLiteral("run-days"), tr("Running days wanted a week, 2–5."), tr("count")});
    parser.addOption({QStringLiteral("days"), tr("Available days, e.g. mon,wed,fri,sat."), tr("days")});
    parser.addOption({QStringLiteral("long-run-day"), tr("Day for the longer run, e.g. sun."), tr("day")});
    parser.addOption({QStringLiteral("low-impact"), tr("Any of walking,cycling,swimming."), tr("activities")});
    parser.addOption({QStringLiteral("weekday-minutes"), tr("Most minutes available on a weekday."), tr("minutes")});
    parser.addOption({QStringLiteral("weekend-minutes"), tr("Most minutes available on a weekend day."), tr("minutes")});
    parser.addOption({ QStringLiteral("goal-minutes"),
        tr("Weekly running minutes to build up to; 0 for the default (your running minutes, or 90 for new runners)."),
        tr("minutes") });
    parser.addOption({ QStringLiteral("disc-history"),
        tr("yes or no: a disc problem or sciatica in the past (the stretch then warns about leg symptoms)."),
        tr("yes|no") });
    if (auto code = parseArguments(parser, ctx, tr("stridewise profile show|set [options]")))
        return *code;
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("show"));
    if (positional.size() > 1 || (action != QLatin1String("show") && action != QLatin1String("set"))) {
        fail(ctx.err, tr("profile: use \"show\" or \"set\", not \"%1\".").arg(positional.join(QLatin1Char(' '))));
        return Usage;
    }

    if (action == QLatin1String("show")) {
        if (!requireExistingDatabase(ctx))
            return Failed;
        auto db = openDatabase(ctx, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        auto profile = ProfileRepository(*db).load();
        if (!profile)
            return report(ctx, profile.error());
        if (!profile->has_value()) {
            fail(ctx.err, tr("there is no profile yet; set one with: stridewise profile set --experience returning --run-minutes 60 …"));
            return Failed;
        }
        printProfile(ctx, **profile, *json);
        return Ok;
    }

    // set: start from the saved profile (or the defaults) and change only what was given.
    // Every value is checked before the database is opened, so a bad one changes nothing.
    struct Change
    {
        std::optional<Experience> experience;
        std::optional<int> runMinutes, runDays, weekdayMinutes, weekendMinutes, goalMinutes;
        std::optional<bool> discHistory;
        std::optional<QList<Qt::DayOfWeek>> days;
        std::optional<Qt::DayOfWeek> longRunDay;
        std::optional<QList<Activity>> lowImpact;
    } change;
    if (parser.isSet(QStringLiteral("experience"))) {
        change.experience = Names::parseExperience(parser.value(QStringLiteral("experience")));
        if (!change.experience) {
            fail(ctx.err, tr("--experience: \"%1\" is not one of %2.")
                              .arg(parser.value(QStringLiteral("experience")), Names::allExperiences().join(QStringLiteral(", "))));
            return Usage;
        }
    }
    for (auto [name, target] : { std::pair{ QStringLiteral("run-minutes"), &change.runMinutes },
             std::pair{ QStringLiteral("run-days"), &change.runDays },
             std::pair{ QStringLiteral("weekday-minutes"), &change.weekdayMinutes },
             std::pair{ QStringLiteral("weekend-minutes"), &change.weekendMinutes },
             std::pair{ QStringLiteral("goal-minutes"), &change.goalMinutes } }) {
        if (parser.isSet(name)) {
            *target = intOption(ctx, parser, name);
            if (!*target)
                return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("disc-history"))) {
        const QString text = parser.value(QStringLiteral("disc-history")).trimmed().toLower();
        if (text != QLatin1String("yes") && text != QLatin1String("no")) {
            fail(ctx.err,
                tr("--disc-history: \"%1\" is not yes or no.").arg(parser.value(QStringLiteral("disc-history"))));
            return Usage;
        }
        change.discHistory = text == QLatin1String("yes");
    }
    if (parser.isSet(QStringLiteral("days"))) {
        change.days = listOption<Qt::DayOfWeek>(ctx, QStringLiteral("days"), parser.value(QStringLiteral("days")),
                                                Names::parseWeekday, Names::allWeekdays());
        if (!change.days)
            return Usage;
        std::sort(change.days->begin(), change.days->end());
    }
    if (parser.isSet(QStringLiteral("long-run-day"))) {
        change.longRunDay = Names::parseWeekday(parser.value(QStringLiteral("long-run-day")));
        if (!change.longRunDay) {
            fail(ctx.err, tr("--long-run-day: \"%1\" is not one of %2.")
                              .arg(parser.value(QStringLiteral("long-run-day")), Names::allWeekdays().join(QStringLiteral(", "))));
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("low-impact"))) {
        change.lowImpact = listOption<Activity>(ctx, QStringLiteral("low-impact"), parser.value(QStringLiteral("low-impact")),
                                                Names::parseLowImpact, Names::allLowImpact());
        if (!change.lowImpact)
            return Usage;
    }

    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    ProfileRepository repo(*db);
    auto saved = repo.load();
    if (!saved)
        return report(ctx, saved.error());
    Profile p = saved->value_or(Profile{});
    if (change.experience)
        p.experience = *change.experience;
    if (change.runMinutes)
        p.runMinutes = *change.runMinutes;
    if (change.runDays)
        p.runDays = *change.runDays;
    if (change.weekdayMinutes)
        p.weekdayMinutes = *change.weekdayMinutes;
    if (change.weekendMinutes)
        p.weekendMinutes = *change.weekendMinutes;
    if (change.goalMinutes)
        p.goalMinutes = *change.goalMinutes;
    if (change.discHistory)
        p.discHistory = *change.discHistory;
    if (change.days)
        p.days = *change.days;
    if (change.longRunDay)
        p.longRunDay = *change.longRunDay;
    if (change.lowImpact)
        p.lowImpact = *change.lowImpact;
    if (auto r = repo.save(p); !r)
        return report(ctx, r.error());
    printProfile(ctx, p, *json);
    return Ok;
}

} // namespace Stridewise::Cli
