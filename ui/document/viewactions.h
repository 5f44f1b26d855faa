#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QWidget;

namespace Stridewise {

class PlanDocument;
class ProgressWindow;

/**
 * What the runner opens to look at, beside the week: View ▸ Progress (pain against load, in a window of its
 * own), Help ▸ How Stridewise Plans (every rule with its evidence) and Help ▸ About. Owns these QActions and the
 * windows they open.
 */
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(PlanDocument &document, QWidget *window);
    ~ViewActions() override;

    QAction *progressAction() const { return m_progress; }
    QAction *rulesAction() const { return m_rules; }
    QAction *aboutAction() const { return m_about; }

    /** View ▸ Progress: opens (or brings to the front) the Progress window. */
    void showProgress();
    /** The Progress window, once it was opened; null before. */
    ProgressWindow *progressWindow() const { return m_progressWindow.get(); }
    /** Help ▸ How Stridewise Plans, scrolled to ruleId when one is given. */
    void showRules(const QString &ruleId = {});
    void showAbout();
    /** Closes the windows opened from here (the week's window is closing). */
    void closeWindows();

private:
    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_progress = nullptr;
    QAction *m_rules = nullptr;
    QAction *m_about = nullptr;
    std::unique_ptr<ProgressWindow> m_progressWindow;
};

} // namespace Stridewise
