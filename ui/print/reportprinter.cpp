#include "ui/print/reportprinter.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "ui/charts/chartseries.h"
#include "ui/print/printcanvas.h"
#include "ui/print/printchart.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <array>
#include <functional>

namespace Stridewise {

namespace {

using Print::Canvas;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::ReportPrinter", text, nullptr, n);
}

/** English needs its own singular: without a plural translation installed, "%n day(s)" would show as is. */
QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

constexpr double kChartHeight = 64; ///< mm
constexpr double kFooter = 9; ///< mm kept free at each page's foot
constexpr int kChartPoints = 400;

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString painText(const std::optional<double> &mean)
{
    return mean ? oneDecimal(*mean) : QStringLiteral("–");
}

/** Sequential layout over pages: blocks go where there is room, or on a new page. */
class Flow
{
public:
    Flow(const Canvas &canvas, QPagedPaintDevice &device, const QRectF &page)
        : c(canvas)
        , y(page.top())
        , m_device(device)
        , m_page(page)
    {
    }

    const Canvas &c;
    double width() const { return m_page.width(); }
    double left() const { return m_page.left(); }
    double right() const { return m_page.right(); }
    double bottom() const { return m_page.bottom() - c.mm(kFooter); }
    int pages() const { return m_pages; }

    /** Makes room for height: a new page when it does not fit on this one (unless this page is still empty). */
    void need(double height)
    {
        if (y + height > bottom() && y > m_page.top() + 1) {
            if (m_onPageEnd)
                m_onPageEnd(m_pages);
            if (!c.isMeasuring())
                m_device.newPage();
            ++m_pages;
            y = m_page.top();
        }
    }
    void setOnPageEnd(std::function<void(int)> f) { m_onPageEnd = std::move(f); }

    /** A wrapped paragraph, moved whole to the next page when it does not fit. */
    void paragraph(const QString &text,
        const QFont &font,
        const QColor &color = Qt::black,
        double indentMm = 0,
        double afterMm = 1.2)
    {
        const double indent = c.mm(indentMm);
        const double h = c.textHeight(text, font, width() - indent);
        need(h);
        c.text(QRectF(left() + indent, y, width() - indent, 0), text, font, color);
        y += h + c.mm(afterMm);
    }
    void heading(const QString &text)
    {
        // A heading never ends a page: keep room for it and a couple of lines.
        need(c.textHeight(text, c.font(11, true), width()) + c.mm(12));
        y += c.mm(2.5);
        y += c.text(QRectF(left(), y, width(), 0), text, c.font(11, true)) + c.mm(1.5);
    }

    double y;

private:
    QPagedPaintDevice &m_device;
    QRectF m_page;
    int m_pages = 1;
    std::function<void(int)> m_onPageEnd;
};

} // namespace

int ReportPrinter::layout(
    QPainter *painter, QPagedPaintDevice &device, const QRectF &page, const Fit &fit, int totalPages) const
{
    const Canvas c(painter, &device, fit.scale);
    Flow flow(c, device, page);
    const ClinicianReport &r = m_report;
    const QLocale &locale = m_locale;

    auto footer = [&](int number) {
        const double y = page.bottom() - c.mm(kFooter) + c.mm(3);
        c.line(QPointF(page.left(), y), QPointF(page.right(), y), Print::muted(), 0.2);
        c.text(QRectF(page.left(), y + c.mm(1), page.width() * 0.78, 0),
            tr("The runner's own log, kept in Stridewise. Not a diagnosis; it does not replace a clinician."),
            c.font(6.5), Print::muted());
        c.text(QRectF(page.left() + page.width() * 0.78, y + c.mm(1), page.width() * 0.22, 0),
            tr("Page %1 of %2").arg(number).arg(totalPages), c.font(6.5), Print::muted(),
            Qt::AlignRight | Qt::AlignTop);
    };
    flow.setOnPageEnd(footer);

    // Title, range and the statement.
    const int days = int(r.from.daysTo(r.to)) + 1;
    flow.y += c.text(QRectF(page.left(), flow.y, page.width(), 0), tr("Training and back-pain log"), c.font(17, true));
    flow.y += c.mm(0.5);
    flow.paragraph(
        trn("%1 to %2 (1 day) · printed %3 from Stridewise", "%1 to %2 (%n days) · printed %3 from Stridewise", days)
            .arg(locale.toString(r.from, QStringLiteral("d MMMM yyyy")),
                locale.toString(r.to, QStringLiteral("d MMMM yyyy")),
                locale.toString(m_printedOn, QStringLiteral("d MMMM yyyy"))),
        c.font(8.5), Print::muted(), 0, 2.5);
    {
        const QString statement = tr("This is the runner's own log, recorded in Stridewise by the runner. It is not a "
                                     "diagnosis and does not replace a clinician's assessment. Load is the effort the "
                                     "runner rated (0–10) × minutes; back pain is the runner's daily rating, 0–10.");
        const double h = c.textHeight(statement, c.font(8.5, true), flow.width() - c.mm(5));
        c.rect(QRectF(flow.left(), flow.y, flow.width(), h + c.mm(4)), Qt::black, QColor(0xf3, 0xf3, 0xf3), 0.35);
        c.text(
            QRectF(flow.left() + c.mm(2.5), flow.y + c.mm(2), flow.width() - c.mm(5), 0), statement, c.font(8.5, true));
        flow.y += h + c.mm(6);
    }

    // Key figures.
    if (r.meanPain) {
        flow.paragraph(trn("Mean back pain over the range: %1/10, logged on %2 of 1 day.",
                           "Mean back pain over the range: %1/10, logged on %2 of %n days.", days)
                           .arg(oneDecimal(*r.meanPain))
                           .arg(r.painDays),
            c.font(10, true));
    } else {
        flow.paragraph(tr("No back pain was logged in this range."), c.font(10, true));
    }
    flow.paragraph(tr("Days with red-flag symptoms logged: %1. Sessions done: %2 of %3 planned, %4 skipped "
                      "(the daily stretches not counted).")
                       .arg(r.redFlagDays)
                       .arg(r.sessionsDone)
                       .arg(r.sessionsPlanned)
                       .arg(r.sessionsSkipped),
        c.font(8.5), Qt::black, 0, 2);

    // The chart, from the same numbers as `stridewise stats` and the Progress view.
    flow.heading(tr("Back pain and training load"));
    flow.need(c.mm(kChartHeight));
    Print::paintLoadPainChart(c, QRectF(flow.left(), flow.y, flow.width(), c.mm(kChartHeight)),
        Charts::buildTimeSeries(r.load, kChartPoints));
    flow.y += c.mm(kChartHeight) + c.mm(1);
    flow.paragraph(r.load.summary, c.font(7.5, false, true), Print::muted(), 0, 1);

    // Weekly table.
    flow.heading(tr("Week by week"));
    const QStringList headers{ tr("Week"), tr("Running\nmin"), tr("Low-impact\nmin"), tr("Strength\nmin"),
        tr("Load\n(effort × min)"), tr("Mean back\npain /10"), tr("Pain\ndays"), tr("Red-flag\ndays") };
    const std::array<double, 8> widths{ 0.22, 0.1, 0.11, 0.1, 0.14, 0.11, 0.1, 0.12 };
    auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double h = 0;
        for (int i = 0; i < cells.size(); ++i)
            h = std::max(h, c.textHeight(cells.at(i), font, flow.width() * widths[i] - c.mm(2)));
        return h + c.mm(1.1);
    };
    std::function<void(const QStringList &, const QFont &, bool, bool)> row;
    row = [&](const QStringList &cells, const QFont &font, bool shaded, bool rule) {
        const double h = rowHeight(cells, font);
        const int pageBefore = flow.pages();
        flow.need(h);
        if (flow.pages() != pageBefore && cells != headers)
            row(headers, c.font(7, true), false, true); // the table goes on: its header again
        if (shaded)
            c.rect(QRectF(flow.left(), flow.y, flow.width(), h), Qt::transparent, QColor(0xf2, 0xf2, 0xf2));
        double x = flow.left();
        for (int i = 0; i < cells.size(); ++i) {
            const double w = flow.width() * widths[i];
            c.text(QRectF(x + c.mm(1), flow.y + c.mm(0.6), w - c.mm(2), 0), cells.at(i), font, Qt::black,
                (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop | Qt::TextWordWrap);
            x += w;
        }
        flow.y += h;
        if (rule)
            c.line(QPointF(flow.left(), flow.y), QPointF(flow.right(), flow.y), Qt::black, 0.3);
    };
    row(headers, c.font(7, true), false, true);
    int totalRun = 0, totalLow = 0, totalStrength = 0, totalLoad = 0, totalRedFlag = 0;
    const QFont cellFont = c.font(7.5);
    for (int i = 0; i < r.weeks.size(); ++i) {
        const ReportWeek &w = r.weeks.at(i);
        if (i == r.weeks.size() - 1)
            flow.need(
                2 * rowHeight({ QStringLiteral("0") }, cellFont) + c.mm(1)); // the last week stays with the totals
        QString name = tr("%1 · %2").arg(IsoWeek::name(w.monday), locale.toString(w.monday, QStringLiteral("d MMM")));
        if (w.days < 7)
            name += trn(" (1 day)", " (%n days)", w.days);
        row({ name, QString::number(w.runMinutes), QString::number(w.lowImpactMinutes),
                QString::number(w.strengthMinutes), QString::number(w.load), painText(w.meanPain),
                QString::number(w.painDays), QString::number(w.redFlagDays) },
            cellFont, i % 2 == 1, false);
        totalRun += w.runMinutes;
        totalLow += w.lowImpactMinutes;
        totalStrength += w.strengthMinutes;
        totalLoad += w.load;
        totalRedFlag += w.redFlagDays;
    }
    c.line(QPointF(flow.left(), flow.y), QPointF(flow.right(), flow.y), Qt::black, 0.3);
    row({ trn("The week", "All %n weeks", int(r.weeks.size())), QString::number(totalRun), QString::number(totalLow),
            QString::number(totalStrength), QString::number(totalLoad), painText(r.meanPain),
            QString::number(r.painDays), QString::number(totalRedFlag) },
        c.font(7.5, true), false, false);
    flow.y += c.mm(1);

    // Symptoms with their dates.
    flow.heading(tr("Symptoms logged"));
    if (r.symptoms.isEmpty())
        flow.paragraph(tr("No red-flag symptoms were logged in this range."), c.font(8.5));
    for (const SymptomSpan &span : r.symptoms) {
        QStringList names;
        for (Symptom s : span.symptoms)
            names << Labels::symptom(s);
        // ISO dates, as in the planner's own messages below: unambiguous whatever the reader's country.
        const QString when = span.from == span.to
            ? span.from.toString(Qt::ISODate)
            : tr("%1 to %2").arg(span.from.toString(Qt::ISODate), span.to.toString(Qt::ISODate));
        QString text =
            tr("%1: %2; back pain up to %3/10.").arg(when, names.join(QStringLiteral(", "))).arg(span.highestPain);
        if (span.urgent)
            text += QLatin1Char(' ') + tr("(Stridewise advised urgent care the same day.)");
        flow.paragraph(QStringLiteral("• ") + text, c.font(8.5), Qt::black, 0, 0.8);
    }

    // What the plan changed and why, in the planner's own words; the newest ones when they do not all fit.
    flow.heading(tr("What the plan changed and why"));
    const int total = int(r.changes.size());
    const int shown = std::min(fit.changes, total);
    if (total == 0)
        flow.paragraph(tr("The planner made no changes for back pain or symptoms in this range."), c.font(8.5));
    if (shown < total) {
        flow.paragraph(
            trn("1 earlier change is left out to keep the report short; the newest follow.",
                "%n earlier changes are left out to keep the report short; the newest follow.", total - shown),
            c.font(7.5, false, true), Print::muted());
    }
    QDate lastMonday;
    for (int i = total - shown; i < total; ++i) {
        const PlanChange &change = r.changes.at(i);
        if (change.monday != lastMonday) {
            flow.paragraph(
                tr("Week %1, from %2").arg(IsoWeek::name(change.monday), change.monday.toString(Qt::ISODate)),
                c.font(8.5, true), Qt::black, 0, 0.5);
            lastMonday = change.monday;
        }
        flow.paragraph(QStringLiteral("• ") + change.message, c.font(8), Qt::black, 3, 0.6);
    }

    flow.y += c.mm(2);
    flow.paragraph(
        tr("Made by Stridewise from the runner's own log. It is not a diagnosis and does not replace a clinician."),
        c.font(8.5, true));
    footer(flow.pages());
    return flow.pages();
}

int ReportPrinter::paint(QPainter &painter, QPagedPaintDevice &device, const QRectF &page) const
{
    // Measure first: the largest text and the most plan changes that keep to kMaxPages.
    const int total = int(m_report.changes.size());
    Fit fit{ 1.0, total };
    bool found = false;
    for (double scale : { 1.0, 0.93, 0.86 }) {
        for (int changes = total; changes >= 0 && !found; --changes) {
            if (layout(nullptr, device, page, Fit{ scale, changes }, 0) <= kMaxPages) {
                fit = Fit{ scale, changes };
                found = true;
            }
        }
        if (found)
            break;
    }
    if (!found)
        fit = Fit{ 0.86, total }; // longer than half a year: let it run on
    m_changesLeftOut = total - fit.changes;
    const int pages = layout(nullptr, device, page, fit, 0);
    return layout(&painter, device, page, fit, pages);
}

Result<int> ReportPrinter::print(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(ErrorKind::Storage, tr("Could not start printing the report."));
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const int pages = paint(painter, device, QRectF(0, 0, paintRect.width(), paintRect.height()));
    if (!painter.end())
        return Result<int>::failure(ErrorKind::Storage, tr("Could not finish printing the report."));
    return pages;
}

} // namespace Stridewise
