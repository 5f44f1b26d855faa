#pragma once

#include "core/model/week.h"

#include <QString>

namespace Stridewise::Test {

/** A week as plain text for golden files and eyeballing: zone, adaptations, then every non-stretch session. */
QString weekText(const Week &week);

} // namespace Stridewise::Test
