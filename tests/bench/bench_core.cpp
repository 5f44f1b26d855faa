// Core speed, as ratios to baselines measured in the same run:
//   plan generation and 10-year analytics against sorting the same number of values,
//   a tick (one transaction through LogRepository) against a bare INSERT + COMMIT with the same pragmas.
// Run: cmake -DSTRIDEWISE_BUILD_BENCHMARKS=ON ... && build/tests/bench/bench_core

#include "core/load/loadreport.h"
#include "core/plan/plangenerator.h"
#include "core/service/demodata.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "core/store/statsrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>

using namespace Stridewise;

namespace {

const QDate kToday(2026, 11, 25);

PlanInput typicalInput()
{
    PlanInput input;
    input.profile.experience = Experience::Regular;
    input.profile.runMinutes = 150;
    input.profile.runDays = 4;
    input.weekStart = QDate(2026, 11, 30);
    input.historyEnd = input.weekStart.addDays(-1);
    for (int d = 42; d >= 1; --d) {
        const QDate date = input.weekStart.addDays(-d);
        if (d % 2 == 0)
            input.completed << CompletedSession{date, Activity::Run, 30 + d % 5, 5, 1};
        else
            input.completed << CompletedSession{date, Activity::Walk, 40, 3, std::nullopt};
        if (d <= 14)
            input.painLog << PainEntry{date, 2, {}, {}};
    }
    input.weeksPlannedBefore = 6;
    return input;
}

void BM_BaselineSortHundredValues(benchmark::State &state)
{
    QRandomGenerator gen(7);
    QList<double> values(100);
    for (auto _ : state) {
        for (double &v : values)
            v = gen.generateDouble();
        std::sort(values.begin(), values.end());
        benchmark::DoNotOptimize(values.data());
    }
}
BENCHMARK(BM_BaselineSortHundredValues);

void BM_GenerateWeek(benchmark::State &state)
{
    const PlanInput input = typicalInput();
    PlanGenerator generator;
    for (auto _ : state)
        benchmark::DoNotOptimize(generator.generate(input));
}
BENCHMARK(BM_GenerateWeek);

void BM_BaselineSortTenYearsOfValues(benchmark::State &state)
{
    QRandomGenerator gen(7);
    QList<double> values(3650 * 3);
    for (auto _ : state) {
        for (double &v : values)
            v = gen.generateDouble();
        std::sort(values.begin(), values.end());
        benchmark::DoNotOptimize(values.data());
    }
}
BENCHMARK(BM_BaselineSortTenYearsOfValues)->Unit(benchmark::kMillisecond);

/** A 10-year demo database, made once for the analytics benchmarks. */
struct TenYears
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QDate first;
    TenYears()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.db")))).value();
        DemoOptions options;
        options.weeks = 520;
        options.today = kToday;
        first = DemoData(*db).fill(options).value().firstMonday;
    }
};

TenYears &tenYears()
{
    static TenYears s_data;
    return s_data;
}

void BM_AnalyseTenYears(benchmark::State &state)
{
    const LoadInput input = StatsRepository(*tenYears().db).loadInput(tenYears().first, kToday).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(Load::analyse(input));
}
BENCHMARK(BM_AnalyseTenYears)->Unit(benchmark::kMillisecond);

void BM_ReadAndAnalyseTenYears(benchmark::State &state)
{
    StatsRepository stats(*tenYears().db);
    for (auto _ : state)
        benchmark::DoNotOptimize(Load::analyse(stats.loadInput(tenYears().first, kToday).value()));
}
BENCHMARK(BM_ReadAndAnalyseTenYears)->Unit(benchmark::kMillisecond);

/** A database with one planned week, for the write benchmarks. */
struct OneWeek
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 sessionId = 0;
    OneWeek()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.db")))).value();
        (void)ProfileRepository(*db).save(Profile{});
        sessionId = Planner(*db).planWeek(QDate(2026, 11, 30)).value().sessions.first().id;
    }
};

void BM_BaselineInsertCommit(benchmark::State &state)
{
    OneWeek data;
    (void)data.db->exec(QStringLiteral("CREATE TABLE bench (id INTEGER PRIMARY KEY, v INTEGER)"), QStringLiteral("bench"));
    QSqlQuery q(data.db->connection());
    int i = 0;
    for (auto _ : state) {
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.exec(QStringLiteral("INSERT OR REPLACE INTO bench (id, v) VALUES (1, %1)").arg(++i));
        q.exec(QStringLiteral("COMMIT"));
    }
}
BENCHMARK(BM_BaselineInsertCommit)->Unit(benchmark::kMicrosecond);

void BM_TickSession(benchmark::State &state)
{
    OneWeek data;
    LogRepository log(*data.db);
    int minutes = 1;
    for (auto _ : state) {
        minutes = minutes % 60 + 1;
        if (!log.complete(Completion{data.sessionId, false, minutes, 4, 2, QStringLiteral("bench")}))
            state.SkipWithError("tick failed");
    }
}
BENCHMARK(BM_TickSession)->Unit(benchmark::kMicrosecond);

/** Prints each measurement over its baseline once all have run. */
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs)
            m_ns[run.benchmark_name()] = run.GetAdjustedRealTime() * unitToNs(run.time_unit);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const std::pair<const char *, const char *> pairs[] = {
            {"BM_GenerateWeek", "BM_BaselineSortHundredValues"},
            {"BM_AnalyseTenYears", "BM_BaselineSortTenYearsOfValues"},
            {"BM_ReadAndAnalyseTenYears", "BM_BaselineSortTenYearsOfValues"},
            {"BM_TickSession", "BM_BaselineInsertCommit"},
        };
        std::printf("\nRatios to baselines measured in this run:\n");
        for (const auto &[measured, baseline] : pairs) {
            if (m_ns.count(measured) && m_ns.count(baseline) && m_ns[baseline] > 0)
                std::printf("  %-28s %8.2f x %s\n", measured, m_ns[measured] / m_ns[baseline], baseline);
        }
    }

private:
    static double unitToNs(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kSecond:
            return 1e9;
        case benchmark::kMillisecond:
            return 1e6;
        case benchmark::kMicrosecond:
            return 1e3;
        default:
            return 1;
        }
    }
    std::map<std::string, double> m_ns;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
