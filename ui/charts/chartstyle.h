#pragma once

#include "ui/charts/chartpalette.h"

#include <QString>

class QChart;
class QChartView;
class QWidget;

namespace Stridewise::Charts {

/** A chart as both Progress charts use it: no animation (a range switch redraws at once), small margins. */
QChart *newChart();
/** The view showing chart (it takes ownership), antialiased, with a size a chart stays readable at. */
QChartView *newChartView(QChart *chart, QWidget *parent, const QString &objectName, const QString &accessibleName);
/** Background, title and every axis in the palette's colours. */
void applyChartPalette(QChart *chart, QChartView *view, const ChartPalette &palette);

} // namespace Stridewise::Charts
