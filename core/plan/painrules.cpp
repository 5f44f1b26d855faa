#include "core/model/names.h"
#include "core/plan/planrules.h"
#include "core/plan/rules.h"
#include "core/plan/thresholds.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

} // namespace

int dayIndex(Qt::DayOfWeek day)
{
    return int(day) - 1;
}

History analyseHistory(const PlanInput &in)
{
    History h;
    const QDate painFrom = in.historyEnd.addDays(1 - kPainWindowDays);
    const QDate flagFrom = in.historyEnd.addDays(1 - kRedFlagWindowDays);
    QHash<QDate, int> painOn;
    int sum = 0;
    for (const PainEntry &e : in.painLog) {
        if (e.date > in.historyEnd)
            continue;
        painOn.insert(e.date, e.score);
        if (e.date >= flagFrom && e.hasRedFlag()) {
            if (!h.firstRedFlagDay.isValid() || e.date < h.firstRedFlagDay)
                h.firstRedFlagDay = e.date;
            for (Symptom s : e.symptoms) {
                if (!h.redFlagSymptoms.contains(s))
                    h.redFlagSymptoms << s;
                h.urgent = h.urgent || isUrgent(s);
            }
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
    std::sort(h.redFlagSymptoms.begin(), h.redFlagSymptoms.end());
    h.meanPain = h.painDays > 0 ? double(sum) / h.painDays : 0.0;
    for (QDate d = painFrom; d < in.historyEnd; d = d.addDays(1)) {
        if (painOn.value(d, -1) >= kRedConsecutiveDayPain && painOn.value(d.addDays(1), -1) >= kRedConsecutiveDayPain) {
            h.consecutiveHighFrom = d;
            break;
        }
    }

    const QDate previousMonday = in.weekStart.addDays(-7);
    const QDate spikeFrom = in.historyEnd.addDays(1 - kSpikeWindowDays);
    std::array<int, kHistoryDays / 7> weekRun{}; // [0] = the week before weekStart
    for (const CompletedSession &c : in.completed) {
        if (c.date > in.historyEnd)
            continue;
        if (c.activity == Activity::Strength)
            ++h.strengthCompleted;
        if (c.activity != Activity::Run || c.minutes <= 0)
            continue;
        // Runs already done in the week being (re-)planned are not a past week of running.
        if (c.date < in.weekStart)
            h.hasRunHistory = true;
        ++h.runsCompleted;
        const qint64 weeksBack = (previousMonday.daysTo(c.date) < 0) ? (-previousMonday.daysTo(c.date) + 6) / 7 : 0;
        if (c.date < in.weekStart && weeksBack < qint64(weekRun.size()))
            weekRun[size_t(weeksBack)] += c.minutes;
        if (c.date >= spikeFrom)
            h.longestRecentRun = std::max(h.longestRecentRun, c.minutes);
        if (c.date >= painFrom && c.pain)
            h.maxPostRunPain = std::max(h.maxPostRunPain, *c.pain);
        // Rule 8: pain the morning after a run higher than the morning before it (the daily log is the morning).
        const QDate after = c.date.addDays(1);
        if (c.date >= painFrom && after <= in.historyEnd && painOn.contains(c.date) && painOn.contains(after)
            && painOn.value(after) > painOn.value(c.date) && !h.worseAfterRunDay.isValid()) {
            h.worseAfterRunDay = after;
            h.worseBefore = painOn.value(c.date);
            h.worseAfter = painOn.value(after);
        }
    }
    h.previousWeekRunMinutes = weekRun[0];
    for (int w : weekRun) {
        if (w > 0) {
            h.lastRunningWeekMinutes = w;
            break;
        }
    }
    h.lastRunBefore = in.lastRunBefore;
    h.strengthDayBefore = std::any_of(in.completed.begin(), in.completed.end(), [&](const CompletedSession &c) {
        return c.date == in.weekStart.addDays(-1) && c.activity == Activity::Strength;
    });
    for (int back = 1; back <= kMaxRunStreakDays; ++back) {
        const QDate d = in.weekStart.addDays(-back);
        const bool ran = std::any_of(in.completed.begin(), in.completed.end(),
            [&](const CompletedSession &c) { return c.date == d && c.activity == Activity::Run && c.minutes > 0; });
        if (!ran)
            break;
        h.runStreakBefore = back;
    }
    return h;
}

// Rule 9: red-flag symptoms in the last 7 days stop running and strength and send the runner to a clinician.
void applyRedFlags(PlanState &s)
{
    const History &h = s.history;
    if (h.redFlagSymptoms.isEmpty())
        return;
    s.redFlag = true;
    s.urgent = h.urgent;
    QStringList words;
    for (Symptom sym : h.redFlagSymptoms)
        words << Labels::symptom(sym).toLower();
    const QString what = words.join(QStringLiteral(", "));
    if (h.urgent) {
        s.redFlagAdaptations << Adaptation{ QString::fromLatin1(RuleIds::kRedFlagUrgent),
            tr("Seek urgent medical care today (emergency department): you logged %1 in the last 7 days (from %2). "
               "New trouble passing urine, loss of bladder or bowel control or numbness between the legs can mean "
               "a serious nerve problem that needs care the same day. All training except the gentle stretch is "
               "off until a clinician has seen you.")
                .arg(what, day(h.firstRedFlagDay)) };
    } else {
        s.redFlagAdaptations << Adaptation{ QString::fromLatin1(RuleIds::kRedFlag),
            tr("See a clinician before you continue: you logged %1 in the last 7 days (from %2). Running and "
               "strength work are off this week.")
                .arg(what, day(h.firstRedFlagDay)) };
    }
}

// Rule 8: the pain zone from the daily log of the last 7 days and the pain recorded after runs.
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
        // With a red flag the clinician message above already stops running and strength.
        s.adaptations << Adaptation{ QString::fromLatin1(RuleIds::kPainRed),
            s.redFlag ? tr("Back pain is in the red zone as well: %1.").arg(s.zoneTrigger)
                      : tr("No running this week: %1. Low-impact, core and stretching only; "
                           "consider seeing a physiotherapist or doctor.")
                            .arg(s.zoneTrigger) };
        return;
    }
    QString trigger;
    if (h.painDays > 0 && h.meanPain > kGreenMaxMeanPain)
        trigger = mean;
    else if (h.painDays > 0 && h.maxPain >= kAmberDayPain)
        trigger = tr("back pain %1/10 on %2").arg(h.maxPain).arg(day(h.maxPainDay));
    else if (h.maxPostRunPain > kGreenMaxPostRunPain)
        trigger = tr("back pain %1/10 after a run in the last 7 days").arg(h.maxPostRunPain);
    else if (h.worseAfterRunDay.isValid())
        trigger = tr("back pain %1/10 the morning after a run (%2), up from %3/10 the morning before")
                      .arg(h.worseAfter)
                      .arg(day(h.worseAfterRunDay))
                      .arg(h.worseBefore);
    if (trigger.isEmpty())
        return;
    // The adaptations naming this trigger come from the rules it changes (progression, runs).
    s.zone = PainZone::Amber;
    s.zoneTrigger = trigger;
    s.swapLongRun = true;
}

} // namespace Stridewise::PlanRules
