#pragma once

#include "core/model/enums.h"

#include <QString>

#include <optional>

namespace Stridewise::SportMap {

/**
 * Which of our activities a recorded sport is (issue 12): running, trail and treadmill → run; walking and
 * hiking → walk; cycling and biking → cycle; swimming → swim. Works on FIT names ("running", sub-sport
 * "treadmill"), TCX's ("Running", "Biking") and GPX's free text ("Trail Run", "hiking"). nullopt for anything
 * else ("training", "other", "9", ""), which the runner has to name.
 */
std::optional<Activity> activityFor(const QString &sport, const QString &subSport = {});

} // namespace Stridewise::SportMap
