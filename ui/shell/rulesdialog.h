#pragma once

#include <QDialog>

class QTextBrowser;

namespace Stridewise {

/**
 * Help ▸ How Stridewise plans: every rule from core's planningRules() in plain words, with its source and
 * how strong the evidence is, and the safety note. Nothing here is a copy: it is built from core's data.
 */
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RulesDialog(QWidget *parent = nullptr);
    /** Scrolls to one rule (a session's "why" link). */
    void showRule(const QString &id);
    static QString html();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Stridewise
