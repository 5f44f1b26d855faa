#include "ui/shell/prompt.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>

namespace Stridewise {

Prompt::Script::Script()
{
    Q_ASSERT(!s_script);
    s_script = this;
}

Prompt::Script::~Script()
{
    if (s_script == this)
        s_script = nullptr;
}

void Prompt::Script::answer(Button button)
{
    m_buttons << button;
}

void Prompt::Script::answerAll(Button button)
{
    m_all = button;
}

void Prompt::Script::choose(int index)
{
    m_choices << index;
}

void Prompt::Script::file(const QString &path)
{
    m_files << path;
}

int Prompt::Script::count(Kind kind) const
{
    return int(std::count_if(m_asked.cbegin(), m_asked.cend(), [kind](const Request &r) { return r.kind == kind; }));
}

bool Prompt::nobodyCanAnswer(const Request &request)
{
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        return false;
    qWarning("stridewise: nobody can answer \"%s\" on the offscreen platform; taking the default answer",
        qPrintable(request.title));
    return true;
}

Prompt::Button Prompt::message(QMessageBox::Icon icon,
    Kind kind,
    QWidget *parent,
    const QString &title,
    const QString &text,
    Buttons buttons,
    Button defaultButton)
{
    const Request request{ kind, title, text, {}, {}, {}, {} };
    if (s_script) {
        s_script->m_asked << request;
        if (!s_script->m_buttons.isEmpty())
            return s_script->m_buttons.takeFirst();
        return s_script->m_all != QMessageBox::NoButton ? s_script->m_all : defaultButton;
    }
    if (nobodyCanAnswer(request))
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

Prompt::Button Prompt::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return message(QMessageBox::Question, Kind::Question, parent, title, text, buttons, defaultButton);
}

void Prompt::information(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Information, Kind::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Warning, Kind::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompt::critical(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Critical, Kind::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

int Prompt::choose(QWidget *parent,
    const QString &title,
    const QString &text,
    const QString &detail,
    const QStringList &choices,
    int defaultChoice,
    int cancelChoice,
    const QStringList &objectNames)
{
    const Request request{ Kind::Choice, title, text, detail, choices, {}, {} };
    if (s_script) {
        s_script->m_asked << request;
        return s_script->m_choices.isEmpty() ? cancelChoice : s_script->m_choices.takeFirst();
    }
    if (nobodyCanAnswer(request))
        return cancelChoice;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("choiceMessageBox"));
    box.setInformativeText(detail);
    QList<QPushButton *> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        QPushButton *button =
            box.addButton(choices.at(i), i == cancelChoice ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
        if (i < objectNames.size())
            button->setObjectName(objectNames.at(i));
        buttons << button;
    }
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(buttons.at(defaultChoice));
    if (cancelChoice >= 0 && cancelChoice < buttons.size())
        box.setEscapeButton(buttons.at(cancelChoice));
    box.exec();
    const int chosen = int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen >= 0 ? chosen : cancelChoice;
}

QString Prompt::openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    const Request request{ Kind::OpenFile, title, {}, {}, {}, folder, filter };
    if (s_script) {
        s_script->m_asked << request;
        return s_script->m_files.isEmpty() ? QString() : s_script->m_files.takeFirst();
    }
    if (nobodyCanAnswer(request))
        return {};
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString Prompt::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    const Request request{ Kind::SaveFile, title, {}, {}, {}, suggested, filter };
    if (s_script) {
        s_script->m_asked << request;
        return s_script->m_files.isEmpty() ? QString() : s_script->m_files.takeFirst();
    }
    if (nobodyCanAnswer(request))
        return {};
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Prompt::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    const Request request{ Kind::Folder, title, {}, {}, {}, folder, {} };
    if (s_script) {
        s_script->m_asked << request;
        return s_script->m_files.isEmpty() ? QString() : s_script->m_files.takeFirst();
    }
    if (nobodyCanAnswer(request))
        return {};
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace Stridewise
