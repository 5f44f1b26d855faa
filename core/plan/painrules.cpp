#include "core/load/loadmath.h"
#include "core/model/names.h"
#include "core/plan/planrules.h"
#include "core/plan/redflags.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

// History analysis and the pain rules: DESIGN.md rule 8 (pain zones) and rule 9 (red flags).

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

double median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/** Index of the history week (0 = the week before weekStart) a date before weekStart falls in. */
int weeksBack(QDate weekStart, QDate date)
{
    const qint64 daysBefore = date.daysTo(weekStart); // 1 … 7 is the week before
    return int((daysBefore - 1) / 7);
}

} // namespace

int dayIndex(Qt::DayOfWeek day)
{
    return int(day) - 1;
}

History analyseHistory(const PlanInput &in)
{
    History h;
    const QDate planFrom = in.planFrom.isValid() ? std::max(in.planFrom, in.weekStart) : in.weekStart;
    const QDate painFrom = in.historyEnd.addDays(1 - kPainWindowDays);
    const QDate baselineFrom = in.historyEnd.addDays(1 - kBaselineWindowDays);
    const QDate legFrom = in.historyEnd.addDays(1 - kLegSymptomDays);
    h.lastClearance = in.lastClearance.isValid() && in.lastClearance <= in.historyEnd ? in.lastClearance : QDate();

    // Pain: the last 7 days against the runner's own baseline (rule 8, the pain-monitoring model).
    QHash<QDate, int> painOn;
    QList<int> before, all;
    int sum = 0;
    for (const PainEntry &e : in.painLog) {
        if (e.date > in.historyEnd)
            continue;
        painOn.insert(e.date, e.score);
        if (e.date >= legFrom && std::any_of(e.symptoms.begin(), e.symptoms.end(), isLegSymptom))
            h.legSymptoms = true;
        if (e.date >= baselineFrom) {
            all << e.score;
            if (e.date < painFrom)
                before << e.score;
        }
        if (e.date < painFrom)
            continue;
        ++h.painDays;
        sum += e.score;
        if (e.score > h.maxPain || !h.maxPainDay.isValid()) {
            h.maxPain = e.score;
            h.maxPainDay = e.date;
        }
    }
    h.meanPain = h.painDays > 0 ? double(sum) / h.painDays : 0.0;
    if (before.size() >= kBaselineMinDays) {
        h.baselineKnown = true;
        h.baseline = median(before);
    } else if (all.size() >= kBaselineMinDays) {
        h.baselineKnown = true;
        h.baseline = median(all);
    }
    for (QDate d = painFrom; d < in.historyEnd; d = d.addDays(1)) {
        if (painOn.value(d, -1) >= kRedConsecutiveDayPain && painOn.value(d.addDays(1), -1) >= kRedConsecutiveDayPain) {
            h.consecutiveHighFrom = d;
            break;
        }
    }

    // Red flags: every day with red-flag symptoms after the latest clearance (issue 17: they do not expire).
    QList<PainEntry> flags = in.unclearedRedFlags;
    for (const PainEntry &e : in.painLog) {
        const bool known =
            std::any_of(flags.begin(), flags.end(), [&](const PainEntry &f) { return f.date == e.date; });
        if (!known)
            flags << e;
    }
    const RedFlags::Status status = RedFlags::status(flags, h.lastClearance, in.historyEnd);
    for (const PainEntry &e : in.unclearedRedFlags) {
        if (e.date <= in.historyEnd && std::any_of(e.symptoms.begin(), e.symptoms.end(), isLegSymptom))
            h.legSymptoms = true;
    }
    h.redFlagSymptoms = status.symptoms;
    h.firstRedFlagDay = status.firstDay;
    h.lastRedFlagDay = status.lastDay;
    h.urgent = status.urgent;

    // The weeks of the history, newest first, with what their saved plans said.
    const QDate previousMonday = in.weekStart.addDays(-7);
    for (int k = 0; k < kHistoryWeeks; ++k) {
        HistoryWeek &w = h.weeks[size_t(k)];
        w.monday = previousMonday.addDays(-7 * k);
        w.complete = w.monday.addDays(6) <= in.historyEnd;
        for (const PastWeek &p : in.pastWeeks) {
            if (p.monday != w.monday)
                continue;
            w.planKnown = true;
            w.plannedRunMinutes = p.plannedRunMinutes;
            w.plannedRuns = p.plannedRuns;
            w.easy = p.easy;
            w.ladder = p.ladder;
            w.zone = p.zone;
            w.redFlag = p.redFlag;
            w.storedLevel = p.level;
            w.storedStrengthLevel = p.strengthLevel;
        }
    }
    if (!h.weeks[0].planKnown && in.previousWeekPlannedRunMinutes >= 0) {
        h.weeks[0].planKnown = true;
        h.weeks[0].plannedRunMinutes = in.previousWeekPlannedRunMinutes;
    }
    // A red flag cleared since the week before began: the return ladder starts at walk–run (issue 17).
    if (status.symptoms.isEmpty() && h.lastClearance.isValid() && h.lastClearance >= previousMonday) {
        const bool flaggedBefore = h.weeks[0].redFlag
            || std::any_of(flags.begin(), flags.end(),
                [&](const PainEntry &e) { return e.hasRedFlag() && e.date <= h.lastClearance; });
        h.clearedAfterRedFlag = flaggedBefore && !(h.weeks[0].ladder && !h.weeks[0].redFlag);
    }

    // Running, in running minutes (the run part of a walk–run).
    const QDate spikeFrom = in.historyEnd.addDays(1 - kSpikeWindowDays);
    for (const CompletedSession &c : in.completed) {
        if (c.date > in.historyEnd)
            continue;
        const int k = c.date < in.weekStart ? weeksBack(in.weekStart, c.date) : -1;
        HistoryWeek *w = k >= 0 && k < kHistoryWeeks ? &h.weeks[size_t(k)] : nullptr;
        if (c.activity == Activity::Strength) {
            ++h.strengthCompleted;
            if (w) {
                ++w->strengthDone;
                if (c.pain)
                    w->maxStrengthPain = std::max(w->maxStrengthPain, *c.pain);
            }
        }
        const int run = c.running();
        if (run <= 0)
            continue;
        // Runs already done in the week being (re-)planned are not a past week of running.
        if (c.date < in.weekStart)
            h.hasRunHistory = true;
        ++h.runsCompleted;
        if (w) {
            w->runDone += run;
            ++w->runsDone;
            w->plannedOfDone += std::max(c.plannedRunning(), 1);
            if (c.plannedRpe >= 0 && c.plannedRpe <= kEasyRunMaxTargetRpe && c.rpe >= kHighEffortOnEasyRun)
                ++w->highEffortEasyRuns;
        }
        if (c.date >= spikeFrom)
            h.longestRecentRun = std::max(h.longestRecentRun, run);
        if (c.date >= painFrom && c.pain && *c.pain > h.maxPostRunPain) {
            h.maxPostRunPain = *c.pain;
            h.maxPostRunPainDay = c.date;
        }
        // Rule 8: the morning after a run (the daily log is the morning) 2 points or more over the reference.
        const QDate after = c.date.addDays(1);
        if (c.date >= painFrom.addDays(-1) && after <= in.historyEnd && painOn.contains(after)) {
            const int reference = h.baselineKnown ? int(std::ceil(h.baseline - 1e-9)) : painOn.value(c.date, -1);
            if (reference >= 0 && painOn.value(after) >= reference + kAmberRise
                && (!h.riseAfterRunDay.isValid() || after > h.riseAfterRunDay)) {
                h.riseAfterRunDay = after;
                h.riseReference = reference;
                h.riseAfter = painOn.value(after);
            }
        }
    }
    // Spikes in the latest complete week (issue 17: actual spikes are named on the week), as `stats` finds them: by
    // distance when the run and every run of the 30 days before it have a recorded one (imported from a watch; Frandsen
    // 2025 measured distance), by running minutes otherwise (Load::spikeBaseline, rule 10).
    QList<RunRecord> runs;
    for (const CompletedSession &c : in.completed) {
        if (c.running() > 0)
            runs << RunRecord{ c.date, c.running(), c.distanceMeters };
    }
    for (const HistoryWeek &w : h.weeks) {
        if (!w.complete)
            continue;
        for (const CompletedSession &c : in.completed) {
            const int run = c.running();
            if (run <= 0 || c.date < w.monday || c.date > w.monday.addDays(6))
                continue;
            const Load::SpikeBaseline base = Load::spikeBaseline(runs, c.date);
            if (c.distanceMeters && base.byDistance && base.longestMeters > 0) {
                if (*c.distanceMeters * 100 > base.longestMeters * Load::kSpikePercent)
                    h.spikes << Spike{ c.date, run, base.longestMinutes, true, *c.distanceMeters, base.longestMeters };
            } else if (base.longestMinutes > 0
                && run > int(std::floor(base.longestMinutes * kMaxSingleRunIncrease + 1e-9))) {
                h.spikes << Spike{ c.date, run, base.longestMinutes };
            }
        }
        break;
    }
    h.lastRunBefore = in.lastRunBefore;
    h.strengthDayBefore = std::any_of(in.completed.begin(), in.completed.end(),
        [&](const CompletedSession &c) { return c.date == planFrom.addDays(-1) && c.activity == Activity::Strength; });
    for (int back = 1; back <= kMaxRunStreakDays; ++back) {
        const QDate d = planFrom.addDays(-back);
        const bool ran = std::any_of(in.completed.begin(), in.completed.end(),
            [&](const CompletedSession &c) { return c.date == d && c.running() > 0; });
        if (!ran)
            break;
        h.runStreakBefore = back;
    }
    return h;
}

// Rule 9: red-flag symptoms that no clinician has cleared stop running and strength and send the runner to a
// clinician; urgent ones plan nothing at all (issue 17).
void applyRedFlags(PlanState &s)
{
    const History &h = s.history;
    if (h.redFlagSymptoms.isEmpty())
        return;
    s.redFlag = true;
    s.urgent = h.urgent;
    RedFlags::Status status;
    status.pending = true;
    status.urgent = h.urgent;
    status.symptoms = h.redFlagSymptoms;
    status.firstDay = h.firstRedFlagDay;
    status.lastDay = h.lastRedFlagDay;
    status.lastClearance = h.lastClearance;
    s.redFlagAdaptations << Adaptation{ QString::fromLatin1(h.urgent ? RuleIds::kRedFlagUrgent : RuleIds::kRedFlag),
        RedFlags::planMessage(status) };
}

// Rule 8 on the pain-monitoring model (Silbernagel 2007, as EVIDENCE.md states it): pain up to 5/10 is acceptable
// and next-morning pain should be back at the runner's baseline. Amber is a rise that matters (2 points or more over
// the baseline) or pain above 5/10; red is pain that stays high. The cut-offs are our judgement.
void applyPainZone(PlanState &s)
{
    const History &h = s.history;
    const QString mean = tr("mean back pain %1/10 over the last 7 days").arg(oneDecimal(h.meanPain));
    if (h.painDays > 0 && (h.meanPain >= kRedMeanPain || h.consecutiveHighFrom.isValid())) {
        s.zone = PainZone::Red;
        s.zoneTrigger = h.meanPain >= kRedMeanPain
            ? mean
            : tr("back pain %1/10 or more on two days in a row (%2 and %3)")
                  .arg(kRedConsecutiveDayPain)
                  .arg(day(h.consecutiveHighFrom), day(h.consecutiveHighFrom.addDays(1)));
        return;
    }
    QString trigger;
    if (h.painDays > 0 && h.maxPain > kAcceptablePain) {
        trigger = tr("back pain %1/10 on %2, above the %3/10 that running under pain monitoring allows")
                      .arg(h.maxPain)
                      .arg(day(h.maxPainDay))
                      .arg(kAcceptablePain);
    } else if (h.maxPostRunPain > kAcceptablePain) {
        trigger = tr("back pain %1/10 after the run of %2, above the %3/10 that running under pain monitoring allows")
                      .arg(h.maxPostRunPain)
                      .arg(day(h.maxPostRunPainDay))
                      .arg(kAcceptablePain);
    } else if (h.painDays > 0 && h.baselineKnown && h.meanPain >= h.baseline + kAmberRise) {
        trigger =
            tr("%1, %2 points or more above your usual %3/10").arg(mean).arg(kAmberRise).arg(oneDecimal(h.baseline));
    } else if (h.riseAfterRunDay.isValid()) {
        trigger = tr("back pain %1/10 the morning after a run (%2), %3 points or more above your usual %4/10")
                      .arg(h.riseAfter)
                      .arg(day(h.riseAfterRunDay))
                      .arg(kAmberRise)
                      .arg(h.riseReference);
    }
    if (trigger.isEmpty())
        return;
    // The adaptation naming this trigger comes from the progression message, with the plan's numbers.
    s.zone = PainZone::Amber;
    s.zoneTrigger = trigger;
}

} // namespace Stridewise::PlanRules
