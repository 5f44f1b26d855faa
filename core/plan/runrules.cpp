#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

// The running days and lengths: DESIGN.md rules 3 and 4, within 7 (the target), 8 (amber), 10 and 11 (caps).

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

int percentOf(int value, double share)
{
    return int(std::floor(value * share + 1e-9));
}

bool valid(const QList<int> &lengths, const QList<int> &caps, int longIndex, int total, int minLength)
{
    const int n = int(lengths.size());
    if (n != caps.size() || n == 0)
        return false;
    int sum = 0;
    for (int i = 0; i < n; ++i) {
        if (lengths[i] < minLength || lengths[i] > caps[i])
            return false;
        if (i != longIndex && lengths[i] >= lengths[longIndex])
            return false;
        for (int j = 0; j < i; ++j) {
            if (lengths[i] == lengths[j])
                return false;
        }
        sum += lengths[i];
    }
    if (sum > total)
        return false;
    return n < kMinRunsForLongRun || lengths[longIndex] <= percentOf(sum, kLongRunMaxShare);
}

QList<int> grow(
    QList<int> out, const QList<int> &caps, int longIndex, int total, int minLength, const QList<int> &others);

/**
 * The others at the least distinct lengths from minLength, the longer run as long as rule 4 and the caps allow, then
 * the rest of the total shared out while every constraint holds. Used when the even spread does not fit.
 */
QList<int> leastLengths(int total, const QList<int> &caps, int longIndex, int minLength)
{
    const int n = int(caps.size());
    QList<int> others;
    for (int i = 0; i < n; ++i) {
        if (i != longIndex)
            others << i;
    }
    std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return caps[a] < caps[b]; });
    QList<int> out(n, 0);
    int value = minLength;
    int sum = 0;
    for (int i : others) {
        if (caps[i] < value)
            return {};
        out[i] = value++;
        sum += out[i];
    }
    const int most = n >= kMinRunsForLongRun ? percentOf(sum * 2, 1.0 / 3.0) : std::numeric_limits<int>::max() / 4;
    out[longIndex] = std::min({ caps[longIndex], total - sum, most });
    if (out[longIndex] < value || out[longIndex] < minLength)
        return {};
    return grow(out, caps, longIndex, total, minLength, others);
}

/**
 * Shares out what is left of the total: the longer run first, then the others from the one with the most room, a
 * minute at a time while every constraint holds. `others` are the indices other than longIndex, by cap ascending.
 */
QList<int> grow(
    QList<int> out, const QList<int> &caps, int longIndex, int total, int minLength, const QList<int> &others)
{
    for (bool grew = true; grew;) {
        grew = false;
        int current = 0;
        for (int x : out)
            current += x;
        if (current >= total)
            break;
        QList<int> candidate = out;
        ++candidate[longIndex];
        if (valid(candidate, caps, longIndex, total, minLength)) {
            out = candidate;
            grew = true;
            continue;
        }
        for (auto it = others.crbegin(); it != others.crend(); ++it) {
            candidate = out;
            ++candidate[*it];
            if (valid(candidate, caps, longIndex, total, minLength)) {
                out = candidate;
                grew = true;
                break;
            }
        }
    }
    return valid(out, caps, longIndex, total, minLength) ? out : QList<int>();
}

} // namespace

int minimumForRuns(int runs, int minLength)
{
    if (runs <= 0)
        return 0;
    if (runs == 1)
        return minLength;
    if (runs == 2)
        return 2 * minLength + 1;
    const int others = (runs - 1) * minLength + (runs - 1) * (runs - 2) / 2;
    int longer = minLength + runs - 1;
    while (longer > percentOf(others + longer, kLongRunMaxShare))
        ++longer; // only for tiny lengths; never for 15-min runs
    return others + longer;
}

// Rule 3.
bool runStreakOk(int mask, int streakBefore, int maxStreak, int from)
{
    int streak = streakBefore;
    for (int d = from; d < kDays; ++d) {
        streak = (mask & (1 << d)) ? streak + 1 : 0;
        if (streak > maxStreak)
            return false;
    }
    return true;
}

// Rule 4.
QList<int> runLengths(int total, const QList<int> &caps, int longIndex, int minLength)
{
    const int n = int(caps.size());
    if (n == 0 || total < minimumForRuns(n, minLength))
        return {};
    QList<int> out(n, 0);
    if (n == 1) {
        out[0] = std::min(total, caps[0]);
    } else if (n == 2) {
        const int other = 1 - longIndex;
        int longer = std::min(caps[longIndex], (total * 11 + 19) / 20); // about 55 %
        int shorter = std::min({ caps[other], total - longer, longer - 1 });
        if (shorter < minLength) { // 33 min make 15 + 18, not one run (issue 17)
            shorter = std::min(caps[other], minLength);
            longer = std::min(caps[longIndex], total - shorter);
        }
        out[longIndex] = longer;
        out[other] = shorter;
    } else {
        // The others, by cap from largest (the later day first among equal caps, so lengths rise through the week);
        // the longer run takes at most 40 % and the others fill the rest, kRunLengthStep apart.
        QList<int> order;
        for (int i = 0; i < n; ++i) {
            if (i != longIndex)
                order << i;
        }
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return caps[a] > caps[b] || (caps[a] == caps[b] && a > b); });
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
    if (valid(out, caps, longIndex, total, minLength)) {
        // The even spread can leave minutes unused against the caps: share them out too.
        QList<int> others;
        for (int i = 0; i < n; ++i) {
            if (i != longIndex)
                others << i;
        }
        std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return caps[a] < caps[b]; });
        return grow(out, caps, longIndex, total, minLength, others);
    }
    return leastLengths(total, caps, longIndex, minLength);
}

namespace {

/**
 * Rule 3 and 11: every set of new run days of this size that fits, best first: the long-run day, then fewer
 * back-to-back days, then room.
 */
QList<int> runMasks(const PlanState &s, int count, int preferredLong, int minLength, const std::array<int, kDays> &caps)
{
    int keptMask = 0;
    for (int d = 0; d < kDays; ++d) {
        if (s.keptRun[size_t(d)])
            keptMask |= 1 << d;
    }
    QList<std::pair<std::tuple<int, int, int>, int>> scored;
    for (int mask = 1; mask < (1 << kDays); ++mask) {
        if (std::popcount(unsigned(mask)) != count)
            continue;
        bool fits = true;
        int minCap = 1 << 30;
        for (int d = 0; d < kDays && fits; ++d) {
            if (mask & (1 << d)) {
                fits = s.available[size_t(d)] && !s.keptRun[size_t(d)] && caps[size_t(d)] >= minLength;
                minCap = std::min(minCap, caps[size_t(d)]);
            }
        }
        if (!fits || !runStreakOk(mask | keptMask, s.history.runStreakBefore, s.maxRunStreak, s.firstDay))
            continue;
        const int adjacent = std::popcount(unsigned((mask | keptMask) & ((mask | keptMask) >> 1)));
        scored << std::pair{ std::tuple{ (mask & (1 << preferredLong)) ? 0 : 1, adjacent, -minCap }, mask };
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> out;
    for (const auto &entry : scored)
        out << entry.second;
    return out;
}

} // namespace

// Rules 3 and 4: which days carry a run and how long each is (in running minutes).
void planRuns(PlanState &s)
{
    const int wanted = s.runCountWanted;
    if (wanted == 0 || s.runTarget <= 0)
        return;
    const int minLength = s.walkRun ? kMinWalkRunMinutes : kMinRunMinutes;
    if (s.runTarget < minLength) {
        s.unsatisfied << tr("No run this week: %1 min of running is too little for one run of at least %2 min "
                            "with its warm-up and cool-down.")
                             .arg(s.runTarget)
                             .arg(minLength);
        return;
    }
    // Rule 11 (and 8 amber, 10): the most running each day can take.
    std::array<int, kDays> caps{};
    for (int d = 0; d < kDays; ++d) {
        const int budget = std::min(s.budget[size_t(d)], Limits::kMaxSessionMinutes);
        int cap = 0;
        for (int r = budget; r >= 1; --r) {
            if (s.sessionMinutes(r) <= budget) {
                cap = r;
                break;
            }
        }
        cap = std::min(cap, s.spikeCapOn[size_t(d)]);
        if (s.amberCap > 0)
            cap = std::min(cap, s.amberCap);
        caps[size_t(d)] = cap;
    }
    const int preferredLong = dayIndex(s.input.profile.longRunDay);
    // Every count from the wanted one down and every set of days: the most running wins (up to the target), then
    // more runs, then the better days. Fewer, longer runs beat one short run when the minutes are short (issue 9).
    struct Choice
    {
        int total = -1;
        int count = 0;
        QList<int> days;
        QList<int> lengths;
        int longIndex = 0;
    };
    Choice best;
    for (int n = wanted; n >= 1; --n) {
        for (int mask : runMasks(s, n, preferredLong, minLength, caps)) {
            QList<int> days;
            QList<int> dayCaps;
            int longIndex = -1;
            for (int d = 0; d < kDays; ++d) {
                if (!(mask & (1 << d)))
                    continue;
                if (d == preferredLong)
                    longIndex = int(days.size());
                days << d;
                dayCaps << caps[size_t(d)];
            }
            if (longIndex < 0) { // the day with the most room (the later one on a tie)
                longIndex = 0;
                for (int i = 1; i < days.size(); ++i) {
                    if (dayCaps[i] >= dayCaps[longIndex])
                        longIndex = i;
                }
            }
            QList<int> lengths = runLengths(s.runTarget, dayCaps, longIndex, minLength);
            // Rule 10 inside the week when no run of the last 30 days sets the bar: no run more than 10 % longer
            // than the longest one before it this week (as `stats` marks spikes).
            for (int round = 0; s.chain && !lengths.isEmpty() && round < 40; ++round) {
                int longestBefore = 0;
                bool changed = false;
                for (int i = 0; i < days.size(); ++i) {
                    if (longestBefore > 0 && s.spikeBaseOn[size_t(days[i])] == 0) {
                        const int bound = spikeLimit(longestBefore);
                        if (lengths[i] > bound) {
                            dayCaps[i] = std::min(dayCaps[i], bound);
                            changed = true;
                            break;
                        }
                    }
                    longestBefore = std::max(longestBefore, lengths[i]);
                }
                if (!changed)
                    break;
                lengths = runLengths(s.runTarget, dayCaps, longIndex, minLength);
            }
            if (lengths.isEmpty())
                continue;
            int total = 0;
            for (int x : lengths)
                total += x;
            if (total > best.total)
                best = Choice{ total, n, days, lengths, longIndex };
        }
        if (best.total >= s.runTarget - n * kRunLengthStep && best.count == n)
            break; // this many runs carry (nearly) the whole target: no need to look at fewer
    }
    const int count = best.total < 0 ? 0 : best.count;
    const QList<int> days = best.days;
    const QList<int> lengths = best.lengths;
    const int longIndex = best.longIndex;
    if (count < wanted) {
        const int needed = minimumForRuns(wanted, minLength);
        const bool daysThere = !runMasks(s, wanted, preferredLong, minLength, caps).isEmpty();
        if (s.firstDay > 0 && !daysThere) {
            s.unsatisfied << trn("Planned from %2 on: %n run fits in the days left this week.",
                "Planned from %2 on: %n runs fit in the days left this week.", std::max(count, 0))
                                 .arg(s.input.weekStart.addDays(s.firstDay).toString(Qt::ISODate));
        } else if (daysThere && s.runTarget < needed) { // the days were there; the minutes were not (issue 9)
            s.unsatisfied << tr("%1 of the %2 running days you want fit this week: %2 runs of at least %3 min, each a "
                                "different length, need at least %4 min of running, and this week has %5 min.")
                                 .arg(std::max(count, 0))
                                 .arg(wanted)
                                 .arg(minLength)
                                 .arg(needed)
                                 .arg(s.runTarget);
        } else if (daysThere) {
            s.unsatisfied << tr("%1 of the %2 running days you want fit this week: the longest a run may be (%3 min) "
                                "and the minutes of your days leave no room for %2 runs of different lengths.")
                                 .arg(std::max(count, 0))
                                 .arg(wanted)
                                 .arg(*std::max_element(caps.begin(), caps.end()));
        } else {
            s.unsatisfied << tr("%1 of the %2 running days you want fit this week: runs need available days with "
                                "room for at least %3 min of running and %4.")
                                 .arg(std::max(count, 0))
                                 .arg(wanted)
                                 .arg(minLength)
                                 .arg(trn("no more than %n running day in a row",
                                     "no more than %n running days in a row", s.maxRunStreak));
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
    const int longest = *std::max_element(lengths.begin(), lengths.end());
    // Any real shortfall is said (a minute or two of rounding is not, unless it leaves the week under the level):
    // the runner reads why the week has less.
    if (planned < s.runTarget - std::max(2, s.runTarget / 50) || (planned < s.runTarget && planned < s.level)) {
        QString why;
        if (s.amberCap > 0 && longest >= s.amberCap)
            why = tr("in the amber zone no run is longer than %1 min, and runs differ in length").arg(s.amberCap);
        else if (s.chain)
            why = tr("with no run in the last 30 days, no run may be more than 10 % longer than the longest before it "
                     "this week, nor longer than %1 min")
                      .arg(s.spikeCapOn[size_t(days[longIndex])]);
        else if (longest >= s.spikeCapOn[size_t(days[longIndex])])
            why = tr("no run may be longer than %1 min (110 % of your longest run in the 30 days before it), and the "
                     "longer run may be at most 40 % of the week")
                      .arg(s.spikeCapOn[size_t(days[longIndex])]);
        else
            why = tr("the days and minutes you have leave no more room");
        s.unsatisfied << tr("Running planned at %1 min, not %2 min: %3.").arg(planned).arg(s.runTarget).arg(why);
    }
}

} // namespace Stridewise::PlanRules
