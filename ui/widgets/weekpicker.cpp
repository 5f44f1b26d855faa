#include "ui/widgets/weekpicker.h"

#include "core/model/isoweek.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/formwidgets.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace Stridewise {

WeekPicker::WeekPicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekPickerWidget"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("weekPickerLineEdit"));
    m_edit->setAccessibleName(tr("Go to the week of this day"));
    m_edit->setToolTip(tr("Go to the week of a day: type it (2026-07-15) and press Enter (Ctrl+G)"));
    m_edit->setPlaceholderText(tr("2026-07-15"));
    // Wide enough for the longest week, "29 Dec 2025 – 4 Jan 2026", in the window's font.
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(weekText(QDate(2025, 12, 29))) + 16);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &WeekPicker::submit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showRefused(false); });

    m_calendarButton = new QToolButton(this);
    m_calendarButton->setObjectName(QStringLiteral("weekPickerToolButton"));
    m_calendarButton->setIcon(ActivityStyle::todayIcon());
    m_calendarButton->setAccessibleName(tr("Choose a week from the calendar"));
    m_calendarButton->setToolTip(tr("Choose a week from the calendar"));
    m_calendarButton->setAutoRaise(true);
    connect(m_calendarButton, &QToolButton::clicked, this, &WeekPicker::openCalendar);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void WeekPicker::openCalendar()
{
    // Made on first use: a calendar costs a start more than the rest of the toolbar (issue 15).
    if (!m_calendar) {
        m_calendar = new QCalendarWidget;
        m_calendar->setObjectName(QStringLiteral("weekPickerCalendar"));
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setGridVisible(false);
        m_calendarMenu = new QMenu(this);
        auto *holder = new QWidgetAction(m_calendarMenu);
        holder->setDefaultWidget(m_calendar);
        m_calendarMenu->addAction(holder);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
            m_calendarMenu->close();
            choose(day);
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate day) {
            m_calendarMenu->close();
            choose(day);
        });
    }
    m_calendar->setSelectedDate(m_monday.isValid() ? m_monday : QDate::currentDate());
    m_calendarMenu->popup(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
}

QString WeekPicker::weekText(QDate monday)
{
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    if (monday.year() != sunday.year()) {
        return tr("%1 – %2").arg(locale.toString(monday, tr("d MMM yyyy")), locale.toString(sunday, tr("d MMM yyyy")));
    }
    if (monday.month() != sunday.month())
        return tr("%1 – %2").arg(locale.toString(monday, tr("d MMM")), locale.toString(sunday, tr("d MMM yyyy")));
    return tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, tr("d MMM yyyy")));
}

void WeekPicker::setWeek(QDate monday)
{
    m_monday = monday;
    if (!m_edit->hasFocus() || !m_edit->isModified()) {
        m_edit->setText(weekText(monday));
        m_edit->setModified(false);
        showRefused(false);
    }
}

void WeekPicker::startTyping()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void WeekPicker::choose(QDate day)
{
    if (!day.isValid())
        return;
    m_edit->setModified(false);
    emit dateChosen(day);
    m_edit->setText(weekText(m_monday));
}

std::optional<QDate> WeekPicker::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto iso = IsoWeek::parseDate(t))
        return *iso;
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})$"));
    if (const auto m = week.match(t); m.hasMatch()) {
        if (auto monday = IsoWeek::parse(
                QStringLiteral("%1-W%2").arg(m.captured(1), m.captured(2).rightJustified(2, QLatin1Char('0')))))
            return *monday;
        return std::nullopt;
    }
    const QLocale locale;
    for (const QString &format : { QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
             locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat) }) {
        const QDate d = locale.toDate(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

void WeekPicker::submit()
{
    const auto day = parse(m_edit->text());
    if (!day) {
        showRefused(true);
        return;
    }
    choose(*day);
    m_edit->selectAll();
}

void WeekPicker::showRefused(bool refused)
{
    QPalette p = palette();
    if (refused) {
        p.setColor(QPalette::Text, FormWidgets::alertRed());
        m_edit->setToolTip(tr("\"%1\" is not a day: write it like 2026-07-15 and press Enter.").arg(m_edit->text()));
    } else {
        m_edit->setToolTip(tr("Go to the week of a day: type it (2026-07-15) and press Enter (Ctrl+G)"));
    }
    m_edit->setPalette(p);
}

bool WeekPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && m_edit->isModified()) {
            m_edit->setModified(false);
            setWeek(m_monday);
            m_edit->selectAll();
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            // Leaving the field without pressing Enter goes nowhere: it shows the week again.
            m_edit->setModified(false);
            setWeek(m_monday);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stridewise
