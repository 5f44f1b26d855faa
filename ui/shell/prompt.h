#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace Stridewise {

/**
 * Every question, message and file dialog Stridewise shows goes through here (after KeePassXC's MessageBox), so
 * that tests, and runs where nobody can answer, get the answer from a Prompt::Script instead of a modal dialog.
 *
 * Without a Script, on a display nobody sees (the offscreen platform) a prompt never waits: it returns the
 * default answer (for a file, none) and says so on stderr.
 */
class Prompt
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    enum class Kind
    {
        Question,
        Information,
        Warning,
        Critical,
        Choice,
        OpenFile,
        SaveFile,
        Folder,
    };

    /** What was asked: for tests to check the words, and for Script to answer. */
    struct Request
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString detail; ///< Choice: the informative text under the question
        QStringList choices; ///< Choice: the buttons' words, in order
        QString path; ///< OpenFile, Folder: the folder offered; SaveFile: the file name suggested
        QString filter; ///< OpenFile, SaveFile: "PNG images (*.png)"
    };

    /** A question; Yes/No unless buttons say otherwise. Returns the button pressed. */
    static Button question(QWidget *parent,
        const QString &title,
        const QString &text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    /** One of several answers in the runner's words (buttons in order, objectNames from objectNames if given).
     * Returns the index chosen; cancelChoice when the dialog is closed. */
    static int choose(QWidget *parent,
        const QString &title,
        const QString &text,
        const QString &detail,
        const QStringList &choices,
        int defaultChoice,
        int cancelChoice,
        const QStringList &objectNames = {});

    /** A file to read, starting in folder; empty when cancelled. */
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    /** A file to write, suggested is folder and name; empty when cancelled. */
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    /** An existing folder, starting in folder; empty when cancelled (Script: answered with file()). */
    static QString existingFolder(QWidget *parent, const QString &title, const QString &folder);

    /**
     * Answers prompts instead of a person while it exists, and remembers what was asked. Answers are used in
     * the order given; a prompt without one gets the default (questions: defaultButton; choices: the cancel
     * choice; files: none), or what answerAll() set. One Script at a time.
     */
    class Script
    {
    public:
        Script();
        ~Script();
        Script(const Script &) = delete;
        Script &operator=(const Script &) = delete;

        /** The next question (or message) is answered with button. */
        void answer(Button button);
        /** Every question without an answer of its own gets button (NoButton: back to the defaults). */
        void answerAll(Button button);
        void choose(int index);
        void file(const QString &path);

        const QList<Request> &asked() const { return m_asked; }
        /** The text of the last prompt, or an empty string when nothing was asked. */
        QString lastText() const { return m_asked.isEmpty() ? QString() : m_asked.last().text; }
        int count(Kind kind) const;

    private:
        friend class Prompt;
        QList<Button> m_buttons;
        QList<int> m_choices;
        QList<QString> m_files;
        Button m_all = QMessageBox::NoButton;
        QList<Request> m_asked;
    };

private:
    static Button message(QMessageBox::Icon icon,
        Kind kind,
        QWidget *parent,
        const QString &title,
        const QString &text,
        Buttons buttons,
        Button defaultButton);
    static bool nobodyCanAnswer(const Request &request);

    static inline Script *s_script = nullptr;
};

} // namespace Stridewise
