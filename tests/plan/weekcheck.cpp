#include "tests/plan/weekcheck.h"

#include "core/model/validation.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Stridewise::Test {

using namespace Thresholds;

WeekTotals totalsOf(const Week &week)
{
    WeekTotals t;
    for (const PlannedSession &s : week.sessions) {
        if (s.activity == Activity::Run) {
            t.running += s.minutes;
            ++t.runs;
        } else if (isLowImpact(s.activity)) {
            t.lowImpact += s.minutes;
            ++t.lowImpactSessions;
        } else if (s.activity == Activity::Strength) {
            t.strength += s.minutes;
            ++t.strengthSessions;
        }
    }
    return t;
}

std::array<int, 7> dailyLoad(const Week &week)
{
    std::array<int, 7> load{};
    for (const PlannedSession &s : week.sessions) {
        const qint64 d = week.monday.daysTo(s.date);
        if (d >= 0 && d < 7)
            load[size_t(d)] += s.rpe * s.minutes;
    }
    return load;
}

double monotonyOf(const Week &week)
{
    const auto load = dailyLoad(week);
    double mean = 0;
    for (int l : load)
        mean += l / 7.0;
    double var = 0;
    for (int l : load)
        var += (l - mean) * (l - mean) / 7.0;
    return var < 1e-12 ? (mean == 0 ? 0 : 1e9) : mean / std::sqrt(var);
}

namespace {

bool mentions(const QStringList &list, const QString &word)
{
    for (const QString &s : list) {
        if (s.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QStringList checkWeek(const PlanInput &in, const Week &week)
{
    QStringList bad;
    auto fail = [&](const QString &what) { bad << what; };
    const Profile &p = in.profile;

    // --- What the rules require, computed from the input alone.
    const QDate from7 = in.historyEnd.addDays(-6);
    QHash<QDate, int> pain;
    int painDays = 0, painSum = 0, maxPain = 0;
    bool redFlag = false, urgent = false;
    for (const PainEntry &e : in.painLog) {
        if (e.date > in.historyEnd || e.date < from7)
            continue;
        pain.insert(e.date, e.score);
        ++painDays;
        painSum += e.score;
        maxPain = std::max(maxPain, e.score);
        redFlag = redFlag || e.hasRedFlag();
        urgent = urgent || e.hasUrgentRedFlag();
    }
    const double mean = painDays ? double(painSum) / painDays : 0;
    bool twoHigh = false;
    for (QDate d = from7; d < in.historyEnd; d = d.addDays(1))
        twoHigh = twoHigh || (pain.value(d, -1) >= 6 && pain.value(d.addDays(1), -1) >= 6);
    bool postRun = false, worseAfter = false, hasRunHistory = false;
    int prevWeekRun = 0, longest30 = 0;
    for (const CompletedSession &c : in.completed) {
        if (c.date > in.historyEnd || c.activity != Activity::Run || c.minutes <= 0)
            continue;
        hasRunHistory = true;
        if (c.date >= in.weekStart.addDays(-7) && c.date < in.weekStart)
            prevWeekRun += c.minutes;
        if (c.date >= in.historyEnd.addDays(-29))
            longest30 = std::max(longest30, c.minutes);
        if (c.date >= from7) {
            postRun = postRun || (c.pain && *c.pain > 3);
            const QDate next = c.date.addDays(1);
            worseAfter = worseAfter
                || (next <= in.historyEnd && pain.contains(c.date) && pain.contains(next)
                    && pain.value(next) > pain.value(c.date));
        }
    }
    PainZone zone = PainZone::Green;
    if (painDays && (mean >= 5 || twoHigh))
        zone = PainZone::Red;
    else if ((painDays && (mean > 2 || maxPain >= 5)) || postRun || worseAfter)
        zone = PainZone::Amber;

    // --- General shape.
    if (week.monday != in.weekStart)
        fail(QStringLiteral("week starts on the wrong day"));
    for (int i = 1; i < week.sessions.size(); ++i) {
        const auto &a = week.sessions[i - 1];
        const auto &b = week.sessions[i];
        if (std::pair(a.date, a.timeOfDay) > std::pair(b.date, b.timeOfDay))
            fail(QStringLiteral("sessions not sorted by date and time of day"));
    }
    static const QRegularExpression forbidden(
        QStringLiteral("supplement|diet|vitamin|antler"), QRegularExpression::CaseInsensitiveOption);
    for (const PlannedSession &s : week.sessions) {
        if (!ruleById(s.rule))
            fail(QStringLiteral("session rule '%1' does not resolve").arg(s.rule));
        if (!validateSession(s).ok())
            fail(QStringLiteral("invalid session: %1").arg(validateSession(s).message()));
        if (s.reason.isEmpty() || s.title.isEmpty())
            fail(QStringLiteral("session without title or reason"));
        if (s.date < in.weekStart || s.date > in.weekStart.addDays(6))
            fail(QStringLiteral("session outside the week"));
        if (s.reason.contains(forbidden) || s.title.contains(forbidden))
            fail(QStringLiteral("supplement or diet advice"));
        if (s.activity != Activity::Stretch && s.activity != Activity::Strength) { // rule 2 for runs and cardio
            int sum = 0;
            for (const StructureStep &st : s.structure)
                sum += st.minutes;
            if (s.structure.size() != 3 || s.structure.first().part != StepPart::WarmUp
                || s.structure.last().part != StepPart::CoolDown || sum != s.minutes)
                fail(QStringLiteral("%1 on %2 lacks warm-up/main/cool-down adding up").arg(s.title, s.date.toString()));
            if (s.activity == Activity::Run) {
                const int warm = s.structure.first().minutes;
                if (warm < kWarmUpMinutes || warm > kLongWarmUpMinutes || s.structure[1].minutes < 5)
                    fail(QStringLiteral("run warm-up %1 min or main part too short").arg(warm));
                if (p.experience == Experience::New && !s.structure[1].text.contains(QStringLiteral("walk")))
                    fail(QStringLiteral("new runner's run is not walk–run"));
            }
        }
    }
    for (const Adaptation &a : week.adaptations) {
        if (!ruleById(a.rule))
            fail(QStringLiteral("adaptation rule '%1' does not resolve").arg(a.rule));
        if (!a.message.contains(QRegularExpression(QStringLiteral("\\d"))))
            fail(QStringLiteral("adaptation names no number: %1").arg(a.message));
        if (a.message.contains(forbidden))
            fail(QStringLiteral("supplement or diet advice"));
    }

    // --- Per day.
    struct Day
    {
        int stretchMorning = 0, stretchEvening = 0, minutes = 0, training = 0;
        bool run = false, strength = false;
    };
    std::array<Day, 7> days{};
    QList<int> runs;
    for (const PlannedSession &s : week.sessions) {
        Day &d = days[size_t(in.weekStart.daysTo(s.date))];
        if (s.activity == Activity::Stretch) {
            (s.timeOfDay == TimeOfDay::Morning ? d.stretchMorning : d.stretchEvening) += 1;
            if (s.timeOfDay == TimeOfDay::Midday)
                fail(QStringLiteral("stretch at midday"));
            const StructureStep &st = s.structure.value(0);
            if (st.holdSeconds != kStretchHoldSeconds || !st.perSide || s.rule != QLatin1String("hamstring-stretch"))
                fail(QStringLiteral("stretch is not 30 s per leg"));
            continue;
        }
        d.minutes += s.minutes;
        ++d.training;
        if (s.activity == Activity::Run) {
            d.run = true;
            runs << s.minutes;
        }
        if (s.activity == Activity::Strength) {
            d.strength = true;
            bool curl = false, side = false, bird = false;
            for (const StructureStep &st : s.structure) {
                curl = curl || st.text.startsWith(QStringLiteral("Curl-up"));
                side = side || st.text.startsWith(QStringLiteral("Side plank"));
                bird = bird || st.text.startsWith(QStringLiteral("Bird-dog"));
                if (st.sets <= 0 || (st.reps <= 0 && st.holdSeconds <= 0))
                    fail(QStringLiteral("exercise without sets and reps or holds"));
            }
            if (!curl || !side || !bird)
                fail(QStringLiteral("strength lacks curl-up, side plank or bird-dog"));
        }
        if (isLowImpact(s.activity) && !p.lowImpact.contains(s.activity))
            fail(QStringLiteral("low-impact activity not among the preferred ones"));
    }
    const WeekTotals t = totalsOf(week);
    bool restDay = false;
    int streak = 0;
    for (int back = 1; back <= 2; ++back) {
        const QDate d = in.weekStart.addDays(-back);
        bool ran = false;
        for (const CompletedSession &c : in.completed)
            ran = ran || (c.date == d && c.activity == Activity::Run && c.minutes > 0);
        if (!ran)
            break;
        streak = back;
    }
    for (int i = 0; i < 7; ++i) {
        const Day &d = days[size_t(i)];
        const auto weekday = Qt::DayOfWeek(i + 1);
        if (d.stretchMorning != 1 || d.stretchEvening != 1) // rule 1
            fail(QStringLiteral("day %1 lacks a morning and an evening stretch").arg(i));
        restDay = restDay || d.training == 0;
        streak = d.run ? streak + 1 : 0;
        if (streak > kMaxRunStreakDays) // rule 3
            fail(QStringLiteral("more than two running days in a row (day %1)").arg(i));
        if (d.training > 0 && !p.isAvailable(weekday)) // rule 11
            fail(QStringLiteral("training on unavailable day %1").arg(i));
        if (d.minutes > p.minutesAvailable(weekday))
            fail(QStringLiteral("day %1 has %2 min, more than the %3 available")
                     .arg(i)
                     .arg(d.minutes)
                     .arg(p.minutesAvailable(weekday)));
        if (i > 0 && d.strength && days[size_t(i - 1)].strength) // rule 6
            fail(QStringLiteral("strength on consecutive days"));
        if (i == 0 && d.strength) { // rule 6 across the week boundary
            for (const CompletedSession &c : in.completed) {
                if (c.activity == Activity::Strength && c.date == in.weekStart.addDays(-1))
                    fail(QStringLiteral("strength on Monday after strength on Sunday"));
            }
        }
        if (zone == PainZone::Amber && i > 0 && d.run && days[size_t(i - 1)].run) // rule 8
            fail(QStringLiteral("amber week with runs on consecutive days"));
    }
    if (!restDay) // rule 3
        fail(QStringLiteral("no rest day"));
    // Rule 4.
    if (runs.size() >= 2) {
        QList<int> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            fail(QStringLiteral("two runs of the same length"));
        if (runs.size() >= kMinRunsForLongRun && sorted.last() > std::floor(t.running * kLongRunMaxShare + 1e-9))
            fail(QStringLiteral("longest run %1 min is over 40 % of %2 min").arg(sorted.last()).arg(t.running));
    }
    // Rule 5.
    if (urgent && (t.lowImpactSessions || t.runs || t.strengthSessions))
        fail(QStringLiteral("urgent red flag but training planned"));
    if (!urgent && t.lowImpactSessions < 1 && !mentions(week.unsatisfied, QStringLiteral("low-impact")))
        fail(QStringLiteral("no low-impact session and nothing said"));
    // Rule 6.
    if (!redFlag && t.strengthSessions < kMinStrengthSessions
        && !mentions(week.unsatisfied, QStringLiteral("Core strength")))
        fail(QStringLiteral("fewer than two strength sessions and nothing said"));
    if (t.strengthSessions > kMaxStrengthSessions)
        fail(QStringLiteral("more than three strength sessions"));
    // Rule 7.
    if (prevWeekRun > 0) {
        double cap = std::floor(prevWeekRun * kMaxWeeklyIncrease + 1e-9);
        if (in.previousWeekPlannedRunMinutes > 0 && prevWeekRun < in.previousWeekPlannedRunMinutes * 0.5)
            cap = prevWeekRun;
        if (zone == PainZone::Amber)
            cap = std::min<double>(cap, prevWeekRun);
        if (in.weeksPlannedBefore % kEasyWeekEvery == kEasyWeekEvery - 1)
            cap = std::round(cap * kEasyWeekShare);
        if (t.running > cap)
            fail(QStringLiteral("running %1 min over the cap %2 min (completed %3)")
                     .arg(t.running)
                     .arg(cap)
                     .arg(prevWeekRun));
    } else if (!hasRunHistory) {
        if (t.running > p.runMinutes || (p.experience == Experience::New && t.running > kNewRunnerStartMinutes))
            fail(QStringLiteral("running start above the profile's minutes"));
    } else if (t.running > p.runMinutes) {
        fail(QStringLiteral("restart above the profile's minutes"));
    }
    // Rule 8.
    if (week.zone != zone)
        fail(QStringLiteral("zone %1, expected %2").arg(int(week.zone)).arg(int(zone)));
    if (zone == PainZone::Red && t.runs > 0)
        fail(QStringLiteral("running in a red week"));
    if (zone != PainZone::Green && !redFlag) {
        bool named = false;
        for (const Adaptation &a : week.adaptations)
            named = named || a.rule.startsWith(QStringLiteral("pain-"));
        if (!named && (zone == PainZone::Red || t.runs > 0))
            fail(QStringLiteral("pain zone without an adaptation naming it"));
    }
    // Rule 9.
    if (week.redFlag != redFlag || week.urgent != urgent)
        fail(QStringLiteral("red flag %1/%2, expected %3/%4")
                 .arg(week.redFlag)
                 .arg(week.urgent)
                 .arg(redFlag)
                 .arg(urgent));
    if (redFlag) {
        if (t.runs > 0 || t.strengthSessions > 0)
            fail(QStringLiteral("running or strength despite a red flag"));
        const Adaptation first = week.adaptations.value(0);
        if (!first.rule.startsWith(QStringLiteral("red-flag")))
            fail(QStringLiteral("red-flag message is not first"));
        if (urgent ? !first.message.contains(QStringLiteral("emergency department"))
                   : !first.message.contains(QStringLiteral("clinician")))
            fail(QStringLiteral("red-flag message lacks the right advice"));
    }
    // Rule 10.
    for (int r : runs) {
        if (longest30 > 0 && r > std::floor(longest30 * kMaxSingleRunIncrease + 1e-9))
            fail(QStringLiteral("run of %1 min over 110 % of the longest recent run (%2 min)").arg(r).arg(longest30));
    }
    // Rule 12.
    const double m = monotonyOf(week);
    const bool anyTraining = t.runs + t.lowImpactSessions + t.strengthSessions > 0;
    if (anyTraining && m >= kMaxMonotony && !mentions(week.unsatisfied, QStringLiteral("monotony")))
        fail(QStringLiteral("monotony %1 and nothing said").arg(m));
    return bad;
}

} // namespace Stridewise::Test
