#pragma once

#include "ui/charts/chartseries.h"

#include <QRectF>

namespace Stridewise::Print {

class Canvas;

/**
 * The Progress view's pain-versus-load chart drawn for paper with QPainter (vector, not a screenshot): the same
 * TimeSeries (Charts::buildTimeSeries over core's LoadReport, the numbers of `stridewise stats`), stacked load bars
 * by activity group on the left axis, back pain 0–10 as a line broken where nothing was logged on the right axis,
 * red-flag days marked at the top, a legend and date labels. Paints nothing on a measuring canvas.
 */
void paintLoadPainChart(const Canvas &canvas, const QRectF &rect, const Charts::TimeSeries &series);

} // namespace Stridewise::Print
