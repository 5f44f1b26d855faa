#include "app/guiopen.h"

#include "app/cli/cli.h"
#include "core/store/backupmanager.h"
#include "ui/shell/openproblemdialog.h"
#include "ui/shell/prompt.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace Stridewise::GuiOpen {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::GuiOpen", text);
}

/** The settings key remembering that this file held data, so an emptied file is noticed. */
QString dataSeenKey(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("dataSeen/") + QString::fromLatin1(hash);
}

void printProblem(const QString &message, const std::optional<BackupManager::Backup> &backup, const QString &path)
{
    std::fprintf(stderr, "stridewise: %s\n", qPrintable(message));
    if (backup) {
        std::fprintf(stderr, "%s\n  stridewise restore \"%s\" --db \"%s\"\n",
                     qPrintable(tr("The newest good backup is %1. To restore it:").arg(QDir::toNativeSeparators(backup->path))),
                     qPrintable(backup->path), qPrintable(path));
    }
}

} // namespace

Opened open(const QString &path, bool headless)
{
    Opened result;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = DatabaseLock::acquire(path);
    if (!lock && lock.kind() == ErrorKind::Locked) {
        // A second window on the same file: say who has it and leave without touching anything.
        if (headless)
            std::fprintf(stderr, "stridewise: %s\n", qPrintable(lock.message()));
        else
            Prompt::information(nullptr, tr("Stridewise is already open"), lock.message());
        result.exitCode = Cli::Failed;
        return result;
    }
    if (lock)
        result.lock = std::move(lock).value();

    QSettings settings;
    const QString key = dataSeenKey(path);
    OpenOptions options;
    options.dataExpected = settings.value(key, false).toBool();
    options.now = QDateTime::currentDateTime(); // core does not read the clock; it names a before-update backup
    const bool hadBytes = QFileInfo(path).size() > 0;
    auto db = Database::open(path, Database::Mode::ReadWrite, options);
    while (!db) {
        BackupManager backups(path);
        const auto backup = backups.newestGoodBackup();
        if (headless) {
            printProblem(db.message(), backup, path);
            return {nullptr, nullptr, Cli::Failed};
        }
        const bool canReadOnly = db.kind() != ErrorKind::NotStridewise && db.kind() != ErrorKind::NewerVersion
            && Database::open(path, Database::Mode::ReadOnly).ok();
        const auto choice = OpenProblemDialog::ask(nullptr, db.message(), backup ? backup->path : QString(),
                                                   backup ? backup->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                                                   canReadOnly);
        if (choice == OpenProblemDialog::Choice::OpenReadOnly) {
            db = Database::open(path, Database::Mode::ReadOnly);
            continue;
        }
        if (choice == OpenProblemDialog::Choice::RestoreBackup && backup && result.lock) {
            auto restored = backups.restore(backup->path, QDateTime::currentDateTime());
            if (!restored) {
                Prompt::critical(nullptr, tr("Stridewise cannot open your data"), restored.message());
                return {nullptr, nullptr, Cli::Failed};
            }
            db = Database::open(path, Database::Mode::ReadWrite, options);
            continue;
        }
        return {nullptr, nullptr, Cli::Failed};
    }
    if (hadBytes || options.dataExpected)
        settings.setValue(key, true);
    if (!db.value()->isReadOnly()) {
        if (auto backup = BackupManager(path).backupIfDue(*db.value(), QDateTime::currentDateTime()); !backup)
            std::fprintf(stderr, "stridewise: warning: %s\n", qPrintable(backup.message()));
    }
    result.db = std::move(db).value();
    return result;
}

} // namespace Stridewise::GuiOpen
