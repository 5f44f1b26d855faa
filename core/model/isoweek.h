#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace Stridewise {

/** ISO 8601 weeks ("2026-W49"), the way weeks are named everywhere in Stridewise. */
namespace IsoWeek {

/** Monday of the ISO week that contains date. */
QDate mondayOf(QDate date);

/** "2026-W49" for the ISO week containing date (the ISO year can differ from the calendar year). */
QString name(QDate date);

/** Monday of a week named "YYYY-Www"; an Invalid error naming the text otherwise (e.g. "2026-W54"). */
Result<QDate> parse(const QString &text);

/** A calendar date "YYYY-MM-DD" that exists; an Invalid error naming the text otherwise. */
Result<QDate> parseDate(const QString &text);

} // namespace IsoWeek

} // namespace Stridewise
