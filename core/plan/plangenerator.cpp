#include "core/plan/plangenerator.h"

#include "core/plan/planrules.h"
#include "core/plan/rules.h"

#include <algorithm>

namespace Stridewise {

Week PlanGenerator::generate(const PlanInput &input) const
{
    using namespace PlanRules;
    PlanState state(input);
    state.history = analyseHistory(input);
    prepareDays(state); // 11, from today on, around what a re-plan keeps
    // Safety first: red flags (9) and pain (8) decide what the other rules may plan at all.
    applyRedFlags(state);
    applyPainZone(state);
    applyProgression(state); // 7 and issue 9's level, goal, ladder and walk–run programme
    applySpikeGuard(state); // 10
    planRuns(state); // 3, 4 (and 8 amber)
    planLowImpact(state); // 5
    planStrength(state); // 6
    placeForMonotony(state); // 12 within 3, 5, 6, 11

    Week week;
    week.monday = input.weekStart;
    week.generatorVersion = kVersion;
    week.zone = state.zone;
    week.redFlag = state.redFlag;
    week.urgent = state.urgent;
    week.notes = safetyNote();
    // The kept sessions (a re-plan) and the new ones (1, 2 and the rest of each session), in day order.
    week.sessions = input.kept + buildSessions(state);
    std::stable_sort(week.sessions.begin(), week.sessions.end(), [](const PlannedSession &a, const PlannedSession &b) {
        return std::pair(a.date, a.timeOfDay) < std::pair(b.date, b.timeOfDay);
    });
    week.level = state.level;
    week.goal = state.goal;
    week.ladder = state.ladder;
    week.easy = state.easy;
    week.strengthLevel = state.strengthLevel;
    week.clearancePending = state.redFlag;
    // Messages last, from the sessions as planned (issue 9: every number a message states is the plan's).
    composeAdaptations(state, week.sessions);
    week.adaptations = state.redFlagAdaptations + state.adaptations;
    week.unsatisfied = state.unsatisfied;
    return week;
}

} // namespace Stridewise
