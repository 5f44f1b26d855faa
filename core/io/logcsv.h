#pragma once

#include "core/model/painentry.h"
#include "core/model/plannedsession.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Stridewise {

/**
 * The runner's records as CSV (RFC 4180, UTF-8, CRLF, a header row, ISO dates). Header names and values are
 * spelled as on the command line and in JSON (README "JSON output"): a contract, columns are added, never renamed.
 */
namespace LogCsv {

/** date, time_of_day, activity, title, planned_minutes, target_effort, status, minutes, effort, pain_after, note */
QStringList sessionColumns();
/** One line per session with a record (done or skipped); sessions without one are left out. */
QByteArray sessions(const QList<PlannedSession> &sessions);

/** date, score, symptoms, red_flag, urgent, note */
QStringList painColumns();
/** One line per logged day; symptoms joined by ';'. */
QByteArray pain(const QList<PainEntry> &entries);

} // namespace LogCsv

} // namespace Stridewise
