#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Stridewise {

class PlanDocument;
class ProgressView;

/**
 * View ▸ Progress in a window of its own: not a panel over the week, not kept on top of it, with room for the
 * chart's titles. Shows a ProgressView of the document's database, reads it again when sessions or the pain
 * log change (when next seen, if hidden), and builds a new one when a restore replaces the database. Its size
 * and place are remembered (Settings::ProgressGeometry); the first time it opens beside the week at a size
 * that fits the screen.
 */
class ProgressWindow : public QWidget
{
    Q_OBJECT

public:
    /** near: the window it is placed over the first time (not its parent: it is a window of its own). */
    ProgressWindow(PlanDocument &document, QWidget *near);
    ~ProgressWindow() override;

    /** The chart view; null while the document has no database. */
    ProgressView *view() const { return m_view; }
    /** Shows the window (placed and sized the first time) and brings it to the front. */
    void showAndRaise();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createView();
    void dropView();
    void refreshSoon();
    void placeFirstTime();

    PlanDocument &m_document;
    QPointer<QWidget> m_near;
    QVBoxLayout *m_layout = nullptr;
    ProgressView *m_view = nullptr;
    bool m_stale = false;
    bool m_refreshQueued = false;
    bool m_placed = false;
};

} // namespace Stridewise
