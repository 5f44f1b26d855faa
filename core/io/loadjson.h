#pragma once

#include "core/load/loadtypes.h"

#include <QJsonObject>

namespace Stridewise::Json {

/**
 * `stridewise stats --format json` (README "stats --format json"): from, to, days, weeks, spikes,
 * correlations, summary and more. Fields are added, never renamed or dropped. Decimals are rounded
 * (loads and averages to 0.1, ratios and ρ to 0.01) so the output is stable across platforms.
 */
QJsonObject fromLoadReport(const LoadReport &report);

} // namespace Stridewise::Json
