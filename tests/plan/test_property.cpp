#include "core/plan/plangenerator.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include "tests/plan/weekcheck.h"
#include <cstdint>
#include <iostream>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** A small fixed generator (SplitMix64) so the cases are the same on every platform and library. */
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::uint64_t m_state;
};

PlanInput randomInput(Random &r)
{
    PlanInput in;
    Profile &p = in.profile;
    p.experience = Experience(r.between(0, 2));
    p.runMinutes = r.chance(5) ? r.between(0, 20) : r.between(20, 320);
    p.runDays = r.between(2, 5);
    p.days.clear();
    const int dayMask = r.chance(40) ? 0x7F : r.between(1, 0x7F);
    for (int d = 0; d < 7; ++d) {
        if (dayMask & (1 << d))
            p.days << Qt::DayOfWeek(d + 1);
    }
    p.longRunDay = Qt::DayOfWeek(r.between(1, 7));
    p.lowImpact.clear();
    const int lowMask = r.between(1, 7);
    for (int i = 0; i < 3; ++i) {
        if (lowMask & (1 << i))
            p.lowImpact << Activity(int(Activity::Walk) + i);
    }
    p.weekdayMinutes = r.chance(15) ? r.between(10, 30) : r.between(30, 120);
    p.weekendMinutes = r.chance(15) ? r.between(10, 40) : r.between(40, 200);

    in.weekStart = QDate(2026, 1, 5).addDays(7 * r.between(0, 150));
    in.historyEnd = r.chance(80) ? in.weekStart.addDays(-1) : in.weekStart.addDays(r.between(0, 6));
    in.weeksPlannedBefore = r.between(0, 12);
    const int historyKind = r.between(0, 9); // 0: none, 1: runs stopped, else regular
    const int runChance = r.between(15, 70);
    for (int back = 41; back >= 0 && historyKind > 0; --back) {
        const QDate d = in.historyEnd.addDays(-back);
        if (historyKind == 1 && back < 10)
            break;
        if (r.chance(runChance)) {
            CompletedSession c{ d, Activity::Run, r.between(10, 95), r.between(2, 7), std::nullopt };
            if (r.chance(50))
                c.pain = r.chance(85) ? r.between(0, 3) : r.between(4, 8);
            in.completed << c;
        }
        if (r.chance(20))
            in.completed << CompletedSession{ d, Activity(r.between(int(Activity::Walk), int(Activity::Strength))),
                r.between(10, 60), r.between(1, 5), std::nullopt };
    }
    in.previousWeekPlannedRunMinutes = r.chance(50) ? -1 : r.between(20, 300);
    const int painBase = r.chance(50) ? r.between(0, 2) : r.between(0, 7);
    for (int back = 13; back >= 0; --back) {
        if (!r.chance(70))
            continue;
        PainEntry e;
        e.date = in.historyEnd.addDays(-back);
        e.score = std::clamp(painBase + r.between(-2, 2), 0, 10);
        if (r.chance(2))
            e.symptoms << Symptom(r.between(0, 6));
        in.painLog << e;
    }
    return in;
}

} // namespace

TEST(PlanProperty, EveryRuleHoldsOnTenThousandGeneratedWeeksAndPlansAreDeterministic)
{
    constexpr int kCases = 10000;
    Random r(20261125);
    const PlanGenerator generator;
    qint64 generateNs = 0;
    int failures = 0, red = 0, amber = 0, flags = 0, unsatisfied = 0;
    for (int i = 0; i < kCases; ++i) {
        const PlanInput in = randomInput(r);
        QElapsedTimer timer;
        timer.start();
        const Week week = generator.generate(in);
        generateNs += timer.nsecsElapsed();
        red += week.zone == PainZone::Red;
        amber += week.zone == PainZone::Amber;
        flags += week.redFlag;
        unsatisfied += !week.unsatisfied.isEmpty();
        if (qEnvironmentVariableIsSet("STRIDEWISE_DUMP")) {
            for (const QString &u : week.unsatisfied)
                std::cout << "U " << u.left(40).toStdString() << "\n";
        }
        const QStringList problems = checkWeek(in, week);
        if (!problems.isEmpty() && ++failures <= 10)
            ADD_FAILURE() << "case " << i << ": " << problems.join(QStringLiteral("; ")).toStdString();
        if (i % 10 == 0) {
            EXPECT_EQ(generator.generate(in), week) << "case " << i << " is not deterministic";
        }
    }
    EXPECT_EQ(failures, 0);
    // Every branch was exercised, not just green weeks.
    EXPECT_GT(red, 100);
    EXPECT_GT(amber, 100);
    EXPECT_GT(flags, 100);
    EXPECT_GT(unsatisfied, 10);
    std::cout << "generate(): " << double(generateNs) / kCases / 1000.0 << " µs per week over " << kCases
              << " weeks; zones red " << red << ", amber " << amber << ", red flags " << flags
              << ", weeks with something unsatisfied " << unsatisfied << std::endl;
}
