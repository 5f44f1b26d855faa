#include "ui/charts/timechart.h"

#include "ui/charts/chartstyle.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Stridewise::Charts {

namespace {

constexpr TimeRole kGroups[] = { TimeRole::Running, TimeRole::LowImpact, TimeRole::Strength };

QList<double> zeros(qsizetype n)
{
    return QList<double>(n, 0.0);
}

void replaceValues(QBarSet *set, const QList<double> &values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QObject(parent)
{
    m_chart = newChart();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_running = new QBarSet(tr("Running"));
    m_lowImpact = new QBarSet(tr("Low-impact"));
    m_strength = new QBarSet(tr("Strength & stretching"));
    m_bars = new QStackedBarSeries;
    m_bars->append(QList<QBarSet *>{ m_running, m_lowImpact, m_strength });
    m_bars->setBarWidth(0.8);
    m_chart->addSeries(m_bars);

    m_painDots = new QScatterSeries;
    m_painDots->setName(tr("Back pain"));
    m_painDots->setMarkerSize(6);
    m_chart->addSeries(m_painDots);

    m_redFlags = new QScatterSeries;
    m_redFlags->setName(tr("Red-flag symptoms"));
    m_redFlags->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_redFlags->setMarkerSize(11);
    m_chart->addSeries(m_redFlags);

    m_spikes = new QScatterSeries;
    m_spikes->setName(tr("Spike run"));
    m_spikes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_spikes->setMarkerSize(11);
    m_chart->addSeries(m_spikes);

    m_ratio = new QLineSeries;
    m_ratio->setName(tr("Acute:chronic ratio (disputed)"));
    m_chart->addSeries(m_ratio);

    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_loadAxis = new QValueAxis;
    m_loadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_painAxis = new QValueAxis;
    m_painAxis->setRange(0, 10);
    m_painAxis->setTickCount(6);
    m_painAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_painAxis->setTitleText(Charts::painAxisTitle());
    m_ratioAxis = new QValueAxis;
    m_ratioAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_ratioAxis->setTitleText(Charts::ratioAxisTitle());
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_loadAxis, Qt::AlignLeft);
    m_chart->addAxis(m_painAxis, Qt::AlignRight);
    m_chart->addAxis(m_ratioAxis, Qt::AlignRight);
    for (QAbstractSeries *s : m_chart->series())
        s->attachAxis(m_timeAxis);
    m_bars->attachAxis(m_loadAxis);
    m_spikes->attachAxis(m_loadAxis);
    m_painDots->attachAxis(m_painAxis);
    m_redFlags->attachAxis(m_painAxis);
    m_ratio->attachAxis(m_ratioAxis);
    m_painAxis->setGridLineVisible(false);
    m_ratioAxis->setGridLineVisible(false);

    m_view =
        newChartView(m_chart, parent, QStringLiteral("timeChartView"), tr("Training load and back pain over time"));

    connect(m_bars, &QStackedBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { emit bucketHovered(status ? index : -1); });
    for (QScatterSeries *marks : { m_painDots, m_redFlags, m_spikes }) {
        connect(marks, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            emit bucketHovered(state ? static_cast<int>(std::lround(point.x())) : -1);
        });
    }
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int width = static_cast<int>(area.width());
        if (width != m_lastPlotWidth) {
            m_lastPlotWidth = width;
            emit plotWidthChanged(width);
        }
    });
    setRoleVisible(TimeRole::Ratio, false);
}

TimeChart::~TimeChart() = default;

QWidget *TimeChart::widget() const
{
    return m_view;
}

QLineSeries *TimeChart::addPainLine()
{
    auto *line = new QLineSeries;
    line->setName(tr("Back pain"));
    QPen pen(m_palette.pain, 2);
    line->setPen(pen);
    m_chart->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_painAxis);
    line->setVisible(isRoleVisible(TimeRole::Pain));
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        emit bucketHovered(state ? static_cast<int>(std::lround(point.x())) : -1);
    });
    m_painLines.append(line);
    return line;
}

void TimeChart::setSeries(const TimeSeries &series)
{
    m_series = series;
    applyBars();
    m_painDots->replace(series.pain);
    while (m_painLines.size() < series.painRuns.size())
        addPainLine();
    for (qsizetype i = 0; i < m_painLines.size(); ++i)
        m_painLines.at(i)->replace(i < series.painRuns.size() ? series.painRuns.at(i) : QList<QPointF>());
    m_redFlags->replace(series.redFlags);
    m_ratio->replace(series.ratio);
    applyAxes();
    syncLegend();
    // Qt Charts rebuilds bar legend markers after their values change, later in the event loop: style the new ones.
    QMetaObject::invokeMethod(this, &TimeChart::syncLegend, Qt::QueuedConnection);
}

void TimeChart::applyBars()
{
    const qsizetype n = m_series.buckets.size();
    replaceValues(m_running, isRoleVisible(TimeRole::Running) ? m_series.running : zeros(n));
    replaceValues(m_lowImpact, isRoleVisible(TimeRole::LowImpact) ? m_series.lowImpact : zeros(n));
    replaceValues(m_strength, isRoleVisible(TimeRole::Strength) ? m_series.strength : zeros(n));
}

void TimeChart::applyAxes()
{
    const qsizetype n = m_series.buckets.size();
    // In place: the labels are replaced only when they changed (each one removed or added lays the axis out again).
    const QStringList labels = m_timeAxis->categoriesLabels();
    bool sameTicks = labels.size() == m_series.ticks.size();
    for (qsizetype i = 0; sameTicks && i < labels.size(); ++i) {
        sameTicks =
            labels.at(i) == m_series.ticks.at(i).label && m_timeAxis->endValue(labels.at(i)) == m_series.ticks.at(i).x;
    }
    if (!sameTicks) {
        for (const QString &label : labels)
            m_timeAxis->remove(label);
        m_timeAxis->setStartValue(-0.5);
        for (const AxisTick &tick : m_series.ticks)
            m_timeAxis->append(tick.label, tick.x);
    }
    const double last = std::max<double>(0.5, n - 0.5);
    if (m_timeAxis->min() != -0.5 || m_timeAxis->max() != last)
        m_timeAxis->setRange(-0.5, last);

    auto visibleTotal = [this](qsizetype i) {
        double total = 0;
        if (isRoleVisible(TimeRole::Running))
            total += m_series.running.at(i);
        if (isRoleVisible(TimeRole::LowImpact))
            total += m_series.lowImpact.at(i);
        if (isRoleVisible(TimeRole::Strength))
            total += m_series.strength.at(i);
        return total;
    };
    double top = 0;
    for (qsizetype i = 0; i < n; ++i)
        top = std::max(top, visibleTotal(i));
    m_loadAxis->setRange(0, top > 0 ? top * 1.08 : 100);
    m_loadAxis->applyNiceNumbers();
    // Spike marks sit just above their bar as drawn (hidden groups lower it).
    QList<QPointF> spikes;
    spikes.reserve(m_series.spikes.size());
    for (const QPointF &spike : std::as_const(m_series.spikes)) {
        const auto i = static_cast<qsizetype>(spike.x());
        spikes.append({ spike.x(), (i < n ? visibleTotal(i) : spike.y()) + m_loadAxis->max() * 0.035 });
    }
    m_spikes->replace(spikes);
    m_loadAxis->setTitleText(Charts::loadAxisTitle(m_series.unit));

    double ratioTop = 2;
    for (const QPointF &p : m_series.ratio)
        ratioTop = std::max(ratioTop, std::ceil(p.y() * 2) / 2);
    m_ratioAxis->setRange(0, ratioTop);
    m_ratioAxis->setVisible(isRoleVisible(TimeRole::Ratio));
}

void TimeChart::setPalette(const ChartPalette &palette)
{
    m_palette = palette;
    applyChartPalette(m_chart, m_view, palette);
    m_chart->legend()->setLabelColor(palette.text);
    const QColor edge = palette.background;
    const std::pair<QBarSet *, QColor> sets[] = { { m_running, palette.running }, { m_lowImpact, palette.lowImpact },
        { m_strength, palette.strength } };
    for (const auto &[set, color] : sets) {
        set->setColor(color);
        set->setBorderColor(edge);
        set->setLabelColor(palette.text);
    }
    m_painDots->setColor(palette.pain);
    m_painDots->setBorderColor(palette.pain);
    for (QLineSeries *line : std::as_const(m_painLines))
        line->setPen(QPen(palette.pain, 2));
    m_redFlags->setColor(palette.redFlag);
    m_redFlags->setBorderColor(palette.background);
    m_spikes->setColor(palette.spike);
    m_spikes->setBorderColor(palette.background);
    QPen ratioPen(palette.ratio, 1.5, Qt::DashLine);
    m_ratio->setPen(ratioPen);
    syncLegend();
}

void TimeChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void TimeChart::setRoleVisible(TimeRole role, bool visible)
{
    const bool changed = m_visible.at(static_cast<size_t>(role)) != visible;
    m_visible.at(static_cast<size_t>(role)) = visible;
    switch (role) {
    case TimeRole::Running:
    case TimeRole::LowImpact:
    case TimeRole::Strength:
        // A hidden group keeps its bar set (and legend entry) with zero height, so the rest stack from 0.
        applyBars();
        applyAxes();
        QMetaObject::invokeMethod(this, &TimeChart::syncLegend, Qt::QueuedConnection);
        break;
    case TimeRole::Pain:
        m_painDots->setVisible(visible);
        for (QLineSeries *line : std::as_const(m_painLines))
            line->setVisible(visible);
        break;
    case TimeRole::RedFlags:
        m_redFlags->setVisible(visible);
        break;
    case TimeRole::Spikes:
        m_spikes->setVisible(visible);
        break;
    case TimeRole::Ratio:
        m_ratio->setVisible(visible);
        m_ratioAxis->setVisible(visible);
        break;
    }
    syncLegend();
    if (changed)
        emit roleVisibilityChanged(role, visible);
}

void TimeChart::toggleFromLegend(TimeRole role)
{
    if (QLegendMarker *marker = markerOf(role))
        emit marker->clicked();
}

QLegendMarker *TimeChart::markerOf(TimeRole role) const
{
    QLegend *legend = m_chart->legend();
    switch (role) {
    case TimeRole::Running:
    case TimeRole::LowImpact:
    case TimeRole::Strength: {
        const QBarSet *set = role == TimeRole::Running ? m_running
            : role == TimeRole::LowImpact              ? m_lowImpact
                                                       : m_strength;
        for (QLegendMarker *marker : legend->markers(m_bars)) {
            if (static_cast<QBarLegendMarker *>(marker)->barset() == set)
                return marker;
        }
        return nullptr;
    }
    case TimeRole::Pain:
        return legend->markers(m_painDots).value(0);
    case TimeRole::RedFlags:
        return legend->markers(m_redFlags).value(0);
    case TimeRole::Spikes:
        return legend->markers(m_spikes).value(0);
    case TimeRole::Ratio:
        return legend->markers(m_ratio).value(0);
    }
    return nullptr;
}

void TimeChart::connectLegend()
{
    // Qt Charts may rebuild markers when series change, so every new marker is connected once, here.
    static const char *const kConnected = "stridewiseConnected";
    for (TimeRole role : { TimeRole::Running, TimeRole::LowImpact, TimeRole::Strength, TimeRole::Pain,
             TimeRole::RedFlags, TimeRole::Spikes, TimeRole::Ratio }) {
        QLegendMarker *marker = markerOf(role);
        if (!marker || marker->property(kConnected).toBool())
            continue;
        marker->setProperty(kConnected, true);
        connect(marker, &QLegendMarker::clicked, this, [this, role] { setRoleVisible(role, !isRoleVisible(role)); });
    }
}

void TimeChart::syncLegend()
{
    // Qt hides a marker with its series; keep every role's marker, dimmed when off, so it can be clicked back.
    connectLegend();
    for (QLineSeries *line : std::as_const(m_painLines)) {
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
    }
    for (TimeRole role : { TimeRole::Running, TimeRole::LowImpact, TimeRole::Strength, TimeRole::Pain,
             TimeRole::RedFlags, TimeRole::Spikes, TimeRole::Ratio }) {
        QLegendMarker *marker = markerOf(role);
        if (!marker)
            continue;
        marker->setVisible(true);
        const bool on = isRoleVisible(role);
        marker->setLabelBrush(on ? m_palette.text : withAlpha(m_palette.text, 90));
        const QColor color = withAlpha(roleColor(role), on ? 255 : 60);
        marker->setBrush(color);
        QPen pen(color, role == TimeRole::Ratio || role == TimeRole::Pain ? 2 : 1);
        if (role == TimeRole::Ratio)
            pen.setStyle(Qt::DashLine);
        marker->setPen(pen);
        if (role == TimeRole::Running || role == TimeRole::LowImpact || role == TimeRole::Strength)
            marker->setShape(QLegend::MarkerShapeRectangle); // "from series" leaves bar markers unfilled in Qt 6.4
    }
}

QColor TimeChart::roleColor(TimeRole role) const
{
    switch (role) {
    case TimeRole::Running:
        return m_palette.running;
    case TimeRole::LowImpact:
        return m_palette.lowImpact;
    case TimeRole::Strength:
        return m_palette.strength;
    case TimeRole::Pain:
        return m_palette.pain;
    case TimeRole::RedFlags:
        return m_palette.redFlag;
    case TimeRole::Spikes:
        return m_palette.spike;
    case TimeRole::Ratio:
        return m_palette.ratio;
    }
    return m_palette.text;
}

QPoint TimeChart::barCentre(int index) const
{
    const double height = index >= 0 && index < m_series.buckets.size() ? m_series.running.at(index) / 2 : 0;
    const QPointF inChart = m_chart->mapToPosition(QPointF(index, height), m_bars);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

int TimeChart::plotWidth() const
{
    return static_cast<int>(m_chart->plotArea().width());
}

QList<double> TimeChart::barValues(TimeRole group) const
{
    const QBarSet *set = group == TimeRole::Running ? m_running
        : group == TimeRole::LowImpact              ? m_lowImpact
                                                    : m_strength;
    QList<double> values;
    values.reserve(set->count());
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QList<QPointF> TimeChart::points(TimeRole role) const
{
    switch (role) {
    case TimeRole::Pain:
        return m_painDots->points();
    case TimeRole::RedFlags:
        return m_redFlags->points();
    case TimeRole::Spikes:
        return m_spikes->points();
    case TimeRole::Ratio:
        return m_ratio->points();
    default:
        break;
    }
    QList<QPointF> bars;
    const QList<double> values = barValues(role);
    for (qsizetype i = 0; i < values.size(); ++i)
        bars.append({ static_cast<double>(i), values.at(i) });
    return bars;
}

QList<QList<QPointF>> TimeChart::painLines() const
{
    QList<QList<QPointF>> lines;
    for (QLineSeries *line : m_painLines) {
        if (line->count() > 0)
            lines.append(line->points());
    }
    return lines;
}

qsizetype TimeChart::maxDrawnPoints() const
{
    qsizetype most = 0;
    for (const QBarSet *set : { m_running, m_lowImpact, m_strength })
        most = std::max<qsizetype>(most, set->count());
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{ m_painDots, m_redFlags, m_spikes, m_ratio })
        most = std::max<qsizetype>(most, s->count());
    for (QLineSeries *line : m_painLines)
        most = std::max<qsizetype>(most, line->count());
    return most;
}

QList<AxisTick> TimeChart::drawnTicks() const
{
    QList<AxisTick> ticks;
    for (const QString &label : m_timeAxis->categoriesLabels())
        ticks.append({ m_timeAxis->endValue(label), label });
    return ticks;
}

QString TimeChart::loadAxisTitle() const
{
    return m_loadAxis->titleText();
}

QString TimeChart::painAxisTitle() const
{
    return m_painAxis->titleText();
}

bool TimeChart::isLegendMarkerVisible(TimeRole role) const
{
    QLegendMarker *marker = markerOf(role);
    return marker && marker->isVisible();
}

} // namespace Stridewise::Charts
