#include "ui/shell/prompt.h"

#include <QCoreApplication>

namespace Stridewise {

MessageBox::Button MessageBox::question(QWidget *parent,
    const QString &title,
    const QString &text,
    QMessageBox::StandardButtons buttons,
    Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon,
    QWidget *parent,
    const QString &title,
    const QString &text,
    QMessageBox::StandardButtons buttons,
    Button defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_defaultAnswer != QMessageBox::NoButton)
        return s_defaultAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

QString notSavedMessage(const QString &reason)
{
    const QString prefix = QCoreApplication::translate("Stridewise::MessageBox", "Not saved:");
    if (reason.startsWith(prefix))
        return reason;
    return QCoreApplication::translate("Stridewise::MessageBox", "Not saved: %1").arg(reason);
}

} // namespace Stridewise
