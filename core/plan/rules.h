#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

/**
 * A planning rule as data (DESIGN.md "Planning rules"), so the window, the command line and the
 * JSON can explain a plan. Sources and strengths come only from ../shared/EVIDENCE.md.
 */
struct RuleInfo
{
    QString id; ///< stable id used in sessions' `rule` and adaptations, e.g. "hamstring-stretch"
    int number = 0; ///< DESIGN.md rule number, 1–12
    QString title; ///< short name, e.g. "Hamstring stretch twice a day"
    QString summary; ///< what the rule does, in plain words
    QString evidence; ///< what the evidence shows, honestly, including its limits
    QString source; ///< citation from EVIDENCE.md, empty when there is none
    EvidenceStrength strength = EvidenceStrength::ExpertOpinion;
};

/** The stable ids of the twelve rules (DESIGN.md numbers 1–12), as stored in sessions and adaptations. */
namespace RuleIds {
constexpr char kHamstringStretch[] = "hamstring-stretch"; // 1
constexpr char kWarmUp[] = "warm-up"; // 2
constexpr char kRunStreakRest[] = "run-streak-rest"; // 3
constexpr char kVariedRuns[] = "varied-runs"; // 4
constexpr char kLowImpact[] = "low-impact"; // 5
constexpr char kCoreStrength[] = "core-strength"; // 6
constexpr char kProgression[] = "progression"; // 7
constexpr char kPainZone[] = "pain-zone"; // 8; aliases pain-green, pain-amber, pain-red
constexpr char kRedFlag[] = "red-flag"; // 9; alias red-flag-urgent
constexpr char kSpikeGuard[] = "spike-guard"; // 10
constexpr char kFitTime[] = "fit-time"; // 11
constexpr char kMonotony[] = "monotony"; // 12
// Aliases that adaptations use to say which branch of a rule fired; ruleById() resolves them.
constexpr char kPainAmber[] = "pain-amber";
constexpr char kPainRed[] = "pain-red";
constexpr char kRedFlagUrgent[] = "red-flag-urgent";
constexpr char kEasyWeek[] = "easy-week";
} // namespace RuleIds

/** Every planning rule, in DESIGN.md order. */
const QList<RuleInfo> &planningRules();

/** The rule with this id or alias (a session's `rule` or an adaptation's `rule`), if any. */
std::optional<RuleInfo> ruleById(const QString &id);

/** The safety note every advice screen shows: Stridewise does not replace a medical professional. */
QString safetyNote();

} // namespace Stridewise
