#pragma once

#include "ui/charts/chartpalette.h"
#include "ui/charts/distanceseries.h"

#include <QObject>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QStackedBarSeries;
class QValueAxis;
class QWidget;

namespace Stridewise::Charts {

/**
 * The Qt Charts drawing of a DistanceSeries: one stacked bar a week (runs, then walks, rides and swims), in the
 * runner's unit. Like TimeChart and ScatterChart, the only place that knows Qt Charts for it.
 */
class DistanceChart : public QObject
{
    Q_OBJECT

public:
    explicit DistanceChart(QWidget *parent);
    ~DistanceChart() override;

    /** The chart's widget (objectName "distanceChartView"). */
    QWidget *widget() const;
    void setSeries(const DistanceSeries &series);
    void setPalette(const ChartPalette &palette);
    void setTitle(const QString &title);
    /** The run bars drawn now, read back from Qt Charts. */
    QList<double> runBars() const;

signals:
    /** The mouse entered (index ≥ 0) or left (−1) the bar index. */
    void barHovered(int index);

private:
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QBarSet *m_runs = nullptr;
    QBarSet *m_others = nullptr;
    QBarCategoryAxis *m_weeks = nullptr;
    QValueAxis *m_distance = nullptr;
};

} // namespace Stridewise::Charts
