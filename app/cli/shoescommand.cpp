#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/load/distancestats.h"
#include "core/model/isoweek.h"
#include "core/store/logrepository.h"
#include "core/store/shoerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

/** ../shared/EVIDENCE.md "Shoes", as far as it goes. */
QString comfortNote()
{
    return tr("Comfort is your own rating, 1–5. A review proposes choosing shoes by comfort, as a hypothesis not yet "
              "tested (Nigg 2015, expert opinion); Stridewise advises a comfortable shoe and nothing more. The "
              "retirement distance (700 km unless you set another) is a rule of thumb, not evidence.");
}

struct ShoeFacts
{
    Shoe shoe;
    ShoeUsage usage;
    ShoeWear wear;
    ShoePain pain;
};

/** Every shoe with its kilometres and the back pain the day after its runs (all time, up to today). */
Result<QList<ShoeFacts>> collect(Database &db, QDate today)
{
    ShoeRepository shoes(db);
    auto list = shoes.shoes();
    if (!list)
        return list.error();
    auto usage = shoes.usage();
    if (!usage)
        return usage.error();
    const QDate first(1990, 1, 1);
    auto runs = shoes.runs(first, today);
    if (!runs)
        return runs.error();
    auto painLog = LogRepository(db).painBetween(first, today.addDays(1));
    if (!painLog)
        return painLog.error();
    QList<DailyPain> pain;
    for (const PainEntry &e : *painLog)
        pain << DailyPain{ e.date, e.score, e.hasRedFlag(), e.hasUrgentRedFlag() };
    const QList<ShoePain> painByShoe = Load::painDayAfterRunsByShoe(*runs, pain);
    QList<ShoeFacts> out;
    for (const Shoe &s : *list) {
        ShoeFacts f{ s, ShoeUsage{ s.id }, {}, ShoePain{ s.id } };
        for (const ShoeUsage &u : *usage) {
            if (u.shoeId == s.id)
                f.usage = u;
        }
        for (const ShoePain &p : painByShoe) {
            if (p.shoeId == s.id)
                f.pain = p;
        }
        f.wear = Load::wear(f.usage.meters, s.retireKm);
        out << f;
    }
    return out;
}

QJsonObject toJson(const ShoeFacts &f)
{
    const Shoe &s = f.shoe;
    return QJsonObject{
        { QStringLiteral("id"), s.id },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("comfort"), s.comfort ? QJsonValue(*s.comfort) : QJsonValue() },
        { QStringLiteral("started"), s.started.isValid() ? QJsonValue(s.started.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("retire_km"), s.retireKm },
        { QStringLiteral("retired"), s.retired.isValid() ? QJsonValue(s.retired.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("default"), s.isDefault },
        { QStringLiteral("km"), std::round(f.wear.km * 10.0) / 10.0 },
        { QStringLiteral("runs"), f.usage.runs },
        { QStringLiteral("runs_without_distance"), f.usage.runsWithoutDistance },
        { QStringLiteral("near_retirement"), f.wear.nearRetirement },
        { QStringLiteral("past_retirement"), f.wear.pastRetirement },
        { QStringLiteral("pain_day_after"),
            QJsonObject{ { QStringLiteral("n"), f.pain.n },
                { QStringLiteral("mean"),
                    f.pain.meanPain ? QJsonValue(std::round(*f.pain.meanPain * 10.0) / 10.0) : QJsonValue() },
                { QStringLiteral("summary"), Load::describe(f.pain) } } },
    };
}

void printText(Context &ctx, const ShoeFacts &f)
{
    const Shoe &s = f.shoe;
    QString line = QStringLiteral("#%1 %2").arg(s.id).arg(s.name);
    if (s.isDefault)
        line += tr(" (default)");
    if (s.isRetired())
        line += tr(", retired %1").arg(s.retired.toString(Qt::ISODate));
    if (s.comfort)
        line += tr(", comfort %1/5 (your rating)").arg(*s.comfort);
    if (s.started.isValid())
        line += tr(", started %1").arg(s.started.toString(Qt::ISODate));
    line += tr(": %1 km of %2, %3 runs").arg(f.wear.km, 0, 'f', 1).arg(s.retireKm).arg(f.usage.runs);
    if (f.usage.runsWithoutDistance > 0)
        line += tr(" (%1 without a distance)").arg(f.usage.runsWithoutDistance);
    ctx.out << line << "\n";
    if (f.wear.pastRetirement && !s.isRetired())
        ctx.out << tr("   past the %1 km you set to retire it.").arg(s.retireKm) << "\n";
    else if (f.wear.nearRetirement && !s.isRetired())
        ctx.out << tr("   nearly at the %1 km you set to retire it.").arg(s.retireKm) << "\n";
    ctx.out << tr("   back pain the day after runs: %1").arg(Load::describe(f.pain)) << "\n";
}

/** A shoe named by its #id or its name; prints why not and returns nullopt otherwise. */
std::optional<Shoe> findShoe(Context &ctx, Database &db, const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('#')))
        t = t.mid(1);
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    auto found = isNumber ? ShoeRepository(db).shoe(id) : ShoeRepository(db).findByName(t);
    if (!found) {
        fail(ctx.err, found.message());
        return std::nullopt;
    }
    if (!found->has_value()) {
        fail(ctx.err, tr("There is no shoe \"%1\" (stridewise shoes lists them).").arg(text));
        return std::nullopt;
    }
    return **found;
}

/** Applies --name, --comfort, --started, --retire-km to shoe; false (after printing why) on a bad value. */
bool applyOptions(Context &ctx, const QCommandLineParser &parser, Shoe &shoe)
{
    if (parser.isSet(QStringLiteral("name")))
        shoe.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("comfort"))) {
        auto comfort = intOption(ctx, parser, QStringLiteral("comfort"));
        if (!comfort)
            return false;
        shoe.comfort = *comfort;
    }
    if (parser.isSet(QStringLiteral("started"))) {
        auto date = IsoWeek::parseDate(parser.value(QStringLiteral("started")));
        if (!date) {
            fail(ctx.err, QStringLiteral("--started: ") + date.message());
            return false;
        }
        shoe.started = *date;
    }
    if (parser.isSet(QStringLiteral("retire-km"))) {
        auto km = intOption(ctx, parser, QStringLiteral("retire-km"));
        if (!km)
            return false;
        shoe.retireKm = *km;
    }
    if (auto valid = validateShoe(shoe); !valid) {
        fail(ctx.err, valid.message());
        return false;
    }
    return true;
}

int printShoes(Context &ctx, Database &db, bool json, QDate today)
{
    auto facts = collect(db, today);
    if (!facts)
        return report(ctx, facts.error());
    if (json) {
        QJsonArray shoes;
        for (const ShoeFacts &f : *facts)
            shoes.append(toJson(f));
        ctx.out << QJsonDocument(
            QJsonObject{ { QStringLiteral("shoes"), shoes }, { QStringLiteral("note"), comfortNote() } })
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (facts->isEmpty())
        ctx.out << tr("No shoes yet. Add one: stridewise shoes add \"NAME\" --comfort 4") << "\n";
    for (const ShoeFacts &f : *facts)
        printText(ctx, f);
    ctx.out << comfortNote() << "\n";
    return Ok;
}

/** After a change: the shoe as `shoes list` shows it. */
int printOne(Context &ctx, Database &db, qint64 id, bool json, const QString &done)
{
    auto facts = collect(db, QDate::currentDate());
    if (!facts)
        return report(ctx, facts.error());
    for (const ShoeFacts &f : *facts) {
        if (f.shoe.id != id)
            continue;
        if (json) {
            ctx.out << QJsonDocument(toJson(f)).toJson(QJsonDocument::Indented);
        } else {
            ctx.out << done << "\n";
            printText(ctx, f);
        }
    }
    return Ok;
}

} // namespace

int shoesCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("list (default), add NAME, edit SHOE, retire SHOE, default SHOE"));
    parser.addOption({ QStringLiteral("name"), tr("A new name (edit)."), tr("name") });
    parser.addOption(
        { QStringLiteral("comfort"), tr("How comfortable the shoe feels to you, 1–5 (your own rating)."), tr("1-5") });
    parser.addOption({ QStringLiteral("started"), tr("The day you started running in it, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("retire-km"), tr("Retire it at this many km (default 700)."), tr("km") });
    parser.addOption({ QStringLiteral("default"), tr("Make it the default shoe (add).") });
    parser.addOption(
        { QStringLiteral("date"), tr("The day it was retired, YYYY-MM-DD (default: today)."), tr("date") });
    parser.addOption({ QStringLiteral("format"), tr("text (default) or json."), tr("format") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise shoes [list] [--format json]\n"
               "stridewise shoes add NAME [--comfort 1-5] [--started DATE] [--retire-km 700] [--default]\n"
               "stridewise shoes edit SHOE [--name NAME] [--comfort 1-5] [--started DATE] [--retire-km KM]\n"
               "stridewise shoes retire SHOE [--date DATE]\n"
               "stridewise shoes default SHOE\n"
               "SHOE is the #number that list prints, or the shoe's name. Imported runs get the "
               "default shoe; log done SESSION_ID --shoe SHOE sets another.")))
        return *code;
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const bool needsShoe =
        action == QLatin1String("edit") || action == QLatin1String("retire") || action == QLatin1String("default");
    if ((action == QLatin1String("list") && positional.size() > 1)
        || (action == QLatin1String("add") && positional.size() != 2) || (needsShoe && positional.size() != 2)
        || !(action == QLatin1String("list") || action == QLatin1String("add") || needsShoe)) {
        fail(ctx.err,
            tr("shoes: use \"shoes\", \"shoes add NAME\", \"shoes edit SHOE\", \"shoes retire SHOE\" or "
               "\"shoes default SHOE\"."));
        return Usage;
    }

    if (action == QLatin1String("list")) {
        if (!requireExistingDatabase(ctx))
            return Usage;
        auto db = openDatabase(ctx, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        return printShoes(ctx, *db, *json, QDate::currentDate());
    }
    if (action == QLatin1String("add")) {
        Shoe shoe;
        shoe.name = positional.at(1);
        shoe.started = QDate::currentDate();
        shoe.isDefault = parser.isSet(QStringLiteral("default"));
        if (!applyOptions(ctx, parser, shoe))
            return Usage;
        if (!requireExistingDatabase(ctx))
            return Usage;
        auto db = openDatabase(ctx);
        if (!db)
            return Failed;
        auto added = ShoeRepository(*db).add(shoe);
        if (!added)
            return added.kind() == ErrorKind::Conflict ? (fail(ctx.err, added.message()), int(Usage))
                                                       : report(ctx, added.error());
        return printOne(ctx, *db, added->id, *json, tr("Added shoe #%1.").arg(added->id));
    }
    if (!requireExistingDatabase(ctx))
        return Usage;
    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    auto shoe = findShoe(ctx, *db, positional.at(1));
    if (!shoe)
        return Usage;
    Result<void> done;
    QString message;
    if (action == QLatin1String("edit")) {
        if (!applyOptions(ctx, parser, *shoe))
            return Usage;
        done = ShoeRepository(*db).update(*shoe);
        message = tr("Saved shoe #%1.").arg(shoe->id);
    } else if (action == QLatin1String("retire")) {
        QDate date = QDate::currentDate();
        if (parser.isSet(QStringLiteral("date"))) {
            auto parsed = IsoWeek::parseDate(parser.value(QStringLiteral("date")));
            if (!parsed) {
                fail(ctx.err, QStringLiteral("--date: ") + parsed.message());
                return Usage;
            }
            date = *parsed;
        }
        done = ShoeRepository(*db).retire(shoe->id, date);
        message = tr("Retired shoe #%1.").arg(shoe->id);
    } else {
        done = ShoeRepository(*db).setDefault(shoe->id);
        message = tr("Shoe #%1 is now the default: imported runs get it.").arg(shoe->id);
    }
    if (!done) {
        if (done.kind() == ErrorKind::Conflict || done.kind() == ErrorKind::Invalid) {
            fail(ctx.err, done.message());
            return Usage;
        }
        return report(ctx, done.error());
    }
    return printOne(ctx, *db, shoe->id, *json, message);
}

} // namespace Stridewise::Cli
