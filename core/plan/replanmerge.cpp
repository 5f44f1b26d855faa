#include "core/plan/replanmerge.h"

#include "core/plan/thresholds.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Stridewise {

using namespace Thresholds;

namespace {

/** Minutes a kept run adds to the week: what was run when done; a missed or skipped run adds nothing (rule 7). */
int keptRunMinutes(const PlannedSession &s, QDate from)
{
    if (s.activity != Activity::Run || s.isSkipped())
        return 0;
    if (s.isDone())
        return s.completion->minutes;
    return s.date >= from ? s.minutes : 0; // still to come (added by hand): it counts
}

} // namespace

Week fitAroundKept(const Week &generated, const QList<PlannedSession> &kept, QDate from)
{
    Week out = generated;
    out.sessions.clear();

    QSet<QDate> strengthDays, runDays;
    QSet<std::pair<QDate, int>> stretches; // date, time of day
    QSet<std::pair<QDate, int>> activityDays; // date, activity
    int strengthCount = 0;
    int runMinutes = 0;
    for (const PlannedSession &s : kept) {
        if (s.isSkipped())
            continue;
        activityDays.insert({ s.date, int(s.activity) });
        if (s.activity == Activity::Stretch)
            stretches.insert({ s.date, int(s.timeOfDay) });
        if (s.activity == Activity::Strength && (s.isDone() || s.date >= from)) {
            strengthDays.insert(s.date);
            ++strengthCount;
        }
        if (s.activity == Activity::Run && (s.isDone() || s.date >= from))
            runDays.insert(s.date);
        runMinutes += keptRunMinutes(s, from);
    }

    int runBudget = 0;
    for (const PlannedSession &s : generated.sessions) {
        if (s.activity == Activity::Run)
            runBudget += s.minutes;
    }
    runBudget -= runMinutes;

    auto runStreakWith = [&](QDate day) {
        int streak = 1;
        for (QDate d = day.addDays(-1); runDays.contains(d); d = d.addDays(-1))
            ++streak;
        for (QDate d = day.addDays(1); runDays.contains(d); d = d.addDays(1))
            ++streak;
        return streak;
    };

    for (const PlannedSession &s : generated.sessions) {
        if (s.date < from)
            continue;
        if (s.activity == Activity::Stretch) {
            if (!stretches.contains({ s.date, int(s.timeOfDay) }))
                out.sessions << s;
            continue;
        }
        if (activityDays.contains({ s.date, int(s.activity) }))
            continue; // the day already has this activity, done or added by hand
        if (s.activity == Activity::Strength) {
            if (strengthCount >= kMaxStrengthSessions || strengthDays.contains(s.date.addDays(-1))
                || strengthDays.contains(s.date.addDays(1)))
                continue;
            strengthDays.insert(s.date);
            ++strengthCount;
        }
        if (s.activity == Activity::Run) {
            if (s.minutes > runBudget || runStreakWith(s.date) > kMaxRunStreakDays)
                continue;
            runBudget -= s.minutes;
            runDays.insert(s.date);
        }
        out.sessions << s;
    }
    return out;
}

} // namespace Stridewise
