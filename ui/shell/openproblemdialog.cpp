#include "ui/shell/openproblemdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::OpenProblemDialog", text);
}

} // namespace

void OpenProblemDialog::setNextChoice(Choice choice)
{
    s_hasNextChoice = true;
    s_nextChoice = choice;
}

OpenProblemDialog::Choice OpenProblemDialog::ask(
    QWidget *parent, const QString &message, const QString &backupPath, const QString &backupWhen, bool canOpenReadOnly)
{
    if (s_hasNextChoice) {
        s_hasNextChoice = false;
        return s_nextChoice;
    }
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        // Nobody can answer a dialog nobody sees (tests, headless runs): never block, quit.
        qWarning("OpenProblemDialog: no answer set for an offscreen dialog: %s", qPrintable(message));
        return Choice::Quit;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Stridewise cannot open your data"), message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("openProblemMessageBox"));
    QString details;
    QPushButton *restore = nullptr;
    QPushButton *readOnly = nullptr;
    if (!backupPath.isEmpty()) {
        details = tr("The newest good backup is from %1:\n%2\nRestoring it keeps the current file as a backup too.")
                      .arg(backupWhen, QDir::toNativeSeparators(backupPath));
        restore = box.addButton(tr("Restore the backup from %1").arg(backupWhen), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupPushButton"));
    } else {
        details = tr("There is no backup of it yet.");
    }
    if (canOpenReadOnly) {
        readOnly = box.addButton(tr("Look at it read-only"), QMessageBox::ActionRole);
        readOnly->setObjectName(QStringLiteral("openReadOnlyPushButton"));
    }
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitPushButton"));
    box.setInformativeText(details);
    box.setDefaultButton(restore ? restore : quit);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return Choice::RestoreBackup;
    if (readOnly && box.clickedButton() == readOnly)
        return Choice::OpenReadOnly;
    return Choice::Quit;
}

} // namespace Stridewise
