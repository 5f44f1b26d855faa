#pragma once

#include "core/load/loadtypes.h"
#include "core/result.h"
#include "ui/charts/chartseries.h"

#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QWidget>

class QCheckBox;
class QImage;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Stridewise {

class Database;
class DistancePage;

namespace Charts {
class ReportLoader;
class ScatterChart;
class TimeChart;
struct LoadedRange;
} // namespace Charts

/**
 * View ▸ Progress: does back pain follow training load? A time chart (load bars by activity group, back
 * pain, red-flag days, spike runs, optionally the acute:chronic ratio) and a scatter of back pain N days
 * later against a day's load with core's correlation sentence. Numbers come only from core (StatsRepository
 * read in SQL, then Load::analyse), read off the UI thread; this widget maps them to series.
 *
 * Read-only: it never writes to the database. Call refresh() after the runner ticks sessions off or logs pain.
 */
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    /** A size Export PNG… offers: pixels, drawn at scale (text and lines grow with it, as on paper). */
    struct ExportSize
    {
        QString id; ///< kept in Settings::ChartExportSize
        QString label; ///< "A4 landscape, 150 dpi (1754 × 1240)"
        QSize pixels; ///< empty: the chart's size on screen
        qreal scale = 1.0; ///< pixels ÷ the size the chart is laid out at
    };
    /** The sizes offered, the on-screen size first. */
    static QList<ExportSize> exportSizes();

    ProgressView(Database &db, QDate today, QWidget *parent = nullptr);
    ~ProgressView() override;

    QDate today() const { return m_today; }
    /** Moves the end of every range to today and reloads. */
    void setToday(QDate today);
    /** Reloads the selected range from the database (asynchronously; reportReady() follows). */
    void refresh();

    Charts::ChartRange range() const { return m_range; }
    void setRange(Charts::ChartRange range);
    /** Days between the load and the pain in the scatter, 0–3. */
    int lag() const;
    void setLag(int days);
    bool isRatioVisible() const;
    void setRatioVisible(bool visible);
    /** Shows the time chart (0), the scatter (1) or distance and shoes (2). */
    void setCurrentChart(int index);

    /** True while a range is being read and analysed. */
    bool isBusy() const;
    /** True when the range holds neither training nor pain logs and the "what to do" page shows. */
    bool isShowingEmptyState() const;

    /**
     * Core's daily report of the range shown: always for ranges drawn by day; for weeks and months only once the
     * scatter or the ratio asked for it (hasDailyReport()), else empty but for its dates.
     */
    const LoadReport &report() const { return m_report; }
    bool hasDailyReport() const { return m_hasDaily; }
    /** Core's per-period overview the bars of weeks and months are drawn from (empty for ranges drawn by day). */
    const LoadOverview &overview() const { return m_overview; }
    const Charts::TimeSeries &timeSeries() const { return m_timeSeries; }
    const Charts::ScatterSeries &scatterSeries() const { return m_scatterSeries; }
    Charts::TimeChart *timeChart() const { return m_timeChart; }
    Charts::ScatterChart *scatterChart() const { return m_scatterChart; }
    DistancePage *distancePage() const { return m_distancePage; }
    /** Milliseconds the last load took (SQL + Load::analyse), and building plus drawing its series. */
    qint64 lastLoadMs() const { return m_lastLoadMs; }
    qint64 lastDrawMs() const { return m_lastDrawMs; }

    /** Writes the visible chart (time or scatter), at its on-screen size, as a PNG; the store's message on failure. */
    Result<void> exportPng(const QString &path);
    /**
     * Writes the visible chart as a PNG of the export size sizeId (exportSizes()): drawn afresh at that size, with
     * every title whole, not a stretched screenshot.
     */
    Result<void> exportPng(const QString &path, const QString &sizeId);
    /** Asks for a file (through Prompt, in the folder used last, Pictures at first) and exports at the size chosen
     * beside the button; the outcome shows under the chart. */
    void exportWithDialog();

signals:
    /** A loaded range has been drawn (or its empty state shown). */
    void reportReady();
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyPalette();
    void onLoaded(const Charts::LoadedRange &loaded);
    void onLoadFailed(const QString &message);
    void onDailyLoaded(const LoadReport &report);
    /** Reads the daily report of a range drawn by weeks or months, for the scatter and the ratio, if not read yet. */
    void requestDaily();
    bool needsDaily() const;
    void loadDistanceIfShown();
    void rebuildTimeSeries();
    void rebuildScatter();
    void drawScatterIfShown();
    void updateHints();
    void updateBusy();
    int pointBudget() const;
    void showBucketToolTip(int index);
    void showPointToolTip(int index);
    QString rangeTitle() const;
    QImage renderAt(const ExportSize &size) const;

    Database &m_db;
    QDate m_today;
    Charts::ChartRange m_range = Charts::ChartRange::TwelveWeeks;
    LoadReport m_report;
    LoadOverview m_overview;
    Charts::BucketUnit m_unit = Charts::BucketUnit::Day;
    bool m_hasReport = false;
    bool m_hasDaily = false; ///< m_report holds every day of the range shown
    bool m_dailyRequested = false;
    bool m_distanceLoaded = false; ///< the Distance tab shows the range shown
    Charts::TimeSeries m_timeSeries;
    Charts::ScatterSeries m_scatterSeries;
    qint64 m_lastLoadMs = 0;
    qint64 m_lastDrawMs = 0;
    bool m_scatterDrawn = false; ///< m_scatterSeries is what the scatter chart shows

    Charts::ReportLoader *m_loader = nullptr;
    Charts::TimeChart *m_timeChart = nullptr;
    Charts::ScatterChart *m_scatterChart = nullptr;
    DistancePage *m_distancePage = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QComboBox *m_lagCombo = nullptr;
    QCheckBox *m_ratioCheck = nullptr;
    QLabel *m_ratioNote = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_correlationLabel = nullptr;
    QLabel *m_pairsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_exportSizeCombo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Stridewise
