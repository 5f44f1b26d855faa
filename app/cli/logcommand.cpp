#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

int logPain(Context &ctx, const QCommandLineParser &parser, bool json)
{
    PainEntry entry;
    auto date = IsoWeek::parseDate(parser.isSet(QStringLiteral("date")) ? parser.value(QStringLiteral("date"))
                                                                        : QDate::currentDate().toString(Qt::ISODate));
    if (!date)
        return report(ctx, date.error());
    entry.date = *date;
    if (!parser.isSet(QStringLiteral("score"))) {
        fail(ctx.err, tr("log pain needs --score, 0–10."));
        return Usage;
    }
    auto score = intOption(ctx, parser, QStringLiteral("score"));
    if (!score)
        return Usage;
    entry.score = *score;
    for (const QString &text : parser.values(QStringLiteral("symptom"))) {
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto symptom = Names::parseSymptom(item);
            if (!symptom) {
                fail(ctx.err, tr("--symptom: \"%1\" is not one of %2.").arg(item, Names::allSymptoms().join(QStringLiteral(", "))));
                return Usage;
            }
            if (!entry.symptoms.contains(*symptom))
                entry.symptoms << *symptom;
        }
    }
    std::sort(entry.symptoms.begin(), entry.symptoms.end());
    entry.note = parser.value(QStringLiteral("note"));
    if (auto valid = validatePainEntry(entry); !valid)
        return report(ctx, valid.error());

    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    if (auto r = LogRepository(*db).logPain(entry); !r)
        return report(ctx, r.error());
    if (json) {
        ctx.out << QJsonDocument(Json::fromPainEntry(entry)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << tr("Saved back pain %1/10 for %2.").arg(entry.score).arg(entry.date.toString(Qt::ISODate)) << "\n";
    if (entry.hasUrgentRedFlag()) {
        ctx.out << tr("URGENT: bladder or bowel change or numbness in the saddle area can be serious. "
                      "Seek urgent medical care today (emergency department). Running and strength work are stopped in your plan.")
                << "\n";
    } else if (entry.hasRedFlag()) {
        ctx.out << tr("These symptoms need a clinician's look: see one soon, before you run again. "
                      "Running and strength work are stopped in your next plan.")
                << "\n";
    }
    return Ok;
}

int logSession(Context &ctx, const QCommandLineParser &parser, const QString &action, const QString &idText, bool json)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(ctx.err, tr("log %1: \"%2\" is not a session id (the #number that plan prints).").arg(action, idText));
        return Usage;
    }
    Completion c;
    c.sessionId = id;
    c.skipped = action == QLatin1String("skip");
    if (!c.skipped) {
        for (const char *required : {"minutes", "rpe"}) {
            if (!parser.isSet(QString::fromLatin1(required))) {
                fail(ctx.err, tr("log done needs --%1.").arg(QString::fromLatin1(required)));
                return Usage;
            }
        }
        auto minutes = intOption(ctx, parser, QStringLiteral("minutes"));
        auto rpe = minutes ? intOption(ctx, parser, QStringLiteral("rpe")) : std::nullopt;
        if (!minutes || !rpe)
            return Usage;
        c.minutes = *minutes;
        c.rpe = *rpe;
    }
    if (parser.isSet(QStringLiteral("pain"))) {
        auto pain = intOption(ctx, parser, QStringLiteral("pain"));
        if (!pain)
            return Usage;
        c.pain = *pain;
    }
    c.note = parser.value(c.skipped ? QStringLiteral("reason") : QStringLiteral("note"));
    if (auto valid = validateCompletion(c); !valid)
        return report(ctx, valid.error());

    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    if (auto r = LogRepository(*db).complete(c); !r)
        return r.kind() == ErrorKind::NotFound ? (fail(ctx.err, r.message()), Usage) : report(ctx, r.error());
    auto session = PlanRepository(*db).session(id);
    if (!session || !session->has_value())
        return Failed;
    if (json) {
        ctx.out << QJsonDocument(Json::fromSession(**session)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const PlannedSession &s = **session;
    if (c.skipped)
        ctx.out << tr("Marked #%1 %2 on %3 as skipped.").arg(id).arg(s.title, s.date.toString(Qt::ISODate)) << "\n";
    else
        ctx.out << tr("Ticked #%1 %2 on %3: %4 min, effort %5/10.").arg(id).arg(s.title, s.date.toString(Qt::ISODate)).arg(c.minutes).arg(c.rpe)
                << "\n";
    return Ok;
}

} // namespace

int logCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), tr("pain, done SESSION_ID or skip SESSION_ID"));
    parser.addOption({QStringLiteral("date"), tr("Day of the pain log, YYYY-MM-DD (default: today)."), tr("date")});
    parser.addOption({QStringLiteral("score"), tr("Back pain 0–10."), tr("score")});
    parser.addOption({QStringLiteral("symptom"), tr("A symptom (repeatable): %1.").arg(Names::allSymptoms().join(QStringLiteral(", "))),
                      tr("symptom")});
    parser.addOption({QStringLiteral("note"), tr("A note."), tr("text")});
    parser.addOption({QStringLiteral("minutes"), tr("Actual minutes done."), tr("minutes")});
    parser.addOption({QStringLiteral("rpe"), tr("Effort 0–10 (Borg CR-10)."), tr("effort")});
    parser.addOption({QStringLiteral("pain"), tr("Back pain after the session, 0–10."), tr("score")});
    parser.addOption({QStringLiteral("reason"), tr("Why a session was skipped."), tr("text")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("format")});
    if (auto code = parseArguments(parser, ctx,
                                   tr("stridewise log pain --date 2026-12-01 --score 3 [--symptom numbness] [--note …]\n"
                                      "stridewise log done SESSION_ID --minutes 35 --rpe 5 [--pain 2] [--note …]\n"
                                      "stridewise log skip SESSION_ID [--reason …]")))
        return *code;
    const auto json = jsonFormat(ctx, parser);
    if (!json)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (what == QLatin1String("pain") && positional.size() == 1)
        return logPain(ctx, parser, *json);
    if ((what == QLatin1String("done") || what == QLatin1String("skip")) && positional.size() == 2)
        return logSession(ctx, parser, what, positional.at(1), *json);
    fail(ctx.err, tr("log: use \"log pain --score N\", \"log done SESSION_ID --minutes N --rpe N\" or \"log skip SESSION_ID\"."));
    return Usage;
}

} // namespace Stridewise::Cli
