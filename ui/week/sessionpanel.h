#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QScrollArea;

namespace Stridewise {

class PlanDocument;
struct PlannedSession;

/**
 * The side panel: the selected session in full — its structure (warm-up, main part, cool-down, or the
 * exercises with sets and holds), why it is there with a link to its planning rule, and what was recorded.
 * Follows the document's selection; a newly selected session opens at its title.
 */
class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPanel(PlanDocument &document, QWidget *parent = nullptr);

    /** Shows a session (or none); the document's selection does this by itself. */
    void setSession(const std::optional<PlannedSession> &session);
    /** Buttons under the details, sharing the window's actions (so they enable and disable together). */
    void setActions(const QList<QAction *> &actions);
    QString detailsText() const;

signals:
    void ruleLinkActivated(const QString &ruleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    PlanDocument &m_document;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace Stridewise
