#include "ui/charts/scatterchart.h"

#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace Stridewise::Charts {

ScatterChart::ScatterChart(QWidget *parent)
    : QObject(parent)
{
    m_chart = newChart();
    m_chart->legend()->hide();

    m_dots = new QScatterSeries;
    m_dots->setName(tr("Days"));
    m_dots->setMarkerSize(10);
    m_chart->addSeries(m_dots);
    m_severalDots = new QScatterSeries;
    m_severalDots->setName(tr("Several days"));
    m_severalDots->setMarkerSize(16);
    m_chart->addSeries(m_severalDots);

    m_loadAxis = new QValueAxis;
    m_loadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_loadAxis->setTitleText(Charts::loadAxisTitle(false));
    m_painAxis = new QValueAxis;
    // A little room around 0–10 so dots on the edges are whole; ticks stay at 0, 2, … 10.
    m_painAxis->setRange(-0.4, 10.4);
    m_painAxis->setTickType(QValueAxis::TicksDynamic);
    m_painAxis->setTickAnchor(0);
    m_painAxis->setTickInterval(2);
    m_loadAxis->setTickType(QValueAxis::TicksDynamic);
    m_loadAxis->setTickAnchor(0);
    m_painAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_loadAxis, Qt::AlignBottom);
    m_chart->addAxis(m_painAxis, Qt::AlignLeft);
    for (QScatterSeries *dots : { m_dots, m_severalDots }) {
        dots->attachAxis(m_loadAxis);
        dots->attachAxis(m_painAxis);
    }

    m_view = newChartView(m_chart, parent, QStringLiteral("scatterChartView"),
        tr("Back pain against the training load of the days before"));

    for (QScatterSeries *dots : { m_dots, m_severalDots }) {
        connect(dots, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            emit pointHovered(state ? static_cast<int>(m_series.points.indexOf(point)) : -1);
        });
    }
}

ScatterChart::~ScatterChart() = default;

QWidget *ScatterChart::widget() const
{
    return m_view;
}

void ScatterChart::setSeries(const ScatterSeries &series)
{
    m_series = series;
    // Days with identical numbers are one dot, drawn bigger (a second series: Qt 6.4 misplaces per-point sizes).
    QList<QPointF> single;
    QList<QPointF> several;
    for (qsizetype i = 0; i < series.points.size(); ++i)
        (series.counts.at(i) > 1 ? several : single).append(series.points.at(i));
    m_dots->replace(single);
    m_severalDots->replace(several);
    // Ticks at round loads from 0; a margin either side so the dots at 0 and at the top are whole.
    const double top = series.maxLoad > 0 ? series.maxLoad : 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 5)));
    double step = magnitude;
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (top / step <= 6)
            break;
    }
    m_loadAxis->setTickInterval(step);
    m_loadAxis->setRange(-step * 0.08, std::ceil(top / step) * step + step * 0.08);
    m_painAxis->setTitleText(tr("Back pain %1 (/10)").arg(daysLater(series.lag)));
}

void ScatterChart::setPalette(const ChartPalette &palette)
{
    applyChartPalette(m_chart, m_view, palette);
    // Semi-transparent, so several days on nearly the same spot read darker.
    QColor dot = palette.running;
    dot.setAlpha(palette.dark ? 215 : 170);
    for (QScatterSeries *dots : { m_dots, m_severalDots }) {
        dots->setColor(dot);
        dots->setBorderColor(palette.background);
    }
}

void ScatterChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

int ScatterChart::plotWidth() const
{
    return static_cast<int>(m_chart->plotArea().width());
}

QList<QPointF> ScatterChart::points() const
{
    // In the series' order, as one list, whichever dot size they are drawn with.
    QList<QPointF> drawn = m_dots->points() + m_severalDots->points();
    QList<QPointF> ordered;
    for (const QPointF &p : m_series.points) {
        if (drawn.contains(p))
            ordered.append(p);
    }
    return ordered;
}

QString ScatterChart::loadAxisTitle() const
{
    return m_loadAxis->titleText();
}

QString ScatterChart::painAxisTitle() const
{
    return m_painAxis->titleText();
}

} // namespace Stridewise::Charts
