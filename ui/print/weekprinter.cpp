#include "ui/print/weekprinter.h"

#include "core/io/sessiontext.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "ui/print/printcanvas.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>

namespace Stridewise {

namespace {

using Print::Canvas;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::WeekPrinter", text);
}

constexpr double kBox = 3.6; ///< tick box side, mm
constexpr double kIndent = 5.2; ///< text beside a tick box, mm
constexpr double kGap = 2.6; ///< between sessions, mm
constexpr double kColumnGap = 2.5; ///< between day columns, mm
constexpr double kPainLine = 9.0; ///< the write-in line at the foot of each day, mm
constexpr double kMinScale = 0.6;

struct Layout
{
    bool detailed = true;
};

QList<PlannedSession> sessionsOn(const Week &week, QDate date)
{
    QList<PlannedSession> list;
    for (const PlannedSession &s : week.sessions) {
        if (s.date == date)
            list << s;
    }
    return list;
}

/** One day's column from its top; returns the height used (the pain line at the foot is not included). */
double paintDay(const Canvas &c,
    const QRectF &column,
    QDate date,
    const QList<PlannedSession> &sessions,
    const Layout &layout,
    const QLocale &locale)
{
    const double x = column.left();
    const double w = column.width();
    double y = column.top();
    y += c.text(QRectF(x, y, w, 0), locale.dayName(date.dayOfWeek(), QLocale::LongFormat), c.font(10, true));
    y += c.text(QRectF(x, y, w, 0), locale.toString(date, QStringLiteral("d MMMM")), c.font(7.5), Print::muted());
    y += c.mm(1);
    c.line(QPointF(x, y), QPointF(x + w, y), Qt::black, 0.35);
    y += c.mm(1.8);

    // The twice-daily stretch: two boxes, ticked when already done.
    QList<PlannedSession> stretches;
    QList<PlannedSession> others;
    for (const PlannedSession &s : sessions)
        (s.activity == Activity::Stretch ? stretches : others) << s;
    if (!stretches.isEmpty()) {
        y += c.text(QRectF(x, y, w, 0), tr("Hamstring stretch"), c.font(7, true), Print::muted());
        y += c.mm(0.8);
        const double half = w / 2;
        double rowHeight = 0;
        const PlannedSession *morning = nullptr;
        const PlannedSession *evening = nullptr;
        for (const PlannedSession &s : stretches) {
            if (s.timeOfDay == TimeOfDay::Evening)
                evening = evening ? evening : &s;
            else
                morning = morning ? morning : &s;
        }
        const std::array<const PlannedSession *, 2> pair{ morning, evening };
        for (int i = 0; i < 2; ++i) {
            if (!pair[i])
                continue;
            const double bx = x + i * half;
            c.tickBox(QPointF(bx, y), kBox, pair[i]->isDone());
            rowHeight = std::max(rowHeight,
                c.text(QRectF(bx + c.mm(kIndent), y + c.mm(0.2), half - c.mm(kIndent), 0),
                    i == 0 ? tr("Morning") : tr("Evening"), c.font(7.5)));
        }
        y += std::max(rowHeight, c.mm(kBox)) + c.mm(kGap);
    }

    if (others.isEmpty()) {
        y += c.text(QRectF(x, y, w, 0), tr("Rest day: the stretches only."), c.font(8, false, true), Print::muted());
        return y - column.top();
    }
    const double tx = x + c.mm(kIndent);
    const double tw = w - c.mm(kIndent);
    for (const PlannedSession &s : others) {
        c.tickBox(QPointF(x, y + c.mm(0.3)), kBox, s.isDone());
        y += c.text(QRectF(tx, y, tw, 0), s.title, c.font(8.5, true));
        y += c.text(QRectF(tx, y, tw, 0), tr("%1 min · %2").arg(s.minutes).arg(SessionText::targetEffort(s.rpe)),
            c.font(7), Print::muted());
        y += c.mm(0.6);
        for (const StructureStep &step : s.structure) {
            QString line;
            if (layout.detailed) {
                // Exercises as a list; timed parts keep their names (warm-up, main part, cool-down).
                line = step.part == StepPart::Exercise ? QStringLiteral("• ") + SessionText::stepText(step)
                                                       : SessionText::stepLine(step);
            } else {
                // Compact: the exercise's name (up to its colon) and the amount.
                const QString name = step.text.section(QLatin1Char(':'), 0, 0);
                const QString how = SessionText::amount(step);
                line = QStringLiteral("• ") + (how.isEmpty() ? name : tr("%1 — %2").arg(name, how));
            }
            y += c.text(QRectF(tx, y, tw, 0), line, c.font(6.6)) + c.mm(0.35);
        }
        if (const QString record = SessionText::record(s); !record.isEmpty())
            y += c.text(QRectF(tx, y, tw, 0), record, c.font(6.6, false, true));
        y += c.mm(kGap);
    }
    return y - column.top();
}

/** The page's header from top; returns its height. */
double paintHeader(const Canvas &c, const QRectF &page, const Week &week, const QLocale &locale)
{
    double y = page.top();
    const QString range = tr("%1 to %2")
                              .arg(locale.toString(week.monday, QStringLiteral("d MMMM")),
                                  locale.toString(week.sunday(), QStringLiteral("d MMMM yyyy")));
    const QString title = tr("Stridewise · week %1 · %2").arg(IsoWeek::name(week.monday), range);
    const double right = page.width() * 0.3;
    const double h = c.text(QRectF(page.left(), y, page.width() - right, 0), title, c.font(14, true));
    c.text(QRectF(page.right() - right, y + c.mm(1.5), right, 0), tr("Tick each box when it is done."), c.font(8),
        Print::muted(), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
    y += h + c.mm(1);
    if (week.redFlag && !week.adaptations.isEmpty()) {
        // Red-flag advice first and framed: it matters more than anything else on the page.
        const QRectF box(page.left(), y, page.width(), 0);
        const double th = c.textHeight(week.adaptations.first().message, c.font(8.5, true), box.width() - c.mm(4));
        c.rect(
            QRectF(box.left(), y, box.width(), th + c.mm(3)), QColor(0xb0, 0x20, 0x20), QColor(0xfb, 0xea, 0xea), 0.5);
        c.text(QRectF(box.left() + c.mm(2), y + c.mm(1.5), box.width() - c.mm(4), 0), week.adaptations.first().message,
            c.font(8.5, true), QColor(0x80, 0x10, 0x10));
        y += th + c.mm(4.5);
    }
    QStringList why;
    for (int i = week.redFlag ? 1 : 0; i < week.adaptations.size() && why.size() < 3; ++i)
        why << week.adaptations.at(i).message;
    if (!why.isEmpty())
        y += c.text(QRectF(page.left(), y, page.width(), 0), tr("This week: %1").arg(why.join(QLatin1Char(' '))),
                 c.font(7.5), Print::muted())
            + c.mm(1.5);
    return y - page.top();
}

/** The footer's text: how to stretch and the clinician line. */
QStringList footerLines(const Week &week)
{
    QStringList lines;
    for (const PlannedSession &s : week.sessions) {
        if (s.activity == Activity::Stretch && !s.structure.isEmpty()) {
            lines << tr("Hamstring stretch, morning and evening: %1").arg(SessionText::stepText(s.structure.first()));
            break;
        }
    }
    lines << tr(
        "Stridewise does not replace a clinician. Stop running and see one soon if pain spreads down a leg with "
        "numbness, tingling or weakness; get urgent care today for new trouble passing urine, loss of bladder or "
        "bowel control, or numbness between the legs.");
    return lines;
}

double footerHeight(const Canvas &c, const QRectF &page, const Week &week)
{
    double h = c.mm(2);
    const QStringList lines = footerLines(week);
    for (int i = 0; i < lines.size(); ++i)
        h += c.textHeight(lines.at(i), c.font(7, i == lines.size() - 1), page.width()) + c.mm(0.6);
    return h;
}

void paintFooter(const Canvas &c, const QRectF &page, const Week &week)
{
    double y = page.bottom() - footerHeight(c, page, week);
    c.line(QPointF(page.left(), y), QPointF(page.right(), y), Print::muted(), 0.25);
    y += c.mm(1.5);
    const QStringList lines = footerLines(week);
    for (int i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        y += c.text(QRectF(page.left(), y, page.width(), 0), lines.at(i), c.font(7, last),
                 last ? Qt::black : Print::muted())
            + c.mm(0.6);
    }
}

/** Height the tallest day needs at this canvas's scale. */
double tallestDay(const Canvas &c, double columnWidth, const Week &week, const Layout &layout, const QLocale &locale)
{
    double tallest = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate date = week.monday.addDays(d);
        tallest =
            std::max(tallest, paintDay(c, QRectF(0, 0, columnWidth, 0), date, sessionsOn(week, date), layout, locale));
    }
    return tallest;
}

} // namespace

void WeekPrinter::paint(QPainter &painter, QPaintDevice *device, const QRectF &page) const
{
    // Find the largest text scale at which the busiest day fits between header and footer.
    Layout layout;
    double scale = 1.0;
    auto fits = [&](double s, const Layout &l) {
        const Canvas m(nullptr, device, s);
        const double columnWidth = (page.width() - m.mm(kColumnGap) * 6) / 7;
        const double available = page.height() - paintHeader(m, page, m_week, m_locale) - footerHeight(m, page, m_week)
            - m.mm(kPainLine) - m.mm(2);
        return tallestDay(m, columnWidth, m_week, l, m_locale) <= available;
    };
    while (scale > kMinScale && !fits(scale, layout))
        scale -= 0.05;
    if (!fits(scale, layout)) {
        layout.detailed = false;
        scale = 1.0;
        while (scale > kMinScale && !fits(scale, layout))
            scale -= 0.05;
    }
    m_fittedScale = scale;

    const Canvas c(&painter, device, scale);
    painter.save();
    const double top = page.top() + paintHeader(c, page, m_week, m_locale);
    const double bottom = page.bottom() - footerHeight(c, page, m_week) - c.mm(1);
    const double columnWidth = (page.width() - c.mm(kColumnGap) * 6) / 7;
    for (int d = 0; d < 7; ++d) {
        const QDate date = m_week.monday.addDays(d);
        const double x = page.left() + d * (columnWidth + c.mm(kColumnGap));
        if (d > 0) {
            const double sx = x - c.mm(kColumnGap) / 2;
            c.line(QPointF(sx, top), QPointF(sx, bottom), QColor(0xc8, 0xc8, 0xc8), 0.2);
        }
        painter.save();
        painter.setClipRect(QRectF(x, top, columnWidth, bottom - top));
        paintDay(c, QRectF(x, top, columnWidth, bottom - top), date, sessionsOn(m_week, date), layout, m_locale);
        painter.restore();
        // Where the day's back pain gets written in by hand.
        const double py = bottom - c.mm(kPainLine) + c.mm(2);
        const double labelWidth = columnWidth * 0.55;
        c.text(QRectF(x, py, labelWidth, 0), tr("Back pain"), c.font(7), Print::muted());
        c.line(QPointF(x + labelWidth, py + c.mm(3.2)), QPointF(x + columnWidth - c.mm(5), py + c.mm(3.2)), Qt::black,
            0.25);
        c.text(QRectF(x + columnWidth - c.mm(5), py, c.mm(5), 0), tr("/10"), c.font(7), Print::muted(),
            Qt::AlignRight | Qt::AlignTop);
    }
    paintFooter(c, page, m_week);
    painter.restore();
}

Result<void> WeekPrinter::print(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(pageSize), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return Result<void>::failure(ErrorKind::Storage, tr("Could not start printing the week."));
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    paint(painter, &device, QRectF(0, 0, paintRect.width(), paintRect.height()));
    if (!painter.end())
        return Result<void>::failure(ErrorKind::Storage, tr("Could not finish printing the week."));
    return {};
}

} // namespace Stridewise
