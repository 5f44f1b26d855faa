#pragma once

#include "core/model/completion.h"
#include "core/model/painentry.h"
#include "core/model/plannedsession.h"
#include "core/model/profile.h"
#include "core/result.h"

namespace Stridewise {

/**
 * The ranges core accepts, checked before anything reaches the store (whose CHECK constraints
 * are the last line). Each failure is ErrorKind::Invalid with a message naming the value.
 */
namespace Limits {
constexpr int kMinScore = 0; ///< pain and effort are integers 0–10
constexpr int kMaxScore = 10;
constexpr int kMaxSessionMinutes = 600;
constexpr int kMaxWeeklyRunMinutes = 2000;
constexpr int kMinRunDays = 2;
constexpr int kMaxRunDays = 5;
constexpr int kMaxDayMinutes = 24 * 60;
constexpr int kMaxNoteLength = 2000; ///< characters; longer notes are refused, not cut
constexpr int kMaxTitleLength = 200;
constexpr double kMaxDistanceMeters = 1000000; ///< 1,000 km: more is a broken recording, not a session
} // namespace Limits

Result<void> validateProfile(const Profile &profile);
Result<void> validatePainEntry(const PainEntry &entry);
Result<void> validateCompletion(const Completion &completion);
/** A session as saved: date, minutes > 0, target effort 0–10, title. */
Result<void> validateSession(const PlannedSession &session);

} // namespace Stridewise

namespace Stridewise {

namespace Limits {
/**
 * Dates a command or a file may carry lie within this many years of today, and a range spans at most this many
 * years (issue 16.10): a running life, not the calendar's limits. Our own judgement, not evidence.
 */
constexpr int kLifetimeYears = 30;
} // namespace Limits

/** An Invalid error unless date lies within Limits::kLifetimeYears of today; what names it ("--date"). */
Result<void> validateDateInLifetime(QDate date, QDate today, const QString &what);
/** Both ends within the lifetime of today, from not after to, and at most Limits::kLifetimeYears apart. */
Result<void> validateDateRange(QDate from, QDate to, QDate today);

} // namespace Stridewise
