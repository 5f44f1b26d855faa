#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

// The week-shaping rules: DESIGN.md rule 5 (low-impact), 6 (core strength), 12 (monotony), within 3 and 11.

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

/** With a count: "%n" and the plural forms of the translation (the English one too: "once", "3 times"). */
QString tr(const char *text, const char *comment, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text, comment, n);
}

} // namespace

// Rule 12's measure (Foster 1998), over the planned week: population SD, so a flat week is never "varied".
double monotony(const std::array<int, kDays> &load)
{
    double sum = 0;
    for (int l : load)
        sum += l;
    const double mean = sum / kDays;
    double var = 0;
    for (int l : load)
        var += (l - mean) * (l - mean);
    const double sd = std::sqrt(var / kDays);
    if (sd < 1e-9) // rounding can leave a tiny spread in a flat week
        return mean == 0 ? 0.0 : std::numeric_limits<double>::infinity();
    return mean / sd;
}

// Rule 5: at least one low-impact session from the runner's preferred activities, more when pain calls for it.
void planLowImpact(PlanState &s)
{
    if (s.urgent) { // nothing but the gentle stretch until a clinician has seen the runner (rule 9)
        s.lowImpactWanted = s.lowImpactMinimum = 0;
        return;
    }
    if (s.redFlag) {
        s.lowImpactWanted = s.lowImpactMinimum = kMinLowImpactSessions;
        s.lowImpactMinutes = kRedFlagLowImpactMinutes;
        s.lowImpactRpe = kGentleRpe;
        return;
    }
    if (s.zone == PainZone::Red) {
        s.lowImpactWanted = std::min(kRedZoneLowImpactSessions, std::max(2, s.input.profile.runDays));
        s.lowImpactMinimum = kMinLowImpactSessions;
        s.lowImpactMinutes = kRedZoneLowImpactMinutes;
        s.lowImpactRpe = kGentleRpe;
        return;
    }
    // Amber: the swapped long run is the extra session; it counts towards the minimum.
    s.lowImpactWanted = kMinLowImpactSessions;
    s.lowImpactMinimum = s.swapDay >= 0 ? 0 : kMinLowImpactSessions;
    s.lowImpactMinutes = kLowImpactMinutes;
    s.lowImpactRpe = kLowImpactRpe;
}

// Rule 6: core strength two or three times a week, never on consecutive days; none with a red flag (rule 9).
void planStrength(PlanState &s)
{
    if (s.redFlag) {
        s.strengthWanted = s.strengthMinimum = 0;
        return;
    }
    s.strengthWanted = s.input.profile.experience == Experience::New ? kMinStrengthSessions : kMaxStrengthSessions;
    s.strengthMinimum = kMinStrengthSessions;
    s.strengthMinutes =
        s.history.strengthCompleted >= kStrengthSessionsForProgression ? kStrengthProgressionMinutes : kStrengthMinutes;
}

namespace {

struct Placement
{
    int strengthMask = 0;
    int lowMask = 0;
    std::array<int, kDays> lowMinutes{};
    double monotony = 0;
    int stacked = 0;
};

QList<int> masksOfSize(int allowed, int size, bool nonAdjacent)
{
    QList<int> out;
    for (int m = 0; m < (1 << kDays); ++m) {
        if ((m & ~allowed) == 0 && std::popcount(unsigned(m)) == size && (!nonAdjacent || (m & (m >> 1)) == 0))
            out << m;
    }
    return out;
}

} // namespace

// Rule 12: of all ways to place the strength and low-impact sessions (rules 5, 6) on the free days
// (rule 11, leaving the rest day of rule 3), take one whose monotony is below 1.5, spreading sessions over
// days where that keeps it below; drop a third strength session, then extra low-impact ones, before that.
void placeForMonotony(PlanState &s)
{
    std::array<int, kDays> used{};
    std::array<int, kDays> sessions{};
    std::array<int, kDays> baseLoad{};
    int runMask = 0;
    for (int d = 0; d < kDays; ++d) {
        const size_t i = size_t(d);
        baseLoad[i] = 2 * kStretchMinutes * kStretchRpe;
        if (s.runMinutes[i] > 0) {
            runMask |= 1 << d;
            used[i] += s.runMinutes[i];
            ++sessions[i];
            baseLoad[i] += s.runMinutes[i] * (d == s.longRunDay ? kLongRunRpe : kEasyRunRpe);
        }
        if (d == s.swapDay) {
            used[i] += s.swapMinutes;
            ++sessions[i];
            baseLoad[i] += s.swapMinutes * kLowImpactRpe;
        }
    }
    // Rule 3: when every day is available, keep one free of training, the first after the longer run.
    int free = 0;
    bool restExists = false;
    for (int d = 0; d < kDays; ++d) {
        if (s.available[size_t(d)])
            free |= 1 << d;
        else
            restExists = true;
    }
    if (!restExists) {
        const int start = s.longRunDay >= 0 ? s.longRunDay + 1 : 0;
        for (int k = 0; k < kDays; ++k) {
            const int d = (start + k) % kDays;
            if (sessions[size_t(d)] == 0) {
                free &= ~(1 << d);
                break;
            }
        }
    }
    const int strengthDays = [&] {
        int m = 0;
        for (int d = 0; d < kDays; ++d) {
            if ((free & (1 << d)) && sessions[size_t(d)] < 2
                && used[size_t(d)] + s.strengthMinutes <= s.budget[size_t(d)])
                m |= 1 << d;
        }
        // Rule 6 across the week boundary: no strength on Monday after strength on Sunday.
        if (s.history.strengthDayBefore)
            m &= ~1;
        return m;
    }();
    int lowDays = free;
    if (s.longRunDay >= 0)
        lowDays &= ~(1 << s.longRunDay);

    auto evaluate = [&](int strengthMask, int lowMask, Placement &p) {
        std::array<int, kDays> load = baseLoad;
        p = Placement{ strengthMask, lowMask, {}, 0, 0 };
        for (int d = 0; d < kDays; ++d) {
            const size_t i = size_t(d);
            int room = s.budget[i] - used[i];
            int count = sessions[i];
            if (strengthMask & (1 << d)) {
                room -= s.strengthMinutes;
                ++count;
                load[i] += s.strengthMinutes * kStrengthRpe;
            }
            if (lowMask & (1 << d)) {
                const int minutes = std::min(s.lowImpactMinutes, room);
                if (minutes < kMinLowImpactMinutes || count >= 2)
                    return false;
                p.lowMinutes[i] = minutes;
                ++count;
                load[i] += minutes * s.lowImpactRpe;
            }
            if (count >= 2)
                ++p.stacked;
        }
        p.monotony = monotony(load);
        return true;
    };

    std::optional<Placement> chosen;
    std::optional<Placement> fallback;
    for (int pass = 0; pass < 2 && !chosen; ++pass) {
        const int lowFloor = pass == 0 ? s.lowImpactMinimum : 0;
        const int strengthFloor = pass == 0 ? s.strengthMinimum : 0;
        for (int m = s.lowImpactWanted; m >= lowFloor && !chosen; --m) {
            for (int k = s.strengthWanted; k >= strengthFloor && !chosen; --k) {
                if (pass == 1 && m >= s.lowImpactMinimum && k >= s.strengthMinimum)
                    continue; // tried in the first pass
                const QList<int> strengthMasks = masksOfSize(strengthDays, k, true);
                const QList<int> lowMasks = masksOfSize(lowDays, m, false);
                std::optional<Placement> best;
                for (int sm : strengthMasks) {
                    for (int lm : lowMasks) {
                        Placement p;
                        if (!evaluate(sm, lm, p))
                            continue;
                        const bool ok = p.monotony < kMaxMonotony;
                        if (!best
                            || std::tuple(!ok, p.stacked, p.monotony)
                                < std::tuple(best->monotony >= kMaxMonotony, best->stacked, best->monotony))
                            best = p;
                    }
                }
                if (!best)
                    continue;
                if (best->monotony < kMaxMonotony) {
                    chosen = best;
                } else if (!fallback) {
                    fallback = best;
                }
            }
        }
    }
    if (!chosen)
        chosen = fallback;
    if (!chosen)
        chosen = Placement{};
    const int strengthCount = std::popcount(unsigned(chosen->strengthMask));
    const int lowCount = std::popcount(unsigned(chosen->lowMask));
    for (int d = 0; d < kDays; ++d) {
        s.strengthOn[size_t(d)] = chosen->strengthMask & (1 << d);
        s.lowImpactMinutesOn[size_t(d)] = chosen->lowMinutes[size_t(d)];
    }
    if (strengthCount < s.strengthMinimum) {
        s.unsatisfied << tr("Core strength fits %n times this week, not %1: it needs %2 min on days that are "
                            "not consecutive, besides the runs and the rest day.",
            nullptr, strengthCount)
                             .arg(s.strengthMinimum)
                             .arg(s.strengthMinutes);
    }
    if (lowCount < s.lowImpactMinimum) {
        s.unsatisfied << tr("No low-impact session fits this week: it needs at least %1 min on a day other "
                            "than the rest day and the longer run.")
                             .arg(kMinLowImpactMinutes);
    }
    const bool anyTraining = (chosen->strengthMask | chosen->lowMask | runMask) != 0 || s.swapDay >= 0;
    if (chosen->monotony >= kMaxMonotony && anyTraining) {
        s.unsatisfied << tr("The week's load is too even (monotony %1, below 1.5 wanted): there are too few days "
                            "to alternate harder and easier ones.")
                             .arg(QString::number(chosen->monotony, 'f', 2));
    }
}

} // namespace Stridewise::PlanRules
