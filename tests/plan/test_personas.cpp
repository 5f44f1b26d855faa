#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/plan/plangenerator.h"

#include <QFile>

#include <gtest/gtest.h>

#include "tests/plan/weekcheck.h"
#include "tests/plan/weektext.h"
#include <functional>

// Three runners lived through 8 consecutive weeks: each week's plan is "done" (with believable misses), the
// runner logs pain, and both feed the next week's PlanInput, as the store would. Pure: no database.
// The full text of the 8 weeks is a golden file; set STRIDEWISE_UPDATE_GOLDEN=1 to rewrite it (then read it).

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

constexpr int kWeeks = 8;
const QDate kFirstMonday(2027, 1, 4);

struct Persona
{
    QString name;
    Profile profile;
    QList<CompletedSession> before; ///< history before the first planned week
    std::function<int(int week, int day)> pain; ///< morning back pain 0–10 of that day, -1 for no log
    std::function<bool(int week, const PlannedSession &, int index)> missed = [](int, const PlannedSession &, int) {
        return false;
    };
    std::function<int(int week, const PlannedSession &)> minutesDone = [](int, const PlannedSession &s) {
        return s.minutes;
    };
};

struct Lived
{
    QList<PlanInput> inputs;
    QList<Week> weeks;
    QList<int> runDone; ///< running minutes completed per week
};

Lived live(const Persona &p)
{
    Lived out;
    QList<CompletedSession> done = p.before;
    QList<PainEntry> pains;
    int previousPlanned = -1;
    for (int w = 0; w < kWeeks; ++w) {
        PlanInput in;
        in.profile = p.profile;
        in.weekStart = kFirstMonday.addDays(7 * w);
        in.historyEnd = in.weekStart.addDays(-1);
        for (const CompletedSession &c : done) {
            if (c.date >= in.historyEnd.addDays(-41) && c.date <= in.historyEnd)
                in.completed << c;
        }
        for (const PainEntry &e : pains) {
            if (e.date >= in.historyEnd.addDays(-13))
                in.painLog << e;
        }
        in.weeksPlannedBefore = w;
        in.previousWeekPlannedRunMinutes = previousPlanned;
        const Week week = PlanGenerator().generate(in);
        out.inputs << in;
        out.weeks << week;
        int runDone = 0;
        int index = 0;
        for (const PlannedSession &s : week.sessions) {
            if (s.activity == Activity::Stretch)
                continue;
            if (p.missed(w, s, index++))
                continue;
            const int day = int(in.weekStart.daysTo(s.date));
            const int minutes = p.minutesDone(w, s);
            std::optional<int> painAfter;
            if (s.activity == Activity::Run) {
                runDone += minutes;
                painAfter = std::max(0, p.pain(w, day));
            }
            done << CompletedSession{ s.date, s.activity, minutes, s.rpe, painAfter };
        }
        for (int d = 0; d < 7; ++d) {
            const int score = p.pain(w, d);
            if (score >= 0)
                pains << PainEntry{ in.weekStart.addDays(d), score, {}, {} };
        }
        out.runDone << runDone;
        previousPlanned = totalsOf(week).running;
    }
    return out;
}

QString summaryTable(const Lived &l)
{
    QString out = QStringLiteral("| week | running min | low-impact min | pain zone | adaptations |\n"
                                 "| --- | --- | --- | --- | --- |\n");
    for (const Week &w : l.weeks) {
        const WeekTotals t = totalsOf(w);
        QStringList adaptations;
        for (const Adaptation &a : w.adaptations)
            adaptations << a.message;
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(IsoWeek::name(w.monday))
                   .arg(t.running)
                   .arg(t.lowImpact)
                   .arg(Names::zone(w.zone),
                       adaptations.isEmpty() ? QStringLiteral("–") : adaptations.join(QLatin1Char(' ')));
    }
    return out;
}

void checkGolden(const Persona &p, const Lived &l)
{
    QString text = QStringLiteral("# %1\n\n").arg(p.name) + summaryTable(l) + QLatin1Char('\n');
    for (int w = 0; w < kWeeks; ++w) {
        text += QStringLiteral("completed running the week before: %1 min\n").arg(w ? l.runDone[w - 1] : -1);
        text += weekText(l.weeks[w]) + QLatin1Char('\n');
    }
    const QString path = QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/plan/golden/%1.txt").arg(p.name);
    if (qEnvironmentVariableIsSet("STRIDEWISE_UPDATE_GOLDEN")) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    const QStringList expected = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList actual = text.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        if (expected.value(i) != actual.value(i)) {
            ADD_FAILURE() << path.toStdString() << ":" << i + 1
                          << " differs\n  expected: " << expected.value(i).toStdString()
                          << "\n  actual:   " << actual.value(i).toStdString()
                          << "\nThe plan changed; rerun with STRIDEWISE_UPDATE_GOLDEN=1 and read the git diff.";
            break;
        }
    }
}

void expectEveryRuleEveryWeek(const Lived &l)
{
    for (int w = 0; w < kWeeks; ++w)
        EXPECT_EQ(checkWeek(l.inputs[w], l.weeks[w]), QStringList()) << "week " << w + 1;
}

Profile profile(Experience e, int minutes, int days, Qt::DayOfWeek longDay, QList<Activity> low)
{
    Profile p;
    p.experience = e;
    p.runMinutes = minutes;
    p.runDays = days;
    p.longRunDay = longDay;
    p.lowImpact = low;
    return p;
}

QList<CompletedSession> weeksOfRuns(int weeks, const QList<std::pair<int, int>> &dayMinutes)
{
    QList<CompletedSession> out;
    for (int w = weeks; w >= 1; --w) {
        for (const auto &[day, minutes] : dayMinutes)
            out << CompletedSession{ kFirstMonday.addDays(-7 * w + day), Activity::Run, minutes, 4, 1 };
    }
    return out;
}

} // namespace

TEST(PlanPersonas, ReturningRunnerWithPastBackPain)
{
    Persona p{ QStringLiteral("returning-runner"),
        profile(Experience::Returning, 60, 3, Qt::Sunday, { Activity::Walk, Activity::Swim }), {}, [](int w, int d) {
            if (w == 5 && d >= 3) // a stiff back after Wednesday's run in week 6
                return 3;
            if (d == 2 && w == 1)
                return -1; // forgot to log
            return w < 3 ? 2 : 1;
        } };
    p.missed = [](int w, const PlannedSession &s, int) {
        return (w == 1 && isLowImpact(s.activity))
            || (w == 4 && s.activity == Activity::Run && s.date.dayOfWeek() == 1);
    };
    const Lived l = live(p);
    expectEveryRuleEveryWeek(l);
    checkGolden(p, l);
    EXPECT_EQ(totalsOf(l.weeks[0]).running, 60); // the profile's minutes: no runs logged yet
    EXPECT_GT(totalsOf(l.weeks[1]).running, totalsOf(l.weeks[0]).running);
    EXPECT_GT(totalsOf(l.weeks[2]).running, totalsOf(l.weeks[1]).running);
    EXPECT_EQ(l.weeks[3].adaptations.value(0).rule, QStringLiteral("easy-week"));
    EXPECT_LT(totalsOf(l.weeks[5]).running, totalsOf(l.weeks[4]).running); // the missed run is not made up
    EXPECT_EQ(l.weeks[6].zone, PainZone::Amber); // the stiff back is noticed: running held
    EXPECT_LE(totalsOf(l.weeks[6]).running, l.runDone[5]);
    EXPECT_EQ(l.weeks[7].zone, PainZone::Green);
    for (int w = 1; w < kWeeks; ++w)
        EXPECT_LE(totalsOf(l.weeks[w]).running, l.runDone[w - 1] * 1.1) << "week " << w + 1;
    for (const Week &w : l.weeks) {
        EXPECT_GE(totalsOf(w).lowImpactSessions, 1);
        EXPECT_GE(totalsOf(w).strengthSessions, 2);
    }
}

TEST(PlanPersonas, RegularFourRunsAWeek)
{
    Persona p{ QStringLiteral("regular-runner"),
        profile(Experience::Regular, 160, 4, Qt::Saturday, { Activity::Cycle }),
        weeksOfRuns(6, { { 0, 35 }, { 2, 38 }, { 3, 32 }, { 5, 55 } }),
        [](int, int d) { return d == 6 ? -1 : (d % 3 == 0 ? 1 : 0); } };
    p.profile.days = { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Saturday, Qt::Sunday };
    p.profile.weekdayMinutes = 75;
    p.profile.weekendMinutes = 120;
    p.minutesDone = [](int w, const PlannedSession &s) {
        return (w == 2 && s.activity == Activity::Run && s.date.dayOfWeek() == Qt::Tuesday) ? s.minutes - 10
                                                                                            : s.minutes;
    };
    p.missed = [](int w, const PlannedSession &s, int) {
        return w == 5 && s.activity == Activity::Strength && s.date.dayOfWeek() >= Qt::Thursday;
    };
    const Lived l = live(p);
    expectEveryRuleEveryWeek(l);
    checkGolden(p, l);
    for (int w = 0; w < kWeeks; ++w) {
        EXPECT_EQ(totalsOf(l.weeks[w]).runs, 4) << "week " << w + 1;
        EXPECT_EQ(l.weeks[w].zone, PainZone::Green);
        for (const PlannedSession &s : l.weeks[w].sessions) {
            if (s.rule == QStringLiteral("varied-runs")) {
                EXPECT_EQ(s.date.dayOfWeek(), Qt::Saturday);
            }
        }
    }
    EXPECT_GT(totalsOf(l.weeks[1]).running, totalsOf(l.weeks[0]).running);
    EXPECT_LT(totalsOf(l.weeks[3]).running, totalsOf(l.weeks[2]).running); // the easier fourth week
    EXPECT_GT(totalsOf(l.weeks[4]).running, totalsOf(l.weeks[3]).running); // and progression after it
}

TEST(PlanPersonas, PainRisesInWeekThreeThenSettles)
{
    Persona p{ QStringLiteral("pain-rises"),
        profile(Experience::Returning, 120, 3, Qt::Sunday, { Activity::Walk, Activity::Cycle }),
        weeksOfRuns(4, { { 1, 35 }, { 3, 38 }, { 6, 47 } }), [](int w, int d) {
            static const int kWeek3[] = { 3, 4, 5, 6, 6, 5, 5 };
            static const int kWeek4[] = { 4, 4, 3, 3, 3, 3, 3 };
            static const int kWeek5[] = { 2, 2, 2, 1, 1, 1, 1 };
            switch (w) {
            case 2:
                return kWeek3[d];
            case 3:
                return kWeek4[d];
            case 4:
                return kWeek5[d];
            default:
                return 1;
            }
        } };
    // In the painful week the runner skips the runs from Thursday on.
    p.missed = [](int w, const PlannedSession &s, int) {
        return w == 2 && s.activity == Activity::Run && s.date.dayOfWeek() >= Qt::Thursday;
    };
    const Lived l = live(p);
    expectEveryRuleEveryWeek(l);
    checkGolden(p, l);
    EXPECT_EQ(l.weeks[2].zone, PainZone::Green); // planned before the pain rose
    EXPECT_EQ(l.weeks[3].zone, PainZone::Red); // backs off: no running
    EXPECT_EQ(totalsOf(l.weeks[3]).running, 0);
    EXPECT_GE(totalsOf(l.weeks[3]).lowImpactSessions, 2);
    EXPECT_EQ(l.weeks[4].zone, PainZone::Amber); // careful restart, long run as low-impact
    EXPECT_LT(totalsOf(l.weeks[4]).running, totalsOf(l.weeks[2]).running);
    EXPECT_EQ(l.weeks[5].zone, PainZone::Green);
    EXPECT_GT(totalsOf(l.weeks[5]).running, totalsOf(l.weeks[4]).running); // progression resumes
    EXPECT_GT(totalsOf(l.weeks[6]).running, totalsOf(l.weeks[5]).running);
    EXPECT_EQ(l.weeks[7].adaptations.value(0).rule, QStringLiteral("easy-week"));
}
