#include "core/load/loadreport.h"
#include "core/model/painentry.h"
#include "core/service/demodata.h"
#include "core/service/shoereport.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/statsrepository.h"
#include "ui/charts/chartseries.h"
#include "ui/charts/distancepage.h"
#include "ui/charts/distanceseries.h"
#include "ui/charts/progressview.h"
#include "ui/charts/reportloader.h"
#include "ui/charts/scatterchart.h"
#include "ui/charts/timechart.h"
#include "ui/shell/prompt.h"
#include "ui/shell/settings.h"
#include "ui/widgets/theme.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"
#include <iostream>

using namespace Stridewise;
using namespace Stridewise::Charts;
using namespace Stridewise::Test;

namespace {

const QDate kToday(2026, 11, 25);

bool waitReady(ProgressView &view, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return !view.isBusy(); }, timeoutMs);
}

/** A database of `weeks` weeks of demo data ending this week, and the report core makes of a range. */
class ProgressViewTest : public ::testing::Test
{
protected:
    void fill(int weeks)
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        auto filled = DemoData(*db).fill({ weeks, 1, kToday });
        ASSERT_TRUE(filled.ok()) << filled.message().toStdString();
    }
    LoadReport expected(ChartRange range)
    {
        auto first = StatsRepository(*db).firstRecord();
        const DateRange dates = rangeDates(range, kToday, first.ok() ? *first : std::nullopt);
        auto input = StatsRepository(*db).loadInput(dates.from, dates.to);
        EXPECT_TRUE(input.ok());
        return Load::analyse(*input);
    }
    std::unique_ptr<ProgressView> shownView()
    {
        auto view = std::make_unique<ProgressView>(*db, kToday);
        view->resize(1000, 700);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        EXPECT_TRUE(waitReady(*view));
        return view;
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STRIDEWISE_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(50); // Qt Charts lays out changed axes and series in posted events
    EXPECT_TRUE(widget->grab().save(QDir(folder).filePath(name)));
}

} // namespace

TEST_F(ProgressViewTest, TimeChartDrawsWhatCoreReportsForTheRange)
{
    fill(12);
    auto view = shownView();
    const LoadReport r = expected(ChartRange::TwelveWeeks);
    ASSERT_FALSE(r.isEmpty());
    TimeChart *chart = view->timeChart();
    const QList<double> running = chart->barValues(TimeRole::Running);
    const QList<double> lowImpact = chart->barValues(TimeRole::LowImpact);
    const QList<double> strength = chart->barValues(TimeRole::Strength);
    ASSERT_EQ(running.size(), 84);
    QList<QPointF> pain;
    for (qsizetype i = 0; i < r.days.size(); ++i) {
        EXPECT_EQ(running.at(i), r.days.at(i).load.running) << i;
        EXPECT_EQ(lowImpact.at(i), r.days.at(i).load.lowImpact) << i;
        EXPECT_EQ(strength.at(i), r.days.at(i).load.strength) << i;
        if (r.days.at(i).pain)
            pain.append({ static_cast<double>(i), static_cast<double>(*r.days.at(i).pain) });
    }
    EXPECT_EQ(chart->points(TimeRole::Pain), pain);
    // Each drawn piece of the pain line covers consecutive logged days only.
    qsizetype onLines = 0;
    for (const QList<QPointF> &line : chart->painLines()) {
        onLines += line.size();
        for (qsizetype i = 1; i < line.size(); ++i)
            EXPECT_EQ(line.at(i).x(), line.at(i - 1).x() + 1);
    }
    EXPECT_EQ(onLines, pain.size());
    QSet<QDate> spikeDays; // two spike runs on one day are one mark
    for (const Spike &spike : r.spikes)
        spikeDays.insert(spike.date);
    EXPECT_EQ(chart->points(TimeRole::Spikes).size(), spikeDays.size());
    qsizetype redFlagDays = 0;
    for (const DailyLoad &d : r.days)
        redFlagDays += d.redFlag ? 1 : 0;
    EXPECT_EQ(chart->points(TimeRole::RedFlags).size(), redFlagDays);
    EXPECT_EQ(chart->loadAxisTitle(), QStringLiteral("Daily load (effort × min)"));
    EXPECT_EQ(chart->painAxisTitle(), QStringLiteral("Back pain (/10)"));
    EXPECT_FALSE(view->isShowingEmptyState());
}

TEST_F(ProgressViewTest, SwitchingRangeReaggregatesToWeeksAboveSixMonths)
{
    fill(60);
    auto view = shownView();
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("rangeComboBox"));
    ASSERT_TRUE(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(ChartRange::OneYear)));
    ASSERT_TRUE(waitReady(*view));
    const LoadReport year = expected(ChartRange::OneYear);
    EXPECT_EQ(view->timeSeries().bucketDays, 7);
    const QList<double> running = view->timeChart()->barValues(TimeRole::Running);
    ASSERT_EQ(running.size(), year.weeks.size());
    for (qsizetype i = 0; i < year.weeks.size(); ++i)
        EXPECT_EQ(running.at(i), year.weeks.at(i).load.running) << i;
    EXPECT_EQ(view->timeChart()->loadAxisTitle(), QStringLiteral("Weekly load (effort × min)"));
    EXPECT_TRUE(describeBucket(view->timeSeries(), 10).contains(QStringLiteral("effort × min")));
    saveShot(view.get(), QStringLiteral("progress-time-year-light.png"));

    combo->setCurrentIndex(combo->findData(static_cast<int>(ChartRange::SixMonths)));
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(view->timeSeries().bucketDays, 1);
    EXPECT_EQ(view->timeChart()->barValues(TimeRole::Running).size(), expected(ChartRange::SixMonths).days.size());

    combo->setCurrentIndex(combo->findData(static_cast<int>(ChartRange::FourWeeks)));
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(view->timeChart()->barValues(TimeRole::Running).size(), 28);
    EXPECT_EQ(view->report().from, kToday.addDays(-27));

    // Picking ranges faster than they load: only the last one is drawn.
    view->setRange(ChartRange::All);
    view->setRange(ChartRange::OneYear);
    view->setRange(ChartRange::TwelveWeeks);
    ASSERT_TRUE(waitReady(*view));
    QTest::qWait(300); // let the older requests finish too
    EXPECT_EQ(view->report().from, kToday.addDays(-83));
    EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(ChartRange::TwelveWeeks));

    // A new day moves every range.
    view->setToday(kToday.addDays(-7));
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(view->report().to, kToday.addDays(-7));
}

TEST_F(ProgressViewTest, RangeChangesRedrawTheAxisLabelsOfTheNewRange)
{
    fill(60);
    auto view = shownView();
    auto same = [](const QList<AxisTick> &a, const QList<AxisTick> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).label != b.at(i).label || a.at(i).x != b.at(i).x)
                return false;
        }
        return true;
    };
    QList<QList<AxisTick>> seen;
    for (ChartRange range :
        { ChartRange::OneYear, ChartRange::All, ChartRange::OneYear, ChartRange::FourWeeks, ChartRange::All }) {
        view->setRange(range);
        ASSERT_TRUE(waitReady(*view));
        EXPECT_FALSE(view->timeSeries().ticks.isEmpty());
        EXPECT_TRUE(same(view->timeChart()->drawnTicks(), view->timeSeries().ticks))
            << "range " << static_cast<int>(range);
        seen.append(view->timeChart()->drawnTicks());
    }
    EXPECT_TRUE(same(seen.at(0), seen.at(2))) << "the same range draws the same labels again";
    EXPECT_FALSE(same(seen.at(2), seen.at(3)));
}

TEST_F(ProgressViewTest, TheScatterIsDrawnWhenItsTabIsShownAndAlwaysForTheRangeChosen)
{
    fill(30);
    auto view = shownView();
    view->setRange(ChartRange::All);
    ASSERT_TRUE(waitReady(*view));
    EXPECT_TRUE(view->scatterChart()->points().isEmpty()) << "a hidden chart is laid out for nothing";
    EXPECT_FALSE(view->hasDailyReport()) << "weekly bars need no daily report";
    view->setCurrentChart(1); // reads the days of the range, then draws
    ASSERT_TRUE(waitReady(*view));
    const ScatterSeries all = buildScatter(expected(ChartRange::All), view->lag());
    EXPECT_FALSE(all.points.isEmpty());
    EXPECT_EQ(view->scatterChart()->points(), all.points);
    EXPECT_EQ(view->findChild<QLabel *>(QStringLiteral("correlationLabel"))->text(), all.sentence);
    view->setRange(ChartRange::FourWeeks); // while shown: drawn at once
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(view->scatterChart()->points(), buildScatter(expected(ChartRange::FourWeeks), view->lag()).points);
    EXPECT_NE(view->scatterChart()->points(), all.points);
    view->setRange(ChartRange::All); // while shown, a range of weeks: its days are read with it
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(view->scatterChart()->points(), all.points);

    // A range chosen while the scatter is hidden: opening it again shows that range, never the one before.
    view->setCurrentChart(0);
    view->setRange(ChartRange::OneYear);
    ASSERT_TRUE(waitReady(*view));
    view->setRange(ChartRange::SixMonths);
    ASSERT_TRUE(waitReady(*view));
    view->setRange(ChartRange::All);
    ASSERT_TRUE(waitReady(*view));
    view->setRange(ChartRange::TwelveWeeks);
    ASSERT_TRUE(waitReady(*view));
    view->setRange(ChartRange::OneYear);
    ASSERT_TRUE(waitReady(*view));
    EXPECT_FALSE(view->hasDailyReport());
    view->setCurrentChart(1);
    ASSERT_TRUE(waitReady(*view));
    const ScatterSeries year = buildScatter(expected(ChartRange::OneYear), view->lag());
    EXPECT_EQ(view->scatterSeries().pairs, year.pairs);
    EXPECT_EQ(view->scatterChart()->points(), year.points);
    EXPECT_EQ(view->findChild<QLabel *>(QStringLiteral("correlationLabel"))->text(), year.sentence);
}

TEST_F(ProgressViewTest, TheRatioOfWeeklyBarsIsCoresRatioOnEachWeeksLastDay)
{
    fill(60);
    auto view = shownView();
    view->setRange(ChartRange::OneYear);
    ASSERT_TRUE(waitReady(*view));
    EXPECT_TRUE(view->timeChart()->points(TimeRole::Ratio).isEmpty());
    view->setRatioVisible(true); // reads the days of the range for it
    ASSERT_TRUE(waitReady(*view));
    const LoadReport year = expected(ChartRange::OneYear);
    QList<QPointF> ratio;
    const QList<ChartBucket> &buckets = view->timeSeries().buckets;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (const auto acwr = year.days.at(year.from.daysTo(buckets.at(i).last)).acwr)
            ratio.append({ static_cast<double>(i), *acwr });
    }
    EXPECT_GT(ratio.size(), 40);
    EXPECT_EQ(view->timeChart()->points(TimeRole::Ratio), ratio);
    // With the ratio on, the next range of weeks comes with it at once.
    view->setRange(ChartRange::All);
    ASSERT_TRUE(waitReady(*view));
    EXPECT_TRUE(view->hasDailyReport());
    EXPECT_FALSE(view->timeChart()->points(TimeRole::Ratio).isEmpty());
}

TEST_F(ProgressViewTest, TheDistanceTabIsReadWhenShownAndForTheRangeChosen)
{
    fill(30);
    QSqlQuery q(db->connection()); // recorded distances, so weeks differ: 1 km a minute run
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE completion SET distance_m = minutes * 160 WHERE skipped = 0 AND "
                                      "session_id IN (SELECT id FROM session WHERE activity = 'run')")));
    auto view = shownView();
    DistancePage *page = view->distancePage();
    EXPECT_EQ(page->series().bars(), 0) << "not read while hidden";
    auto distances = [&](ChartRange range) {
        auto first = StatsRepository(*db).firstRecord();
        const DateRange dates = rangeDates(range, kToday, first.ok() ? *first : std::nullopt);
        auto weeks = buildDistanceReport(*db, dates.from, dates.to);
        EXPECT_TRUE(weeks.ok());
        return buildDistanceSeries(*weeks, Settings::distanceUnit(), DistancePage::kMaxBars);
    };
    view->setCurrentChart(2);
    EXPECT_EQ(page->series().runs, distances(ChartRange::TwelveWeeks).runs);
    view->setCurrentChart(0);
    view->setRange(ChartRange::FourWeeks);
    ASSERT_TRUE(waitReady(*view));
    view->setCurrentChart(2);
    const DistanceSeries four = distances(ChartRange::FourWeeks);
    EXPECT_EQ(page->series().runs, four.runs);
    EXPECT_EQ(page->series().firsts, four.firsts);
    view->setRange(ChartRange::All); // while shown: read with the range
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(page->series().runs, distances(ChartRange::All).runs);
    EXPECT_NE(page->series().runs, four.runs);
}

TEST_F(ProgressViewTest, ReadsOnTheWindowsConnectionWhenTheWorkerCannotOpenTheFile)
{
    fill(4);
    auto view = shownView();
    const qsizetype painPoints = view->timeChart()->points(TimeRole::Pain).size();
    ASSERT_GT(painPoints, 0);
    // The window's connection keeps the file open; a new connection finds nothing there.
    ASSERT_TRUE(QFile::rename(dir.path(), dir.path(QStringLiteral("moved.db"))));
    ASSERT_FALSE(Database::open(dir.path(), Database::Mode::ReadOnly).ok());
    QSignalSpy failed(view.get(), &ProgressView::loadFailed);
    view->refresh();
    ASSERT_TRUE(waitReady(*view));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(view->timeChart()->points(TimeRole::Pain).size(), painPoints);
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
}

TEST_F(ProgressViewTest, ControlsHaveNamesAndTheAxesUnits)
{
    fill(4);
    auto view = shownView();
    for (const char *name : { "rangeComboBox", "lagComboBox", "ratioCheckBox", "exportPushButton", "chartTabWidget" }) {
        auto *widget = view->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_TRUE(widget) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
    }
    EXPECT_TRUE(view->timeChart()->loadAxisTitle().contains(QStringLiteral("effort × min")));
    view->setCurrentChart(1); // the scatter is drawn when its tab is shown
    EXPECT_TRUE(view->scatterChart()->loadAxisTitle().contains(QStringLiteral("effort × min")));
    EXPECT_TRUE(view->scatterChart()->painAxisTitle().contains(QStringLiteral("/10")));
}

TEST_F(ProgressViewTest, EmptyDatabaseTellsTheRunnerWhatToDo)
{
    db = openDb(dir.path());
    ASSERT_TRUE(db);
    auto view = shownView();
    EXPECT_TRUE(view->isShowingEmptyState());
    auto *label = view->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("log your back pain for two weeks")));
    EXPECT_FALSE(view->findChild<QPushButton *>(QStringLiteral("exportPushButton"))->isEnabled());
    saveShot(view.get(), QStringLiteral("progress-empty-light.png"));
}

TEST_F(ProgressViewTest, SparseLogsShowAHintAndRefreshPicksUpNewLogs)
{
    db = openDb(dir.path());
    ASSERT_TRUE(db);
    LogRepository log(*db);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(log.logPain({ kToday.addDays(-i), 4, {}, {} }).ok());
    auto view = shownView();
    EXPECT_FALSE(view->isShowingEmptyState());
    auto *hint = view->findChild<QLabel *>(QStringLiteral("hintLabel"));
    ASSERT_TRUE(hint);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Only 3 days")));
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("pairsLabel"))->text().contains(QStringLiteral("two weeks")));

    for (int i = 3; i < 20; ++i)
        ASSERT_TRUE(log.logPain({ kToday.addDays(-i), 3, {}, {} }).ok());
    view->refresh();
    ASSERT_TRUE(waitReady(*view));
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(view->timeChart()->points(TimeRole::Pain).size(), 20);
}

TEST_F(ProgressViewTest, ExportWritesAPngOfTheChartsSize)
{
    fill(12);
    auto view = shownView();
    const QString path = dir.path(QStringLiteral("chart.png"));
    ASSERT_TRUE(view->exportPng(path).ok());
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    QWidget *chart = view->findChild<QWidget *>(QStringLiteral("timeChartView"));
    ASSERT_TRUE(chart);
    EXPECT_EQ(image.size(), chart->size() * chart->devicePixelRatio());

    // Through the button and the file dialog (answered through Prompt), for the scatter tab; ".png" is added when
    // left out. The button exports at the size chosen beside it, not at the chart's size on screen.
    view->setCurrentChart(1);
    auto *sizes = view->findChild<QComboBox *>(QStringLiteral("exportSizeComboBox"));
    ASSERT_TRUE(sizes);
    sizes->setCurrentIndex(sizes->findData(QStringLiteral("a4-150")));
    Prompt::Script prompts;
    prompts.file(dir.path(QStringLiteral("scatter")));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("exportPushButton")), Qt::LeftButton);
    ASSERT_EQ(prompts.count(Prompt::Kind::SaveFile), 1);
    const QString suggested = prompts.asked().last().path;
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("stridewise-pain-vs-load-2026-11-25.png")));
    QImage scatter(dir.path(QStringLiteral("scatter.png")));
    ASSERT_FALSE(scatter.isNull());
    EXPECT_EQ(scatter.size(), QSize(1754, 1240)) << "A4 landscape at 150 dpi";
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("Saved")));

    // A folder that does not exist: the message says so, nothing crashes.
    EXPECT_FALSE(view->exportPng(dir.path(QStringLiteral("missing/chart.png"))).ok());
}

TEST_F(ProgressViewTest, RatioIsOffByDefaultAndTogglesFromLegendAndCheckBox)
{
    fill(12);
    auto view = shownView();
    auto *check = view->findChild<QCheckBox *>(QStringLiteral("ratioCheckBox"));
    auto *note = view->findChild<QLabel *>(QStringLiteral("ratioNoteLabel"));
    ASSERT_TRUE(check && note);
    EXPECT_FALSE(view->isRatioVisible());
    EXPECT_FALSE(check->isChecked());
    EXPECT_FALSE(note->isVisible());
    // Its legend entry stays (dimmed) so it can be clicked on.
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->timeChart()->isLegendMarkerVisible(TimeRole::Ratio); }));

    view->timeChart()->toggleFromLegend(TimeRole::Ratio);
    EXPECT_TRUE(view->isRatioVisible());
    EXPECT_TRUE(check->isChecked());
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("disputed")));
    const LoadReport r = expected(ChartRange::TwelveWeeks);
    QList<QPointF> ratio;
    for (qsizetype i = 0; i < r.days.size(); ++i) {
        if (r.days.at(i).acwr)
            ratio.append({ static_cast<double>(i), *r.days.at(i).acwr });
    }
    EXPECT_EQ(view->timeChart()->points(TimeRole::Ratio), ratio);

    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
    EXPECT_FALSE(view->isRatioVisible());
    EXPECT_FALSE(note->isVisible());
}

TEST_F(ProgressViewTest, HoveringABarShowsTheDaysNumbersWithUnits)
{
    fill(12);
    auto view = shownView();
    const QList<double> running = view->timeChart()->barValues(TimeRole::Running);
    const auto tallest = static_cast<int>(std::max_element(running.begin(), running.end()) - running.begin());
    auto *chartView = qobject_cast<QAbstractScrollArea *>(view->findChild<QWidget *>(QStringLiteral("timeChartView")));
    ASSERT_TRUE(chartView);
    QTest::qWait(50);
    const QPoint at = view->timeChart()->barCentre(tallest);
    QTest::mouseMove(chartView->viewport(), at - QPoint(0, 20));
    QTest::mouseMove(chartView->viewport(), at);
    ASSERT_TRUE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 3000));
    const QString text = QToolTip::text();
    EXPECT_TRUE(text.contains(QStringLiteral("Running: %1 effort × min").arg(running.at(tallest))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(view->report().days.at(tallest).date, QStringLiteral("d MMMM yyyy"))));
}

TEST_F(ProgressViewTest, LegendHidesAndShowsAnActivityGroup)
{
    fill(12);
    auto view = shownView();
    const QList<double> before = view->timeChart()->barValues(TimeRole::Running);
    view->timeChart()->toggleFromLegend(TimeRole::Running);
    EXPECT_FALSE(view->timeChart()->isRoleVisible(TimeRole::Running));
    for (double v : view->timeChart()->barValues(TimeRole::Running))
        EXPECT_EQ(v, 0);
    // Still in the legend (dimmed), so it can be clicked back.
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->timeChart()->isLegendMarkerVisible(TimeRole::Running); }));
    view->timeChart()->toggleFromLegend(TimeRole::Running);
    EXPECT_EQ(view->timeChart()->barValues(TimeRole::Running), before);
    view->timeChart()->toggleFromLegend(TimeRole::Pain);
    EXPECT_FALSE(view->timeChart()->isRoleVisible(TimeRole::Pain));
}

TEST_F(ProgressViewTest, LagSelectorChangesThePairsAndTheSentence)
{
    fill(12);
    auto view = shownView();
    view->setCurrentChart(1);
    const LoadReport r = expected(ChartRange::TwelveWeeks);
    auto *lag = view->findChild<QComboBox *>(QStringLiteral("lagComboBox"));
    auto *sentence = view->findChild<QLabel *>(QStringLiteral("correlationLabel"));
    auto *pairs = view->findChild<QLabel *>(QStringLiteral("pairsLabel"));
    ASSERT_TRUE(lag && sentence && pairs);
    EXPECT_EQ(view->lag(), 1); // next-day pain by default
    QList<QList<QPointF>> drawn;
    for (int days = 0; days <= 3; ++days) {
        lag->setCurrentIndex(lag->findData(days));
        const Correlation &c = r.correlations.at(days);
        EXPECT_EQ(view->scatterSeries().pairs, c.n) << days;
        EXPECT_EQ(sentence->text(), Load::describe(c));
        EXPECT_TRUE(pairs->text().startsWith(QStringLiteral("n = %1 paired days").arg(c.n)))
            << pairs->text().toStdString();
        EXPECT_EQ(view->scatterChart()->points(), buildScatter(r, days).points);
        drawn.append(view->scatterChart()->points());
    }
    EXPECT_NE(drawn.at(0), drawn.at(1));
    EXPECT_NE(drawn.at(1), drawn.at(3));
    EXPECT_EQ(view->scatterChart()->painAxisTitle(), QStringLiteral("Back pain 3 days later (/10)"));
}

TEST_F(ProgressViewTest, TenYearsDrawNoMoreBarsThanThePlotHasRoomFor)
{
    fill(520);
    QElapsedTimer timer;
    timer.start();
    auto loaded = loadRange(*db, ChartRange::All, kToday, barBudget(1600));
    const qint64 loadMs = timer.elapsed();
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->overview);
    EXPECT_FALSE(loaded->report) << "bars of months need no daily report";
    timer.restart();
    const TimeSeries series = buildTimeSeries(*loaded->overview, barBudget(1600));
    const qint64 seriesMs = timer.elapsed();

    auto view = shownView();
    view->setRange(ChartRange::All);
    // Read off the UI thread: the window stays responsive and says it is busy.
    EXPECT_TRUE(view->isBusy());
    EXPECT_TRUE(view->findChild<QWidget *>(QStringLiteral("busyProgressBar"))->isVisible());
    ASSERT_TRUE(waitReady(*view, 60000));
    EXPECT_FALSE(view->findChild<QWidget *>(QStringLiteral("busyProgressBar"))->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->timeChart()->plotWidth() > 100; }));
    ASSERT_TRUE(waitReady(*view, 60000));
    const int width = view->timeChart()->plotWidth();
    EXPECT_LE(view->timeChart()->maxDrawnPoints(), barBudget(width));
    // Ten years are about 520 weeks, too many to see one by one: a bar a calendar month, labelled by year.
    const TimeSeries &drawn = view->timeSeries();
    EXPECT_TRUE(drawn.isMonthly());
    EXPECT_EQ(drawn.perBucket, 1);
    ASSERT_GE(drawn.buckets.size(), 120);
    for (qsizetype i = 1; i < drawn.buckets.size(); ++i) {
        EXPECT_EQ(drawn.buckets.at(i).first.day(), 1) << i;
        EXPECT_EQ(drawn.buckets.at(i).first, drawn.buckets.at(i - 1).last.addDays(1)) << i;
    }
    EXPECT_EQ(view->timeChart()->loadAxisTitle(), QStringLiteral("Monthly load (effort × min)"));
    QStringList years;
    for (const AxisTick &tick : view->timeChart()->drawnTicks())
        years << tick.label;
    for (int year = view->report().from.year() + 1; year <= kToday.year(); ++year)
        EXPECT_TRUE(years.contains(QString::number(year)))
            << year << " missing from " << years.join(u' ').toStdString();

    // Every load and pain log of the ten years is in the bars, as core's day-by-day analysis has it.
    const LoadReport all = expected(ChartRange::All);
    qint64 drawnRunning = 0, reported = 0;
    for (double v : view->timeChart()->barValues(TimeRole::Running))
        drawnRunning += qint64(v);
    int painDays = 0;
    for (const DailyLoad &d : all.days) {
        reported += d.load.running;
        painDays += d.pain ? 1 : 0;
    }
    EXPECT_EQ(drawnRunning, reported) << "months must keep every week's load";
    EXPECT_EQ(drawn.painDays, painDays);
    EXPECT_FALSE(view->hasDailyReport()) << "the daily report waits for the scatter or the ratio";

    // The scatter, when shown, has every paired day of the ten years, and no more points than pixels.
    view->setCurrentChart(1);
    ASSERT_TRUE(waitReady(*view, 60000));
    EXPECT_EQ(view->scatterSeries().pairs, buildScatter(all, view->lag()).pairs);
    EXPECT_LE(view->scatterSeries().points.size(), 2 * width);
    view->setCurrentChart(0);

    // The narrowest window still draws no more than two points a pixel.
    view->resize(view->minimumSizeHint().width(), 600);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->timeChart()->plotWidth() < width; }));
    ASSERT_TRUE(waitReady(*view, 60000));
    QTest::qWait(50);
    EXPECT_LE(view->timeChart()->maxDrawnPoints(), barBudget(view->timeChart()->plotWidth()));

    // Closing the view while years are still being read waits for the reader instead of crashing.
    auto closing = std::make_unique<ProgressView>(*db, kToday);
    closing->setRange(ChartRange::All);
    EXPECT_TRUE(closing->isBusy());
    closing.reset();

    std::cout << "10 years: " << all.days.size() << " days; SQL + overview " << loadMs << " ms (view thread "
              << view->lastLoadMs() << " ms); series " << seriesMs << " ms; series + draw " << view->lastDrawMs()
              << " ms; plot width " << width << " px; " << series.maxSeriesPoints() << " bars; scatter "
              << view->scatterSeries().points.size() << " points of " << view->scatterSeries().pairs << " pairs"
              << std::endl;
}

TEST_F(ProgressViewTest, Screenshots)
{
    fill(12);
    auto view = shownView();
    view->resize(1100, 720);
    QTest::qWait(50);
    saveShot(view.get(), QStringLiteral("progress-time-light.png"));
    view->setRatioVisible(true);
    QTest::qWait(20);
    saveShot(view.get(), QStringLiteral("progress-time-ratio-light.png"));
    view->setRatioVisible(false);
    view->setCurrentChart(1);
    QTest::qWait(20);
    saveShot(view.get(), QStringLiteral("progress-scatter-light.png"));
    view->setPalette(Theme::darkPalette());
    QTest::qWait(20);
    saveShot(view.get(), QStringLiteral("progress-scatter-dark.png"));
    view->setCurrentChart(0);
    QTest::qWait(20);
    saveShot(view.get(), QStringLiteral("progress-time-dark.png"));
    view->setRange(ChartRange::All);
    ASSERT_TRUE(waitReady(*view));
    EXPECT_FALSE(view->grab().isNull());
}
