#include "core/model/names.h"
#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

// The week's adaptation messages, built last from the sessions as planned (issue 9, item 7: one source for every
// number the runner reads). Numbers are stated in fixed phrases that tests read back against the plan:
// "N min of running this week" (the week's planned running), "your level of N min", "your goal of N min",
// "rung N of M" (the return ladder).

namespace Stridewise::PlanRules {

using namespace Thresholds;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", text);
}

QString trn(const char *singular, const char *plural, int n)
{
    return QCoreApplication::translate("Stridewise::PlanGenerator", n == 1 ? singular : plural, nullptr, n);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

Adaptation make(const char *rule, const QString &message)
{
    return Adaptation{ QString::fromLatin1(rule), message };
}

int percent(int part, int whole)
{
    return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0;
}

} // namespace

void composeAdaptations(PlanState &s, const QList<PlannedSession> &sessions)
{
    const History &h = s.history;
    int planned = 0, longestNew = 0, longestDay = -1;
    for (const PlannedSession &p : sessions) {
        planned += p.running();
        if (p.id == 0 && p.activity == Activity::Run && p.running() > longestNew) {
            longestNew = p.running();
            longestDay = int(s.input.weekStart.daysTo(p.date));
        }
    }
    const QString running = tr("%1 min of running this week").arg(planned);
    const QString level = tr("your level of %1 min").arg(s.level);
    const QString goal = tr("your goal of %1 min").arg(s.goal);
    QList<Adaptation> out;

    if (s.zone == PainZone::Red) {
        out << make(RuleIds::kPainRed,
            s.redFlag ? tr("Back pain is in the red zone as well: %1.").arg(s.zoneTrigger)
                      : tr("No running this week: %1. Low-impact, core and stretching only; consider seeing a "
                           "physiotherapist or doctor.")
                            .arg(s.zoneTrigger));
    }

    const HistoryWeek &last = h.weeks[0];
    switch (s.progression) {
    case Progression::None:
        break;
    case Progression::Stated:
        out << make(RuleIds::kProgression,
            tr("A first week from your profile, which states %1 min a week (%2): %3. From here running moves "
               "toward %4 by at most 10 % a week.")
                .arg(s.input.profile.runMinutes)
                .arg(level, running, goal));
        break;
    case Progression::WalkRunStart:
        out << make(RuleIds::kProgression,
            tr("Walk–run programme, week 1: %1, in short runs with walking breaks. The runs get longer week by week "
               "until you run %2 min without stopping, on the way to %3.")
                .arg(running)
                .arg(kContinuousRunMinutes)
                .arg(goal));
        break;
    case Progression::Step:
        if (s.easy) // the easier week's message says it, with the same numbers
            break;
        out << make(RuleIds::kProgression,
            (s.ladderDone ? tr("Back where you were before: the return ladder is done. ") : QString())
                + (planned > s.level
                        ? tr("Up a step: %1, at most 10 % over %2 (what you ran in the last 4 weeks), toward %3.")
                              .arg(running, level, goal)
                        : tr("No step up: %1, not more than %2: the days, the minutes and the spike guard leave no "
                             "more room this week (see below), on the way to %3.")
                              .arg(running, level, goal)));
        break;
    case Progression::AtGoal:
        if (!s.easy)
            out << make(RuleIds::kProgression, tr("At your goal: %1 (%2; %3).").arg(running, goal, level));
        break;
    case Progression::HoldMissed:
        out << make(RuleIds::kProgression,
            tr("No step up: %1, no more than %2: %3 (less than 80 %). Missed runs are not made up, and they do not "
               "lower your level.")
                .arg(running, level,
                    last.plannedRuns > 0 ? trn("last week %n of the %1 planned runs was done",
                        "last week %n of the %1 planned runs were done", last.runsDone)
                                               .arg(last.plannedRuns)
                                         : tr("last week %1 of the %2 planned minutes of running were done")
                                               .arg(last.runDone)
                                               .arg(last.plannedRunMinutes)));
        break;
    case Progression::HoldNoRun:
        out << make(RuleIds::kProgression,
            tr("No step up: %1, no more than %2: no run was done last week. Missed runs are not made up.")
                .arg(running, level));
        break;
    case Progression::HoldInProgress:
        out << make(RuleIds::kProgression,
            tr("No step up: %1, no more than %2: the week before is not over yet, so it cannot count as a step up.")
                .arg(running, level));
        break;
    case Progression::HoldOverDone: {
        QStringList why;
        if (last.planKnown && last.plannedRunMinutes > 0
            && last.runDone > last.plannedRunMinutes * kOverCompletionShare)
            why << tr("last week you ran %1 min of the %2 min planned (more than 120 %)")
                       .arg(last.runDone)
                       .arg(last.plannedRunMinutes);
        if (last.highEffortEasyRuns >= kHighEffortRunsToHold)
            why << trn("you logged %n easy run at effort %1/10 or more",
                "you logged %n easy runs at effort %1/10 or more", last.highEffortEasyRuns)
                       .arg(kHighEffortOnEasyRun);
        if (!h.spikes.isEmpty())
            why << trn("%n run last week was more than 10 % longer than your longest of the 30 days before it",
                "%n runs last week were more than 10 % longer than your longest of the 30 days before them",
                int(h.spikes.size()));
        out << make(RuleIds::kProgression,
            tr("No step up: %1, no more than %2: %3. The body needs the week to catch up with the extra work.")
                .arg(running, level, why.join(tr("; "))));
        break;
    }
    case Progression::HoldAmber:
        out << make(RuleIds::kPainAmber,
            tr("Amber, no step up: %1, no more than %2: %3.").arg(running, level, s.zoneTrigger)
                + (s.amberCap > 0 ? QLatin1Char(' ')
                            + tr("No run is longer than %1 min (90 % of your longest run of the last 30 days, %2 min), "
                                 "and no two runs fall on consecutive days.")
                                  .arg(s.amberCap)
                                  .arg(h.longestRecentRun)
                                  : QLatin1Char(' ') + tr("No two runs fall on consecutive days.")));
        break;
    case Progression::Ladder: {
        const LadderRung &r = *s.ladder;
        const int share = int(std::lround(kLadderShares[r.rung - 1] * 100));
        QString text = tr("Return ladder, rung %1 of %2: %3, %4 % of the %5 min a week you ran before, %6.")
                           .arg(r.rung)
                           .arg(r.of)
                           .arg(running)
                           .arg(share)
                           .arg(r.reference)
                           .arg(r.reason);
        const int rungTarget = int(std::lround(kLadderShares[r.rung - 1] * r.reference));
        if (s.weekTarget < rungTarget && s.weekTarget == int(std::floor(s.level * kMaxWeeklyIncrease + 1e-9)))
            text +=
                QLatin1Char(' ') + tr("The rung's %1 min would be more than 10 % over %2.").arg(rungTarget).arg(level);
        if (r.walkRun)
            text += QLatin1Char(' ') + tr("Walk–runs first: 4 min running, 1 min walking.");
        text += QLatin1Char(' ')
            + tr("A green week moves you up a rung; an amber week keeps you on it; a red week or a red flag stops "
                 "running.");
        out << make(RuleIds::kProgression, text);
        if (s.zone == PainZone::Amber) {
            out << make(RuleIds::kPainAmber,
                tr("Amber: %1. The rung is held, and no two runs fall on consecutive days.").arg(s.zoneTrigger)
                    + (s.amberCap > 0 ? QLatin1Char(' ') + tr("No run is longer than %1 min.").arg(s.amberCap)
                                      : QString()));
        }
        break;
    }
    }

    if (s.easy) {
        out << make(RuleIds::kEasyWeek,
            tr("Easier week: %1, %2 % of the %3 min the week would have had at %4 (every fourth week, after %5 "
               "planned weeks in a row).")
                .arg(running)
                .arg(percent(planned, s.easyBase))
                .arg(s.easyBase)
                .arg(level)
                .arg(s.input.weeksPlannedBefore));
    } else if (!s.easySkipped.isEmpty()) {
        out << make(RuleIds::kEasyWeek, s.easySkipped);
    }

    if (s.firstDay > 0 && s.progression != Progression::None) {
        int rest = 0;
        for (const PlannedSession &p : sessions) {
            if (p.date >= s.input.weekStart.addDays(s.firstDay))
                rest += p.running();
        }
        out << make(RuleIds::kFitTime,
            tr("Planned from %1 on: the days already past get nothing, and the rest of the week has %2 min of "
               "running, its share of the week's %3 min.")
                .arg(iso(s.input.weekStart.addDays(s.firstDay)))
                .arg(rest)
                .arg(s.weekTarget));
    }

    // Rule 10: when the guard shortened the longest run, and the spikes the runner actually ran.
    if (longestDay >= 0 && longestNew >= s.spikeCapOn[size_t(longestDay)]) {
        if (s.spikeBaseOn[size_t(longestDay)] > 0) {
            out << make(RuleIds::kSpikeGuard,
                tr("Longest run kept to %1 min: 110 % of your longest run in the 30 days before it (%2 min).")
                    .arg(s.spikeCapOn[size_t(longestDay)])
                    .arg(s.spikeBaseOn[size_t(longestDay)]));
        } else if (s.newRunner && !h.hasRunHistory) {
            out << make(RuleIds::kSpikeGuard,
                tr("Longest run kept to %1 min: the walk–run programme starts from %2 min, and each run is at most "
                   "10 % longer than the longest before it.")
                    .arg(s.spikeCap)
                    .arg(s.spikeBase));
        } else if (s.spikeCapOn[size_t(longestDay)] <= kMinRunMinutes) {
            out << make(RuleIds::kSpikeGuard,
                tr("Longest run kept to %1 min: with no run in the 30 days before it and few minutes stated, the "
                   "shortest run worth its warm-up, and each run at most 10 % longer than the longest before it.")
                    .arg(s.spikeCapOn[size_t(longestDay)]));
        } else {
            out << make(RuleIds::kSpikeGuard,
                tr("Longest run kept to %1 min: with no run in the 30 days before it, 110 % of %2 min (your stated "
                   "minutes a week over your running days), and each run at most 10 % longer than the longest "
                   "before it this week.")
                    .arg(s.spikeCapOn[size_t(longestDay)])
                    .arg(s.spikeVirtual
                            ? s.spikeBase
                            : (s.input.profile.runMinutes + s.input.profile.runDays - 1) / s.input.profile.runDays));
        }
    }
    for (const Spike &spike : h.spikes) {
        if (spike.byDistance) {
            out << make(RuleIds::kSpikeGuard,
                tr("Spike on %1: you ran %2 km, %3 % farther than your longest run of the 30 days before (%4 km).")
                    .arg(iso(spike.date))
                    .arg(QString::number(spike.meters / 1000.0, 'f', 1))
                    .arg(int(
                        std::lround(100.0 * (spike.meters - spike.longestBeforeMeters) / spike.longestBeforeMeters)))
                    .arg(QString::number(spike.longestBeforeMeters / 1000.0, 'f', 1)));
            continue;
        }
        out << make(RuleIds::kSpikeGuard,
            tr("Spike on %1: you ran %2 min, %3 % longer than your longest run of the 30 days before (%4 min).")
                .arg(iso(spike.date))
                .arg(spike.minutes)
                .arg(percent(spike.minutes - spike.longestBefore, spike.longestBefore))
                .arg(spike.longestBefore));
    }

    // Rule 6: the strength ladder, when it moved.
    if (!s.redFlag && s.previousStrengthLevel >= 0 && s.strengthLevel != s.previousStrengthLevel) {
        const int stage = s.strengthLevel + 1;
        const int of = kStrengthTopRung + 1;
        if (h.clearedAfterRedFlag) {
            out << make(RuleIds::kCoreStrength,
                tr("Core strength restarts at stage %1 of %2, twice a week, after the red flag.").arg(stage).arg(of));
        } else if (s.strengthLevel > s.previousStrengthLevel) {
            out << make(RuleIds::kCoreStrength,
                trn("Core strength moves up to stage %1 of %2: %n strength session done last week without back pain "
                    "above 5/10 after it.",
                    "Core strength moves up to stage %1 of %2: %n strength sessions done last week without back pain "
                    "above 5/10 after them.",
                    last.strengthDone)
                    .arg(stage)
                    .arg(of));
        } else if (last.maxStrengthPain >= kStrengthPainDown) {
            out << make(RuleIds::kCoreStrength,
                tr("Core strength steps back to stage %1 of %2: back pain %3/10 after a strength session last week.")
                    .arg(stage)
                    .arg(of)
                    .arg(last.maxStrengthPain));
        } else {
            out << make(RuleIds::kCoreStrength,
                tr("Core strength steps back to stage %1 of %2 after the red week.").arg(stage).arg(of));
        }
    }
    s.adaptations = out;
}

} // namespace Stridewise::PlanRules
