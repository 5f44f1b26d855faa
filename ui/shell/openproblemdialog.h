#pragma once

#include <QString>

class QWidget;

namespace Stridewise {

/**
 * Shown when the runner's database cannot be opened (issue 6: bad files): names the file and the problem
 * and offers the newest good backup, a read-only view, or quitting. Tests answer it through setNextChoice().
 */
class OpenProblemDialog
{
public:
    enum class Choice
    {
        Quit,
        RestoreBackup,
        OpenReadOnly
    };

    /**
     * message names the file and the problem; backupPath/backupWhen describe the newest good backup (empty when
     * there is none); canOpenReadOnly offers the read-only view.
     */
    static Choice ask(QWidget *parent,
        const QString &message,
        const QString &backupPath,
        const QString &backupWhen,
        bool canOpenReadOnly);

    /** Test seam: the next ask() returns choice without showing anything. */
    static void setNextChoice(Choice choice);

private:
    static inline bool s_hasNextChoice = false;
    static inline Choice s_nextChoice = Choice::Quit;
};

} // namespace Stridewise
