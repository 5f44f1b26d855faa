#include "app/cli/cli.h"

#include "app/cli/commands.h"

#include <QCoreApplication>

#include <functional>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(Context &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        { "profile", QT_TRANSLATE_NOOP("Stridewise::Cli", "show or set the runner's profile"), profileCommand },
        { "plan", QT_TRANSLATE_NOOP("Stridewise::Cli", "make (if needed) and print a week's plan"), planCommand },
        { "log", QT_TRANSLATE_NOOP("Stridewise::Cli", "log back pain for a day, or a session as done or skipped"),
            logCommand },
        { "stats",
            QT_TRANSLATE_NOOP("Stridewise::Cli", "print training load, pain and their relationship for a date range"),
            statsCommand },
        { "demo", QT_TRANSLATE_NOOP("Stridewise::Cli", "fill a new database file with realistic demo data"),
            demoCommand },
        { "backup",
            QT_TRANSLATE_NOOP(
                "Stridewise::Cli", "copy the database into the backups folder beside it (--list: show them)"),
            backupCommand },
        { "restore",
            QT_TRANSLATE_NOOP("Stridewise::Cli", "replace the database with a backup FILE, keeping the current one"),
            restoreCommand },
        { "import",
            QT_TRANSLATE_NOOP(
                "Stridewise::Cli", "tick planned sessions from FIT, TCX or GPX recordings (files or folders)"),
            importCommand },
        { "shoes",
            QT_TRANSLATE_NOOP(
                "Stridewise::Cli", "list, add, edit, retire your shoes or choose the default; km and pain by shoe"),
            shoesCommand },
        { "remind",
            QT_TRANSLATE_NOOP(
                "Stridewise::Cli", "show the stretch and run reminders due now as desktop notifications (Done, Later)"),
            remindCommand },
    };
    return list;
}

/**
 * Takes "--db PATH" / "--db=PATH" out of args where they stand before the command name (the command's own parser
 * reads a --db after it), so an option's value such as --note "--db=x" is never taken for one. An empty path or
 * a second --db is an error.
 */
bool extractDb(QStringList &args, QString &dbPath, bool &given, QString &error)
{
    for (int i = 1; i < args.size() && args.at(i).startsWith(QLatin1Char('-'));) {
        const QString &a = args.at(i);
        QString value;
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                error = tr("--db needs a file path.");
                return false;
            }
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--db="))) {
            value = a.mid(5);
            args.removeAt(i);
        } else {
            ++i;
            continue;
        }
        if (given) {
            error = tr("--db is given more than once; give it once.");
            return false;
        }
        if (value.isEmpty()) {
            error = tr("--db needs a file path.");
            return false;
        }
        dbPath = value;
        given = true;
    }
    return true;
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    QStringList args = arguments;
    QString db, error;
    bool given = false;
    extractDb(args, db, given, error);
    if (args.size() < 2)
        return false;
    for (const Command &c : commands()) {
        if (args.at(1) == QLatin1String(c.name))
            return true;
    }
    return false;
}

QString unknownCommand(const QStringList &arguments)
{
    // Options whose value is the next argument: ours, then the ones QGuiApplication takes out of argv itself.
    static const QStringList withValue{ QStringLiteral("--db"), QStringLiteral("--screenshot"),
        QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"), QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-style"), QStringLiteral("-stylesheet"),
        QStringLiteral("-session"), QStringLiteral("-display"), QStringLiteral("-geometry"), QStringLiteral("-title"),
        QStringLiteral("-name") };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1Char('-'))) {
            if (withValue.contains(a))
                ++i;
            continue;
        }
        for (const Command &c : commands()) {
            if (a == QLatin1String(c.name))
                return QString();
        }
        return a;
    }
    return QString();
}

QString commandHelp()
{
    QString text = tr("Commands (each takes --db PATH and --help):") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -9).arg(tr(c.summary));
    return text;
}

void fail(QTextStream &err, const QString &message)
{
    err << "stridewise: " << message << Qt::endl;
}

int run(const QStringList &arguments, const QString &defaultDbPath)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments;
    QString dbPath = defaultDbPath;
    QString error;
    bool dbGiven = false;
    if (!extractDb(args, dbPath, dbGiven, error)) {
        fail(err, error);
        return Usage;
    }
    const QString name = args.value(1);
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            Context ctx{ dbPath, dbGiven, QStringList{ args.first() + QLatin1Char(' ') + name } + args.mid(2), out,
                err };
            const int code = c.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    fail(err, tr("unknown command \"%1\". Run stridewise --help for the list.").arg(name));
    return Usage;
}

} // namespace Stridewise::Cli
