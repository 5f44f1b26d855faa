#include "core/plan/plangenerator.h"

#include "core/plan/planrules.h"
#include "core/plan/rules.h"

namespace Stridewise {

Week PlanGenerator::generate(const PlanInput &input) const
{
    using namespace PlanRules;
    PlanState state(input);
    state.history = analyseHistory(input);
    // Safety first: red flags (9) and pain (8) decide what the other rules may plan at all.
    applyRedFlags(state);
    applyPainZone(state);
    applyAvailability(state); // 11
    applyProgression(state); // 7
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
    week.adaptations = state.redFlagAdaptations + state.adaptations;
    week.unsatisfied = state.unsatisfied;
    week.notes = safetyNote();
    week.sessions = buildSessions(state); // 1, 2 and the rest of each session
    return week;
}

} // namespace Stridewise
