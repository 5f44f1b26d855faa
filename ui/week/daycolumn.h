#pragma once

#include "core/model/plannedsession.h"

#include <QDate>
#include <QFrame>
#include <QList>

class QVBoxLayout;

namespace Stridewise {

class SessionCard;

/**
 * One day of the week view: its name and date (highlighted when it is today), the two daily stretches as
 * compact ticks, and a card per other session in time-of-day order. Accepts dropped session cards.
 */
class DayColumn : public QFrame
{
    Q_OBJECT

public:
    DayColumn(QDate date, bool isToday, bool editable, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    bool isToday() const { return m_isToday; }
    /** Sessions of this day, in order; builds the stretch ticks and the cards. */
    void setSessions(const QList<PlannedSession> &sessions);
    const QList<SessionCard *> &cards() const { return m_cards; }

signals:
    void sessionSelected(qint64 id);
    void tickToggled(qint64 id, bool checked);
    void sessionActivated(qint64 id);
    void navigate(qint64 id, int dx, int dy);
    void moveRequested(qint64 id, QDate to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDate m_date;
    bool m_isToday = false;
    bool m_editable = false;
    bool m_dropHover = false;
    QVBoxLayout *m_layout = nullptr;
    QList<SessionCard *> m_cards;
};

} // namespace Stridewise
