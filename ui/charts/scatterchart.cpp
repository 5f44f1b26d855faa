#include "ui/charts/scatterchart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QScatterSeries>
#include <QValueAxis>

namespace Stridewise::Charts {

ScatterChart::ScatterChart(QWidget *parent)
    : QObject(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->hide();

    m_dots = new QScatterSeries;
    m_dots->setName(tr("Days"));
    m_dots->setMarkerSize(10);
    m_chart->addSeries(m_dots);

    m_loadAxis = new QValueAxis;
    m_loadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_loadAxis->setTitleText(Charts::loadAxisTitle(false));
    m_painAxis = new QValueAxis;
    m_painAxis->setRange(0, 10);
    m_painAxis->setTickCount(6);
    m_painAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_loadAxis, Qt::AlignBottom);
    m_chart->addAxis(m_painAxis, Qt::AlignLeft);
    m_dots->attachAxis(m_loadAxis);
    m_dots->attachAxis(m_painAxis);

    m_view = new QChartView(m_chart, parent);
    m_view->setObjectName(QStringLiteral("scatterChartView"));
    m_view->setAccessibleName(tr("Back pain against the training load of the days before"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);

    connect(m_dots, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        emit pointHovered(state ? static_cast<int>(m_series.points.indexOf(point)) : -1);
    });
}

ScatterChart::~ScatterChart() = default;

QWidget *ScatterChart::widget() const
{
    return m_view;
}

void ScatterChart::setSeries(const ScatterSeries &series)
{
    m_series = series;
    m_dots->replace(series.points);
    m_loadAxis->setRange(0, series.maxLoad > 0 ? series.maxLoad * 1.05 : 100);
    m_loadAxis->applyNiceNumbers();
    m_painAxis->setTitleText(series.lag == 0 ? tr("Back pain the same day (/10)")
                                             : tr("Back pain %n day(s) later (/10)", nullptr, series.lag));
}

void ScatterChart::setPalette(const ChartPalette &palette)
{
    m_chart->setBackgroundBrush(palette.background);
    m_chart->setTitleBrush(palette.text);
    m_view->setBackgroundBrush(palette.background);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(palette.text);
        axis->setTitleBrush(palette.text);
        axis->setLinePenColor(palette.grid);
        axis->setGridLineColor(palette.grid);
    }
    // Semi-transparent, so several days on nearly the same spot read darker.
    QColor dot = palette.running;
    dot.setAlpha(170);
    m_dots->setColor(dot);
    m_dots->setBorderColor(palette.background);
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
    return m_dots->points();
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
