#include "core/load/loadreport.h"
#include "core/service/demodata.h"
#include "core/service/reportbuilder.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/schema.h"
#include "core/store/statsrepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QDate kMonday(2026, 11, 2);

PlannedSession session(int day, Activity activity, int minutes, int rpe, TimeOfDay time = TimeOfDay::Morning)
{
    PlannedSession s;
    s.date = kMonday.addDays(day);
    s.timeOfDay = time;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = rpe;
    s.title = QStringLiteral("Session");
    return s;
}

class Stats : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        Week week;
        week.monday = kMonday;
        week.sessions << session(0, Activity::Run, 30, 4) // done 32 min at 5
                      << session(0, Activity::Stretch, 3, 1, TimeOfDay::Evening) // done 3 at 1
                      << session(1, Activity::Walk, 40, 3) // skipped
                      << session(2, Activity::Run, 40, 5) // done 45 at 6, pain after 4
                      << session(2, Activity::Run, 20, 3, TimeOfDay::Evening) // done 20 at 3, pain after 2
                      << session(3, Activity::Strength, 20, 6); // not ticked
        auto saved = PlanRepository(*db).saveWeek(week);
        ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
        const auto &s = saved->sessions;
        LogRepository log(*db);
        ASSERT_TRUE(log.complete({ s[0].id, false, 32, 5, std::nullopt, {} }).ok());
        ASSERT_TRUE(log.complete({ s[1].id, false, 3, 1, std::nullopt, {} }).ok());
        ASSERT_TRUE(log.complete({ s[2].id, true, 0, 0, std::nullopt, QStringLiteral("rain") }).ok());
        ASSERT_TRUE(log.complete({ s[3].id, false, 45, 6, 4, {} }).ok());
        ASSERT_TRUE(log.complete({ s[4].id, false, 20, 3, 2, {} }).ok());
        ASSERT_TRUE(log.logPain({ kMonday.addDays(-3), 1, {}, {} }).ok());
        ASSERT_TRUE(log.logPain({ kMonday, 2, {}, {} }).ok());
        ASSERT_TRUE(log.logPain({ kMonday.addDays(2), 5, { Symptom::Numbness, Symptom::LegPain }, {} }).ok());
        ASSERT_TRUE(log.logPain({ kMonday.addDays(3), 7, { Symptom::BladderBowel }, {} }).ok());
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Stats, DoneLoadsAreSummedPerDateAndActivityWithoutSkippedSessions)
{
    auto loads = StatsRepository(*db).doneLoads(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(loads.ok()) << loads.message().toStdString();
    ASSERT_EQ(loads->size(), 3); // Monday run, Monday stretch, Wednesday runs (two sessions, one row)
    const ActivityDayLoad &wednesday = loads->at(2);
    EXPECT_EQ(wednesday.date, kMonday.addDays(2));
    EXPECT_EQ(wednesday.activity, Activity::Run);
    EXPECT_EQ(wednesday.sessions, 2);
    EXPECT_EQ(wednesday.minutes, 65);
    EXPECT_EQ(wednesday.load, 45 * 6 + 20 * 3); // actual minutes × actual effort, not the plan's
    EXPECT_EQ(wednesday.painAfter, 4);
    EXPECT_EQ(loads->at(0).load, 160);
    EXPECT_FALSE(loads->at(0).painAfter.has_value());
}

TEST_F(Stats, PlannedLoadsCountEverySessionAtItsTarget)
{
    auto loads = StatsRepository(*db).plannedLoads(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(loads.ok());
    int total = 0;
    for (const ActivityDayLoad &a : *loads)
        total += a.load;
    EXPECT_EQ(total, 120 + 3 + 120 + 200 + 60 + 120);
}

TEST_F(Stats, PainRunsAndFirstRecordRoundTrip)
{
    StatsRepository stats(*db);
    auto pain = stats.painLog(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(pain.ok());
    ASSERT_EQ(pain->size(), 3);
    EXPECT_EQ(pain->at(0), (DailyPain{ kMonday, 2, false, false }));
    EXPECT_EQ(pain->at(1), (DailyPain{ kMonday.addDays(2), 5, true, false }));
    EXPECT_EQ(pain->at(2), (DailyPain{ kMonday.addDays(3), 7, true, true }));
    auto runs = stats.runs(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(runs.ok());
    EXPECT_EQ(*runs, (QList<RunRecord>{ { kMonday, 32 }, { kMonday.addDays(2), 45 }, { kMonday.addDays(2), 20 } }));
    auto first = stats.firstRecord();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(**first, kMonday.addDays(-3)); // the pain log started before the first plan
}

TEST_F(Stats, AnalysedFromTheStoreGivesTheDaysNumbers)
{
    auto input = StatsRepository(*db).loadInput(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(input.ok());
    EXPECT_EQ(input->historyStart, kMonday.addDays(-3));
    const LoadReport r = Load::analyse(*input);
    ASSERT_EQ(r.days.size(), 7);
    EXPECT_EQ(r.days[0].load.running, 160);
    EXPECT_EQ(r.days[0].load.strength, 3);
    EXPECT_EQ(r.days[1].total(), 0); // the walk was skipped: zero load, not the plan's 120
    EXPECT_EQ(r.days[1].planned.lowImpact, 120);
    EXPECT_EQ(r.days[2].load.running, 330);
    EXPECT_EQ(r.days[2].runMinutes, 65);
    EXPECT_FALSE(r.days[1].pain.has_value());
    EXPECT_TRUE(r.days[3].urgent);
    EXPECT_EQ(r.weeks[0].total(), 493);
    EXPECT_EQ(r.weeks[0].redFlagDays, 2);
}

TEST_F(Stats, TheChartsReadLeavesThePlanOutAndChangesNothingElse)
{
    StatsRepository stats(*db);
    auto full = stats.loadInput(kMonday, kMonday.addDays(6));
    auto done = stats.loadInput(kMonday, kMonday.addDays(6), StatsRepository::Planned::Skip);
    ASSERT_TRUE(full.ok());
    ASSERT_TRUE(done.ok());
    EXPECT_FALSE(full->planned.isEmpty());
    EXPECT_TRUE(done->planned.isEmpty());
    EXPECT_EQ(done->done, full->done);
    EXPECT_EQ(done->pain, full->pain);
    EXPECT_EQ(done->runs, full->runs);
    EXPECT_EQ(done->historyStart, full->historyStart);
    const LoadReport a = Load::analyse(*full);
    const LoadReport b = Load::analyse(*done);
    ASSERT_EQ(a.days.size(), b.days.size());
    for (qsizetype i = 0; i < a.days.size(); ++i) {
        EXPECT_EQ(a.days[i].load, b.days[i].load);
        EXPECT_EQ(a.days[i].acwr, b.days[i].acwr);
        EXPECT_EQ(b.days[i].planned, GroupLoads());
    }
    EXPECT_EQ(a.correlations, b.correlations);
    EXPECT_EQ(a.spikes, b.spikes);
}

TEST_F(Stats, EmptyDatabaseHasNoFirstRecord)
{
    TempDir other;
    auto empty = openDb(other.path());
    ASSERT_TRUE(empty);
    auto first = StatsRepository(*empty).firstRecord();
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value());
    auto input = StatsRepository(*empty).loadInput(kMonday, kMonday.addDays(6));
    ASSERT_TRUE(input.ok());
    EXPECT_TRUE(Load::analyse(*input).isEmpty());
}

TEST_F(Stats, RangeQueriesUseTheSessionDateIndex)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT s.date, s.activity, COUNT(*) FROM session s "
                                      "JOIN completion c ON c.session_id = s.id WHERE s.date BETWEEN '2026-01-01' AND "
                                      "'2026-12-31' AND c.skipped = 0 GROUP BY s.date, s.activity")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QStringLiteral("session_date"))) << plan.toStdString();
}

TEST(DemoData, RefusesADatabaseWithDataAndWritesWeeksThroughTheGenerator)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    DemoOptions options;
    options.weeks = 6;
    options.seed = 11;
    options.today = QDate(2026, 11, 25); // a Wednesday: the last week is half in the future
    auto summary = DemoData(*db).fill(options);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->firstMonday, QDate(2026, 10, 19));
    EXPECT_EQ(summary->lastMonday, QDate(2026, 11, 23));
    auto mondays = PlanRepository(*db).plannedMondays(summary->firstMonday, summary->lastMonday);
    ASSERT_TRUE(mondays.ok());
    EXPECT_EQ(mondays->size(), 6);
    EXPECT_GT(summary->done, 0);
    EXPECT_GT(summary->skipped + summary->unrecorded, 0); // believable misses
    EXPECT_LT(summary->painDays, 38); // some days are left unlogged (38 days up to today)
    EXPECT_GE(summary->flareUps, 1);
    // Nothing after today is done or logged.
    auto after = LogRepository(*db).completedBetween(options.today.addDays(1), summary->lastMonday.addDays(6));
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty());
    auto pain = LogRepository(*db).painBetween(summary->firstMonday, summary->lastMonday.addDays(6));
    ASSERT_TRUE(pain.ok());
    int redFlagDays = 0;
    for (const PainEntry &p : *pain) {
        EXPECT_LE(p.date, options.today);
        redFlagDays += p.hasRedFlag() ? 1 : 0;
    }
    EXPECT_GE(redFlagDays, 1);
    EXPECT_LE(redFlagDays, 2); // one episode
    auto again = DemoData(*db).fill(options);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.kind(), ErrorKind::Conflict);
}

TEST(DemoData, TenYearsFillAndAnalyseEveryDay)
{
    // Speed is measured by tests/bench (ratios against a baseline), never asserted on the clock here.
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    DemoOptions options;
    options.weeks = 520;
    options.today = QDate(2026, 11, 25);
    auto summary = DemoData(*db).fill(options);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    auto input = StatsRepository(*db).loadInput(summary->firstMonday, options.today);
    ASSERT_TRUE(input.ok());
    const LoadReport r = Load::analyse(*input);
    EXPECT_EQ(r.days.size(), summary->firstMonday.daysTo(options.today) + 1);
    EXPECT_GE(r.weeks.size(), 520);
}

namespace {

/**
 * Seventy weeks of demo history ending in January 2027, so ranges cross the ISO year 2026-W53 and the calendar year,
 * with one whole week and two single days of pain log removed (weeks and months without every day logged).
 */
class Overview : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        auto filled = DemoData(*db).fill({ 70, 3, kToday });
        ASSERT_TRUE(filled.ok()) << filled.message().toStdString();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM pain_log WHERE date BETWEEN '2026-10-05' AND '2026-10-11' "
                                          "OR date IN ('2026-12-31', '2027-01-01')")));
        // A red-flag day inside the ranges, so the counts are not all zero.
        ASSERT_TRUE(LogRepository(*db).logPain({ QDate(2026, 12, 29), 6, { Symptom::Numbness }, {} }).ok());
    }
    LoadReport analysed(QDate from, QDate to) const
    {
        auto input = StatsRepository(*db).loadInput(from, to, StatsRepository::Planned::Skip);
        EXPECT_TRUE(input.ok());
        return Load::analyse(*input);
    }
    const QDate kToday{ 2027, 1, 20 };
    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Overview, WeeklySumsFromSqlEqualTheWeeksOfTheDailyAnalysis)
{
    // From a Wednesday to a Thursday (partial first and last weeks) across 2026-W53 into 2027; then the whole history.
    auto first = StatsRepository(*db).firstRecord();
    ASSERT_TRUE(first.ok() && first->has_value());
    for (const auto &[from, to] :
        { std::pair{ QDate(2026, 9, 30), QDate(2027, 1, 14) }, std::pair{ **first, kToday } }) {
        auto overview = buildLoadOverview(*db, from, to, Period::Week);
        ASSERT_TRUE(overview.ok()) << overview.message().toStdString();
        const LoadReport report = analysed(from, to);
        ASSERT_EQ(overview->periods.size(), report.weeks.size());
        int redFlags = 0, emptyPainWeeks = 0;
        for (qsizetype i = 0; i < report.weeks.size(); ++i) {
            const WeekStats &w = report.weeks.at(i);
            const PeriodStats &p = overview->periods.at(i);
            EXPECT_EQ(p.first, std::max(w.monday, from)) << i;
            EXPECT_EQ(p.last, std::min(w.monday.addDays(6), to)) << i;
            EXPECT_EQ(p.days(), w.days) << i;
            EXPECT_EQ(p.load, w.load) << i;
            EXPECT_EQ(p.minutes, w.minutes) << i;
            EXPECT_EQ(p.runMinutes, w.runMinutes) << i;
            EXPECT_EQ(p.painDays, w.painDays) << i;
            EXPECT_EQ(p.meanPain, w.meanPain) << i;
            EXPECT_EQ(p.redFlagDays, w.redFlagDays) << i;
            redFlags += p.redFlagDays;
            emptyPainWeeks += p.painDays == 0 ? 1 : 0;
        }
        EXPECT_GE(redFlags, 1);
        EXPECT_GE(emptyPainWeeks, 1);
        EXPECT_EQ(overview->spikes, report.spikes);
        EXPECT_FALSE(overview->spikes.isEmpty());
        EXPECT_EQ(overview->isEmpty(), report.isEmpty());
    }
    // 2026-W53 is a week of its own (Monday 28 December to Sunday 3 January).
    auto overview = buildLoadOverview(*db, QDate(2026, 12, 20), QDate(2027, 1, 10), Period::Week);
    ASSERT_TRUE(overview.ok());
    ASSERT_EQ(overview->periods.size(), 4);
    EXPECT_EQ(overview->periods.at(2).first, QDate(2026, 12, 28));
    EXPECT_EQ(overview->periods.at(2).last, QDate(2027, 1, 3));
    const LoadReport weeks = analysed(QDate(2026, 12, 20), QDate(2027, 1, 10));
    EXPECT_EQ(overview->periods.at(2).painDays, weeks.weeks.at(2).painDays);
    EXPECT_LE(overview->periods.at(2).painDays, 5); // 31 December and 1 January not logged
    EXPECT_EQ(overview->periods.at(2).load, weeks.weeks.at(2).load);
}

TEST_F(Overview, MonthlySumsFromSqlEqualTheDaysOfTheDailyAnalysis)
{
    const QDate from(2026, 2, 17), to(2027, 1, 14);
    auto overview = buildLoadOverview(*db, from, to, Period::Month);
    ASSERT_TRUE(overview.ok()) << overview.message().toStdString();
    const LoadReport report = analysed(from, to);
    ASSERT_EQ(overview->periods.size(), 12); // February 2026 (from the 17th) … January 2027 (to the 14th)
    qsizetype day = 0;
    for (qsizetype i = 0; i < overview->periods.size(); ++i) {
        const PeriodStats &p = overview->periods.at(i);
        EXPECT_EQ(p.first, i == 0 ? from : QDate(p.first.year(), p.first.month(), 1));
        GroupLoads load;
        int minutes = 0, runMinutes = 0, painDays = 0, painSum = 0, redFlags = 0;
        for (; day < report.days.size() && report.days.at(day).date <= p.last; ++day) {
            const DailyLoad &d = report.days.at(day);
            EXPECT_GE(d.date, p.first);
            load += d.load;
            minutes += d.minutes;
            runMinutes += d.runMinutes;
            if (d.pain) {
                ++painDays;
                painSum += *d.pain;
            }
            redFlags += d.redFlag ? 1 : 0;
        }
        EXPECT_EQ(p.load, load) << p.first.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(p.minutes, minutes);
        EXPECT_EQ(p.runMinutes, runMinutes);
        EXPECT_EQ(p.painDays, painDays);
        EXPECT_EQ(p.meanPain, painDays ? std::optional<double>(double(painSum) / painDays) : std::nullopt);
        EXPECT_EQ(p.redFlagDays, redFlags);
    }
    EXPECT_EQ(day, report.days.size()) << "the months cover every day of the range once";
    EXPECT_EQ(overview->periods.last().last, to);
    EXPECT_EQ(overview->spikes, report.spikes);
}

namespace {

/** periodLoads() (kept sums for whole periods) against the same summed from the sessions, over from..to. */
void expectKeptSumsEqualTheSessions(StatsRepository &stats, QDate from, QDate to)
{
    for (const Period period : { Period::Week, Period::Month }) {
        auto kept = stats.periodLoads(from, to, period);
        auto summed = stats.periodLoadsOfSessions(from, to, period);
        ASSERT_TRUE(kept.ok()) << kept.message().toStdString();
        ASSERT_TRUE(summed.ok());
        EXPECT_EQ(*kept, *summed) << (period == Period::Week ? "weeks " : "months ")
                                  << from.toString(Qt::ISODate).toStdString() << " "
                                  << to.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(kept->isEmpty());
    }
}

} // namespace

TEST_F(Overview, KeptWeekAndMonthSumsFollowEveryWriteToSessionsAndCompletions)
{
    StatsRepository stats(*db);
    auto first = stats.firstRecord();
    ASSERT_TRUE(first.ok() && first->has_value());
    // Whole history (whole and cut periods), and ranges cut at both ends.
    expectKeptSumsEqualTheSessions(stats, **first, kToday);
    expectKeptSumsEqualTheSessions(stats, QDate(2026, 2, 17), QDate(2027, 1, 14));
    expectKeptSumsEqualTheSessions(stats, QDate(2026, 12, 28), QDate(2027, 1, 31)); // whole W53 and January only

    // Ticks through the repository: a done session ticked again (INSERT OR REPLACE), one skipped, one cleared, one
    // done that was open.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.session_id FROM completion c JOIN session s ON s.id = c.session_id "
                                      "WHERE c.skipped = 0 AND s.date BETWEEN '2026-11-01' AND '2026-12-31' "
                                      "ORDER BY s.date LIMIT 3")));
    QList<qint64> done;
    while (q.next())
        done << q.value(0).toLongLong();
    ASSERT_EQ(done.size(), 3);
    LogRepository log(*db);
    ASSERT_TRUE(log.complete({ done[0], false, 77, 7, std::nullopt, {} }).ok());
    ASSERT_TRUE(log.complete({ done[1], true, 0, 0, std::nullopt, QStringLiteral("rain") }).ok());
    ASSERT_TRUE(log.clearCompletion(done[2]).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s.id FROM session s LEFT JOIN completion c ON c.session_id = s.id "
                                      "WHERE c.session_id IS NULL ORDER BY s.date LIMIT 1")));
    ASSERT_TRUE(q.next());
    const qint64 open = q.value(0).toLongLong();
    ASSERT_TRUE(log.complete({ open, false, 25, 4, std::nullopt, {} }).ok());
    // A tick that fails (a second completion of the same session) changes no sums.
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO completion (session_id, minutes, rpe) VALUES (%1, 5, 5)").arg(open)));
    // Sessions moved to another day (across a month and ISO week), changed activity, deleted; a whole week deleted
    // (its sessions and their completions go by cascade); a completion edited in place.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE session SET date = date(date, '+3 days') WHERE id IN (SELECT session_id "
                                      "FROM completion WHERE skipped = 0 AND session_id % 7 = 0)")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE session SET activity = 'walk' WHERE id % 11 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE completion SET minutes = minutes + 1, rpe = 3 WHERE session_id % 5 = 0 "
                                      "AND skipped = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM session WHERE id % 13 = 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    ASSERT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM week WHERE monday = '2026-12-07'")));
    ASSERT_EQ(q.numRowsAffected(), 1);
    expectKeptSumsEqualTheSessions(stats, **first, kToday);
    expectKeptSumsEqualTheSessions(stats, QDate(2026, 2, 17), QDate(2027, 1, 14));
    // And what the chart reads still equals the daily analysis.
    auto overview = buildLoadOverview(*db, QDate(2026, 11, 2), QDate(2027, 1, 17), Period::Week);
    ASSERT_TRUE(overview.ok());
    const LoadReport report = analysed(QDate(2026, 11, 2), QDate(2027, 1, 17));
    ASSERT_EQ(overview->periods.size(), report.weeks.size());
    for (qsizetype i = 0; i < report.weeks.size(); ++i) {
        EXPECT_EQ(overview->periods.at(i).load, report.weeks.at(i).load) << i;
        EXPECT_EQ(overview->periods.at(i).minutes, report.weeks.at(i).minutes) << i;
    }
}

TEST(OverviewMigration, AFileWithDataGetsItsWeekAndMonthSums)
{
    // A file at the version before the sums, filled with ten weeks of demo history, opened by this build.
    TempDir dir;
    const QDate today(2026, 12, 2);
    {
        const QList<QStringList> before = migrationsBefore(QStringLiteral("load_week"));
        Database::setMigrationsForTesting(before);
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
        ASSERT_EQ(db->schemaVersion(), before.size());
        auto filled = DemoData(*db).fill({ 10, 5, today });
        ASSERT_TRUE(filled.ok()) << filled.message().toStdString();
    }
    Database::setMigrationsForTesting({});
    OpenOptions open;
    open.now = QDateTime(today, QTime(8, 0)); // names the backup taken before the update
    auto opened = Database::open(dir.path(), Database::Mode::ReadWrite, open);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    std::unique_ptr<Database> db = std::move(opened).value();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_TRUE(db->checkIntegrity().ok());
    StatsRepository stats(*db);
    auto first = stats.firstRecord();
    ASSERT_TRUE(first.ok() && first->has_value());
    expectKeptSumsEqualTheSessions(stats, **first, today);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM load_week")) && q.next());
    EXPECT_GE(q.value(0).toInt(), 10);
    // And they stay current after the migration.
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM completion WHERE session_id % 3 = 0")));
    expectKeptSumsEqualTheSessions(stats, **first, today);
}

TEST(OverviewMath, PeriodsWithoutRecordsArePresentAndRowsOutsideTheRangeIgnored)
{
    OverviewInput input;
    input.from = QDate(2026, 3, 4); // a Wednesday
    input.to = QDate(2026, 3, 20);
    input.period = Period::Week;
    input.done << ActivityPeriodLoad{ QDate(2026, 3, 2), Activity::Run, 30, 150 }
               << ActivityPeriodLoad{ QDate(2026, 3, 2), Activity::Walk, 40, 120 }
               << ActivityPeriodLoad{ QDate(2026, 3, 16), Activity::Stretch, 6, 6 }
               << ActivityPeriodLoad{ QDate(2026, 3, 23), Activity::Run, 99, 999 }; // after the range
    input.pain << PeriodPain{ QDate(2026, 3, 16), 2, 7, 1 };
    const LoadOverview o = Load::overview(input);
    ASSERT_EQ(o.periods.size(), 3);
    EXPECT_EQ(o.periods.at(0).first, input.from);
    EXPECT_EQ(o.periods.at(0).load, (GroupLoads{ 150, 120, 0 }));
    EXPECT_EQ(o.periods.at(0).runMinutes, 30);
    EXPECT_EQ(o.periods.at(0).minutes, 70);
    EXPECT_FALSE(o.periods.at(0).meanPain);
    EXPECT_EQ(o.periods.at(1).total(), 0); // nothing recorded: a zero bar, no pain
    EXPECT_EQ(o.periods.at(1).painDays, 0);
    EXPECT_EQ(o.periods.at(2).last, input.to);
    EXPECT_EQ(o.periods.at(2).meanPain, 3.5);
    EXPECT_EQ(o.periods.at(2).redFlagDays, 1);
    EXPECT_FALSE(o.isEmpty());
    EXPECT_EQ(Load::periodStart(QDate(2027, 1, 3), Period::Week), QDate(2026, 12, 28));
    EXPECT_EQ(Load::periodStart(QDate(2027, 1, 3), Period::Month), QDate(2027, 1, 1));
}
