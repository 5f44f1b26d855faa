#pragma once

#include "core/load/loadtypes.h"
#include "core/model/enums.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

class Database;

/** One ISO week of the report's table: minutes done by group, load and the pain log (numbers of `stats`). */
struct ReportWeek
{
    QDate monday;
    int days = 0; ///< days of the week inside the range
    int runMinutes = 0;
    int lowImpactMinutes = 0;
    int strengthMinutes = 0; ///< core strength and stretches
    int load = 0; ///< effort × minutes done (WeekStats::total)
    std::optional<double> meanPain; ///< WeekStats::meanPain
    int painDays = 0;
    int redFlagDays = 0;
};

/** Days in a row on which the same red-flag symptoms were logged. */
struct SymptomSpan
{
    QDate from;
    QDate to;
    QList<Symptom> symptoms;
    int highestPain = 0; ///< highest back pain logged on those days
    bool urgent = false; ///< bladder/bowel change or saddle numbness among them
};

/** Something the planner changed in one week, and why, in its own words (Week::adaptations). */
struct PlanChange
{
    QDate monday;
    QString rule;
    QString message;
};

/**
 * What the clinician report shows for from..to: the same LoadReport as `stridewise stats` and the Progress chart
 * (buildLoadReport), plus minutes by group per week, the symptoms logged, and the planner's changes. Built by
 * buildClinicianReport(); drawn by ui/print.
 */
struct ClinicianReport
{
    QDate from;
    QDate to;
    LoadReport load;
    QList<ReportWeek> weeks;
    std::optional<double> meanPain; ///< mean of the daily back-pain logs in the range; nullopt when none
    int painDays = 0;
    int redFlagDays = 0;
    int sessionsPlanned = 0; ///< planned sessions dated in the range, stretches left out
    int sessionsDone = 0;
    int sessionsSkipped = 0;
    QList<SymptomSpan> symptoms; ///< oldest first
    QList<PlanChange> changes; ///< oldest week first, in the order the planner gave them
};

/** Reads and computes the report for from..to (read-only). Invalid for a reversed or invalid range. */
Result<ClinicianReport> buildClinicianReport(Database &db, QDate from, QDate to);

} // namespace Stridewise
