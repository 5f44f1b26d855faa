#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace Stridewise {

class PlanDocument;

/**
 * What the runner does with the file as a whole (issues 5 and 6): File ▸ Back Up Now, File ▸ Restore…, the
 * daily backup on close, and Help ▸ Open Demo Data. Backups, restores and demo data are core's (BackupManager,
 * DemoData); this only asks, says what happened, and has the document let go of its database while a restore
 * swaps it. Owns its QActions; room beside it for import and export actions.
 */
class DataActions : public QObject
{
    Q_OBJECT

public:
    /** Starts a program without waiting for it; returns false when it could not be started. */
    using ProcessLauncher = std::function<bool(const QString &program, const QStringList &arguments)>;

    /** window: the parent of the dialogs, and what closes when the data cannot be opened at all. */
    DataActions(PlanDocument &document, QWidget *window);

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *openDemoAction() const { return m_openDemo; }

    /** Where Help ▸ Open Demo Data keeps its file: "demo.db" in the app-data folder, never the runner's own. */
    static QString demoDatabasePath();
    /** The window shows the demo data (it does not offer to open it again). */
    void setDemoData(bool demo);
    /** How Open Demo Data starts the second window (tests replace it); empty restores QProcess::startDetached. */
    void setProcessLauncher(ProcessLauncher launcher) { m_launch = std::move(launcher); }

    /** File ▸ Back Up Now: a manual backup beside the database; says where it went. Works read-only. */
    void backUpNow();
    /** File ▸ Restore…: lets the runner choose a backup, asks to confirm, restores. */
    void restoreBackup();
    /**
     * Replaces the data with the file at path (confirmation is the caller's): the document lets go of its
     * database, BackupManager::restoreAndReopen restores, and the result is shown. Returns false (with a message
     * shown) when the restore was refused; the document then works on its data as it was.
     */
    bool restoreFrom(const QString &path);
    /** Help ▸ Open Demo Data: fills demoDatabasePath() if it is new and opens it in a new window. */
    void openDemoData();
    /** The daily backup when one is due, as the window closes; a failure is logged, never asked about. */
    void backupOnClose();

signals:
    /** Something to say in the status bar (0: until the next message). */
    void message(const QString &text, int timeoutMs);

private:
    void updateActions();
    /** A failure the runner asked about: said in a box and left in the status bar, where it can be read again. */
    void showProblem(const QString &title, const QString &text);

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_openDemo = nullptr;
    bool m_demo = false;
    ProcessLauncher m_launch;
};

} // namespace Stridewise
