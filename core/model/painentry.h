#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Stridewise {

/** One day's back-pain log: score 0–10, symptoms, note. At most one per date. */
struct PainEntry
{
    QDate date;
    int score = 0;
    QList<Symptom> symptoms; ///< sorted, no duplicates
    QString note;

    bool hasRedFlag() const { return !symptoms.isEmpty(); }
    bool hasUrgentRedFlag() const
    {
        for (Symptom s : symptoms) {
            if (isUrgent(s))
                return true;
        }
        return false;
    }
    bool operator==(const PainEntry &) const = default;
};

/**
 * The runner's record that a clinician has seen them about their red-flag symptoms (issue 17): red flags logged on
 * or before this day no longer stop running and strength. At most one per date.
 */
struct Clearance
{
    QDate date;
    QString note;
    bool operator==(const Clearance &) const = default;
};

} // namespace Stridewise
