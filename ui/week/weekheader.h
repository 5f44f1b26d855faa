#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Stridewise {

class PlanDocument;

/**
 * The line above the week: which week it is ("This week · week 48 · 23–29 November 2026"), how much of it is
 * done, and, while the week has no plan, the button that plans it (or asks for the profile first).
 */
class WeekHeader : public QWidget
{
    Q_OBJECT

public:
    explicit WeekHeader(PlanDocument &document, QWidget *parent = nullptr);

    /** Reads the document again (it does so by itself on the document's signals). */
    void refresh();

signals:
    /** The plan button was pressed: plan the week shown, or fill in the profile when there is none. */
    void planRequested();

private:
    PlanDocument &m_document;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_planButton = nullptr;
};

} // namespace Stridewise
