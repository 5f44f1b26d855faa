#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Stridewise {

class PlanDocument;

/**
 * Shoes and distances in the window (issue 12): Edit ▸ Shoes… (the shoe editor, saved as one undo step) and
 * View ▸ Distances in Miles, which flips Settings::Key::Units between km and mi (Preferences may show the same
 * setting; both follow it).
 */
class ShoeActions : public QObject
{
    Q_OBJECT

public:
    ShoeActions(PlanDocument &document, QWidget *window);

    QAction *shoesAction() const { return m_shoes; }
    QAction *milesAction() const { return m_miles; }

    /** Edit ▸ Shoes…: reads the shoes with their kilometres and opens the editor; Save pushes EditShoesCommand. */
    void editShoes();

signals:
    void message(const QString &text, int timeoutMs);

private:
    void updateActions();

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_shoes = nullptr;
    QAction *m_miles = nullptr;
};

} // namespace Stridewise
