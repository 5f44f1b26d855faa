#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/io/json.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/shoerepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

QString symptomList(const QList<Symptom> &symptoms)
{
    QStringList names;
    for (Symptom s : symptoms)
        names << Names::symptom(s);
    return names.join(QStringLiteral(", "));
}

/**
 * "3/10, symptoms: numbness, with a note": what a day's entry holds, for the refusal to overwrite it. The note
 * itself is never printed: a refusal is no place to show health notes (issue 16.14).
 */
QString describePain(const PainEntry &entry)
{
    QString text = tr("%1/10").arg(entry.score);
    if (!entry.symptoms.isEmpty())
        text += tr(", symptoms: %1").arg(symptomList(entry.symptoms));
    if (!entry.note.isEmpty())
        text += tr(", with a note");
    return text;
}

/** "done, 35 min, effort 5/10, pain 2/10" or "skipped (reason)": what a session's record holds. */
QString describeCompletion(const Completion &c)
{
    if (c.skipped)
        return c.note.isEmpty() ? tr("skipped") : tr("skipped, with a reason");
    QString text = tr("done, %1 min, effort %2/10").arg(c.minutes).arg(c.rpe);
    if (c.pain)
        text += tr(", pain %1/10").arg(*c.pain);
    return text;
}

int logPain(Context &ctx, const QCommandLineParser &parser, bool json)
{
    PainEntry entry;
    entry.date = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        const auto date = dateOption(ctx, parser, QStringLiteral("date"), QDate::currentDate());
        if (!date)
            return Usage;
        entry.date = *date;
    }
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
    // The store replaces a day's entry; from the command line that must be asked for, or a mistyped --date
    // silently loses a day, red-flag symptoms included.
    auto existing = LogRepository(*db).painOn(entry.date);
    if (!existing)
        return report(ctx, existing.error());
    QList<Symptom> droppedSymptoms;
    if (existing->has_value()) {
        const PainEntry &old = **existing;
        if (!parser.isSet(QStringLiteral("replace"))) {
            fail(ctx.err,
                tr("There is already a pain entry for %1: %2. Add --replace to overwrite it.")
                    .arg(entry.date.toString(Qt::ISODate), describePain(old)));
            return Usage;
        }
        for (Symptom s : old.symptoms) {
            if (!entry.symptoms.contains(s))
                droppedSymptoms << s;
        }
    }
    if (auto r = LogRepository(*db).logPain(entry); !r)
        return report(ctx, r.error());
    if (json) {
        ctx.out << QJsonDocument(Json::fromPainEntry(entry)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << tr("Saved back pain %1/10 for %2.").arg(entry.score).arg(entry.date.toString(Qt::ISODate)) << "\n";
    if (!droppedSymptoms.isEmpty()) {
        ctx.out << tr("The red-flag symptoms logged before for that day (%1) were removed from it.")
                       .arg(symptomList(droppedSymptoms))
                << "\n";
    }
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
    // An imported session is done already, with its recorded minutes: --replace --rpe N gives the effort alone.
    const bool keepRecordedMinutes =
        !c.skipped && !parser.isSet(QStringLiteral("minutes")) && parser.isSet(QStringLiteral("replace"));
    if (!c.skipped) {
        for (const char *required : {"minutes", "rpe"}) {
            if (!parser.isSet(QString::fromLatin1(required))
                && !(keepRecordedMinutes && QLatin1String(required) == QLatin1String("minutes"))) {
                fail(ctx.err, tr("log done needs --%1.").arg(QString::fromLatin1(required)));
                return Usage;
            }
        }
        auto minutes = keepRecordedMinutes ? std::optional<int>(1) : intOption(ctx, parser, QStringLiteral("minutes"));
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
    // A session id names data that must be there already: without a database the id is a bad value.
    if (!requireExistingDatabase(ctx))
        return Usage;

    auto db = openDatabase(ctx);
    if (!db)
        return Failed;
    // Re-marking a recorded session would lose its minutes, effort and pain without a word: ask for --replace.
    auto existing = LogRepository(*db).completion(id);
    if (!existing)
        return report(ctx, existing.error());
    if (existing->has_value() && !parser.isSet(QStringLiteral("replace"))) {
        fail(ctx.err,
            tr("Session #%1 is already recorded as %2. Add --replace to overwrite it.")
                .arg(id)
                .arg(describeCompletion(**existing)));
        return Usage;
    }
    if (!c.skipped && existing->has_value() && !(*existing)->skipped) {
        // What a watch recorded stays when the runner gives effort and pain: distance, shoe and (without --minutes)
        // the minutes. The effort is theirs now, so the "needs your effort" marker goes.
        const Completion &old = **existing;
        c.distanceMeters = old.distanceMeters;
        c.shoeId = old.shoeId;
        if (keepRecordedMinutes)
            c.minutes = old.minutes;
    } else if (keepRecordedMinutes) {
        fail(ctx.err, tr("log done needs --minutes: session #%1 has no recorded minutes to keep.").arg(id));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("shoe"))) {
        const QString text = parser.value(QStringLiteral("shoe")).trimmed();
        if (text.isEmpty() || text == QLatin1String("none")) {
            c.shoeId.reset();
        } else {
            bool isNumber = false;
            const qint64 shoeId = QString(text).remove(QLatin1Char('#')).toLongLong(&isNumber);
            auto shoe = isNumber ? ShoeRepository(*db).shoe(shoeId) : ShoeRepository(*db).findByName(text);
            if (!shoe)
                return report(ctx, shoe.error());
            if (!shoe->has_value()) {
                fail(ctx.err, tr("--shoe: there is no shoe \"%1\" (stridewise shoes lists them).").arg(text));
                return Usage;
            }
            auto session = PlanRepository(*db).session(id);
            if (session && session->has_value() && (*session)->activity != Activity::Run) {
                fail(ctx.err, tr("--shoe: session #%1 is not a run: shoes are for runs.").arg(id));
                return Usage;
            }
            c.shoeId = (*shoe)->id;
        }
    }
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
    parser.addOption(
        { QStringLiteral("shoe"), tr("The shoe a run was done in: its #number or name (none: no shoe)."), tr("shoe") });
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("format")});
    parser.addOption(
        { QStringLiteral("replace"), tr("Overwrite the day's pain entry or the session's record if there is one.") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise log pain --date 2026-12-01 --score 3 [--symptom numbness] [--note …] [--replace]\n"
               "stridewise log done SESSION_ID --minutes 35 --rpe 5 [--pain 2] [--note …] [--shoe SHOE] [--replace]\n"
               "stridewise log done SESSION_ID --rpe 5 [--pain 2] --replace   (an imported session: keeps its "
               "minutes)\n"
               "stridewise log skip SESSION_ID [--reason …] [--replace]"),
            { QStringLiteral("symptom") }))
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
