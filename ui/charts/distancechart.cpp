#include "ui/charts/distancechart.h"

#include "ui/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace Stridewise::Charts {

DistanceChart::DistanceChart(QWidget *parent)
    : QObject(parent)
{
    m_chart = newChart();
    m_runs = new QBarSet(tr("Runs"));
    m_others = new QBarSet(tr("Walks, rides, swims"));
    m_bars = new QStackedBarSeries;
    m_bars->append(m_runs);
    m_bars->append(m_others);
    m_bars->setBarWidth(0.7);
    m_chart->addSeries(m_bars);
    m_weeks = new QBarCategoryAxis;
    m_distance = new QValueAxis;
    m_distance->setLabelFormat(QStringLiteral("%.0f"));
    m_distance->setMin(0);
    m_chart->addAxis(m_weeks, Qt::AlignBottom);
    m_chart->addAxis(m_distance, Qt::AlignLeft);
    m_bars->attachAxis(m_weeks);
    m_bars->attachAxis(m_distance);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = newChartView(m_chart, parent, QStringLiteral("distanceChartView"), tr("Recorded distance per week"));
    connect(m_bars, &QStackedBarSeries::hovered, this,
        [this](bool state, int index, QBarSet *) { emit barHovered(state ? index : -1); });
}

DistanceChart::~DistanceChart() = default;

QWidget *DistanceChart::widget() const
{
    return m_view;
}

void DistanceChart::setSeries(const DistanceSeries &series)
{
    m_runs->remove(0, m_runs->count());
    m_others->remove(0, m_others->count());
    m_runs->append(series.runs);
    m_others->append(series.others);
    m_weeks->setCategories(series.labels);
    m_distance->setTitleText(distanceAxisTitle(series));
    // Round ticks from 0 with headroom, as the other charts do.
    const double top = series.max > 0 ? series.max : 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 4)));
    double step = magnitude;
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) { // no 2.5: whole-number labels stay exact
        step = magnitude * factor;
        if (top / step <= 6)
            break;
    }
    m_distance->setRange(0, std::ceil(top * 1.05 / step) * step);
    m_distance->setTickType(QValueAxis::TicksDynamic);
    m_distance->setTickAnchor(0);
    m_distance->setTickInterval(step);
    m_distance->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    // Many bars: label only every few, so the labels do not run into each other.
    const int every = std::max(1, int(series.labels.size()) / 12);
    m_weeks->setLabelsVisible(true);
    if (every > 1) {
        QStringList sparse;
        for (int i = 0; i < series.labels.size(); ++i)
            sparse << (i % every == 0 ? series.labels.at(i) : QString(i, QChar(0x200B))); // unique, invisible
        m_weeks->setCategories(sparse);
    }
}

void DistanceChart::setPalette(const ChartPalette &palette)
{
    m_runs->setColor(palette.running);
    m_runs->setBorderColor(palette.running);
    m_others->setColor(palette.lowImpact);
    m_others->setBorderColor(palette.lowImpact);
    m_chart->legend()->setLabelColor(palette.text);
    applyChartPalette(m_chart, m_view, palette);
}

void DistanceChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QList<double> DistanceChart::runBars() const
{
    QList<double> values;
    for (int i = 0; i < m_runs->count(); ++i)
        values << m_runs->at(i);
    return values;
}

} // namespace Stridewise::Charts
