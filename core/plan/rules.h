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

/** Every planning rule, in DESIGN.md order. */
const QList<RuleInfo> &planningRules();

/** The rule with this id (a session's `rule` or an adaptation's `rule`), if any. */
std::optional<RuleInfo> ruleById(const QString &id);

/** The safety note every advice screen shows: Stridewise does not replace a medical professional. */
QString safetyNote();

} // namespace Stridewise
