#pragma once

#include "core/model/plannedsession.h"

#include <QDate>
#include <QFrame>
#include <QHash>
#include <QList>

class QCheckBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Stridewise {

class SessionCard;

/**
 * One day of the week view: its name and date (highlighted when it is today), the two daily stretches as
 * compact ticks labelled AM and PM, and a card per other session in time-of-day order. Accepts dropped
 * session cards. setSessions() updates in place: a card or tick whose session did not change is left alone,
 * so the keyboard focus and the selection stay where they are.
 */
class DayColumn : public QFrame
{
    Q_OBJECT

public:
    DayColumn(QDate date, bool isToday, bool editable, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    bool isToday() const { return m_isToday; }
    /** The sessions of this day, in order (time of day, then id). */
    void setSessions(const QList<PlannedSession> &sessions, bool editable);
    const QList<SessionCard *> &cards() const { return m_cards; }
    const QList<QCheckBox *> &stretchTicks() const { return m_ticks; }
    /** The card or stretch tick that shows session id; null when it is not on this day. */
    QWidget *widgetFor(qint64 id) const;

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
    QCheckBox *newTick(const PlannedSession &session);
    void showTick(QCheckBox *tick, const PlannedSession &session);
    SessionCard *newCard(const PlannedSession &session);

    QDate m_date;
    bool m_isToday = false;
    bool m_editable = false;
    bool m_dropHover = false;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_dayLabel = nullptr;
    QWidget *m_stretchRow = nullptr;
    QVBoxLayout *m_stretchLayout = nullptr; ///< the ticks
    QToolButton *m_stretchButton = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_restLabel = nullptr;
    QList<QCheckBox *> m_ticks;
    QList<SessionCard *> m_cards;
    QHash<qint64, PlannedSession> m_shown; ///< what each tick shows, by session id
};

} // namespace Stridewise
