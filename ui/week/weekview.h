#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QBoxLayout;
class QScrollArea;

namespace Stridewise {

class DayColumn;
class SessionCard;
class WeekModel;

/**
 * The central week: seven day columns side by side, or one under the other (a list) when the window is
 * narrow. Rebuilt from the WeekModel whenever it changes; keeps the selected session across rebuilds.
 */
class WeekView : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(WeekModel &model, QWidget *parent = nullptr);

    void setToday(QDate today);
    qint64 selectedSessionId() const { return m_selectedId; }
    void selectSession(qint64 id);
    const QList<DayColumn *> &columns() const { return m_columns; }
    QList<SessionCard *> cards() const;
    SessionCard *cardFor(qint64 id) const;
    /** True when the days are shown as a list (narrow window). */
    bool isListLayout() const;

    /** Narrower than this, the days are listed one under the other. */
    static constexpr int kColumnsMinWidth = 7 * 96;

signals:
    void sessionSelected(qint64 id);
    void tickToggled(qint64 id, bool checked);
    void sessionActivated(qint64 id);
    void moveRequested(qint64 id, QDate to);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateLayoutDirection();
    void navigate(qint64 id, int dx, int dy);

    WeekModel &m_model;
    QDate m_today;
    qint64 m_selectedId = 0;
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QBoxLayout *m_daysLayout = nullptr;
    QList<DayColumn *> m_columns;
};

} // namespace Stridewise
