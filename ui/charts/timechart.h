#pragma once

#include "ui/charts/chartpalette.h"
#include "ui/charts/chartseries.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <array>

class QChart;
class QChartView;
class QBarSet;
class QCategoryAxis;
class QLegendMarker;
class QLineSeries;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;
class QWidget;

namespace Stridewise::Charts {

/** The series of the time chart a runner can switch on and off from the legend. */
enum class TimeRole
{
    Running,
    LowImpact,
    Strength,
    Pain,
    RedFlags,
    Spikes,
    Ratio
};

/**
 * The Qt Charts drawing of a TimeSeries: stacked load bars by activity group on a load axis (effort × min),
 * back pain as a line on its own 0–10 axis (broken where no pain was logged), red-flag and spike marks and
 * the optional acute:chronic ratio on a third axis, hidden by default. The only file, with scatterchart,
 * that knows Qt Charts: replacing it with Qt Graphs leaves everything else as it is.
 *
 * Each update replaces every series' points in one call. Clicking a legend marker hides or shows its series.
 */
class TimeChart : public QObject
{
    Q_OBJECT

public:
    explicit TimeChart(QWidget *parent);
    ~TimeChart() override;

    /** The chart's widget (objectName "timeChartView"), owned by the parent given to the constructor. */
    QWidget *widget() const;

    void setSeries(const TimeSeries &series);
    void setPalette(const ChartPalette &palette);
    void setTitle(const QString &title);

    bool isRoleVisible(TimeRole role) const { return m_visible.at(static_cast<size_t>(role)); }
    void setRoleVisible(TimeRole role, bool visible);
    /** Clicks the legend marker of a role, as a runner would (for tests and keyboard users). */
    void toggleFromLegend(TimeRole role);

    /** Where the middle of bar index is drawn, in the view's viewport coordinates (for tests). */
    QPoint barCentre(int index) const;
    /** Width of the plot area in pixels (0 before it is laid out). */
    int plotWidth() const;

    /** What is drawn right now, read back from the Qt Charts series. */
    QList<double> barValues(TimeRole group) const;
    QList<QPointF> points(TimeRole role) const;
    /** The pain line's drawn pieces (one per run of consecutive logged days). */
    QList<QList<QPointF>> painLines() const;
    /** The largest number of points any one drawn series holds. */
    qsizetype maxDrawnPoints() const;
    /** The labels on the time axis as drawn, read back from Qt Charts (for tests). */
    QList<AxisTick> drawnTicks() const;
    QString loadAxisTitle() const;
    QString painAxisTitle() const;
    bool isLegendMarkerVisible(TimeRole role) const;

signals:
    void roleVisibilityChanged(Stridewise::Charts::TimeRole role, bool visible);
    /** The mouse entered (index ≥ 0) or left (−1) a bar or a mark of bucket index. */
    void bucketHovered(int index);
    void plotWidthChanged(int width);

private:
    void applyBars();
    void applyAxes();
    void syncLegend();
    void connectLegend();
    QLegendMarker *markerOf(TimeRole role) const;
    QColor roleColor(TimeRole role) const;
    QLineSeries *addPainLine();

    TimeSeries m_series;
    ChartPalette m_palette;
    /** By role; the ratio starts hidden (it is disputed: shown only when asked for). */
    std::array<bool, 7> m_visible{ true, true, true, true, true, true, false };
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_loadAxis = nullptr;
    QValueAxis *m_painAxis = nullptr;
    QValueAxis *m_ratioAxis = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QBarSet *m_running = nullptr;
    QBarSet *m_lowImpact = nullptr;
    QBarSet *m_strength = nullptr;
    QScatterSeries *m_painDots = nullptr;
    QList<QLineSeries *> m_painLines; ///< a pool: one line per run of logged days, unused ones empty
    QScatterSeries *m_redFlags = nullptr;
    QScatterSeries *m_spikes = nullptr;
    QLineSeries *m_ratio = nullptr;
    int m_lastPlotWidth = 0;
};

} // namespace Stridewise::Charts
