#pragma once

#include "core/model/enums.h"
#include "core/model/painentry.h"

#include <QDate>
#include <QList>
#include <QString>

/**
 * Red flags (DESIGN.md rule 9, EVIDENCE.md "Red flags"): which ones govern a day, and what the runner is told. The
 * window, the command line and the planner all take this from here, so no widget decides medicine (issue 10, 17).
 * A red flag stays until the runner records that a clinician has seen them (a Clearance); urgent ones (bladder or
 * bowel change, saddle numbness, numbness or weakness in both legs) send the runner to urgent care.
 */
namespace Stridewise::RedFlags {

/** The red flags that govern a day: every day with red-flag symptoms after the latest clearance, up to that day. */
struct Status
{
    bool pending = false; ///< red flags not yet cleared by a clinician: no running, no strength
    bool urgent = false; ///< among them an urgent one: nothing is planned, urgent care today
    QList<Symptom> symptoms; ///< every red-flag symptom logged since the clearance, sorted, unique
    QDate firstDay; ///< first day with red-flag symptoms since the clearance
    QDate lastDay; ///< latest such day
    QDate lastClearance; ///< latest clearance on or before the day, invalid if none
    bool operator==(const Status &) const = default;
};

/**
 * Which red flags govern `day`: entries (any order, any dates) with red-flag symptoms dated after lastClearance and
 * on or before day. lastClearance may be invalid (never cleared); entries after `day` are ignored.
 */
Status status(const QList<PainEntry> &entries, QDate lastClearance, QDate day);

/** The symptoms in words, lower case, joined with commas: "numbness, pain spreading down the leg". */
QString symptomWords(const QList<Symptom> &symptoms);

/** What to do, in full (the pain log's tooltip, the banner). Empty for no symptoms. */
QString fullAdvice(const QList<Symptom> &symptoms);
/** What to do, in one short sentence (next to the pain log's symptom boxes). Empty for no symptoms. */
QString briefAdvice(const QList<Symptom> &symptoms);
/**
 * The red banner for a week or day governed by these red flags: when, what, what to do and that running and strength
 * stay off until a clinician's clearance is recorded. Empty when nothing is pending.
 */
QString banner(const Status &status);
/** The plan's first adaptation for a red-flag week (rule 9). Empty when nothing is pending. */
QString planMessage(const Status &status);
/** What recording a clearance changes, for the command line and the window's confirmation. */
QString clearedMessage(QDate clearedOn, const QList<Symptom> &cleared);

} // namespace Stridewise::RedFlags
