#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Stridewise {

/**
 * The toolbar's "go to a week": shows the week shown as the rest of the window says dates ("23–29 Nov 2026").
 * Type a day (2026-07-15, 20260715, 15 Jul 2026, or a week, 2026-W29) and press Enter, or pick one from the
 * calendar. Text that is not a day is refused in place (red, with a tooltip saying how to write one); Escape
 * shows the week again.
 */
class WeekPicker : public QWidget
{
    Q_OBJECT

public:
    explicit WeekPicker(QWidget *parent = nullptr);

    /** Shows the week that starts on monday (when the runner is not typing). */
    void setWeek(QDate monday);
    QDate week() const { return m_monday; }
    /** Puts the cursor in the field with its text selected, ready for a typed day (Ctrl+G). */
    void startTyping();
    QLineEdit *lineEdit() const { return m_edit; }
    /** Opens on this month in the calendar; a day picked there, or typed, is chosen as if by the runner. */
    void choose(QDate day);

    /** The day a runner typed, in any of the forms above; nullopt when it is not a day that exists. */
    static std::optional<QDate> parse(const QString &text);
    /** "23–29 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
    static QString weekText(QDate monday);

signals:
    /** The runner asked for the week of day. */
    void dateChosen(QDate day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void openCalendar();
    void showRefused(bool refused);

    QDate m_monday;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_calendarButton = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Stridewise
