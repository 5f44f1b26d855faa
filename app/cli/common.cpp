#include "app/cli/common.h"

#include "core/model/isoweek.h"
#include "core/model/validation.h"
#include "core/service/databaseopener.h"
#include "core/store/backupmanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace Stridewise::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Cli", text);
}
/** How long a writing command waits for another writing command to finish before it gives up. */
constexpr int kLockWaitMs = 500;

/**
 * The way into ctx's database for this process (one command): it holds the lock a writing command takes until
 * the process ends (released by its destructor at exit).
 */
DatabaseOpener &opener(const Context &ctx)
{
    static std::unique_ptr<DatabaseOpener> s_opener;
    if (!s_opener || s_opener->path() != DatabaseOpener(ctx.dbPath).path())
        s_opener = std::make_unique<DatabaseOpener>(ctx.dbPath);
    return *s_opener;
}

} // namespace

void offerNewestBackup(Context &ctx)
{
    const auto backup = opener(ctx).newestGoodBackup();
    if (!backup) {
        ctx.err << tr("There is no good backup of it in %1.").arg(QDir::toNativeSeparators(BackupManager(ctx.dbPath).folder()))
                << Qt::endl;
        return;
    }
    ctx.err << tr("The newest good backup is %1 (made %2). To restore it (the current file is kept as a backup):")
                   .arg(QDir::toNativeSeparators(backup->path),
                       backup->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << Qt::endl
            << QStringLiteral("  stridewise restore \"%1\" --db \"%2\"").arg(backup->path, ctx.dbPath) << Qt::endl;
}

std::optional<int> parseArguments(
    QCommandLineParser &parser, Context &ctx, const QString &usage, const QStringList &repeatable)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file (default: your own)."), tr("path"));
    parser.addOption(db);
    if (!parser.parse(ctx.args)) {
        fail(ctx.err, parser.errorText());
        return Usage;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        return Ok;
    }
    // A flag given twice is a mistake to point out, not one to resolve silently (--score 3 --score 4).
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name)) {
            fail(ctx.err, tr("--%1 is given more than once; give it once.").arg(name));
            return Usage;
        }
        seen << name;
    }
    if (parser.isSet(db)) {
        if (ctx.dbGiven) {
            fail(ctx.err, tr("--db is given more than once; give it once."));
            return Usage;
        }
        if (parser.value(db).isEmpty()) {
            fail(ctx.err, tr("--db needs a file path."));
            return Usage;
        }
        ctx.dbPath = parser.value(db);
        ctx.dbGiven = true;
    }
    return std::nullopt;
}

std::optional<QDate> dateOption(Context &ctx, const QCommandLineParser &parser, const QString &name, QDate today)
{
    auto parsed = IsoWeek::parseDate(parser.value(name));
    if (!parsed) {
        fail(ctx.err, QStringLiteral("--%1: ").arg(name) + parsed.message());
        return std::nullopt;
    }
    if (auto bounded = validateDateInLifetime(*parsed, today, QStringLiteral("--") + name); !bounded) {
        fail(ctx.err, bounded.message());
        return std::nullopt;
    }
    return *parsed;
}

std::optional<QDate> weekOption(Context &ctx, const QCommandLineParser &parser, const QString &name, QDate today)
{
    auto parsed = IsoWeek::parse(parser.value(name));
    if (!parsed) {
        fail(ctx.err, QStringLiteral("--%1: ").arg(name) + parsed.message());
        return std::nullopt;
    }
    if (auto bounded = validateDateInLifetime(*parsed, today, QStringLiteral("--") + name); !bounded) {
        fail(ctx.err, bounded.message());
        return std::nullopt;
    }
    return *parsed;
}

bool requireExistingDatabase(Context &ctx)
{
    if (QFileInfo::exists(ctx.dbPath))
        return true;
    fail(ctx.err,
        tr("There is no Stridewise database at %1 yet. Set up your profile first: stridewise profile set …")
            .arg(QDir::toNativeSeparators(ctx.dbPath)));
    return false;
}

bool lockForWriting(Context &ctx)
{
    // One writer at a time (issue 6): refuse while the window or another writing command has the file.
    // A folder that cannot be written has no lock; the database then opens read-only, where writes are refused.
    if (auto locked = opener(ctx).lock(kLockWaitMs); !locked) {
        fail(ctx.err, locked.message());
        return false;
    }
    return true;
}

bool tryLockForWriting(Context &ctx)
{
    return opener(ctx).lock(0).ok();
}

std::unique_ptr<Database> openDatabase(Context &ctx, Database::Mode mode)
{
    if (mode == Database::Mode::ReadWrite && !lockForWriting(ctx))
        return nullptr;
    // Core does not read the clock: the time names a backup made before an update, and the daily one.
    const QDateTime now = QDateTime::currentDateTime();
    OpenOptions options;
    options.now = now;
    auto db = opener(ctx).open(mode, options);
    if (!db) {
        fail(ctx.err, db.message());
        if (DatabaseOpener::offersBackup(db.kind()))
            offerNewestBackup(ctx);
        return nullptr;
    }
    if (!opener(ctx).privacyNotice().isEmpty())
        ctx.err << tr("stridewise: note: %1").arg(opener(ctx).privacyNotice()) << Qt::endl;
    // The daily backup, at most once a day when the data changed; a failed backup does not stop the command.
    if (auto backup = opener(ctx).backupIfDue(*db.value(), now); !backup)
        ctx.err << tr("stridewise: warning: %1").arg(backup.message()) << Qt::endl;
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
