#include "ui/shell/restoredialog.h"

#include "ui/shell/prompt.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

RestoreDialog::RestoreDialog(const QList<BackupManager::Backup> &backups, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a Backup"));

    auto *intro = new QLabel(tr("Go back to your data as it was when a backup was made. Your current data is kept "
                                "as a backup first, so you can change your mind."),
        this);
    intro->setObjectName(QStringLiteral("restoreIntroLabel"));
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupsListWidget"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    for (const BackupManager::Backup &backup : m_backups) {
        auto *item = new QListWidgetItem(describe(backup), m_list);
        item->setData(kPathRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    intro->setBuddy(m_list);

    auto *empty = new QLabel(tr("There are no backups yet. Stridewise makes one on each day you change something, "
                                "and File ▸ Back Up Now makes one at any time."),
        this);
    empty->setObjectName(QStringLiteral("noBackupsLabel"));
    empty->setWordWrap(true);
    m_list->setVisible(!m_backups.isEmpty());
    empty->setVisible(m_backups.isEmpty());

    auto *where = new QLabel(tr("Backups are kept in %1").arg(QDir::toNativeSeparators(m_folder)), this);
    where->setObjectName(QStringLiteral("backupFolderLabel"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setMuted(where);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restorePushButton"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    auto *other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFilePushButton"));
    other->setAccessibleName(tr("Restore from another file"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::chooseSelected);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &RestoreDialog::chooseSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(where);
    layout->addWidget(buttons);

    if (!m_backups.isEmpty())
        m_list->setCurrentRow(0);
    m_restore->setDefault(true);
    updateButtons();
    resize(520, m_backups.isEmpty() ? 200 : 380);
}

QString RestoreDialog::reasonWords(BackupManager::Reason reason)
{
    switch (reason) {
    case BackupManager::Reason::Daily:
        return tr("daily backup");
    case BackupManager::Reason::Manual:
        return tr("made with Back Up Now");
    case BackupManager::Reason::BeforeUpdate:
        return tr("made before Stridewise was updated");
    case BackupManager::Reason::BeforeRestore:
        return tr("your data just before a restore");
    }
    return tr("daily backup");
}

QString RestoreDialog::describe(const BackupManager::Backup &backup)
{
    return tr("%1 · %2").arg(
        QLocale().toString(backup.time, tr("dddd d MMMM yyyy, HH:mm")), reasonWords(backup.reason));
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentRow() >= 0);
}

void RestoreDialog::chooseSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    m_chosenPath = m_backups.at(row).path;
    m_chosenDescription =
        tr("the backup of %1").arg(QLocale().toString(m_backups.at(row).time, tr("dddd d MMMM yyyy, HH:mm")));
    accept();
}

void RestoreDialog::chooseOtherFile()
{
    const QString path =
        Prompt::openFileName(this, tr("Restore from a File"), m_folder, tr("Stridewise data (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_chosenPath = path;
    m_chosenDescription = QDir::toNativeSeparators(path);
    accept();
}

} // namespace Stridewise
