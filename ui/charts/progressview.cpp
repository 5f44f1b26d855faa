#include "ui/charts/progressview.h"

#include "core/load/loadmath.h"
#include "core/service/reportbuilder.h"
#include "core/store/database.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/distancechart.h"
#include "ui/charts/distancepage.h"
#include "ui/charts/reportloader.h"
#include "ui/charts/scatterchart.h"
#include "ui/charts/timechart.h"
#include "ui/shell/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

using namespace Charts;

namespace {

/** What a runner without enough data should do, the same words wherever it is said. */
QString whatToDo()
{
    return ProgressView::tr("Tick off sessions and log your back pain for two weeks to see the relationship.");
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProgressView::ProgressView(Database &db, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_today(today)
{
    setObjectName(QStringLiteral("progressView"));
    m_loader = new ReportLoader(this);
    connect(m_loader, &ReportLoader::loaded, this, &ProgressView::onLoaded);
    connect(m_loader, &ReportLoader::failed, this, &ProgressView::onLoadFailed);
    connect(m_loader, &ReportLoader::dailyLoaded, this, &ProgressView::onDailyLoaded);
    connect(m_loader, &ReportLoader::dailyFailed, this, [this] {
        // As onLoadFailed: read once more on the window's connection.
        m_dailyRequested = false;
        auto report = buildDoneLoadReport(m_db, m_report.from, m_report.to);
        if (report)
            onDailyLoaded(*report);
        else
            updateBusy();
    });
    buildUi();
    applyPalette();
    refresh();
}

ProgressView::~ProgressView() = default;

void ProgressView::buildUi()
{
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeComboBox"));
    m_rangeCombo->setAccessibleName(tr("Range"));
    m_rangeCombo->addItem(tr("4 weeks"), static_cast<int>(ChartRange::FourWeeks));
    m_rangeCombo->addItem(tr("12 weeks"), static_cast<int>(ChartRange::TwelveWeeks));
    m_rangeCombo->addItem(tr("6 months"), static_cast<int>(ChartRange::SixMonths));
    m_rangeCombo->addItem(tr("1 year"), static_cast<int>(ChartRange::OneYear));
    m_rangeCombo->addItem(tr("All"), static_cast<int>(ChartRange::All));
    m_rangeCombo->setCurrentIndex(static_cast<int>(m_range));
    rangeLabel->setBuddy(m_rangeCombo);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setRange(static_cast<ChartRange>(m_rangeCombo->itemData(index).toInt())); });

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setAccessibleName(tr("Reading your training history"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    m_exportButton = new QPushButton(tr("&Export PNG…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_exportButton->setAccessibleName(tr("Export the visible chart as a PNG image"));
    connect(m_exportButton, &QPushButton::clicked, this, &ProgressView::exportWithDialog);
    m_exportSizeCombo = new QComboBox(this);
    m_exportSizeCombo->setObjectName(QStringLiteral("exportSizeComboBox"));
    m_exportSizeCombo->setAccessibleName(tr("Size of the exported image"));
    m_exportSizeCombo->setToolTip(tr("Size of the exported image"));
    for (const ExportSize &size : exportSizes())
        m_exportSizeCombo->addItem(size.label, size.id);
    const int remembered = m_exportSizeCombo->findData(Settings::value(Settings::Key::ChartExportSize));
    m_exportSizeCombo->setCurrentIndex(remembered >= 0 ? remembered : 0);
    connect(m_exportSizeCombo, &QComboBox::currentIndexChanged, this,
        [this] { Settings::setValue(Settings::Key::ChartExportSize, m_exportSizeCombo->currentData()); });

    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_rangeCombo);
    top->addWidget(m_busyBar);
    top->addStretch();
    top->addWidget(m_exportSizeCombo);
    top->addWidget(m_exportButton);

    m_hintLabel = wrappedLabel(QStringLiteral("hintLabel"), this);
    m_hintLabel->hide();

    // Time chart page.
    auto *timePage = new QWidget(this);
    m_timeChart = new TimeChart(timePage);
    m_ratioCheck = new QCheckBox(tr("Show the acute:chronic &ratio"), timePage);
    m_ratioCheck->setObjectName(QStringLiteral("ratioCheckBox"));
    m_ratioCheck->setAccessibleName(tr("Show the acute:chronic ratio"));
    m_ratioCheck->setToolTip(tr("Load of the last 7 days against the last 28 (averages weighted towards recent days)"));
    m_ratioNote = wrappedLabel(QStringLiteral("ratioNoteLabel"), timePage);
    m_ratioNote->setText(
        tr("The acute:chronic ratio is context, not a verdict: whether it predicts injury is disputed "
           "(Impellizzeri et al. 2020), and in a study of 5,205 runners it did not flag risk (Frandsen et al. 2025)."));
    m_ratioNote->hide();
    connect(m_ratioCheck, &QCheckBox::toggled, this, &ProgressView::setRatioVisible);
    connect(m_timeChart, &TimeChart::roleVisibilityChanged, this, [this](TimeRole role, bool visible) {
        if (role == TimeRole::Ratio) {
            m_ratioCheck->setChecked(visible);
            m_ratioNote->setVisible(visible);
        }
    });
    connect(m_timeChart, &TimeChart::bucketHovered, this, &ProgressView::showBucketToolTip);
    connect(m_timeChart, &TimeChart::plotWidthChanged, this, [this] {
        if (!m_hasReport)
            return;
        // Read again when the plot calls for other bars (days, weeks or months); else merge again only when the bars
        // no longer fit, or when merged ones could be single again.
        const int budget = pointBudget();
        if (bucketUnitFor({ m_report.from, m_report.to }, budget) != m_unit) {
            refresh();
            return;
        }
        const qsizetype single = m_unit == BucketUnit::Day ? m_report.days.size() : m_overview.periods.size();
        if (m_timeSeries.maxSeriesPoints() > budget || (m_timeSeries.perBucket > 1 && single <= budget))
            rebuildTimeSeries();
    });
    auto *timeLayout = new QVBoxLayout(timePage);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_timeChart->widget(), 1);
    timeLayout->addWidget(m_ratioCheck);
    timeLayout->addWidget(m_ratioNote);

    // Scatter page.
    auto *scatterPage = new QWidget(this);
    auto *lagLabel = new QLabel(tr("Compare a day's load with back pain &logged:"), scatterPage);
    m_lagCombo = new QComboBox(scatterPage);
    m_lagCombo->setObjectName(QStringLiteral("lagComboBox"));
    m_lagCombo->setAccessibleName(tr("Days between load and back pain"));
    m_lagCombo->addItem(daysLater(0), 0);
    for (int lag = 1; lag <= Load::kMaxLag; ++lag)
        m_lagCombo->addItem(daysLater(lag), lag);
    m_lagCombo->setCurrentIndex(1);
    lagLabel->setBuddy(m_lagCombo);
    connect(m_lagCombo, &QComboBox::currentIndexChanged, this, [this] { rebuildScatter(); });
    m_scatterChart = new ScatterChart(scatterPage);
    connect(m_scatterChart, &ScatterChart::pointHovered, this, &ProgressView::showPointToolTip);
    m_correlationLabel = wrappedLabel(QStringLiteral("correlationLabel"), scatterPage);
    m_pairsLabel = wrappedLabel(QStringLiteral("pairsLabel"), scatterPage);
    auto *lagRow = new QHBoxLayout;
    lagRow->addWidget(lagLabel);
    lagRow->addWidget(m_lagCombo);
    lagRow->addStretch();
    auto *scatterLayout = new QVBoxLayout(scatterPage);
    scatterLayout->setContentsMargins(0, 0, 0, 0);
    scatterLayout->addLayout(lagRow);
    scatterLayout->addWidget(m_scatterChart->widget(), 1);
    scatterLayout->addWidget(m_correlationLabel);
    scatterLayout->addWidget(m_pairsLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabWidget"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_tabs->addTab(timePage, tr("&Over time"));
    m_tabs->addTab(scatterPage, tr("&Pain against load"));
    m_distancePage = new DistancePage(this);
    m_tabs->addTab(m_distancePage, tr("&Distance and shoes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The scatter and the Distance tab are read and drawn when first shown for a range, not with every range.
        if (needsDaily())
            requestDaily();
        drawScatterIfShown();
        loadDistanceIfShown();
    });

    m_emptyLabel = wrappedLabel(QStringLiteral("emptyStateLabel"), this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("contentStackedWidget"));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_emptyLabel);

    m_statusLabel = wrappedLabel(QStringLiteral("statusLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLabel);
}

void ProgressView::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

void ProgressView::refresh()
{
    m_loader->request(m_db.path(), m_range, m_today, pointBudget(), m_tabs->currentIndex() == 1 || isRatioVisible());
    updateBusy();
}

bool ProgressView::needsDaily() const
{
    return m_hasReport && !m_hasDaily && (m_tabs->currentIndex() == 1 || isRatioVisible());
}

void ProgressView::requestDaily()
{
    if (m_dailyRequested)
        return;
    m_dailyRequested = true;
    m_loader->requestDaily(m_db.path(), { m_report.from, m_report.to });
    updateBusy();
}

void ProgressView::onDailyLoaded(const LoadReport &report)
{
    m_dailyRequested = false;
    // An answer for a range no longer shown (a newer range is on its way or drawn) is dropped.
    if (!m_hasReport || m_hasDaily || report.from != m_report.from || report.to != m_report.to) {
        updateBusy();
        return;
    }
    m_report = report;
    m_hasDaily = true;
    attachRatios(m_timeSeries, m_report);
    m_timeChart->setSeries(m_timeSeries);
    rebuildScatter();
    updateBusy();
    emit reportReady();
}

void ProgressView::loadDistanceIfShown()
{
    if (m_distanceLoaded || !m_hasReport || m_tabs->currentIndex() != 2)
        return;
    m_distancePage->load(m_db, m_report.from, m_report.to, m_today); // issue 12: read apart, on the window's connection
    m_distanceLoaded = true;
}

void ProgressView::setRange(ChartRange range)
{
    const int index = m_rangeCombo->findData(static_cast<int>(range));
    if (index >= 0 && index != m_rangeCombo->currentIndex())
        m_rangeCombo->setCurrentIndex(index); // comes back here through the signal
    if (range == m_range)
        return;
    m_range = range;
    refresh();
}

int ProgressView::lag() const
{
    return m_lagCombo->currentData().toInt();
}

void ProgressView::setLag(int days)
{
    const int index = m_lagCombo->findData(std::clamp(days, 0, Load::kMaxLag));
    m_lagCombo->setCurrentIndex(index);
}

bool ProgressView::isRatioVisible() const
{
    return m_timeChart->isRoleVisible(TimeRole::Ratio);
}

void ProgressView::setRatioVisible(bool visible)
{
    m_timeChart->setRoleVisible(TimeRole::Ratio, visible);
    m_ratioCheck->setChecked(visible);
    m_ratioNote->setVisible(visible);
    if (needsDaily())
        requestDaily();
}

void ProgressView::setCurrentChart(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool ProgressView::isBusy() const
{
    return m_loader->isBusy();
}

bool ProgressView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

void ProgressView::updateBusy()
{
    const bool busy = isBusy();
    m_busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ProgressView::onLoaded(const LoadedRange &loaded)
{
    m_unit = loaded.unit;
    m_hasDaily = loaded.report.has_value();
    m_dailyRequested = false;
    if (loaded.report) {
        m_report = *loaded.report;
    } else {
        m_report = LoadReport();
        m_report.from = loaded.range.from;
        m_report.to = loaded.range.to;
    }
    m_overview = loaded.overview.value_or(LoadOverview());
    m_hasReport = true;
    m_lastLoadMs = loaded.milliseconds;
    QElapsedTimer timer;
    timer.start();
    rebuildTimeSeries();
    m_scatterDrawn = false;
    rebuildScatter();
    m_lastDrawMs = timer.elapsed();
    m_distanceLoaded = false;
    loadDistanceIfShown();
    if (needsDaily())
        requestDaily();
    updateHints();
    updateBusy();
    m_statusLabel->clear();
    emit reportReady();
}

void ProgressView::onLoadFailed(const QString &message)
{
    // The worker's own read-only connection can be refused where the window's works (e.g. a file that was
    // opened before its folder became unreadable): read once more on the window's connection before giving up.
    auto loaded = loadRange(m_db, m_range, m_today, pointBudget(), m_tabs->currentIndex() == 1 || isRatioVisible());
    if (loaded) {
        onLoaded(*loaded);
        return;
    }
    updateBusy();
    m_statusLabel->setText(tr("Could not read your training history: %1").arg(message));
    emit loadFailed(message);
}

int ProgressView::pointBudget() const
{
    return barBudget(m_timeChart->plotWidth());
}

void ProgressView::rebuildTimeSeries()
{
    if (m_unit == BucketUnit::Day) {
        m_timeSeries = buildTimeSeries(m_report, pointBudget());
    } else {
        m_timeSeries = buildTimeSeries(m_overview, pointBudget());
        if (m_hasDaily)
            attachRatios(m_timeSeries, m_report);
    }
    m_timeChart->setSeries(m_timeSeries);
    m_timeChart->setTitle(tr("Training load and back pain, %1").arg(rangeTitle()));
}

void ProgressView::rebuildScatter()
{
    if (!m_hasReport)
        return;
    if (!m_hasDaily) {
        // Read when the scatter is shown (or the ratio asked for): until then its words would be of another range.
        m_scatterSeries = ScatterSeries();
        m_scatterDrawn = false;
        m_correlationLabel->setText(tr("Reading your training history") + QStringLiteral("…"));
        m_pairsLabel->clear();
        return;
    }
    m_scatterSeries = buildScatter(m_report, lag());
    // Drawn when its tab is shown: every point is an item Qt Charts lays out, and years have hundreds.
    m_scatterDrawn = false;
    drawScatterIfShown();
    m_correlationLabel->setText(m_scatterSeries.sentence);
    const QString later = daysLater(m_scatterSeries.lag);
    QString pairs = tr("n = %n paired days: a day's load (effort × min) with the back pain logged %1. "
                       "Days without a pain log are left out, not counted as 0; a bigger dot stands for several "
                       "days with the same numbers.",
        nullptr, m_scatterSeries.pairs)
                        .arg(later);
    if (m_scatterSeries.pairs < Load::kMinCorrelationDays)
        pairs += QLatin1Char(' ') + whatToDo();
    m_pairsLabel->setText(pairs);
}

void ProgressView::drawScatterIfShown()
{
    if (m_scatterDrawn || !m_hasDaily || m_tabs->currentIndex() != 1)
        return;
    m_scatterChart->setSeries(m_scatterSeries);
    m_scatterChart->setTitle(tr("Back pain against training load, %1").arg(rangeTitle()));
    m_scatterDrawn = true;
}

void ProgressView::updateHints()
{
    const bool empty = m_unit == BucketUnit::Day ? m_report.isEmpty() : m_overview.isEmpty();
    if (empty) {
        m_emptyLabel->setText(tr("Nothing to show for %1 yet.").arg(rangeTitle()) + QLatin1String("\n\n") + whatToDo());
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_tabs);
    }
    m_exportButton->setEnabled(!empty);
    const int painDays = m_timeSeries.painDays;
    if (!empty && painDays < Load::kMinCorrelationDays) {
        m_hintLabel->setText((painDays == 1 ? tr("Only 1 day with a back-pain log in this range.")
                                            : tr("Only %n days with a back-pain log in this range.", nullptr, painDays))
            + QLatin1Char(' ') + whatToDo());
        m_hintLabel->show();
    } else {
        m_hintLabel->hide();
    }
}

QString ProgressView::rangeTitle() const
{
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(m_report.from, QStringLiteral("d MMM yyyy")),
        locale.toString(m_report.to, QStringLiteral("d MMM yyyy")));
}

void ProgressView::showBucketToolTip(int index)
{
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QString text = describeBucket(m_timeSeries, index);
    if (isRatioVisible() && index < m_timeSeries.buckets.size()) {
        if (const auto ratio = m_timeSeries.buckets.at(index).acwr)
            text += QLatin1Char('\n')
                + tr("Acute:chronic ratio: %1× (context only)").arg(QLocale().toString(*ratio, 'f', 2));
    }
    QToolTip::showText(QCursor::pos(), text, m_timeChart->widget());
}

void ProgressView::showPointToolTip(int index)
{
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describePoint(m_scatterSeries, index), m_scatterChart->widget());
}

void ProgressView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ProgressView::applyPalette()
{
    const ChartPalette colours = ChartPalette::from(palette());
    m_timeChart->setPalette(colours);
    m_scatterChart->setPalette(colours);
    m_distancePage->setChartPalette(colours);
    QPalette muted = m_ratioNote->palette();
    muted.setColor(QPalette::WindowText, colours.mutedText);
    m_ratioNote->setPalette(muted);
}

} // namespace Stridewise
