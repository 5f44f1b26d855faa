#include "ui/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>

namespace Stridewise::Charts {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChartView *newChartView(QChart *chart, QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(480, 200);
    // Every range change moves, adds or removes hundreds of bars and labels: a BSP index of the scene would be
    // rebuilt for each of them (most of a range change's time), and lookups in a chart this size are quick without.
    view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    return view;
}

void applyChartPalette(QChart *chart, QChartView *view, const ChartPalette &palette)
{
    chart->setBackgroundBrush(palette.background);
    chart->setTitleBrush(palette.text);
    view->setBackgroundBrush(palette.background);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.text);
        axis->setTitleBrush(palette.text);
        axis->setLinePenColor(palette.grid);
        axis->setGridLineColor(palette.grid);
    }
}

} // namespace Stridewise::Charts
