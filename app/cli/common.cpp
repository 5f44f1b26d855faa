#include "app/cli/common.h"

#include <QCoreApplication>

namespace Stridewise::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}
} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, Context &ctx, const QString &usage)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(QStringLiteral("db"), tr("The database file (default: your own)."), tr("path")));
    if (!parser.parse(ctx.args)) {
        fail(ctx.err, parser.errorText());
        return Usage;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

std::unique_ptr<Database> openDatabase(Context &ctx, Database::Mode mode)
{
    auto db = Database::open(ctx.dbPath, mode);
    if (!db) {
        fail(ctx.err, db.message());
        return nullptr;
    }
    return std::move(db).value();
}

int report(Context &ctx, const Error &error)
{
    fail(ctx.err, error.message);
    return error.kind == ErrorKind::Invalid ? Usage : Failed;
}

std::optional<int> intOption(Context &ctx, const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        fail(ctx.err, tr("--%1: \"%2\" is not a whole number.").arg(name, text));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> jsonFormat(Context &ctx, const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("text"))
        return false;
    if (format == QLatin1String("json"))
        return true;
    fail(ctx.err, tr("--format: \"%1\" is not a format; use text or json.").arg(format));
    return std::nullopt;
}

} // namespace Stridewise::Cli
