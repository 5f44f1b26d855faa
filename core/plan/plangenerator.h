#pragma once

#include "core/model/planinput.h"
#include "core/model/week.h"

namespace Stridewise {

/**
 * Builds one week's plan from a profile and history (DESIGN.md "Planning rules").
 * Pure and deterministic: the same PlanInput gives the identical Week, with no I/O and no clock.
 * Rules that cannot all be met are reported in Week::unsatisfied, never solved by breaking a safety rule.
 */
class PlanGenerator
{
public:
    /** Stored with each week so a plan can be explained after the generator changes. */
    static constexpr int kVersion = 1;

    Week generate(const PlanInput &input) const;
};

} // namespace Stridewise
