#include "ui/document/importactions.h"

#include "core/io/activityformat.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/store/database.h"
#include "ui/commands/importactivitiescommand.h"
#include "ui/document/plandocument.h"
#include "ui/shell/prompt.h"
#include "ui/shell/settings.h"
#include "ui/shell/watchedfolderdialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Stridewise {

namespace {

/** How many refused files a box lists before it says "and N more". */
constexpr int kMaxListedFailures = 8;
/** A burst of changes in the watched folder (a copy of many files) is read once, this long after the last. */
constexpr int kScanDelayMs = 500;

QString seenKey(const QFileInfo &info)
{
    return QStringLiteral("%1\t%2\t%3")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

QString shortPath(const QString &path)
{
    QString native = QDir::toNativeSeparators(path);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (native.startsWith(home + QDir::separator()))
        native = QStringLiteral("~") + native.mid(home.size());
    return native;
}

} // namespace

ImportActions::ImportActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_zone(QTimeZone::systemTimeZone())
{
    m_import = new QAction(tr("&Import Activities…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Tick off sessions from your watch's or phone's recordings (FIT, TCX, GPX)"));
    connect(m_import, &QAction::triggered, this, &ImportActions::importWithDialog);

    m_watchedFolder = new QAction(tr("&Watched Folder…"), this);
    m_watchedFolder->setObjectName(QStringLiteral("watchedFolderAction"));
    m_watchedFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_watchedFolder->setStatusTip(tr("Import new recordings from a folder by themselves, e.g. your watch's "
                                     "GARMIN/Activity folder or a phone's sync folder"));
    connect(m_watchedFolder, &QAction::triggered, this, &ImportActions::chooseWatchedFolder);

    m_watcher = new QFileSystemWatcher(this);
    m_scanTimer = new QTimer(this);
    m_scanTimer->setSingleShot(true);
    connect(m_scanTimer, &QTimer::timeout, this, &ImportActions::scanWatchedFolder);
    const auto changed = [this] { scheduleScan(kScanDelayMs); };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&Settings::instance(), &Settings::changed, this,
        [this](Settings::Key key) { onSettingChanged(static_cast<int>(key)); });

    connect(&m_document, &PlanDocument::databaseReplaced, this, [this] {
        updateActions();
        rewatch();
    });
    updateActions();
}

ImportActions::~ImportActions() = default;

void ImportActions::updateActions()
{
    m_import->setEnabled(m_document.isEditable());
    m_watchedFolder->setEnabled(m_document.isEditable());
}

void ImportActions::onSettingChanged(int key)
{
    // Preferences may change the folder: follow it.
    if (static_cast<Settings::Key>(key) == Settings::Key::WatchedFolder && m_watching) {
        rewatch();
        scheduleScan(0);
    }
}

QString ImportActions::fileFilter()
{
    QStringList all;
    QStringList each;
    for (const ActivityFormat *format : ActivityFormats::all()) {
        QStringList patterns;
        for (const QString &suffix : format->suffixes())
            patterns << QStringLiteral("*.") + suffix << QStringLiteral("*.") + suffix.toUpper();
        all << patterns;
        each << tr("%1 files (%2)").arg(format->name(), patterns.join(QLatin1Char(' ')));
    }
    return (QStringList{ tr("Activity files (%1)").arg(all.join(QLatin1Char(' '))) } + each
        + QStringList{ tr("All files (*)") })
        .join(QStringLiteral(";;"));
}

QStringList ImportActions::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}

ImportOptions ImportActions::options() const
{
    ImportOptions o;
    o.zone = m_zone;
    o.today = m_document.today();
    return o;
}

void ImportActions::importWithDialog()
{
    if (!m_document.isEditable())
        return;
    const QStringList files = Prompt::openFileNames(
        m_window, tr("Import Activities"), Settings::value(Settings::Key::ImportFolder).toString(), fileFilter());
    if (files.isEmpty())
        return;
    Settings::setValue(Settings::Key::ImportFolder, QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

QList<ImportFile> ImportActions::readFiles(
    const QStringList &paths, const QStringList &fromFolders, QList<FailedItem> &failed)
{
    QList<ImportFile> files;
    for (const QString &path : paths) {
        auto data = Importer::readFile(path);
        if (!data) {
            failed << FailedItem{ path, data.message() };
            continue;
        }
        files << ImportFile{ path, *data, std::nullopt, fromFolders.contains(path) };
    }
    return files;
}

void ImportActions::askActivities(QList<ImportFile> &files, QList<SkippedItem> &declined)
{
    const Importer importer(m_document.database());
    for (auto it = files.begin(); it != files.end();) {
        const QList<RecordedActivity> unnamed = importer.activitiesToName(it->path, it->data);
        if (!unnamed.isEmpty()) {
            it->activity = askActivity(it->path, unnamed);
            if (!it->activity) {
                // The runner said no: passed over like a file imported before, not refused with a warning.
                declined << SkippedItem{ it->path,
                    tr("%1: not imported, as you chose").arg(QFileInfo(it->path).fileName()) };
                it = files.erase(it);
                continue;
            }
        }
        ++it;
    }
}

std::optional<Activity> ImportActions::askActivity(const QString &path, const QList<RecordedActivity> &unnamed)
{
    const RecordedActivity &a = unnamed.first();
    const QLocale locale;
    const QString sport = a.sport.isEmpty() ? tr("no sport named") : tr("\"%1\"").arg(a.sport);
    const int minutes = qMax(1, qRound((a.movingSeconds >= 1 ? a.movingSeconds : a.elapsedSeconds) / 60.0));
    const QString when =
        locale.toString(a.start.toTimeZone(m_zone), QLocale::ShortFormat); // where the runner lives, like the plan
    const QString text = unnamed.size() == 1
        ? tr("%1 holds a recording Stridewise cannot tell the activity of: %2, %3 min on %4.")
              .arg(QFileInfo(path).fileName(), sport)
              .arg(minutes)
              .arg(when)
        : tr("%1 holds %2 recordings Stridewise cannot tell the activity of, the first %3, %4 min on %5.")
              .arg(QFileInfo(path).fileName())
              .arg(unnamed.size())
              .arg(sport)
              .arg(minutes)
              .arg(when);
    const QList<Activity> activities{ Activity::Run, Activity::Walk, Activity::Cycle, Activity::Swim };
    QStringList choices;
    QStringList names;
    for (Activity activity : activities) {
        choices << Labels::activity(activity);
        names << Names::activity(activity) + QStringLiteral("PushButton");
    }
    choices << tr("Don't Import");
    names << QStringLiteral("dontImportPushButton");
    const int chosen = Prompt::choose(m_window, tr("Which Activity Was It?"), text,
        tr("Say what it was and it is imported as that; a planned session of that activity on that day is ticked."),
        choices, 0, int(choices.size()) - 1, names);
    if (chosen < 0 || chosen >= activities.size())
        return std::nullopt;
    return activities.at(chosen);
}

ImportReport ImportActions::run(QList<ImportFile> files, QList<FailedItem> failedBefore, QList<SkippedItem> declined)
{
    ImportReport report;
    if (!files.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // The first redo (in push) tells what it did: an import that imported nothing leaves no step to ask later.
        m_document.undoStack()->push(new ImportActivitiesCommand(m_document, std::move(files), options(), &report));
        QApplication::restoreOverrideCursor();
    }
    report.failed = failedBefore + report.failed;
    report.skipped = declined + report.skipped;
    return report;
}

ImportReport ImportActions::importPaths(const QStringList &paths)
{
    if (!m_document.isEditable() || paths.isEmpty())
        return {};
    QList<FailedItem> failed;
    QStringList fromFolders;
    const QStringList expanded = Importer::expand(paths, &failed, &fromFolders);
    QList<ImportFile> files = readFiles(expanded, fromFolders, failed);
    QList<SkippedItem> declined;
    askActivities(files, declined);
    const ImportReport report = run(std::move(files), failed, declined);

    emit message(report.summary(), 0);
    if (!report.failed.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < report.failed.size() && i < kMaxListedFailures; ++i)
            lines << report.failed.at(i).message;
        if (report.failed.size() > kMaxListedFailures)
            lines << tr("… and %n more.", nullptr, int(report.failed.size()) - kMaxListedFailures);
        Prompt::warning(m_window,
            report.imported.isEmpty() ? tr("Nothing Imported") : tr("Not Everything Was Imported"),
            report.summary() + QStringLiteral(".\n\n") + lines.join(QLatin1Char('\n')));
    } else if (report.imported.isEmpty() && expanded.isEmpty()) {
        Prompt::information(
            m_window, tr("Nothing Imported"), tr("There are no FIT, TCX or GPX files in what you chose."));
    }
    showWeekOf(report);
    emit importFinished(report, false);
    return report;
}

void ImportActions::showWeekOf(const ImportReport &report)
{
    if (report.imported.isEmpty())
        return;
    const bool anyShown = std::any_of(report.imported.cbegin(), report.imported.cend(),
        [this](const ImportedItem &i) { return i.date >= m_document.monday() && i.date <= m_document.sunday(); });
    if (anyShown)
        return;
    const auto newest = std::max_element(report.imported.cbegin(), report.imported.cend(),
        [](const ImportedItem &a, const ImportedItem &b) { return a.date < b.date; });
    m_document.showWeek(newest->date);
    m_document.setSelectedSessionId(newest->sessionId);
}

// ---- The watched folder ----

QString ImportActions::watchedFolder() const
{
    if (!m_document.hasDatabase())
        return {};
    return Settings::value(Settings::Key::WatchedFolder, m_document.database().path()).toString();
}

void ImportActions::setWatchedFolder(const QString &folder)
{
    if (!m_document.hasDatabase())
        return;
    const QString path = m_document.database().path();
    const QString cleaned = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    // Remember what was looked at only for the folder it was looked at in.
    if (cleaned != watchedFolder())
        Settings::remove(Settings::Key::WatchedFolderSeen, path);
    Settings::setValue(Settings::Key::WatchedFolder, cleaned, path);
    rewatch();
}

void ImportActions::chooseWatchedFolder()
{
    if (!m_document.isEditable())
        return;
    auto *dialog = new WatchedFolderDialog(watchedFolder(), watchStatus(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString folder = dialog->folder();
        const bool changed = folder != watchedFolder();
        setWatchedFolder(folder);
        if (folder.isEmpty()) {
            emit message(tr("No folder is watched any more."), 6000);
            return;
        }
        if (!m_watching)
            startWatching();
        else if (changed)
            scanWatchedFolder();
    });
    dialog->open();
}

void ImportActions::startWatching()
{
    m_watching = true;
    rewatch();
    scheduleScan(0);
}

void ImportActions::stopWatching()
{
    m_watching = false;
    m_scanTimer->stop();
    rewatch();
}

QStringList ImportActions::watchedDirectories() const
{
    return m_watcher->directories();
}

void ImportActions::scheduleScan(int milliseconds)
{
    if (!m_watching)
        return;
    if (!m_scanTimer->isActive() || m_scanTimer->remainingTime() > milliseconds)
        m_scanTimer->start(milliseconds);
}

void ImportActions::rewatch()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_tooManyFolders = false;
    const QString folder = watchedFolder();
    if (!m_watching || folder.isEmpty() || !m_document.isEditable())
        return;
    if (!QFileInfo(folder).isDir()) {
        // Not there (a watch that is not plugged in): wait for it at the nearest folder above that is.
        QDir up(folder);
        while (!up.exists() && up.cdUp()) { }
        if (up.exists() && !up.isRoot())
            m_watcher->addPath(up.absolutePath());
        return;
    }
    QStringList folders{ folder };
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString sub = it.next();
        if (folders.size() > kMaxWatchedFolders) {
            m_tooManyFolders = true;
            break;
        }
        folders << sub;
    }
    m_watcher->addPaths(folders);
}

QString ImportActions::watchStatus() const
{
    const QString folder = watchedFolder();
    if (folder.isEmpty())
        return tr("No folder is watched.");
    if (!QFileInfo(folder).isDir())
        return tr("%1 is not there now (is the watch plugged in?). Its files are imported as soon as it is.")
            .arg(shortPath(folder));
    if (!m_watching)
        return tr("%1 is imported from whenever Stridewise opens.").arg(shortPath(folder));
    const int below = qMax(0, int(m_watcher->directories().size()) - 1);
    QString text = below == 0 ? tr("Watching %1.").arg(shortPath(folder))
                              : tr("Watching %1 and %n folders in it.", nullptr, below).arg(shortPath(folder));
    if (m_tooManyFolders)
        text += QLatin1Char(' ')
            + tr("It has more than %1 folders: files in the others are imported only when Stridewise opens.")
                  .arg(kMaxWatchedFolders);
    return text;
}

QStringList ImportActions::loadSeen() const
{
    return Settings::value(Settings::Key::WatchedFolderSeen, m_document.database().path()).toStringList();
}

void ImportActions::saveSeen(const QStringList &seen)
{
    Settings::setValue(Settings::Key::WatchedFolderSeen, seen, m_document.database().path());
}

void ImportActions::scanWatchedFolder()
{
    const QString folder = watchedFolder();
    if (!m_watching || folder.isEmpty() || !m_document.isEditable())
        return;
    if (m_scanning) {
        scheduleScan(kScanDelayMs); // a question is open: look again afterwards
        return;
    }
    m_scanning = true;
    rewatch(); // folders may have come or gone
    if (!QFileInfo(folder).isDir()) {
        m_scanning = false;
        return;
    }
    const QStringList files = Importer::expand({ folder });
    const QSet<QString> seenBefore(loadSeen().cbegin(), loadSeen().cend());
    const QDateTime settled = QDateTime::currentDateTime().addMSecs(-m_settleMs);
    QStringList seen;
    QStringList toRead;
    QStringList toReadKeys;
    bool unsettled = false;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const QString key = seenKey(info);
        if (seenBefore.contains(key)) {
            seen << key;
            continue;
        }
        if (info.lastModified() > settled) {
            unsettled = true; // still being written, perhaps: read it once it has been left alone for a while
            continue;
        }
        toRead << file;
        toReadKeys << key;
    }
    QList<FailedItem> failed;
    QList<ImportFile> read = readFiles(toRead, toRead, failed);
    seen << toReadKeys;
    // Files refused now are looked at again when they change (a copy that was not finished yet).
    saveSeen(seen);
    if (unsettled)
        scheduleScan(m_settleMs + 100);
    if (read.isEmpty() && failed.isEmpty()) {
        m_scanning = false;
        return;
    }
    QList<SkippedItem> declined;
    askActivities(read, declined);
    const ImportReport report = run(std::move(read), failed, declined);
    for (const FailedItem &f : report.failed) {
        if (QFileInfo::exists(f.file))
            m_watcher->addPath(f.file);
    }
    m_scanning = false;
    if (!report.imported.isEmpty() || !report.failed.isEmpty()) {
        QString text = tr("From the watched folder: %1").arg(report.summary());
        if (!report.failed.isEmpty())
            text += QStringLiteral(". ") + report.failed.first().message;
        emit message(text, 0);
    }
    emit importFinished(report, true);
}

} // namespace Stridewise
