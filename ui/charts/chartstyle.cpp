#include "ui/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>

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
