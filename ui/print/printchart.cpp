#include "ui/print/printchart.h"

#include "ui/charts/chartpalette.h"
#include "ui/print/printcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <array>
#include <cmath>

namespace Stridewise::Print {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PrintChart", text);
}

/** A round step (1, 2 or 5 × 10ⁿ) giving about `lines` grid lines up to max. */
double niceStep(double max, int lines)
{
    if (max <= 0)
        return 1;
    const double raw = max / lines;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

Charts::ChartPalette paperPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, muted());
    return Charts::ChartPalette::from(light);
}

} // namespace

void paintLoadPainChart(const Canvas &c, const QRectF &rect, const Charts::TimeSeries &series)
{
    QPainter *p = c.painter();
    if (!p)
        return;
    const Charts::ChartPalette palette = paperPalette();
    const QFont small = c.font(6.5);
    const QFont label = c.font(7);

    // Legend across the top.
    double lx = rect.left();
    const double ly = rect.top();
    const double swatch = c.mm(2.6);
    auto legend = [&](const QColor &color, const QString &text, bool isLine) {
        p->save();
        if (isLine) {
            p->setPen(QPen(color, c.mm(0.6)));
            p->drawLine(QPointF(lx, ly + swatch / 2), QPointF(lx + swatch * 1.6, ly + swatch / 2));
            lx += swatch * 1.6;
        } else {
            p->fillRect(QRectF(lx, ly, swatch, swatch), color);
            lx += swatch;
        }
        p->restore();
        lx += c.mm(1.2);
        const double width = QFontMetricsF(label, p->device()).horizontalAdvance(text);
        c.text(QRectF(lx, ly - c.mm(0.4), width + c.mm(1), 0), text, label, Qt::black, Qt::AlignLeft | Qt::AlignTop);
        lx += width + c.mm(4);
    };
    legend(palette.running, tr("Running"), false);
    legend(palette.lowImpact, tr("Low-impact"), false);
    legend(palette.strength, tr("Strength and stretches"), false);
    legend(palette.pain, Charts::painAxisTitle(), true);
    legend(palette.redFlag, tr("Red-flag day"), false);

    // Plot area between the axis labels.
    const double axisWidth = c.mm(11);
    const QRectF plot(
        rect.left() + axisWidth, rect.top() + c.mm(6), rect.width() - 2 * axisWidth, rect.height() - c.mm(6) - c.mm(8));
    const qsizetype n = series.buckets.size();
    double maxLoad = 0;
    for (qsizetype i = 0; i < n; ++i)
        maxLoad = std::max(maxLoad, series.running.value(i) + series.lowImpact.value(i) + series.strength.value(i));
    const double step = niceStep(maxLoad, 4);
    const double top = std::max(step, std::ceil(maxLoad / step) * step);
    auto yLoad = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    auto yPain = [&](double v) { return plot.bottom() - v / 10.0 * plot.height(); };
    const double slot = n > 0 ? plot.width() / n : plot.width();
    auto xAt = [&](double index) { return plot.left() + (index + 0.5) * slot; };

    p->save();
    // Grid and left (load) axis labels.
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = yLoad(v);
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y), QColor(0xdd, 0xdd, 0xdd), 0.15);
        c.text(QRectF(rect.left(), y - c.mm(1.4), axisWidth - c.mm(1), 0), QLocale().toString(v, 'f', 0), small,
            muted(), Qt::AlignRight | Qt::AlignTop);
    }
    // Right (pain) axis labels.
    for (int v = 0; v <= 10; v += 2) {
        c.text(QRectF(plot.right() + c.mm(1), yPain(v) - c.mm(1.4), axisWidth - c.mm(1), 0), QString::number(v), small,
            palette.pain, Qt::AlignLeft | Qt::AlignTop);
    }
    // Stacked bars.
    p->setPen(Qt::NoPen);
    const double barWidth = std::max(slot * 0.78, c.mm(0.15));
    for (qsizetype i = 0; i < n; ++i) {
        double base = 0;
        const std::array<std::pair<double, QColor>, 3> parts{ std::pair{ series.running.value(i), palette.running },
            std::pair{ series.lowImpact.value(i), palette.lowImpact },
            std::pair{ series.strength.value(i), palette.strength } };
        for (const auto &[value, color] : parts) {
            if (value <= 0)
                continue;
            p->fillRect(
                QRectF(xAt(i) - barWidth / 2, yLoad(base + value), barWidth, yLoad(base) - yLoad(base + value)), color);
            base += value;
        }
    }
    // Red-flag days: a mark at the top of the pain axis.
    p->setBrush(palette.redFlag);
    for (const QPointF &f : series.redFlags) {
        const double x = xAt(f.x());
        const double y = plot.top() - c.mm(0.3);
        QPainterPath mark;
        mark.moveTo(x, y + c.mm(1.8));
        mark.lineTo(x - c.mm(1.1), y);
        mark.lineTo(x + c.mm(1.1), y);
        mark.closeSubpath();
        p->drawPath(mark);
    }
    // Back pain: a line per run of logged days, dots where a run is a single day.
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(palette.pain, c.mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<QPointF> &run : series.painRuns) {
        if (run.size() == 1) {
            p->setBrush(palette.pain);
            p->drawEllipse(QPointF(xAt(run.first().x()), yPain(run.first().y())), c.mm(0.5), c.mm(0.5));
            p->setBrush(Qt::NoBrush);
            continue;
        }
        QPainterPath path;
        path.moveTo(xAt(run.first().x()), yPain(run.first().y()));
        for (const QPointF &point : run)
            path.lineTo(xAt(point.x()), yPain(point.y()));
        p->drawPath(path);
    }
    // Frame and date labels.
    p->setPen(QPen(Qt::black, c.mm(0.25)));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->restore();
    for (const Charts::AxisTick &tick : series.ticks) {
        const double x = plot.left() + (tick.x + 0.5) * slot;
        c.line(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + c.mm(1)), Qt::black, 0.2);
        c.text(QRectF(x - c.mm(12), plot.bottom() + c.mm(1.2), c.mm(24), 0), tick.label, small, Qt::black,
            Qt::AlignHCenter | Qt::AlignTop);
    }
    // Axis titles under the axes' ends.
    c.text(QRectF(rect.left(), plot.bottom() + c.mm(4.5), rect.width() / 2, 0),
        Charts::loadAxisTitle(series.isWeekly()), small, muted(), Qt::AlignLeft | Qt::AlignTop);
    c.text(QRectF(rect.left() + rect.width() / 2, plot.bottom() + c.mm(4.5), rect.width() / 2, 0),
        Charts::painAxisTitle(), small, palette.pain, Qt::AlignRight | Qt::AlignTop);
}

} // namespace Stridewise::Print
