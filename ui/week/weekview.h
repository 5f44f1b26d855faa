#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QWidget>

class QBoxLayout;
class QScrollArea;

namespace Stridewise {

class DayColumn;
class PlanDocument;
class SessionCard;
class WeekModel;

/**
 * The central week: seven day columns side by side, or one under the other (a list) when the window is
 * narrow. Follows the WeekModel's signals row by row: an insert, removal, move or change updates only the
 * days it touches, in place, so the selection and the keyboard focus stay put. The selection is the
 * document's; the view shows it and sets it when a card is clicked or focused.
 */
class WeekView : public QWidget
{
    Q_OBJECT

public:
    WeekView(WeekModel &model, PlanDocument &document, QWidget *parent = nullptr);

    qint64 selectedSessionId() const;
    void selectSession(qint64 id);
    const QList<DayColumn *> &columns() const { return m_columns; }
    QList<SessionCard *> cards() const;
    SessionCard *cardFor(qint64 id) const;
    /** True when the days are shown as a list (narrow window). */
    bool isListLayout() const;

    /** Narrower than this, the days are listed one under the other. */
    static constexpr int kColumnsMinWidth = 7 * 96;

signals:
    void tickToggled(qint64 id, bool checked);
    void sessionActivated(qint64 id);
    void moveRequested(qint64 id, QDate to);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /** Shows again the days of these rows (the model's rows now). */
    void updateRows(int first, int last);
    void updateDays(const QSet<QDate> &days);
    void remember(int first, int last);
    void showSelection();
    void updateLayoutDirection();
    void navigate(qint64 id, int dx, int dy);
    QWidget *widgetFor(qint64 id) const;

    WeekModel &m_model;
    PlanDocument &m_document;
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QBoxLayout *m_daysLayout = nullptr;
    QList<DayColumn *> m_columns;
    QSet<QDate> m_pending; ///< days of rows about to be removed or moved
};

} // namespace Stridewise
