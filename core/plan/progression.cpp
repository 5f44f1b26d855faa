#include "core/model/validation.h"
#include "core/plan/planrules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

// Progression (issue 9) within DESIGN.md rule 7, the spike guard (rule 10) and the days and minutes (rule 11):
// the current level, the goal, the return ladder, the walk–run programme, the easier fourth week.

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

QString trn(const char *singular, const char *plural, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", n == 1 ? singular : plural, nullptr, n);
}

int floorOf(double value)
{
    return int(std::floor(value + 1e-9));
}

Qt::DayOfWeek weekday(int index)
{
    return Qt::DayOfWeek(index + 1);
}

/**
 * Walk–run intervals for a new runner by the week's longest running part (our judgement, in the manner of public
 * beginner programmes): 1 min running with 1½ min walking at first, longer runs and shorter walks as the longest
 * grows, continuous running from kContinuousRunMinutes. {0, 0} means continuous.
 */
std::pair<int, int> newRunnerIntervals(int longest)
{
    static constexpr std::pair<int, int> kStages[] = {
        { 60, 90 }, // up to 12 min
        { 90, 90 }, // 13
        { 120, 90 }, // 14
        { 150, 90 }, // 15
        { 180, 90 }, // 16
        { 240, 90 }, // 17
        { 300, 60 }, // 18
        { 480, 60 }, // 19
    };
    if (longest >= kContinuousRunMinutes)
        return { 0, 0 };
    return kStages[std::clamp(longest - 12, 0, 7)];
}

} // namespace

// Rule 11 and the re-plan: which days may get new sessions, and how many minutes are left on each. The two daily
// stretches (6 min) count in the day's minutes (issue 17), so a 20-min day leaves 14 min for the rest.
void prepareDays(PlanState &s)
{
    const PlanInput &in = s.input;
    const QDate planFrom = in.planFrom.isValid() ? std::max(in.planFrom, in.weekStart) : in.weekStart;
    s.firstDay = int(std::clamp<qint64>(in.weekStart.daysTo(planFrom), 0, kDays));
    for (int d = 0; d < kDays; ++d) {
        const size_t i = size_t(d);
        s.available[i] = in.profile.isAvailable(weekday(d)) && d >= s.firstDay;
        s.budget[i] = s.available[i]
            ? std::max(0, in.profile.minutesAvailable(weekday(d)) - kStretchesPerDay * kStretchMinutes)
            : 0;
    }
    for (const PlannedSession &k : in.kept) {
        const qint64 d = in.weekStart.daysTo(k.date);
        if (d < 0 || d >= kDays)
            continue;
        s.keptRunning += k.running();
        if (k.isSkipped() || k.activity == Activity::Stretch)
            continue;
        const size_t i = size_t(d);
        const bool counts = k.isDone() || d >= s.firstDay; // a session missed before today counts for nothing
        if (k.activity == Activity::Strength && counts) {
            ++s.keptStrengthCount;
            s.keptStrength[i] = true;
        }
        if (isLowImpact(k.activity) && counts) {
            ++s.keptLowImpactCount;
            s.keptLowImpact[i] = true;
        }
        if (d < s.firstDay)
            continue;
        if (k.activity == Activity::Run)
            s.keptRun[i] = true;
        s.keptMinutes[i] += k.minutes;
        s.budget[i] = std::max(0, s.budget[i] - k.minutes);
    }
}

// Rule 7 with issue 9's objective: the level moves toward the goal by at most 10 %; missed sessions never lower it;
// after a flare or a break the return ladder climbs back; new runners start a walk–run programme in week 1.
void applyProgression(PlanState &s)
{
    const History &h = s.history;
    const Profile &p = s.input.profile;
    s.goal = p.goal();
    s.newRunner = p.experience == Experience::New;
    s.maxRunStreak = s.zone == PainZone::Amber ? kAmberMaxRunStreakDays : kMaxRunStreakDays;

    // The level: what the runner showed they can do in the last 4 weeks with running. A week's capacity is its planned
    // running times how fully the runs that were done were done (missed runs do not count, over-running is not
    // credited); without a saved plan it is the running done. The latest week with running, or the mean of the 3
    // latest, whichever is higher; an easier week counts only when there is nothing else.
    struct Capacity
    {
        int minutes;
        bool easy;
    };
    QList<Capacity> capacities;
    int considered = 0;
    for (const HistoryWeek &w : h.weeks) {
        // Weeks that planned no running (a red week, a red-flag week) are no evidence either way: the window is the
        // last 4 weeks that planned or had running, within the 6 weeks of history.
        if (!w.complete || (w.runsDone == 0 && !(w.planKnown && w.plannedRunMinutes > 0)))
            continue;
        if (++considered > kLevelWindowWeeks)
            break;
        if (w.runsDone == 0)
            continue;
        const double ratio = w.plannedOfDone > 0 ? std::min(1.0, double(w.runDone) / w.plannedOfDone) : 1.0;
        const int capacity =
            w.planKnown && w.plannedRunMinutes > 0 ? int(std::lround(w.plannedRunMinutes * ratio)) : w.runDone;
        capacities << Capacity{ capacity, w.easy };
    }
    QList<int> usable;
    for (const Capacity &c : capacities) {
        if (!c.easy)
            usable << c.minutes;
    }
    if (usable.isEmpty()) {
        for (const Capacity &c : capacities)
            usable << c.minutes;
    }
    int storedLevel = 0;
    for (const HistoryWeek &w : h.weeks) {
        if (w.storedLevel > 0) {
            storedLevel = w.storedLevel;
            break;
        }
    }
    int olderRunning = 0;
    for (const HistoryWeek &w : h.weeks) {
        if (w.runDone > 0) {
            olderRunning = w.runDone;
            break;
        }
    }
    const bool everRan = h.hasRunHistory || h.lastRunBefore.isValid() || storedLevel > 0;
    if (!usable.isEmpty()) {
        double mean = 0;
        const int n = int(std::min<qsizetype>(usable.size(), kLevelMeanWeeks));
        for (int i = 0; i < n; ++i)
            mean += usable[i];
        s.level = std::max(usable.first(), int(std::lround(mean / n)));
    } else if (storedLevel > 0) {
        s.level = storedLevel; // the level before a break, as the last plan saw it
    } else if (olderRunning > 0) {
        s.level = olderRunning;
    } else {
        s.level = p.runMinutes; // no running known: the profile's stated minutes stand for the history
    }
    s.level = std::clamp(s.level, 0, Limits::kMaxWeeklyRunMinutes);

    if (s.redFlag || s.zone == PainZone::Red) {
        s.progression = Progression::None;
        s.runTarget = 0;
        s.runCountWanted = 0;
        return;
    }

    // Weeks without running, newest first (a week still in progress is neither).
    int weeksOff = 0;
    for (const HistoryWeek &w : h.weeks) {
        if (!w.complete)
            continue;
        if (w.runsDone > 0)
            break;
        ++weeksOff;
    }
    const HistoryWeek &last = h.weeks[0];

    // The return ladder (issue 9): after a cleared red flag, a red week or two weeks or more without running.
    int reference = std::max({ s.level, storedLevel, last.ladder ? last.ladder->reference : 0 });
    for (const HistoryWeek &w : h.weeks)
        reference = std::max(reference, w.storedLevel);
    reference = std::min(reference, s.goal);
    std::optional<LadderRung> ladder;
    auto start = [&](bool walkRun, const QString &why) {
        LadderRung r;
        r.rung = 1;
        r.of = kLadderRungs;
        r.reference = last.ladder ? std::max(reference, std::min(last.ladder->reference, s.goal)) : reference;
        r.walkRun = walkRun;
        r.reason = why;
        ladder = r;
    };
    if (everRan && reference > 0) {
        if (h.clearedAfterRedFlag) {
            start(true, tr("after the red flag a clinician cleared on %1").arg(h.lastClearance.toString(Qt::ISODate)));
        } else if (last.planKnown && last.zone == PainZone::Red && !last.redFlag) {
            start(false, tr("after the red week of %1").arg(last.monday.toString(Qt::ISODate)));
        } else if (weeksOff >= kLadderAfterWeeksOff || (!h.hasRunHistory && h.lastRunBefore.isValid())) {
            start(false,
                weeksOff >= kHistoryWeeks || !h.hasRunHistory
                    ? tr("after more than %1 weeks without running").arg(kHistoryWeeks)
                    : trn("after %n week without running", "after %n weeks without running", weeksOff));
        } else if (last.ladder) {
            LadderRung r = *last.ladder;
            const bool moveUp = last.complete && last.runsDone > 0 && s.zone == PainZone::Green;
            if (moveUp)
                ++r.rung;
            r.walkRun = r.walkRun && !moveUp;
            if (r.rung <= r.of)
                ladder = r;
            else
                s.ladderDone = true;
        }
    }

    int target = 0;
    if (ladder) {
        s.ladder = ladder;
        s.progression = Progression::Ladder;
        const int rungTarget = int(std::lround(kLadderShares[ladder->rung - 1] * ladder->reference));
        // Rule 7's step still caps a rung, measured against the level (which remembers the weeks before the flare).
        target = std::min({ rungTarget, floorOf(s.level * kMaxWeeklyIncrease), s.goal });
        if (s.zone == PainZone::Amber) // amber holds the rung, and never above the level (rule 8)
            target = std::min(target, s.level);
        s.walkRun = ladder->walkRun || target < kMinRunMinutes;
    } else if (!everRan) {
        if (s.newRunner) {
            s.progression = Progression::WalkRunStart;
            target = std::min(std::max(kWalkRunFirstWeekMinutes, std::min(p.runMinutes, s.goal)), s.goal);
        } else {
            s.progression = Progression::Stated;
            target = std::min(s.level, s.goal);
        }
    } else if (!last.complete) {
        s.progression = Progression::HoldInProgress;
        target = std::min(s.level, s.goal);
    } else if (last.runsDone == 0) {
        s.progression = Progression::HoldNoRun;
        target = std::min(s.level, s.goal);
    } else {
        double doneShare = 1.0;
        if (last.plannedRuns > 0)
            doneShare = double(last.runsDone) / last.plannedRuns;
        else if (last.planKnown && last.plannedRunMinutes > 0)
            doneShare = double(last.runDone) / last.plannedRunMinutes;
        const bool overDone = (last.planKnown && last.plannedRunMinutes > 0
                                  && last.runDone > last.plannedRunMinutes * kOverCompletionShare)
            || last.highEffortEasyRuns >= kHighEffortRunsToHold || !h.spikes.isEmpty();
        if (overDone) {
            s.progression = Progression::HoldOverDone;
            target = std::min(s.level, s.goal);
        } else if (doneShare + 1e-9 < kProgressDoneShare) {
            s.progression = Progression::HoldMissed;
            target = std::min(s.level, s.goal);
        } else if (s.level >= s.goal) {
            s.progression = Progression::AtGoal;
            target = s.goal;
        } else {
            s.progression = Progression::Step;
            target = std::min(s.goal, floorOf(s.level * kMaxWeeklyIncrease));
        }
    }
    if (s.zone == PainZone::Amber && s.progression != Progression::Ladder
        && s.progression != Progression::WalkRunStart) {
        s.progression = Progression::HoldAmber;
        target = std::min(target, std::min(s.level, s.goal));
    }
    target = std::clamp(target, 0, Limits::kMaxWeeklyRunMinutes);

    // The new runner's walk–run programme lasts until the longest run is continuous.
    const bool inProgramme = s.newRunner && h.longestRecentRun < kContinuousRunMinutes;
    s.runCountWanted = p.runDays;

    // Rule 7: every fourth week easier, at most 85 % of the week before; never on the ladder or a first week.
    const bool fourth = s.input.weeksPlannedBefore % kEasyWeekEvery == kEasyWeekEvery - 1;
    if (fourth && target > 0 && s.progression != Progression::Ladder && s.progression != Progression::WalkRunStart
        && s.progression != Progression::Stated) {
        int easy = int(std::lround(target * kEasyWeekShare));
        if (last.planKnown && last.plannedRunMinutes > 0)
            easy = std::min(easy, floorOf(last.plannedRunMinutes * kEasyWeekMaxOfPrevious));
        const int least = inProgramme || s.walkRun ? minimumForRuns(1, kMinWalkRunMinutes) : kMinRunMinutes;
        if (easy < least) {
            s.easySkipped = tr("No easier week this time: %1 min of running would be too little for one run of at "
                               "least %2 min, so running stays as it is.")
                                .arg(easy)
                                .arg(least);
        } else {
            s.easy = true;
            s.easyBase = target;
            target = easy;
            // A walk–run week drops one session and keeps the longest one's step (our judgement): with three
            // sessions the longest could not grow inside a week 15 % smaller (rule 4's 40 %).
            if (inProgramme)
                s.runCountWanted = std::max(2, p.runDays - 1);
        }
    }
    s.weekTarget = target;

    // Plan from today (issue 9): the rest of the week gets its share of the target, and what was run this week
    // before today counts; the kept sessions from today on count too.
    int available = 0, rest = 0;
    for (int d = 0; d < kDays; ++d) {
        if (p.isAvailable(weekday(d))) {
            ++available;
            rest += d >= s.firstDay;
        }
    }
    int restTarget = target;
    if (s.firstDay > 0) {
        const double share = available > 0 ? double(rest) / available : 0.0;
        // What the days already past ran, or planned when a re-plan keeps their sessions (a missed run is not
        // made up), comes off the week's target.
        int doneEarlier = 0, plannedEarlier = 0;
        for (const CompletedSession &c : s.input.completed) {
            if (c.date >= s.input.weekStart && c.date < s.input.weekStart.addDays(s.firstDay))
                doneEarlier += c.running();
        }
        for (const PlannedSession &k : s.input.kept) {
            if (k.date >= s.input.weekStart && k.date < s.input.weekStart.addDays(s.firstDay))
                plannedEarlier += k.running();
        }
        restTarget = std::max(0, std::min(floorOf(target * share), target - std::max(doneEarlier, plannedEarlier)));
        s.runCountWanted = std::clamp(int(std::lround(s.runCountWanted * share)), rest > 0 ? 1 : 0, s.runCountWanted);
    }
    int keptLater = 0, keptLaterRuns = 0;
    for (const PlannedSession &k : s.input.kept) {
        const qint64 d = s.input.weekStart.daysTo(k.date);
        if (k.activity == Activity::Run && !k.isSkipped() && d >= s.firstDay && d < kDays) {
            keptLater += k.isDone() ? k.runningDone() : k.running();
            ++keptLaterRuns;
        }
    }
    s.runTarget = std::max(0, restTarget - keptLater);
    s.runCountWanted = std::max(0, s.runCountWanted - keptLaterRuns);
}

int spikeLimit(int longest)
{
    const int limit = floorOf(longest * kMaxSingleRunIncrease);
    return longest > 0 && longest < kSpikeMinuteStepBelow ? std::max(limit, longest + 1) : limit;
}

// Rule 10: no single run longer than 110 % of the longest run of the last 30 days. Without a run in those 30 days
// the profile's stated minutes stand for the history (issue 17: no week-1 spikes): as if the runner had run them in
// even runs; a new runner starts from the programme's first week. And then no run is more than 10 % longer than the
// longest run before it in the same week either, as `stats` would count it.
void applySpikeGuard(PlanState &s)
{
    const History &h = s.history;
    const Profile &p = s.input.profile;
    if (h.longestRecentRun > 0) {
        s.spikeBase = h.longestRecentRun;
    } else {
        s.spikeVirtual = true;
        s.chain = true;
        if (s.newRunner && !h.hasRunHistory)
            s.spikeBase = kWalkRunFirstLongest;
        else if (p.runMinutes > 0)
            s.spikeBase = (p.runMinutes + p.runDays - 1) / p.runDays;
        else
            s.spikeBase =
                std::max(1, (s.runTarget + std::max(1, s.runCountWanted) - 1) / std::max(1, s.runCountWanted));
    }
    s.spikeCap = spikeLimit(s.spikeBase);
    const int virtualCap = h.longestRecentRun > 0 ? 0 : spikeLimit(s.spikeBase); // 0 unless no run in the 30 days
    for (int d = 0; d < kDays; ++d) {
        const QDate day = s.input.weekStart.addDays(d);
        int longest = 0;
        for (const CompletedSession &c : s.input.completed) {
            if (c.date >= day.addDays(-kSpikeWindowDays) && c.date < day && c.date <= s.input.historyEnd)
                longest = std::max(longest, c.running());
        }
        s.spikeBaseOn[size_t(d)] = longest;
        if (longest > 0) {
            s.spikeCapOn[size_t(d)] = spikeLimit(longest);
        } else {
            // The older runs have left the 30 days by this day: as without history, no run more than 10 % longer
            // than the longest before it this week, and no more than the profile's even share.
            s.chain = true;
            s.spikeCapOn[size_t(d)] =
                virtualCap > 0 ? virtualCap : spikeLimit(std::max(1, (p.runMinutes + p.runDays - 1) / p.runDays));
            // A few stated minutes still allow one short run, or a walk–run, not none.
            s.spikeCapOn[size_t(d)] =
                std::max(s.spikeCapOn[size_t(d)], s.newRunner || s.walkRun ? kMinWalkRunMinutes : kMinRunMinutes);
        }
    }
    // Rule 8 amber: the longer run is shortened, not removed (issue 17): at most 90 % of the longest recent run.
    if (s.zone == PainZone::Amber && h.longestRecentRun > 0)
        s.amberCap = std::max(kMinRunMinutes, floorOf(h.longestRecentRun * kAmberLongestShare));

    // Walk–run structure: a new runner's intervals follow the week's longest run; the ladder's walk–run rung uses
    // 4 min running and 1 min walking.
    if (s.newRunner && !s.walkRun) {
        const auto [run, walk] = newRunnerIntervals(s.spikeCap);
        s.walkRun = run > 0;
        s.intervalRunSeconds = run;
        s.intervalWalkSeconds = walk;
    } else if (s.walkRun) {
        s.intervalRunSeconds = kLadderWalkRunRunSeconds;
        s.intervalWalkSeconds = kLadderWalkRunWalkSeconds;
    }
    const bool walkRun = s.walkRun;
    const bool framed = s.newRunner || s.walkRun; // a walk before and after the running part
    const int runSeconds = s.intervalRunSeconds;
    const int walkSeconds = s.intervalWalkSeconds;
    s.sessionMinutes = [=](int running) {
        if (walkRun)
            return kWarmUpMinutes + walkRunMainMinutes(running, runSeconds, walkSeconds) + kCoolDownMinutes;
        if (framed)
            return kWarmUpMinutes + running + kCoolDownMinutes;
        return running;
    };
}

} // namespace Stridewise::PlanRules
