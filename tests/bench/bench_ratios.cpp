// The in-process rows of tests/bench/run, each against its baseline in the same run, runs interleaved
// (measured, baseline, measured, …), medians (p99 for ticks). Prints "name value" lines for the script:
//   tick through LogRepository (p99)          against a bare prepared INSERT + COMMIT on the same connection
//   planning one week (read + generate)       against one bare commit
//   Progress "All" ready on 10 years          against the same on 1 year
//   range change "All" → "1 year"             against "6 months" → "1 year" (10 years)
// Not a test: it never asserts on time. Usage: bench_ratios Y1.db Y10.db TODAY ROUNDS [SHOTS_FOLDER]
// (files are changed: pass copies; with a folder, the measured views are saved there as PNGs).

#include "core/model/completion.h"
#include "core/model/isoweek.h"
#include "core/plan/plangenerator.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/charts/chartseries.h"
#include "ui/charts/progressview.h"
#include "ui/charts/timechart.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

using namespace Stridewise;
using namespace Stridewise::Charts;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return 0;
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())));
    return v[at];
}

void print(const char *name, double value)
{
    std::printf("%s %.4f\n", name, value);
    std::fflush(stdout);
}

/** Runs the event loop until done() holds. */
void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

/** Counts paint events of a widget. */
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *watched)
        : QObject(watched)
        , widget(watched)
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
    QWidget *widget;
    int paints = 0;
};

/** A shown Progress view on one file, and how long a range takes to be read, analysed and painted. */
struct Progress
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ProgressView> view;
    PaintCounter *painted = nullptr;
    bool ready = false;

    Progress(const QString &path, QDate today)
    {
        db = std::move(Database::open(path, Database::Mode::ReadOnly)).value();
        view = std::make_unique<ProgressView>(*db, today);
        QObject::connect(view.get(), &ProgressView::reportReady, view.get(), [this] { ready = true; });
        view->resize(1000, 700);
        view->show();
        auto *chart = qobject_cast<QAbstractScrollArea *>(view->timeChart()->widget());
        painted = new PaintCounter(chart->viewport());
        waitUntil([this] { return !view->isBusy(); });
    }
    /** Milliseconds from choosing the range to the chart painted with it. */
    double show(ChartRange range)
    {
        ready = false;
        QElapsedTimer timer;
        timer.start();
        if (view->range() == range)
            view->refresh();
        else
            view->setRange(range);
        waitUntil([this] { return ready; });
        // The frame that shows it: the chart schedules its own repaint; this one only makes sure a frame comes even
        // when the chart found nothing to change (coalesced with the chart's own otherwise).
        const int before = painted->paints;
        painted->widget->update();
        waitUntil([&] { return painted->paints > before; });
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

/**
 * A bare prepared INSERT + COMMIT on the database's own connection: the same file, pragmas and durability. It writes
 * one pain-log row dated far after any range shown (removed at the end), so the file keeps exactly our schema.
 */
struct BareCommit
{
    QSqlQuery insert;
    QSqlQuery begin;
    QSqlQuery commit;
    int value = 0;
    explicit BareCommit(Database &db)
        : insert(db.connection())
        , begin(db.connection())
        , commit(db.connection())
    {
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO pain_log (date, score) VALUES ('2099-12-31', ?)"));
        begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
        commit.prepare(QStringLiteral("COMMIT"));
    }
    double run()
    {
        QElapsedTimer timer;
        timer.start();
        begin.exec();
        insert.addBindValue(++value % 11);
        insert.exec();
        commit.exec();
        return double(timer.nsecsElapsed()) / 1e3;
    }
    static void cleanUp(Database &db)
    {
        QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM pain_log WHERE date = '2099-12-31'"));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_ratios Y1.db Y10.db TODAY ROUNDS [SHOTS_FOLDER]\n");
        return 2;
    }
    const QString y1 = QString::fromLocal8Bit(argv[1]);
    const QString y10 = QString::fromLocal8Bit(argv[2]);
    const QDate today = QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate);
    const int rounds = std::max(1, atoi(argv[4]));

    // Writes: a tick and planning a week on the 10-year file, each against a bare commit on the same connection.
    {
        auto db = std::move(Database::open(y10)).value();
        BareCommit bare(*db);
        LogRepository log(*db);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT max(id) FROM session WHERE date <= '%1'").arg(today.toString(Qt::ISODate)));
        q.next();
        const qint64 session = q.value(0).toLongLong();
        std::vector<double> ticks, commits;
        const int samples = 40 * rounds;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!log.complete(Completion{ session, false, 20 + i % 30, 4, 2, QStringLiteral("bench") })) {
                std::fprintf(stderr, "bench_ratios: the tick failed\n");
                return 1;
            }
            ticks.push_back(double(timer.nsecsElapsed()) / 1e3);
            commits.push_back(bare.run());
        }
        print("tick_p99_us", percentile(ticks, 0.99));
        print("bare_commit_p99_us", percentile(commits, 0.99));
        print("tick_median_us", median(ticks));
        print("bare_commit_median_us", median(commits));

        const QDate monday = IsoWeek::mondayOf(today).addDays(7);
        Planner planner(*db);
        PlanGenerator generator;
        std::vector<double> plans, commits2;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto input = planner.inputFor(monday);
            if (!input) {
                std::fprintf(stderr, "bench_ratios: %s\n", qPrintable(input.message()));
                return 1;
            }
            const Week week = generator.generate(*input);
            plans.push_back(double(timer.nsecsElapsed()) / 1e3);
            if (week.sessions.isEmpty())
                return 1;
            commits2.push_back(bare.run());
        }
        print("plan_week_median_us", median(plans));
        print("plan_bare_commit_median_us", median(commits2));
        BareCommit::cleanUp(*db);
    }

    // The Progress view: "All" on 10 years against 1 year; a range change from "All" against one from "6 months".
    {
        Progress one(y1, today);
        Progress ten(y10, today);
        std::vector<double> all1, all10, fromAll, fromSix;
        for (int i = 0; i < rounds; ++i) {
            for (int k = 0; k < 2; ++k) {
                Progress &p = (i + k) % 2 ? ten : one;
                p.show(ChartRange::TwelveWeeks);
                ((i + k) % 2 ? all10 : all1).push_back(p.show(ChartRange::All));
            }
            for (int k = 0; k < 2; ++k) {
                const bool all = (i + k) % 2;
                ten.show(all ? ChartRange::All : ChartRange::SixMonths);
                (all ? fromAll : fromSix).push_back(ten.show(ChartRange::OneYear));
            }
        }
        if (argc > 5) {
            // What was measured, to look at: the 10-year view at "All" and at "1 year".
            const QString folder = QString::fromLocal8Bit(argv[5]);
            ten.show(ChartRange::All);
            ten.view->grab().save(folder + QStringLiteral("/progress-10y-all.png"));
            ten.show(ChartRange::OneYear);
            ten.view->grab().save(folder + QStringLiteral("/progress-10y-1year.png"));
            one.show(ChartRange::All);
            one.view->grab().save(folder + QStringLiteral("/progress-1y-all.png"));
        }
        print("progress_all_y1_ms", median(all1));
        print("progress_all_y10_ms", median(all10));
        print("range_all_to_1y_ms", median(fromAll));
        print("range_6m_to_1y_ms", median(fromSix));
    }
    return 0;
}
