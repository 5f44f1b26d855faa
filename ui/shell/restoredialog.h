#pragma once

#include "core/store/backupmanager.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace Stridewise {

/**
 * File ▸ Restore…: the runner picks one of the database's backups (newest first, each with its date, time
 * and why it was made, in plain words) or any other file through "Other file…" (asked through Prompt). The
 * dialog only chooses; the data actions ask to confirm and restore.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    /** backups: newest first, as BackupManager::backups() returns them; folder: where they are kept. */
    RestoreDialog(const QList<BackupManager::Backup> &backups, const QString &folder, QWidget *parent = nullptr);

    /** The file chosen when the dialog was accepted. */
    QString chosenPath() const { return m_chosenPath; }
    /** The choice in words for the confirmation ("the backup of Wednesday 25 November 2026, 14:03"). */
    QString chosenDescription() const { return m_chosenDescription; }

    /** "Wednesday 25 November 2026, 14:03 · made with Back Up Now". */
    static QString describe(const BackupManager::Backup &backup);
    static QString reasonWords(BackupManager::Reason reason);

private:
    void chooseSelected();
    void chooseOtherFile();
    void updateButtons();

    QList<BackupManager::Backup> m_backups;
    QString m_folder;
    QString m_chosenPath;
    QString m_chosenDescription;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Stridewise
