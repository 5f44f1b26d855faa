#pragma once

#include "core/model/plannedsession.h"

#include <QFrame>

class QCheckBox;
class QLabel;

namespace Stridewise {

/**
 * One session in a day column: activity icon and colour, title, planned minutes, target effort and a
 * "done" checkbox. Focusable; drag it to another day to move it. It only asks (signals); the window decides.
 * setSession() shows a changed session in place, so focus and selection stay where they are.
 */
class SessionCard : public QFrame
{
    Q_OBJECT

public:
    SessionCard(const PlannedSession &session, bool editable, QWidget *parent = nullptr);

    qint64 sessionId() const { return m_session.id; }
    const PlannedSession &session() const { return m_session; }
    /** Shows the session as it is now (same id); does nothing when nothing changed. */
    void setSession(const PlannedSession &session, bool editable);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    QCheckBox *checkBox() const { return m_checkBox; }

    static constexpr const char *kMimeType = "application/x-stridewise-session";

signals:
    void selected(qint64 id);
    /** The runner clicked the checkbox (or pressed Space): checked is what they asked for. */
    void tickToggled(qint64 id, bool checked);
    void activated(qint64 id);
    /** Arrow keys: dx days, dy sessions. */
    void navigate(qint64 id, int dx, int dy);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    PlannedSession m_session;
    bool m_editable = false;
    bool m_selected = false;
    QPoint m_pressPos;
    QCheckBox *m_checkBox = nullptr;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
};

} // namespace Stridewise
