#pragma once

#include "core/io/recordedactivity.h"
#include "core/model/enums.h"
#include "core/service/importer.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class QAction;
class QFileSystemWatcher;
class QMimeData;
class QTimer;
class QWidget;

namespace Stridewise {

class PlanDocument;
struct ImportFile;

/**
 * Where recorded activities come into the window (issue 12): File ▸ Import Activities… (several files), files
 * and folders dropped on the window, and a watched folder (Settings::Key::WatchedFolder, chosen in File ▸ Watched
 * Folder…) whose new files are imported when the window opens and while it runs. Every import is one undo step
 * (ImportActivitiesCommand) through core's Importer; a recording whose sport Stridewise cannot tell is asked about
 * first (Prompt). What happened goes to the status bar; a file refused on request is also said in a box.
 *
 * The watched folder and its subfolders are watched with QFileSystemWatcher. A file is read once it has not
 * changed for settleTime() (a watch or a sync program may still be writing it); files already looked at are
 * remembered (Settings::Key::WatchedFolderSeen) by path, size and time, so opening the window reads only what is
 * new, and a file refused once is not reported again until it changes. A folder that is not there (the watch is
 * unplugged) is waited for by watching the nearest folder above it that is.
 */
class ImportActions : public QObject
{
    Q_OBJECT

public:
    /** Folders below the watched one that are watched too, at most (inotify watches are a shared resource). */
    static constexpr int kMaxWatchedFolders = 256;

    ImportActions(PlanDocument &document, QWidget *window);
    ~ImportActions() override;

    QAction *importAction() const { return m_import; }
    QAction *watchedFolderAction() const { return m_watchedFolder; }

    /** The name filters File ▸ Import offers, from the format registry's suffixes. */
    static QString fileFilter();
    /** The local files and folders a drag carries; empty when it carries none (the window then refuses it). */
    static QStringList localPaths(const QMimeData *mime);

    /** File ▸ Import Activities…: asks for files, then importPaths(). */
    void importWithDialog();
    /**
     * Imports files and folders (folders searched recursively) as one undo step, asking for the activity of
     * recordings of an unknown sport. Says what happened in the status bar, and in a box when a file was refused.
     * When nothing imported lies in the week shown, shows the week of the newest activity imported.
     */
    ImportReport importPaths(const QStringList &paths);

    /** File ▸ Watched Folder…: the dialog; a folder chosen is watched, and what it holds imported, at once. */
    void chooseWatchedFolder();
    /** The folder in the settings of the document's file; empty when none. */
    QString watchedFolder() const;
    /** Saves the folder (empty: none) for the document's file and starts watching it (when watching is on). */
    void setWatchedFolder(const QString &folder);
    /** Imports what is new in the watched folder now (soon after, so the window shows first) and watches it. */
    void startWatching();
    void stopWatching();
    bool isWatching() const { return m_watching; }
    /** The folders the watcher follows now (the watched folder and its subfolders, or an ancestor while it is not
     * there). */
    QStringList watchedDirectories() const;
    /** Imports what is new in the watched folder now. */
    void scanWatchedFolder();
    /** "Watching /media/GARMIN/Activity and 2 folders in it", "… is not there: …" (for the dialog). */
    QString watchStatus() const;

    /** How long a new file must stay unchanged before it is read (tests shorten it). */
    int settleTime() const { return m_settleMs; }
    void setSettleTime(int milliseconds) { m_settleMs = milliseconds; }
    /** The runner's zone: the local date of recordings whose file does not state its offset (tests set one). */
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

signals:
    /** Something to say in the status bar (0: until the next message). */
    void message(const QString &text, int timeoutMs);
    /** An import ran (watched: it came from the watched folder). */
    void importFinished(const Stridewise::ImportReport &report, bool watched);

private:
    void updateActions();
    void onSettingChanged(int key);
    /** Reads files into ImportFiles; files that cannot be read go to failed. */
    QList<ImportFile> readFiles(const QStringList &paths, const QStringList &fromFolders, QList<FailedItem> &failed);
    /** Asks for the activity of each file holding a recording of an unknown sport; "Don't Import" moves a file
     * from files to declined. */
    void askActivities(QList<ImportFile> &files, QList<SkippedItem> &declined);
    std::optional<Activity> askActivity(const QString &path, const QList<RecordedActivity> &unnamed);
    ImportReport run(QList<ImportFile> files, QList<FailedItem> failedBefore, QList<SkippedItem> declined);
    void showWeekOf(const ImportReport &report);
    void rewatch();
    void scheduleScan(int milliseconds);
    QStringList loadSeen() const;
    void saveSeen(const QStringList &seen);
    ImportOptions options() const;

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_import = nullptr;
    QAction *m_watchedFolder = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_scanTimer = nullptr;
    QTimeZone m_zone;
    int m_settleMs = 2000;
    bool m_watching = false;
    bool m_scanning = false;
    bool m_tooManyFolders = false;
};

} // namespace Stridewise
