#pragma once

#include "ui/charts/chartpalette.h"
#include "ui/charts/chartseries.h"

#include <QList>
#include <QObject>
#include <QPointF>

class QChart;
class QChartView;
class QScatterSeries;
class QValueAxis;
class QWidget;

namespace Stridewise::Charts {

/**
 * The Qt Charts drawing of a ScatterSeries: one dot per (load, back pain N days later) pair, load on the
 * horizontal axis (effort × min), pain on a 0–10 axis. No trend line: the sentence under it, from core,
 * says what the numbers show. Like TimeChart, the only place that knows Qt Charts.
 */
class ScatterChart : public QObject
{
    Q_OBJECT

public:
    explicit ScatterChart(QWidget *parent);
    ~ScatterChart() override;

    /** The chart's widget (objectName "scatterChartView"), owned by the parent given to the constructor. */
    QWidget *widget() const;

    void setSeries(const ScatterSeries &series);
    void setPalette(const ChartPalette &palette);
    void setTitle(const QString &title);

    int plotWidth() const;
    /** The dots drawn right now, read back from the Qt Charts series. */
    QList<QPointF> points() const;
    QString loadAxisTitle() const;
    QString painAxisTitle() const;

signals:
    /** The mouse entered (index ≥ 0) or left (−1) the point index of the series. */
    void pointHovered(int index);

private:
    ScatterSeries m_series;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QScatterSeries *m_dots = nullptr; ///< points standing for one day
    QScatterSeries *m_severalDots = nullptr; ///< points standing for several days with identical numbers
    QValueAxis *m_loadAxis = nullptr;
    QValueAxis *m_painAxis = nullptr;
};

} // namespace Stridewise::Charts
