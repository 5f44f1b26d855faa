#include "core/model/names.h"
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

QString trn(const char *singular, const char *plural, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", n == 1 ? singular : plural, nullptr, n);
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
    if (s.urgent) { // nothing at all until a clinician has seen the runner (rule 9, issue 17)
        s.lowImpactWanted = s.lowImpactMinimum = 0;
        return;
    }
    if (s.redFlag) {
        s.lowImpactWanted = s.lowImpactMinimum = kMinLowImpactSessions;
        s.lowImpactMinutes = kRedFlagLowImpactMinutes;
        s.lowImpactRpe = kGentleRpe;
    } else if (s.zone == PainZone::Red) {
        s.lowImpactWanted = std::min(kRedZoneLowImpactSessions, std::max(2, s.input.profile.runDays));
        s.lowImpactMinimum = kMinLowImpactSessions;
        s.lowImpactMinutes = kRedZoneLowImpactMinutes;
        s.lowImpactRpe = kGentleRpe;
    } else {
        // Amber: one more, to keep the fitness that the shortened longer run does not build.
        s.lowImpactWanted = s.zone == PainZone::Amber ? 2 : kMinLowImpactSessions;
        s.lowImpactMinimum = kMinLowImpactSessions;
        s.lowImpactMinutes = kLowImpactMinutes;
        s.lowImpactRpe = kLowImpactRpe;
    }
    s.lowImpactWanted = std::max(0, s.lowImpactWanted - s.keptLowImpactCount);
    s.lowImpactMinimum = std::max(0, s.lowImpactMinimum - s.keptLowImpactCount);
}

// Rule 6: core strength two or three times a week, never on consecutive days; none with a red flag (rule 9). The
// exercises climb a ladder tied to the sessions done and the pain after them (issue 17; the rungs are ours).
void planStrength(PlanState &s)
{
    const History &h = s.history;
    int previous = -1;
    for (const HistoryWeek &w : h.weeks) {
        if (w.storedStrengthLevel >= 0) {
            previous = w.storedStrengthLevel;
            break;
        }
    }
    if (previous < 0) // planned before the ladder existed: estimate from the sessions done
        previous = std::min(kStrengthTopRung, h.strengthCompleted / kStrengthSessionsPerRungEstimate);
    s.previousStrengthLevel = previous;
    int level = previous;
    const HistoryWeek &last = h.weeks[0];
    if (h.clearedAfterRedFlag) {
        level = 0;
    } else if (last.complete && !last.redFlag) {
        if (last.maxStrengthPain >= kStrengthPainDown || (last.planKnown && last.zone == PainZone::Red))
            level = std::max(0, previous - 1);
        else if (last.strengthDone >= kStrengthDoneToProgress && s.zone == PainZone::Green && h.weeks[1].complete
            && h.weeks[1].storedStrengthLevel == previous && h.weeks[1].strengthDone >= kStrengthDoneToProgress)
            level = std::min(kStrengthTopRung, previous + 1); // two good weeks on a stage move it up one
    }
    s.strengthLevel = level;
    s.strengthMinutes = level <= 1 ? 15 : 20;
    if (s.redFlag) {
        s.strengthWanted = s.strengthMinimum = 0;
        return;
    }
    const bool gentle = s.input.profile.experience == Experience::New || h.clearedAfterRedFlag;
    s.strengthWanted = std::max(0, (gentle ? kMinStrengthSessions : kMaxStrengthSessions) - s.keptStrengthCount);
    s.strengthMinimum = std::max(0, kMinStrengthSessions - s.keptStrengthCount);
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

QString dayNames(int mask)
{
    QStringList names;
    for (int d = 0; d < kDays; ++d) {
        if (mask & (1 << d))
            names << Labels::weekday(Qt::DayOfWeek(d + 1));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

// Rule 12: of all ways to place the strength and low-impact sessions (rules 5, 6) on the free days (rule 11, leaving
// the rest day of rule 3), take one whose monotony is below 1.5. Rules 5 and 6's minimums come first (issue 17):
// when no placement with them keeps monotony below 1.5, the one that raises it least is taken and the week says so;
// fewer sessions are planned only when they do not fit at all.
void placeForMonotony(PlanState &s)
{
    if (s.urgent)
        return;
    std::array<int, kDays> used{};
    std::array<int, kDays> sessions{};
    std::array<int, kDays> baseLoad{};
    std::array<bool, kDays> keptTraining{};
    std::array<int, kDays> keptStretches{};
    for (const PlannedSession &k : s.input.kept) {
        const qint64 d = s.input.weekStart.daysTo(k.date);
        if (d < 0 || d >= kDays)
            continue;
        baseLoad[size_t(d)] += k.plannedLoad();
        if (k.activity == Activity::Stretch) {
            ++keptStretches[size_t(d)];
            continue;
        }
        keptTraining[size_t(d)] = true;
        if (d >= s.firstDay && !k.isSkipped())
            ++sessions[size_t(d)];
    }
    int runMask = 0;
    const int runCount = int(std::count_if(s.runMinutes.begin(), s.runMinutes.end(), [](int m) { return m > 0; }));
    for (int d = 0; d < kDays; ++d) {
        const size_t i = size_t(d);
        if (d >= s.firstDay) // the stretches the week adds (days already past get nothing)
            baseLoad[i] += std::max(0, kStretchesPerDay - keptStretches[i]) * kStretchMinutes * kStretchRpe;
        if (s.runMinutes[i] > 0) {
            runMask |= 1 << d;
            used[i] += s.sessionMinutes(s.runMinutes[i]);
            ++sessions[i];
            // As buildSessions sets the effort: the longer run is a little harder when there are two or more.
            const bool longer = d == s.longRunDay && runCount > 1;
            baseLoad[i] += s.sessionMinutes(s.runMinutes[i]) * (longer ? kLongRunRpe : kEasyRunRpe);
        }
    }
    // Rule 3: when no day of the week is free of training already, keep one free, the first after the longer run.
    int free = 0;
    bool restExists = false;
    for (int d = 0; d < kDays; ++d) {
        const bool day = s.input.profile.isAvailable(Qt::DayOfWeek(d + 1)) && d >= s.firstDay;
        if (s.available[size_t(d)])
            free |= 1 << d;
        if (!day && !keptTraining[size_t(d)])
            restExists = true;
    }
    if (!restExists) {
        const int start = s.longRunDay >= 0 ? s.longRunDay + 1 : s.firstDay;
        for (int k = 0; k < kDays; ++k) {
            const int d = (start + k) % kDays;
            if ((free & (1 << d)) && sessions[size_t(d)] == 0) {
                free &= ~(1 << d);
                break;
            }
        }
    }
    const int strengthDays = [&] {
        int m = 0;
        for (int d = 0; d < kDays; ++d) {
            const size_t i = size_t(d);
            const bool nextToKept = (d > 0 && s.keptStrength[i - 1]) || (d + 1 < kDays && s.keptStrength[i + 1]);
            if ((free & (1 << d)) && sessions[i] < 2 && used[i] + s.strengthMinutes <= s.budget[i] && !s.keptStrength[i]
                && !nextToKept)
                m |= 1 << d;
        }
        // Rule 6 across the days before: no strength the day after strength (Monday after Sunday).
        if (s.history.strengthDayBefore)
            m &= ~(1 << s.firstDay);
        return m;
    }();
    int lowDays = free;
    if (s.longRunDay >= 0)
        lowDays &= ~(1 << s.longRunDay);
    for (int d = 0; d < kDays; ++d) {
        if (s.keptLowImpact[size_t(d)])
            lowDays &= ~(1 << d);
    }

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
    auto bestOf = [&](int k, int m) -> std::optional<Placement> {
        std::optional<Placement> best;
        for (int sm : masksOfSize(strengthDays, k, true)) {
            for (int lm : masksOfSize(lowDays, m, false)) {
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
        return best;
    };

    std::optional<Placement> chosen;
    std::optional<Placement> fallback;
    // First: the rules' counts, most sessions first, strength before extra low-impact.
    for (int k = s.strengthWanted; k >= s.strengthMinimum && !chosen; --k) {
        for (int m = s.lowImpactWanted; m >= s.lowImpactMinimum && !chosen; --m) {
            const auto best = bestOf(k, m);
            if (!best)
                continue;
            if (best->monotony < kMaxMonotony)
                chosen = best;
            else if (!fallback || best->monotony < fallback->monotony - 1e-9)
                fallback = best;
        }
    }
    if (!chosen && fallback)
        chosen = fallback; // the minimums fit, only not below 1.5: keep them and say so below
    // Then, only when the minimums do not fit at all: fewer sessions, as many as fit, strength first.
    for (int m = std::min(s.lowImpactWanted, s.lowImpactMinimum - 1); m >= 0 && !chosen; --m)
        chosen = bestOf(s.strengthMinimum, m);
    for (int k = std::min(s.strengthWanted, s.strengthMinimum - 1); k >= 0 && !chosen; --k) {
        for (int m = s.lowImpactWanted; m >= 0 && !chosen; --m)
            chosen = bestOf(k, m);
    }
    if (!chosen)
        chosen = Placement{};
    const int strengthCount = std::popcount(unsigned(chosen->strengthMask));
    const int lowCount = std::popcount(unsigned(chosen->lowMask));
    for (int d = 0; d < kDays; ++d) {
        s.strengthOn[size_t(d)] = chosen->strengthMask & (1 << d);
        s.lowImpactMinutesOn[size_t(d)] = chosen->lowMinutes[size_t(d)];
    }
    if (strengthCount < s.strengthMinimum) {
        const int room = std::popcount(unsigned(strengthDays));
        const QString what = trn("Core strength fits %n time this week, not %1",
            "Core strength fits %n times this week, not %1", strengthCount + s.keptStrengthCount)
                                 .arg(kMinStrengthSessions);
        QString why;
        if (room == 0) {
            why = tr("no day has %1 min free besides the runs, the stretches and the rest day").arg(s.strengthMinutes);
        } else {
            why = trn("only %n day has %1 min free besides the runs, the stretches and the rest day (%2), and strength "
                      "days may not be next to each other",
                "only %n days have %1 min free besides the runs, the stretches and the rest day (%2), and strength "
                "days may not be next to each other",
                room)
                      .arg(s.strengthMinutes)
                      .arg(dayNames(strengthDays));
        }
        if (s.firstDay > 0)
            why += tr(" in the days left from %1").arg(s.input.weekStart.addDays(s.firstDay).toString(Qt::ISODate));
        s.strengthShortfall = what + QStringLiteral(": ") + why + QLatin1Char('.');
        s.unsatisfied << s.strengthShortfall;
    }
    if (lowCount < s.lowImpactMinimum) {
        s.unsatisfied << tr("No low-impact session fits this week: it needs at least %1 min on a day other "
                            "than the rest day and the longer run.")
                             .arg(kMinLowImpactMinutes);
    }
    const bool anyTraining = (chosen->strengthMask | chosen->lowMask | runMask) != 0;
    if (chosen->monotony >= kMaxMonotony && anyTraining) {
        s.unsatisfied << tr("The week's load is too even (monotony %1, below 1.5 wanted): there are too few days "
                            "to alternate harder and easier ones.")
                             .arg(QString::number(chosen->monotony, 'f', 2));
    }
}

} // namespace Stridewise::PlanRules
