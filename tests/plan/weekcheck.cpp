#include "tests/plan/weekcheck.h"

#include "core/model/validation.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Stridewise::Test {

using namespace Thresholds;

WeekTotals totalsOf(const Week &week)
{
    WeekTotals t;
    for (const PlannedSession &s : week.sessions) {
        if (s.activity == Activity::Run) {
            t.running += s.running();
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

double median(QList<int> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

int floor110(int minutes)
{
    return int(std::floor(minutes * 1.1 + 1e-9));
}

/** Rule 10's limit: 110 %, or one minute more for a run under 10 min (a whole minute is the smallest step). */
int spikeLimit(int longest)
{
    return longest > 0 && longest < 10 ? std::max(floor110(longest), longest + 1) : floor110(longest);
}

} // namespace

PainZone expectedZone(const PlanInput &in)
{
    const QDate from7 = in.historyEnd.addDays(-6);
    const QDate from14 = in.historyEnd.addDays(-13);
    QHash<QDate, int> pain;
    QList<int> before, all;
    int days = 0, sum = 0, maxPain = 0;
    for (const PainEntry &e : in.painLog) {
        if (e.date > in.historyEnd)
            continue;
        pain.insert(e.date, e.score);
        if (e.date >= from14) {
            all << e.score;
            if (e.date < from7)
                before << e.score;
        }
        if (e.date >= from7) {
            ++days;
            sum += e.score;
            maxPain = std::max(maxPain, e.score);
        }
    }
    const double mean = days ? double(sum) / days : 0;
    bool twoHigh = false;
    for (QDate d = from7; d < in.historyEnd; d = d.addDays(1))
        twoHigh = twoHigh || (pain.value(d, -1) >= 6 && pain.value(d.addDays(1), -1) >= 6);
    if (days && (mean >= 5 || twoHigh))
        return PainZone::Red;
    const bool hasBaseline = before.size() >= 3 || all.size() >= 3;
    const double baseline = before.size() >= 3 ? median(before) : all.size() >= 3 ? median(all) : 0;
    if (days && maxPain > 5)
        return PainZone::Amber;
    if (hasBaseline && days && mean >= baseline + 2)
        return PainZone::Amber;
    for (const CompletedSession &c : in.completed) {
        if (c.date > in.historyEnd || c.running() <= 0)
            continue;
        if (c.date >= from7 && c.pain && *c.pain > 5)
            return PainZone::Amber;
        const QDate next = c.date.addDays(1);
        if (c.date >= from7.addDays(-1) && next <= in.historyEnd && pain.contains(next)) {
            const int reference = hasBaseline ? int(std::ceil(baseline - 1e-9)) : pain.value(c.date, -1);
            if (reference >= 0 && pain.value(next) >= reference + 2)
                return PainZone::Amber;
        }
    }
    return PainZone::Green;
}

QStringList checkMessages(const Week &week)
{
    QStringList bad;
    const int planned = week.plannedRunning();
    static const QRegularExpression runningRe(QStringLiteral("(\\d+) min of running this week"));
    static const QRegularExpression thisWeekRe(QStringLiteral("this week's (\\d+) min"));
    static const QRegularExpression levelRe(QStringLiteral("your level of (\\d+) min"));
    static const QRegularExpression goalRe(QStringLiteral("your goal of (\\d+) min"));
    static const QRegularExpression rungRe(QStringLiteral("rung (\\d+) of (\\d+)"));
    auto each = [&](const QString &text, const QRegularExpression &re,
                    const std::function<void(const QRegularExpressionMatch &)> &f) {
        if (!text.contains(QLatin1String(" min")) && !text.contains(QLatin1String("rung")))
            return;
        for (auto it = re.globalMatch(text); it.hasNext();)
            f(it.next());
    };
    QStringList texts;
    for (const Adaptation &a : week.adaptations)
        texts << a.message;
    for (const PlannedSession &s : week.sessions) {
        // The week's new sessions; the ones a re-plan keeps say what their own plan was.
        if (s.activity != Activity::Stretch && s.id == 0)
            texts << s.reason;
    }
    for (const QString &text : texts) {
        each(text, runningRe, [&](const QRegularExpressionMatch &m) {
            if (m.captured(1).toInt() != planned)
                bad << QStringLiteral("message says %1 min of running, the week plans %2: %3")
                           .arg(m.captured(1))
                           .arg(planned)
                           .arg(text);
        });
        each(text, thisWeekRe, [&](const QRegularExpressionMatch &m) {
            if (m.captured(1).toInt() != planned)
                bad << QStringLiteral("reason says this week's %1 min, the week plans %2: %3")
                           .arg(m.captured(1))
                           .arg(planned)
                           .arg(text);
        });
        each(text, levelRe, [&](const QRegularExpressionMatch &m) {
            if (m.captured(1).toInt() != week.level)
                bad << QStringLiteral("message says level %1, the week's level is %2")
                           .arg(m.captured(1))
                           .arg(week.level);
        });
        each(text, goalRe, [&](const QRegularExpressionMatch &m) {
            if (m.captured(1).toInt() != week.goal)
                bad << QStringLiteral("message says goal %1, the week's goal is %2").arg(m.captured(1)).arg(week.goal);
        });
        each(text, rungRe, [&](const QRegularExpressionMatch &m) {
            if (!week.ladder || week.ladder->rung != m.captured(1).toInt() || week.ladder->of != m.captured(2).toInt())
                bad << QStringLiteral("message names rung %1 of %2, the week's ladder differs")
                           .arg(m.captured(1), m.captured(2));
        });
        static const QRegularExpression singular(QStringLiteral("\\b1 (times|days|runs|running days|sessions)\\b"));
        if (text.contains(singular))
            bad << QStringLiteral("a plural for one: %1").arg(text);
    }
    return bad;
}

QStringList checkWeek(const PlanInput &in, const Week &week)
{
    QStringList bad;
    auto fail = [&](const QString &what) { bad << what; };
    const Profile &p = in.profile;
    const QDate planFrom = in.planFrom.isValid() ? std::max(in.planFrom, in.weekStart) : in.weekStart;
    const int firstDay = int(std::clamp<qint64>(in.weekStart.daysTo(planFrom), 0, 7));

    // --- Red flags (rule 9, issue 17): every red-flag day after the latest clearance, however old.
    const QDate cleared = in.lastClearance.isValid() && in.lastClearance <= in.historyEnd ? in.lastClearance : QDate();
    bool redFlag = false, urgent = false;
    for (const QList<PainEntry> *list : { &in.painLog, &in.unclearedRedFlags }) {
        for (const PainEntry &e : *list) {
            if (e.date > in.historyEnd || !e.hasRedFlag() || (cleared.isValid() && e.date <= cleared))
                continue;
            redFlag = true;
            urgent = urgent || e.hasUrgentRedFlag();
        }
    }
    const PainZone zone = expectedZone(in);
    bool hasRunHistory = false, legSymptoms = false;
    int longest30 = 0;
    for (const CompletedSession &c : in.completed) {
        if (c.date > in.historyEnd || c.running() <= 0)
            continue;
        hasRunHistory = hasRunHistory || c.date < in.weekStart;
        if (c.date >= in.historyEnd.addDays(-29))
            longest30 = std::max(longest30, c.running());
    }
    for (const PainEntry &e : in.painLog) {
        for (Symptom s : e.symptoms)
            legSymptoms =
                legSymptoms || (isLegSymptom(s) && e.date >= in.historyEnd.addDays(-13) && e.date <= in.historyEnd);
    }

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
    QList<PlannedSession> fresh;
    for (const PlannedSession &s : week.sessions) {
        if (s.id == 0)
            fresh << s;
    }
    for (const PlannedSession &s : fresh) {
        if (!ruleById(s.rule))
            fail(QStringLiteral("session rule '%1' does not resolve").arg(s.rule));
        if (!validateSession(s).ok())
            fail(QStringLiteral("invalid session: %1").arg(validateSession(s).message()));
        if (s.reason.isEmpty() || s.title.isEmpty())
            fail(QStringLiteral("session without title or reason"));
        if (s.date < planFrom || s.date > in.weekStart.addDays(6))
            fail(QStringLiteral("session on %1, outside the days from %2 on")
                     .arg(s.date.toString(Qt::ISODate), planFrom.toString(Qt::ISODate)));
        if (s.reason.contains(forbidden) || s.title.contains(forbidden))
            fail(QStringLiteral("supplement or diet advice"));
        if (s.activity != Activity::Stretch && s.activity != Activity::Strength) { // rule 2 for runs and cardio
            int sum = 0;
            for (const StructureStep &st : s.structure)
                sum += st.minutes;
            if (s.structure.size() != 3 || s.structure.first().part != StepPart::WarmUp
                || s.structure.last().part != StepPart::CoolDown || sum != s.minutes)
                fail(QStringLiteral("%1 on %2 lacks warm-up/main/cool-down adding up").arg(s.title, s.date.toString()));
            else if (s.structure[1].minutes < (s.activity == Activity::Run ? 5 : 10))
                fail(QStringLiteral("%1 on %2 has only %3 min in its main part")
                         .arg(s.title, s.date.toString())
                         .arg(s.structure[1].minutes));
        }
        if (s.activity == Activity::Run) {
            const int warm = s.structure.value(0).minutes;
            if (warm < kWarmUpMinutes || warm > kLongWarmUpMinutes)
                fail(QStringLiteral("run warm-up %1 min").arg(warm));
            if (s.running() > s.minutes || s.running() <= 0)
                fail(QStringLiteral("run with %1 min of running in %2 min").arg(s.running()).arg(s.minutes));
            const QString main = s.structure.value(1).text;
            if (p.experience == Experience::New) {
                const bool walkRun = main.contains(QStringLiteral("walk"));
                const bool continuous = main.contains(QStringLiteral("without stopping"));
                if (!walkRun && !continuous)
                    fail(QStringLiteral("new runner's run is neither walk–run nor continuous: %1").arg(main));
                const int basis = longest30 > 0 ? longest30
                    : hasRunHistory             ? (p.runMinutes + p.runDays - 1) / p.runDays
                                                : kWalkRunFirstLongest;
                if (continuous && floor110(basis) < kContinuousRunMinutes)
                    fail(QStringLiteral("new runner runs continuously before the programme reaches %1 min")
                             .arg(kContinuousRunMinutes));
            }
        }
    }
    for (const Adaptation &a : week.adaptations) {
        if (!ruleById(a.rule))
            fail(QStringLiteral("adaptation rule '%1' does not resolve").arg(a.rule));
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (!a.message.contains(digit))
            fail(QStringLiteral("adaptation names no number: %1").arg(a.message));
        if (a.message.contains(forbidden))
            fail(QStringLiteral("supplement or diet advice"));
    }
    bad << checkMessages(week);

    // --- Per day.
    struct Day
    {
        int stretchMorning = 0, stretchEvening = 0, minutes = 0, training = 0, sessions = 0;
        bool run = false, strength = false;
    };
    std::array<Day, 7> days{};
    QList<std::pair<QDate, int>> freshRuns;
    for (const PlannedSession &s : week.sessions) {
        Day &d = days[size_t(in.weekStart.daysTo(s.date))];
        if (s.activity == Activity::Stretch) {
            (s.timeOfDay == TimeOfDay::Morning ? d.stretchMorning : d.stretchEvening) += 1;
            if (s.timeOfDay == TimeOfDay::Midday)
                fail(QStringLiteral("stretch at midday"));
            const StructureStep &st = s.structure.value(0);
            if (s.id == 0
                && (st.holdSeconds != kStretchHoldSeconds || !st.perSide
                    || s.rule != QLatin1String("hamstring-stretch")))
                fail(QStringLiteral("stretch is not 30 s per leg"));
            if (s.id == 0 && (legSymptoms || p.discHistory || redFlag) && !s.reason.contains(QStringLiteral("leg")))
                fail(QStringLiteral("the stretch does not warn about leg symptoms"));
            if (s.id == 0 && st.text.contains(QStringLiteral("towards your chest")))
                fail(QStringLiteral("the stretch invites pushing"));
            d.minutes += s.minutes;
            continue;
        }
        d.minutes += s.minutes;
        ++d.training;
        if (!s.isSkipped())
            ++d.sessions;
        if (s.activity == Activity::Run) {
            d.run = true;
            if (s.id == 0)
                freshRuns << std::pair{ s.date, s.running() };
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
        if (s.id == 0 && isLowImpact(s.activity) && !p.lowImpact.contains(s.activity))
            fail(QStringLiteral("low-impact activity not among the preferred ones"));
    }
    const WeekTotals t = totalsOf(week);
    bool restDay = false;
    int streak = 0;
    for (int back = 1; back <= 2; ++back) {
        const QDate d = planFrom.addDays(-back);
        bool ran = false;
        for (const CompletedSession &c : in.completed)
            ran = ran || (c.date == d && c.running() > 0);
        if (!ran)
            break;
        streak = back;
    }
    for (int i = 0; i < 7; ++i) {
        const Day &d = days[size_t(i)];
        const auto weekday = Qt::DayOfWeek(i + 1);
        if (i >= firstDay && !urgent && (d.stretchMorning != 1 || d.stretchEvening != 1)) // rule 1
            fail(QStringLiteral("day %1 lacks a morning and an evening stretch").arg(i));
        if (urgent && (d.stretchMorning || d.stretchEvening) && i >= firstDay)
            fail(QStringLiteral("an urgent week plans the stretch on day %1").arg(i));
        restDay = restDay || d.training == 0;
        if (i >= firstDay) {
            streak = d.run ? streak + 1 : 0;
            if (streak > kMaxRunStreakDays) // rule 3
                fail(QStringLiteral("more than two running days in a row (day %1)").arg(i));
        }
        if (i < firstDay)
            continue;
        if (d.training > 0 && !p.isAvailable(weekday)) // rule 11
            fail(QStringLiteral("training on unavailable day %1").arg(i));
        if (d.training > 0 && d.minutes > p.minutesAvailable(weekday)) // rule 11, with the stretches (issue 17)
            fail(QStringLiteral("day %1 has %2 min with the stretches, more than the %3 available")
                     .arg(i)
                     .arg(d.minutes)
                     .arg(p.minutesAvailable(weekday)));
        if (i > 0 && d.strength && days[size_t(i - 1)].strength) // rule 6
            fail(QStringLiteral("strength on consecutive days"));
        if (i == firstDay && d.strength) { // rule 6 across the days before
            for (const CompletedSession &c : in.completed) {
                if (c.activity == Activity::Strength && c.date == planFrom.addDays(-1))
                    fail(QStringLiteral("strength the day after strength"));
            }
        }
        if (zone == PainZone::Amber && i > 0 && d.run && days[size_t(i - 1)].run && !redFlag) // rule 8
            fail(QStringLiteral("amber week with runs on consecutive days"));
    }
    if (!restDay && !urgent) // rule 3
        fail(QStringLiteral("no rest day"));

    // Rule 4 (running minutes of the new runs).
    QList<int> runs;
    for (const auto &r : freshRuns)
        runs << r.second;
    if (runs.size() >= 2) {
        QList<int> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            fail(QStringLiteral("two runs of the same length"));
        int sum = 0;
        for (int r : runs)
            sum += r;
        if (runs.size() >= kMinRunsForLongRun && sorted.last() > std::floor(sum * kLongRunMaxShare + 1e-9))
            fail(QStringLiteral("longest run %1 min is over 40 % of %2 min").arg(sorted.last()).arg(sum));
    }
    // Rule 5.
    if (urgent && !fresh.isEmpty())
        fail(QStringLiteral("urgent red flag but something planned"));
    if (!urgent && t.lowImpactSessions < 1 && !mentions(week.unsatisfied, QStringLiteral("low-impact")))
        fail(QStringLiteral("no low-impact session and nothing said"));
    // Rule 6: two or three, unless the week says the real reason (issue 17).
    if (t.strengthSessions > kMaxStrengthSessions)
        fail(QStringLiteral("more than three strength sessions"));
    if (!redFlag && t.strengthSessions < kMinStrengthSessions) {
        if (!mentions(week.unsatisfied, QStringLiteral("Core strength")))
            fail(QStringLiteral("fewer than two strength sessions and nothing said"));
        const int minutes = week.strengthLevel <= 1 ? 15 : 20;
        int candidates = 0;
        for (int i = firstDay; i < 7; ++i) {
            const Day &d = days[size_t(i)];
            const auto weekday = Qt::DayOfWeek(i + 1);
            const bool room = p.isAvailable(weekday) && d.sessions < 2 && !d.strength
                && d.minutes + minutes <= p.minutesAvailable(weekday) && !(i > 0 && days[size_t(i - 1)].strength)
                && !(i < 6 && days[size_t(i + 1)].strength);
            if (room)
                candidates |= 1 << i;
        }
        for (int a = 0; a < 7; ++a) {
            for (int b = a + 2; b < 7; ++b) {
                if (!(candidates & (1 << a)) || !(candidates & (1 << b)) || t.strengthSessions > 0)
                    continue;
                bool rest = false;
                for (int x = 0; x < 7; ++x)
                    rest = rest || (x != a && x != b && days[size_t(x)].training == 0);
                if (rest) {
                    fail(QStringLiteral("no strength although days %1 and %2 have room (%3)")
                             .arg(a)
                             .arg(b)
                             .arg(week.unsatisfied.join(QLatin1Char(' '))));
                    a = b = 7;
                }
            }
        }
    }
    // Rule 7 with issue 9: the level, the goal, 10 % over the level at most, the easier week.
    int levelBound = std::max(p.runMinutes, in.previousWeekPlannedRunMinutes);
    QHash<QDate, int> plannedBy;
    for (const PastWeek &w : in.pastWeeks) {
        levelBound = std::max(levelBound, w.level);
        plannedBy.insert(w.monday, w.plannedRunMinutes);
        levelBound = std::max(levelBound, w.plannedRunMinutes);
    }
    QHash<QDate, int> doneBy;
    for (const CompletedSession &c : in.completed) {
        if (c.date < in.weekStart)
            doneBy[c.date.addDays(1 - c.date.dayOfWeek())] += c.running();
    }
    for (int v : doneBy)
        levelBound = std::max(levelBound, v);
    if (week.level > levelBound)
        fail(QStringLiteral("level %1 min is more than anything run, planned or stated (%2 min)")
                 .arg(week.level)
                 .arg(levelBound));
    int freshRunning = 0;
    for (int r : runs)
        freshRunning += r;
    const bool walkRunStart = p.experience == Experience::New && !hasRunHistory;
    const int cap = std::max(floor110(week.level), walkRunStart ? kWalkRunFirstWeekMinutes : 0);
    if (freshRunning > cap)
        fail(QStringLiteral("running %1 min over 110 % of the level %2 min").arg(freshRunning).arg(week.level));
    if (freshRunning > std::max(week.goal, walkRunStart ? kWalkRunFirstWeekMinutes : 0))
        fail(QStringLiteral("running %1 min over the goal %2 min").arg(freshRunning).arg(week.goal));
    if (week.goal != p.goal())
        fail(QStringLiteral("goal %1, the profile's is %2").arg(week.goal).arg(p.goal()));
    if (zone == PainZone::Amber && !redFlag
        && freshRunning > std::max(week.level, walkRunStart ? kWalkRunFirstWeekMinutes : 0))
        fail(QStringLiteral("amber week plans %1 min, more than the level %2 min").arg(freshRunning).arg(week.level));
    const int previousPlanned = plannedBy.value(in.weekStart.addDays(-7), in.previousWeekPlannedRunMinutes);
    if (week.easy) {
        if (in.weeksPlannedBefore % kEasyWeekEvery != kEasyWeekEvery - 1)
            fail(QStringLiteral("an easier week out of turn"));
        if (previousPlanned > 0 && t.running > std::floor(previousPlanned * kEasyWeekMaxOfPrevious + 1e-9))
            fail(QStringLiteral("easier week %1 min is more than 85 % of the week before (%2 min)")
                     .arg(t.running)
                     .arg(previousPlanned));
    }
    if (firstDay > 0) {
        int available = 0, rest = 0;
        for (int i = 0; i < 7; ++i) {
            if (p.isAvailable(Qt::DayOfWeek(i + 1))) {
                ++available;
                rest += i >= firstDay;
            }
        }
        const double share = available ? double(rest) / available : 0;
        if (freshRunning > std::floor(std::max(cap, week.goal) * share + 1e-9) && freshRunning > 0)
            fail(QStringLiteral("a mid-week plan runs %1 min, more than the rest of the week's share")
                     .arg(freshRunning));
    }
    // Rule 8.
    if (week.zone != zone)
        fail(QStringLiteral("zone %1, expected %2").arg(int(week.zone)).arg(int(zone)));
    if (zone == PainZone::Red && t.runs > 0 && !fresh.isEmpty() && freshRunning > 0)
        fail(QStringLiteral("running in a red week"));
    if (zone != PainZone::Green && !redFlag) {
        bool named = false;
        for (const Adaptation &a : week.adaptations)
            named = named || a.rule.startsWith(QStringLiteral("pain-"));
        if (!named && (zone == PainZone::Red || freshRunning > 0))
            fail(QStringLiteral("pain zone without an adaptation naming it"));
    }
    if (zone == PainZone::Amber && longest30 > 0) {
        for (int r : runs) {
            if (r > std::max(kMinRunMinutes, int(std::floor(longest30 * kAmberLongestShare + 1e-9))))
                fail(QStringLiteral("amber run of %1 min, not shortened below the longest recent %2 min")
                         .arg(r)
                         .arg(longest30));
        }
    }
    // Rule 9.
    if (week.redFlag != redFlag || week.urgent != urgent || week.clearancePending != redFlag)
        fail(QStringLiteral("red flag %1/%2/%3, expected %4/%5")
                 .arg(week.redFlag)
                 .arg(week.urgent)
                 .arg(week.clearancePending)
                 .arg(redFlag)
                 .arg(urgent));
    if (redFlag) {
        for (const PlannedSession &s : fresh) {
            if (s.activity == Activity::Run || s.activity == Activity::Strength)
                fail(QStringLiteral("running or strength despite a red flag"));
        }
        const Adaptation first = week.adaptations.value(0);
        if (!first.rule.startsWith(QStringLiteral("red-flag")))
            fail(QStringLiteral("red-flag message is not first"));
        if (urgent ? !first.message.contains(QStringLiteral("emergency department"))
                   : !first.message.contains(QStringLiteral("clinician")))
            fail(QStringLiteral("red-flag message lacks the right advice"));
    }
    // Rule 10, and no week-1 spike: without a run in the last 30 days, no run more than 10 % longer than the longest
    // planned before it in the week (as `stats` marks spikes).
    int longestBefore = 0;
    for (const auto &[date, minutes] : freshRuns) {
        int longest = 0; // the runs already done in the 30 days before this run's day
        for (const CompletedSession &c : in.completed) {
            if (c.date >= date.addDays(-30) && c.date < date && c.date <= in.historyEnd)
                longest = std::max(longest, c.running());
        }
        if (longest > 0 && minutes > spikeLimit(longest))
            fail(QStringLiteral("run of %1 min on %2 over 110 % of the longest run of the 30 days before (%3 min)")
                     .arg(minutes)
                     .arg(date.toString(Qt::ISODate))
                     .arg(longest));
        if (longest == 0 && longestBefore > 0 && minutes > spikeLimit(longestBefore))
            fail(QStringLiteral("a spike without history: %1 min after %2 min").arg(minutes).arg(longestBefore));
        longestBefore = std::max(longestBefore, minutes);
    }
    // Rule 12.
    const double m = monotonyOf(week);
    const bool anyTraining = t.runs + t.lowImpactSessions + t.strengthSessions > 0;
    if (anyTraining && m >= kMaxMonotony && !mentions(week.unsatisfied, QStringLiteral("monotony")) && firstDay == 0)
        fail(QStringLiteral("monotony %1 and nothing said").arg(m));
    return bad;
}

} // namespace Stridewise::Test
