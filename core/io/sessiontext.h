#pragma once

#include "core/model/plannedsession.h"

#include <QString>
#include <QStringList>

namespace Stridewise {

/**
 * A session in plain words, for what leaves the app: calendar events, the printed week, CSV. The same words for
 * every output, translated (core: QCoreApplication::translate, context "Stridewise::SessionText").
 */
namespace SessionText {

/** "Warm-up", "Main part", "Cool-down", "Exercise". */
QString partName(StepPart part);
/** How much of a step: "10 min", "3 × 6, 10 s hold, per side"; empty when the step has no amount. */
QString amount(const StructureStep &step);
/** One line per step: "Warm-up: Brisk walk — 10 min". */
QString stepLine(const StructureStep &step);
/** The step without its part's name: "Brisk walk — 10 min", for lists whose heading already says it. */
QString stepText(const StructureStep &step);
/** "Target effort 3/10 (Moderate)". */
QString targetEffort(int rpe);
/** What was recorded: "Done: 35 min, effort 5/10, back pain after 2/10", "Skipped: …"; empty when nothing was. */
QString record(const PlannedSession &session);

/**
 * The whole session as a calendar event's description: the reason, the structure, the target effort, the record,
 * and that Stridewise does not replace a clinician. Lines separated by '\n'.
 */
QString description(const PlannedSession &session);

/** The plain statement every output carries (DESIGN.md: the app always says it). */
QString notAClinician();

} // namespace SessionText

} // namespace Stridewise
