#pragma once

#include <QString>

class QWidget;

namespace Stridewise {

/**
 * Asked when the runner's database cannot be opened (issue 6: bad files): names the file and the problem and
 * offers the newest good backup, a read-only view, or quitting. It asks through Prompt, so tests answer it
 * with a Prompt::Script (the choices in the order RestoreBackup, OpenReadOnly, Quit, leaving out what is not
 * offered).
 */
namespace OpenProblemDialog {

enum class Choice
{
    Quit,
    RestoreBackup,
    OpenReadOnly
};

/**
 * message names the file and the problem; backupPath/backupWhen describe the newest good backup (empty when
 * there is none); canOpenReadOnly offers the read-only view. Closing the question quits.
 */
Choice ask(QWidget *parent,
    const QString &message,
    const QString &backupPath,
    const QString &backupWhen,
    bool canOpenReadOnly);

} // namespace OpenProblemDialog

} // namespace Stridewise
