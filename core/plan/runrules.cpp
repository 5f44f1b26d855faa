#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>

// The running rules: DESIGN.md rule 7 (progression), 10 (spike guard), 11 (availability), 3 and 4 (days, lengths).

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

int percentOf(int value, double share)
{
    return int(std::floor(value * share + 1e-9));
}

Qt::DayOfWeek weekday(int index)
{
    return Qt::DayOfWeek(index + 1);
}

} // namespace

// Rule 7: at most 110 % of the running completed last week; hold after a poor week; every 4th week easier.
void applyProgression(PlanState &s)
{
    const History &h = s.history;
    const Profile &p = s.input.profile;
    s.maxRunStreak = s.zone == PainZone::Amber ? kAmberMaxRunStreakDays : kMaxRunStreakDays;
    if (s.redFlag || s.zone == PainZone::Red) {
        s.runTarget = 0;
        s.runCountWanted = 0;
        return;
    }
    s.runCountWanted = p.runDays;
    int target = 0;
    if (!h.hasRunHistory && h.lastRunBefore.isValid()) {
        // Runs, but none in the last six weeks: a long break. Restart gently, not at the profile's full minutes.
        target = std::min(p.runMinutes, std::max(kRestartFloorMinutes, percentOf(p.runMinutes, kRestartShare)));
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kProgression),
            tr("Running restarts at %1 min after a break: your last run was on %2, more than six weeks ago.")
                .arg(target)
                .arg(h.lastRunBefore.toString(Qt::ISODate)) };
    } else if (!h.hasRunHistory) {
        target = p.runMinutes;
        if (p.experience == Experience::New && target > kNewRunnerStartMinutes) {
            target = kNewRunnerStartMinutes;
            s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kProgression),
                tr("Starting with %1 min of walk–run this week, not %2 min: no runs are "
                   "logged yet and you are new to running.")
                    .arg(target)
                    .arg(p.runMinutes) };
        }
    } else if (h.previousWeekRunMinutes == 0) {
        const int last = h.lastRunningWeekMinutes > 0 ? h.lastRunningWeekMinutes : p.runMinutes;
        target = std::min(p.runMinutes, std::max(percentOf(last, kRestartShare), kRestartFloorMinutes));
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kProgression),
            tr("Running restarts at %1 min: no runs were completed last week; your last "
               "week with running had %2 min.")
                .arg(target)
                .arg(last) };
    } else {
        const int done = h.previousWeekRunMinutes;
        const int planned = s.input.previousWeekPlannedRunMinutes;
        if (planned > 0 && done < planned * kHoldBelowCompletedShare) {
            target = done;
            s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kProgression),
                tr("Running held at %1 min: last week %1 of the %2 planned minutes were run "
                   "(less than half). Missed sessions are not made up.")
                    .arg(done)
                    .arg(planned) };
        } else {
            target = percentOf(done, kMaxWeeklyIncrease);
        }
    }
    if (s.zone == PainZone::Amber) {
        const int held = h.previousWeekRunMinutes > 0 ? std::min(target, h.previousWeekRunMinutes) : target;
        target = held;
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kPainAmber),
            tr("Running held at %1 min: %2.").arg(held).arg(s.zoneTrigger) };
    }
    // A restart after a week without running is already a step back: no easier week on top of it.
    const bool restarting = (h.hasRunHistory && h.previousWeekRunMinutes == 0) || (!h.hasRunHistory && h.lastRunBefore.isValid());
    if (s.input.weeksPlannedBefore % kEasyWeekEvery == kEasyWeekEvery - 1 && target > 0 && !restarting) {
        const int easy = int(std::lround(target * kEasyWeekShare));
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kEasyWeek),
            tr("Easier week: running at %1 min, about 75 % of %2 min (every fourth week, "
               "after %3 planned weeks in a row).")
                .arg(easy)
                .arg(target)
                .arg(s.input.weeksPlannedBefore) };
        target = easy;
    }
    s.runTarget = std::clamp(target, 0, Limits::kMaxWeeklyRunMinutes);
}

// Rule 10: no single run longer than 110 % of the longest run of the last 30 days.
void applySpikeGuard(PlanState &s)
{
    if (s.history.longestRecentRun > 0)
        s.spikeCap = percentOf(s.history.longestRecentRun, kMaxSingleRunIncrease);
}

// Rule 11: training only on available days, within their minutes (the short stretches go on every day).
void applyAvailability(PlanState &s)
{
    for (int d = 0; d < kDays; ++d) {
        s.available[size_t(d)] = s.input.profile.isAvailable(weekday(d));
        s.budget[size_t(d)] = s.available[size_t(d)] ? s.input.profile.minutesAvailable(weekday(d)) : 0;
    }
}

// Rule 3.
bool runStreakOk(int mask, int streakBefore, int maxStreak)
{
    int streak = streakBefore;
    for (int d = 0; d < kDays; ++d) {
        streak = (mask & (1 << d)) ? streak + 1 : 0;
        if (streak > maxStreak)
            return false;
    }
    return true;
}

// Rule 4.
QList<int> runLengths(int total, const QList<int> &caps, int longIndex)
{
    const int n = int(caps.size());
    QList<int> out(n, 0);
    if (n == 0 || total < kMinRunMinutes)
        return {};
    if (n == 1) {
        out[0] = std::min(total, caps[0]);
    } else if (n == 2) {
        const int other = 1 - longIndex;
        int longer = std::min(caps[longIndex], (total * 11 + 19) / 20); // about 55 %
        int shorter = std::min({ caps[other], total - longer, longer - 1 });
        out[longIndex] = longer;
        out[other] = shorter;
    } else {
        // The others, by cap from largest; the longer run takes at most 40 % and the others fill the rest,
        // kRunLengthStep apart so that no two are the same.
        QList<int> order;
        for (int i = 0; i < n; ++i) {
            if (i != longIndex)
                order << i;
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return caps[a] > caps[b]; });
        const int k = n - 1;
        int longer = std::min(caps[longIndex], percentOf(total, kLongRunMaxShare));
        const int rest = total - longer;
        const int base = (rest - kRunLengthStep * k * (k - 1) / 2) / k;
        QList<int> v(k);
        for (int j = 0; j < k; ++j)
            v[j] = base + kRunLengthStep * (k - 1 - j);
        int sum = 0;
        for (int x : v)
            sum += x;
        v[0] += std::max(0, rest - sum); // rounding left over
        for (int round = 0; round < 200; ++round) {
            for (int j = 0; j < k; ++j) {
                v[j] = std::min({ v[j], caps[order[j]], longer - 1 });
                if (j > 0)
                    v[j] = std::min(v[j], v[j - 1] - 1);
            }
            sum = longer;
            for (int x : v)
                sum += x;
            const int allowed = percentOf(sum, kLongRunMaxShare);
            if (longer <= allowed)
                break;
            longer = allowed;
        }
        out[longIndex] = longer;
        for (int j = 0; j < k; ++j)
            out[order[j]] = v[j];
    }
    for (int m : out) {
        if (m < kMinRunMinutes)
            return {};
    }
    return out;
}

namespace {

/** Rule 3 and 11: the best set of run days of this size, or -1. Fewer back-to-back days first, then room. */
int bestRunMask(const PlanState &s, int count, int preferredLong)
{
    int best = -1;
    std::tuple<int, int, int> bestScore{};
    for (int mask = 1; mask < (1 << kDays); ++mask) {
        if (std::popcount(unsigned(mask)) != count)
            continue;
        bool fits = true;
        int minBudget = 1 << 30;
        for (int d = 0; d < kDays && fits; ++d) {
            if (mask & (1 << d)) {
                fits = s.available[size_t(d)] && s.budget[size_t(d)] >= kMinRunMinutes;
                minBudget = std::min(minBudget, s.budget[size_t(d)]);
            }
        }
        if (!fits || !runStreakOk(mask, s.history.runStreakBefore, s.maxRunStreak))
            continue;
        const int adjacent = std::popcount(unsigned(mask & (mask >> 1)));
        const std::tuple<int, int, int> score{ (mask & (1 << preferredLong)) ? 0 : 1, adjacent, -minBudget };
        if (best < 0 || score < bestScore) {
            best = mask;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

// Rules 3 and 4: which days carry a run and how long each is.
void planRuns(PlanState &s)
{
    const int wanted = s.runCountWanted;
    if (wanted == 0 || s.runTarget <= 0)
        return;
    if (s.runTarget < kMinRunMinutes) {
        s.unsatisfied << tr("No run this week: %1 min of running is too little for one run of at least %2 min "
                            "with its warm-up and cool-down.")
                             .arg(s.runTarget)
                             .arg(kMinRunMinutes);
        return;
    }
    const int preferredLong = dayIndex(s.input.profile.longRunDay);
    int count = wanted;
    int mask = -1;
    QList<int> days;
    QList<int> lengths;
    int longIndex = 0;
    for (; count >= 1; --count) {
        mask = bestRunMask(s, count, preferredLong);
        if (mask < 0)
            continue;
        days.clear();
        QList<int> caps;
        longIndex = -1;
        for (int d = 0; d < kDays; ++d) {
            if (!(mask & (1 << d)))
                continue;
            if (d == preferredLong)
                longIndex = int(days.size());
            days << d;
            int cap = std::min(s.budget[size_t(d)], Limits::kMaxSessionMinutes);
            if (s.spikeCap > 0)
                cap = std::min(cap, s.spikeCap);
            caps << cap;
        }
        if (longIndex < 0) { // the day with the most room (the later one on a tie)
            longIndex = 0;
            for (int i = 1; i < days.size(); ++i) {
                if (s.budget[size_t(days[i])] >= s.budget[size_t(days[longIndex])])
                    longIndex = i;
            }
        }
        lengths = runLengths(s.runTarget, caps, longIndex);
        if (!lengths.isEmpty())
            break;
    }
    if (count < wanted) {
        if (bestRunMask(s, wanted, preferredLong) >= 0) { // the days were there; the minutes were not
            s.unsatisfied << tr("%1 of the %2 running days you want fit this week: %3 min of running is too little "
                                "for %2 runs of at least %4 min, each a different length.")
                                 .arg(std::max(count, 0))
                                 .arg(wanted)
                                 .arg(s.runTarget)
                                 .arg(kMinRunMinutes);
        } else {
            s.unsatisfied << tr("%1 of the %2 running days you want fit this week: runs need available days with "
                                "at least %3 min each and no more than %4 running days in a row.")
                                 .arg(std::max(count, 0))
                                 .arg(wanted)
                                 .arg(kMinRunMinutes)
                                 .arg(s.maxRunStreak);
        }
    }
    if (count < 1)
        return;
    int planned = 0;
    for (int i = 0; i < days.size(); ++i) {
        s.runMinutes[size_t(days[i])] = lengths[i];
        planned += lengths[i];
    }
    s.longRunDay = days[longIndex];
    // Rule 10 tells when it shortened a run.
    const int longest = *std::max_element(lengths.begin(), lengths.end());
    if (s.spikeCap > 0 && longest == s.spikeCap) {
        s.spikeCapBound = true;
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kSpikeGuard),
            tr("Longest run kept to %1 min: 110 % of your longest run in the last 30 days "
               "(%2 min).")
                .arg(s.spikeCap)
                .arg(s.history.longestRecentRun) };
    }
    if (planned < s.runTarget - count * kRunLengthStep && !s.spikeCapBound) {
        s.unsatisfied << tr("Running planned at %1 min, not %2 min: the days and minutes you have leave no more "
                            "room.")
                             .arg(planned)
                             .arg(s.runTarget);
    }
    // Rule 8 amber: the longer run becomes a low-impact session of similar length on the same day. With a
    // single run there is no "longer" one; swapping it would stop running, which is the red zone's call.
    if (s.swapLongRun && count >= 2) {
        s.swapDay = s.longRunDay;
        s.swapMinutes = std::max(s.runMinutes[size_t(s.swapDay)], kMinLowImpactMinutes);
        s.runMinutes[size_t(s.swapDay)] = 0;
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kPainAmber),
            tr("The %1-min longer run on %2 becomes a %1-min low-impact session, and no two "
               "runs fall on consecutive days: %3.")
                .arg(s.swapMinutes)
                .arg(Labels::weekday(weekday(s.swapDay)))
                .arg(s.zoneTrigger) };
        QList<int> restDays;
        QList<int> rest;
        for (int d = 0; d < kDays; ++d) {
            if (s.runMinutes[size_t(d)] > 0) {
                restDays << d;
                rest << s.runMinutes[size_t(d)];
            }
        }
        if (rest.size() >= kMinRunsForLongRun) {
            int sum = 0;
            for (int m : rest)
                sum += m;
            if (*std::max_element(rest.begin(), rest.end()) > percentOf(sum, kLongRunMaxShare)) {
                // Rare: with caps the others can be uneven; re-share them so rule 4 still holds.
                QList<int> caps;
                int top = 0;
                for (int i = 0; i < restDays.size(); ++i) {
                    caps << rest[i];
                    if (rest[i] > rest[top])
                        top = i;
                }
                const QList<int> again = runLengths(sum, caps, top);
                for (int i = 0; i < restDays.size(); ++i)
                    s.runMinutes[size_t(restDays[i])] = again.isEmpty() ? 0 : again[i];
            }
        }
    }
}

} // namespace Stridewise::PlanRules
