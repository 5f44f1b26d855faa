#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "core/store/backupmanager.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int backupCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("list"), tr("List the backups, newest first, instead of making one.")});
    if (auto code = parseArguments(parser, ctx, tr("stridewise backup [--list]\n"
                                                   "Makes a consistent copy of the database in the backups folder beside it.")))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err, tr("backup: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return Usage;
    }
    BackupManager backups(ctx.dbPath);
    if (parser.isSet(QStringLiteral("list"))) {
        const auto list = backups.backups();
        if (list.isEmpty())
            ctx.out << tr("No backups yet in %1.").arg(native(backups.folder())) << "\n";
        for (const auto &b : list) {
            ctx.out << QStringLiteral("%1  %2  %3 KB  %4")
                           .arg(b.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                           .arg(BackupManager::reasonName(b.reason), -14)
                           .arg((QFileInfo(b.path).size() + 1023) / 1024, 6)
                           .arg(native(b.path))
                    << "\n";
        }
        return Ok;
    }
    // Reading is enough for a consistent copy, so a backup works while the window has the file open.
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    auto made = backups.backupNow(*db, QDateTime::currentDateTime(), BackupManager::Reason::Manual);
    if (!made)
        return report(ctx, made.error());
    ctx.out << tr("Backed up %1 to %2 (%3 KB, %4 ms).")
                   .arg(native(ctx.dbPath), native(*made))
                   .arg((QFileInfo(*made).size() + 1023) / 1024)
                   .arg(timer.elapsed())
            << "\n";
    return Ok;
}

int restoreCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup to restore."));
    if (auto code = parseArguments(parser, ctx, tr("stridewise restore FILE\n"
                                                   "Replaces the database with a backup; the current file is kept as a backup first.")))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        fail(ctx.err, tr("restore needs one backup file, e.g. stridewise restore %1")
                          .arg(native(QDir(BackupManager(ctx.dbPath).folder()).filePath(QStringLiteral("…-daily.db")))));
        return Usage;
    }
    const QString file = parser.positionalArguments().first();
    if (!requireExistingDatabase(ctx))
        return Failed;
    if (!lockForWriting(ctx))
        return Failed;
    // The file named on the command line is a value like any other: missing or unreadable is a bad value (exit 2).
    if (!QFileInfo(file).isFile()) {
        fail(ctx.err, tr("restore: there is no backup file %1.").arg(native(file)));
        return Usage;
    }
    if (QFile backup(file); !backup.open(QIODevice::ReadOnly)) {
        fail(ctx.err, tr("restore: cannot read %1: %2").arg(native(file), backup.errorString()));
        return Usage;
    }
    OpenOptions options;
    options.now = QDateTime::currentDateTime();
    auto restored = BackupManager(ctx.dbPath).restore(file, options.now);
    if (!restored)
        return report(ctx, restored.error());
    // Open it once: migrates a backup from an older version and proves the result opens.
    auto db = Database::open(ctx.dbPath, Database::Mode::ReadWrite, options);
    if (!db)
        return report(ctx, db.error());
    ctx.out << tr("Restored %1 from %2.").arg(native(ctx.dbPath), native(file)) << "\n";
    if (!restored->keptAs.isEmpty())
        ctx.out << tr("The file as it was before is kept as %1.").arg(native(restored->keptAs)) << "\n";
    return Ok;
}

} // namespace Stridewise::Cli
