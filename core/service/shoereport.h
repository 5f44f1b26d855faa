#pragma once

#include "core/load/distancestats.h"
#include "core/model/shoe.h"
#include "core/result.h"
#include "core/store/shoerepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Stridewise {

class Database;

/** One shoe as the shoe list shows it: its kilometres and runs, how worn it is, the back pain the day after. */
struct ShoeFacts
{
    Shoe shoe;
    ShoeUsage usage;
    ShoeWear wear;
    ShoePain pain;
};

/**
 * Every shoe (in use first, then by name) with the distance and runs done in it, its wear against the distance the
 * runner chose to retire it at, and the mean back pain the day after its runs up to today (issue 12). The one way
 * `stridewise shoes`, the shoe editor and Progress get these numbers. Read-only.
 */
Result<QList<ShoeFacts>> buildShoeReport(Database &db, QDate today);

/**
 * What comfort and the retirement distance rest on, in the words every shoe list uses: comfort is the runner's own
 * rating, and only ../shared/EVIDENCE.md "Shoes" as far as it goes (Nigg 2015, expert opinion).
 */
QString shoeEvidenceNote();

/** The recorded distance of each ISO week touching from..to (Load::weeklyDistance over the done sessions). */
Result<QList<WeekDistance>> buildDistanceReport(Database &db, QDate from, QDate to);

} // namespace Stridewise
