#include "ui/document/viewactions.h"

#include "core/plan/rules.h"
#include "ui/charts/progresswindow.h"
#include "ui/document/plandocument.h"
#include "ui/shell/prompt.h"
#include "ui/shell/rulesdialog.h"
#include "ui/widgets/activitystyle.h"

#include <QAction>
#include <QCoreApplication>

namespace Stridewise {

ViewActions::ViewActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_progress = new QAction(tr("P&rogress"), this);
    m_progress->setObjectName(QStringLiteral("progressAction"));
    m_progress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_progress->setToolTip(tr("Back pain against training load (Ctrl+R)"));
    m_progress->setIcon(ActivityStyle::progressIcon());
    connect(m_progress, &QAction::triggered, this, &ViewActions::showProgress);

    m_rules = new QAction(tr("&How Stridewise Plans"), this);
    m_rules->setObjectName(QStringLiteral("rulesAction"));
    m_rules->setShortcut(QKeySequence::HelpContents);
    connect(m_rules, &QAction::triggered, this, [this] { showRules(); });

    m_about = new QAction(tr("&About Stridewise"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    connect(m_about, &QAction::triggered, this, &ViewActions::showAbout);
}

ViewActions::~ViewActions() = default;

void ViewActions::showProgress()
{
    if (!m_progressWindow)
        m_progressWindow = std::make_unique<ProgressWindow>(m_document, m_window);
    m_progressWindow->showAndRaise();
}

void ViewActions::showRules(const QString &ruleId)
{
    auto *dialog = m_window->findChild<RulesDialog *>(QStringLiteral("rulesDialog"));
    if (!dialog)
        dialog = new RulesDialog(m_window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (!ruleId.isEmpty())
        dialog->showRule(ruleId);
}

void ViewActions::showAbout()
{
    Prompt::information(m_window, tr("About Stridewise"),
        tr("Stridewise %1\n\nWeekly running plans that look after your back: runs, low-impact "
           "sessions, core strength and daily hamstring stretches, adapted to what you did and "
           "how your back felt.\n\n%2")
            .arg(QCoreApplication::applicationVersion(), safetyNote()));
}

void ViewActions::closeWindows()
{
    if (m_progressWindow)
        m_progressWindow->close();
}

} // namespace Stridewise
