#pragma once

#include <QMessageBox>

namespace Stridewise {

/**
 * Every modal message box of the window goes through here, so tests can answer it without a
 * nested event loop (after KeePassXC's MessageBox::setNextAnswer).
 */
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    /** Shows a question; Yes/No unless buttons say otherwise. Returns the button pressed (or the test's answer). */
    static Button question(QWidget *parent,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    static Button warning(QWidget *parent, const QString &title, const QString &text);
    static Button information(QWidget *parent, const QString &title, const QString &text);

    /** The next box returns this answer without showing (once). */
    static void setNextAnswer(Button button) { s_nextAnswer = button; }
    /** Every box returns this answer without showing until reset with NoButton (tests). */
    static void setDefaultAnswer(Button button) { s_defaultAnswer = button; }
    /** The text of the last box asked, answered or shown. */
    static QString lastText() { return s_lastText; }

private:
    static Button show(QMessageBox::Icon icon,
        QWidget *parent,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons,
        Button defaultButton);

    static inline Button s_nextAnswer = QMessageBox::NoButton;
    static inline Button s_defaultAnswer = QMessageBox::NoButton;
    static inline QString s_lastText;
};

/** "Not saved: <reason>", without doubling the prefix core's store messages already carry. */
QString notSavedMessage(const QString &reason);

} // namespace Stridewise
