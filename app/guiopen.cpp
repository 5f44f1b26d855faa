#include "app/guiopen.h"

#include "app/cli/cli.h"
#include "core/service/databaseopener.h"
#include "core/store/backupmanager.h"
#include "core/store/storagefiles.h"
#include "ui/shell/openproblemdialog.h"
#include "ui/shell/prompt.h"
#include "ui/shell/settings.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

namespace Stridewise::GuiOpen {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::GuiOpen", text);
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

void JoinThread::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

Opened open(const QString &path, bool headless)
{
    constexpr int kLockWaitMs = 1500;
    Opened result;
    DatabaseOpener opener(path);
    // Stridewise's own folder (the default place) is made private too; a folder named with --db is the user's.
    opener.setPrivateFolder(QFileInfo(opener.path()).absolutePath()
        == StorageFiles::canonicalPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    // A moment's wait: `stridewise remind` (the reminder timer) holds the lock for a few milliseconds when it records
    // a reminder, and a window opened just then must not be turned away for it.
    if (auto locked = opener.lock(kLockWaitMs); !locked) {
        // A second window on the same file: say who has it and leave without touching anything.
        if (headless)
            std::fprintf(stderr, "stridewise: %s\n", qPrintable(locked.message()));
        else
            Prompt::information(nullptr, tr("Stridewise is already open"), locked.message());
        result.exitCode = Cli::Failed;
        return result;
    }
    const bool locked = opener.isLocked();

    OpenOptions options;
    options.dataExpected = Settings::value(Settings::Key::DataSeen, path).toBool();
    options.now = QDateTime::currentDateTime(); // core does not read the clock; it names a before-update backup
    const bool hadBytes = QFileInfo(path).size() > 0;
    auto db = opener.open(Database::Mode::ReadWrite, options);
    while (!db) {
        const auto backup = opener.newestGoodBackup();
        if (headless) {
            printProblem(db.message(), backup, path);
            return {};
        }
        const bool canReadOnly = db.kind() != ErrorKind::NotStridewise && db.kind() != ErrorKind::NewerVersion
            && Database::open(path, Database::Mode::ReadOnly).ok();
        const auto choice = OpenProblemDialog::ask(nullptr, db.message(), backup ? backup->path : QString(),
            backup ? backup->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(), canReadOnly);
        if (choice == OpenProblemDialog::Choice::OpenReadOnly) {
            db = opener.open(Database::Mode::ReadOnly);
            continue;
        }
        if (choice == OpenProblemDialog::Choice::RestoreBackup && backup && locked) {
            auto restored = opener.restore(backup->path, QDateTime::currentDateTime());
            if (!restored) {
                Prompt::critical(nullptr, tr("Stridewise cannot open your data"), restored.message());
                return {};
            }
            db = opener.open(Database::Mode::ReadWrite, options);
            continue;
        }
        return {};
    }
    if (hadBytes || options.dataExpected)
        Settings::setValue(Settings::Key::DataSeen, true, path);
    result.privacyNotice = opener.privacyNotice();
    if (!db.value()->isReadOnly()) {
        // The daily backup reads and checks the whole file: on a thread of its own, with a connection of its own,
        // so the window is up at once (issue 15).
        const QString real = opener.path();
        const QDateTime now = QDateTime::currentDateTime();
        result.dailyBackup.reset(QThread::create([real, now] {
            if (auto backup = DatabaseOpener::backupIfDue(real, now); !backup)
                std::fprintf(stderr, "stridewise: warning: %s\n", qPrintable(backup.message()));
        }));
        result.dailyBackup->start();
    }
    result.lock = opener.takeLock();
    result.db = std::move(db).value();
    result.exitCode = Cli::Ok;
    return result;
}

} // namespace Stridewise::GuiOpen
