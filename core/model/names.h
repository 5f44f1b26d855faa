#pragma once

#include "core/model/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Stridewise {

/**
 * The one spelling of every enum value, shared by the command line, JSON and the database
 * (issue 3: "spell the values the same everywhere"). parse*() returns nullopt for unknown text.
 */
namespace Names {

QString activity(Activity a); ///< run, walk, cycle, swim, strength, stretch
std::optional<Activity> parseActivity(const QString &text);

QString lowImpact(Activity a); ///< walking, cycling, swimming (profile spelling)
std::optional<Activity> parseLowImpact(const QString &text);

QString group(ActivityGroup g); ///< running, low_impact, strength

QString experience(Experience e); ///< new, returning, regular
std::optional<Experience> parseExperience(const QString &text);

QString weekday(Qt::DayOfWeek d); ///< mon … sun
std::optional<Qt::DayOfWeek> parseWeekday(const QString &text);

QString timeOfDay(TimeOfDay t); ///< morning, midday, evening
std::optional<TimeOfDay> parseTimeOfDay(const QString &text);

QString symptom(Symptom s); ///< numbness, tingling, leg-pain, weakness, night-pain, bladder-bowel, saddle-numbness,
                            ///< fever, weight-loss, cancer-history, trauma, both-legs
std::optional<Symptom> parseSymptom(const QString &text);

QString zone(PainZone z); ///< green, amber, red
std::optional<PainZone> parseZone(const QString &text);

QString stepPart(StepPart p); ///< warm-up, main, cool-down, exercise
std::optional<StepPart> parseStepPart(const QString &text);

QString evidence(EvidenceStrength s); ///< strong, moderate, weak, expert-opinion, design-principle

/** All spellings of a kind, for help texts and error messages ("expected one of …"). */
QStringList allActivities();
QStringList allLowImpact();
QStringList allExperiences();
QStringList allWeekdays();
QStringList allSymptoms();
/** Every symptom in display order, for forms that list them (the window's pain log). */
QList<Symptom> allSymptomValues();

} // namespace Names

/** Words a runner reads (translated), as opposed to the fixed spellings above. */
namespace Labels {
QString activity(Activity a); ///< "Run", "Walk", …
QString experience(Experience e);
QString weekday(Qt::DayOfWeek d); ///< "Monday"
QString timeOfDay(TimeOfDay t);
QString symptom(Symptom s); ///< "Pain spreading down the leg"
QString zone(PainZone z);
QString evidence(EvidenceStrength s);
QString borgWord(int rpe); ///< Borg CR-10 verbal anchor for 0–10, e.g. 5 → "Hard"
} // namespace Labels

} // namespace Stridewise
