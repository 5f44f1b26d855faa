#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;
class QAction;

namespace Stridewise {

struct PlannedSession;

/**
 * The side panel: the selected session in full — its structure (warm-up, main part, cool-down, or the
 * exercises with sets and holds), why it is there with a link to its planning rule, and what was recorded.
 */
class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPanel(QWidget *parent = nullptr);

    void setSession(const std::optional<PlannedSession> &session);
    /** Buttons under the details, sharing the window's actions (so they enable and disable together). */
    void setActions(const QList<QAction *> &actions);
    QString detailsText() const;

signals:
    void ruleLinkActivated(const QString &ruleId);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace Stridewise
