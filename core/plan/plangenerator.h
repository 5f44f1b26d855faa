#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

namespace Stridewise {

/**
 * Builds one week's plan from a profile and history (DESIGN.md "Planning rules").
 * Pure and deterministic: the same PlanInput gives the identical Week, with no I/O and no clock.
 * Rules that cannot all be met are reported in Week::unsatisfied, never solved by breaking a safety rule.
 * With PlanInput::kept (a re-plan) the week holds those sessions unchanged (with their ids) and new ones (id 0) fitted
 * around them from PlanInput::planFrom on; days before planFrom get nothing new.
 * The rules are one function each in planrules.h, their numbers in thresholds.h, their evidence in rules.cpp.
 */
class PlanGenerator
{
public:
    /** Stored with each week so a plan can be explained after the generator changes. */
    /**
     * 3: issues 9 and 17 (level, goal, return ladder, walk–run programme, pain-monitoring zones, red flags until
     * cleared, strength ladder); 2: the twelve rules of issue 3; 1 was the provisional placeholder.
     */
    static constexpr int kVersion = 3;

    Week generate(const PlanInput &input) const;
};

} // namespace Stridewise
