#pragma once

#include "core/load/loadmath.h"
#include "core/load/loadtypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Stridewise::Load {

/**
 * Pairs the daily total load of each day d with the pain logged on d + lag, both days inside the given
 * days' range; days without a pain log are skipped (missing, not zero).
 */
Correlation correlate(const QList<DailyLoad> &days, int lag);

/** "the same day", "the next day", "2 days later" (translated): the words for a lag, for sentences and a lag selector. */
QString lagLabel(int lag);

/** One plain sentence about one lag, refusing to conclude below 14 paired days (translated). */
QString describe(const Correlation &correlation);
/**
 * The report's summary: the next-day (lag 1) sentence, which is what "does my pain follow my training?" asks,
 * plus a reminder that a correlation is not a cause; "not enough data yet" below 14 paired days (translated).
 */
QString summarise(const QList<Correlation> &correlations);

/** First day analyse() reads loads from for a report starting at from (EWMA warm-up). */
QDate warmUpStart(QDate from);

/**
 * Builds the whole report for input.from..input.to: daily loads by group (zero on days without training),
 * pain (missing on days without a log), acute/chronic EWMA and ratio for all activity and for running,
 * ISO-week totals with monotony and strain, spike runs and pain/load correlations at lags 0–3 (over the days
 * from the runner's first record on: before it, a zero load is not known to be rest).
 *
 * EWMA seeding: both averages start at 0 on max(warmUpStart(from), input.historyStart) and run over every
 * day from there (days before the runner's first record are unknown, so the series starts with them).
 * The ratio stays null for the first 28 days of that run and whenever chronic is 0.
 * An invalid or reversed range gives an empty report.
 */
LoadReport analyse(const LoadInput &input);

/** The first day of the ISO week (its Monday) or calendar month holding date. */
QDate periodStart(QDate date, Period period);

/**
 * Builds the per-period view of input.from..input.to: one PeriodStats per ISO week or month touching the range (clipped
 * to it; periods without records are present with zeros and no pain), loads by activity group, pain means over the
 * logged days, and the spike runs (findSpikes). Rows of input whose period is outside the range are ignored. For weeks,
 * each entry equals analyse()'s WeekStats of the same week (load, minutes, run minutes, pain days, mean pain, red-flag
 * days). An invalid or reversed range gives an empty overview.
 */
LoadOverview overview(const OverviewInput &input);

} // namespace Stridewise::Load
