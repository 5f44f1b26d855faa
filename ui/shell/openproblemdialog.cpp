#include "ui/shell/openproblemdialog.h"

#include "ui/shell/prompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>

namespace Stridewise::OpenProblemDialog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::OpenProblemDialog", text);
}

} // namespace

Choice ask(
    QWidget *parent, const QString &message, const QString &backupPath, const QString &backupWhen, bool canOpenReadOnly)
{
    QStringList words;
    QStringList objectNames;
    QList<Choice> choices;
    QString details;
    if (!backupPath.isEmpty()) {
        details = tr("The newest good backup is from %1:\n%2\nRestoring it keeps the current file as a backup too.")
                      .arg(backupWhen, QDir::toNativeSeparators(backupPath));
        words << tr("Restore the backup from %1").arg(backupWhen);
        objectNames << QStringLiteral("restoreBackupPushButton");
        choices << Choice::RestoreBackup;
    } else {
        details = tr("There is no backup of it yet.");
    }
    if (canOpenReadOnly) {
        words << tr("Look at it read-only");
        objectNames << QStringLiteral("openReadOnlyPushButton");
        choices << Choice::OpenReadOnly;
    }
    words << tr("Quit");
    objectNames << QStringLiteral("quitPushButton");
    choices << Choice::Quit;
    const int quit = int(choices.size()) - 1;
    const int chosen = Prompt::choose(parent, tr("Stridewise cannot open your data"), message, details, words,
        backupPath.isEmpty() ? quit : 0, quit, objectNames);
    return chosen >= 0 && chosen < choices.size() ? choices.at(chosen) : Choice::Quit;
}

} // namespace Stridewise::OpenProblemDialog
