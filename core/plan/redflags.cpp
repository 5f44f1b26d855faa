#include "core/plan/redflags.h"

#include "core/model/names.h"

#include <QCoreApplication>

#include <algorithm>

namespace Stridewise::RedFlags {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::RedFlags", text);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool anyUrgent(const QList<Symptom> &symptoms)
{
    return std::any_of(symptoms.begin(), symptoms.end(), [](Symptom s) { return isUrgent(s); });
}

/** "on 2026-12-03" or "from 2026-12-01 to 2026-12-03". */
QString when(const Status &s)
{
    if (s.firstDay == s.lastDay)
        return tr("on %1").arg(iso(s.firstDay));
    return tr("from %1 to %2").arg(iso(s.firstDay), iso(s.lastDay));
}

} // namespace

Status status(const QList<PainEntry> &entries, QDate lastClearance, QDate day)
{
    Status s;
    s.lastClearance = lastClearance.isValid() && lastClearance <= day ? lastClearance : QDate();
    for (const PainEntry &e : entries) {
        if (!e.hasRedFlag() || e.date > day || (s.lastClearance.isValid() && e.date <= s.lastClearance))
            continue;
        s.pending = true;
        if (!s.firstDay.isValid() || e.date < s.firstDay)
            s.firstDay = e.date;
        if (!s.lastDay.isValid() || e.date > s.lastDay)
            s.lastDay = e.date;
        for (Symptom sym : e.symptoms) {
            if (!s.symptoms.contains(sym))
                s.symptoms << sym;
        }
    }
    std::sort(s.symptoms.begin(), s.symptoms.end());
    s.urgent = anyUrgent(s.symptoms);
    return s;
}

QString symptomWords(const QList<Symptom> &symptoms)
{
    QStringList words;
    for (Symptom s : symptoms)
        words << Labels::symptom(s).toLower();
    return words.join(QStringLiteral(", "));
}

QString fullAdvice(const QList<Symptom> &symptoms)
{
    if (symptoms.isEmpty())
        return {};
    if (anyUrgent(symptoms)) {
        return tr("Go to urgent care today (an emergency department). New trouble passing urine, loss of bladder or "
                  "bowel control, numbness between the legs, or numbness or weakness in both legs can mean a nerve is "
                  "pressed and need a doctor now. Do not run or train.");
    }
    // True whether or not this week has been re-planned yet: plans leave running and strength out until a
    // clearance is recorded, and Re-plan takes them out of the rest of this week.
    return tr("Stop running and see a clinician soon. Until a clinician has seen you, skip runs and strength work: "
              "plans leave them out until you record that a clinician has cleared you, and Re-plan takes them out of "
              "the rest of this week. The stretches and easy walking stay if they bring on no leg symptoms.");
}

QString briefAdvice(const QList<Symptom> &symptoms)
{
    if (symptoms.isEmpty())
        return {};
    if (anyUrgent(symptoms))
        return tr("Go to urgent care today. Do not run.");
    return tr("Stop running and see a clinician soon.");
}

QString banner(const Status &s)
{
    if (!s.pending)
        return {};
    return tr("Red flag %1: %2. %3 Running and strength stay off until you record that a clinician has seen you.")
        .arg(when(s), symptomWords(s.symptoms), fullAdvice(s.symptoms));
}

QString planMessage(const Status &s)
{
    if (!s.pending)
        return {};
    if (s.urgent) {
        return tr("Seek urgent medical care today (emergency department): you logged %1 %2. New trouble passing "
                  "urine, loss of bladder or bowel control, numbness between the legs or in both legs can mean a "
                  "serious nerve problem that needs care the same day. Nothing is planned, not even the stretch, "
                  "until you record that a clinician has seen you.")
            .arg(symptomWords(s.symptoms), when(s));
    }
    return tr("See a clinician before you continue: you logged %1 %2. Running and strength work stay off, this week "
              "and every week after, until you record that a clinician has seen you.")
        .arg(symptomWords(s.symptoms), when(s));
}

QString clearedMessage(QDate clearedOn, const QList<Symptom> &cleared)
{
    if (cleared.isEmpty())
        return tr("Recorded that a clinician saw you on %1.").arg(iso(clearedOn));
    return tr("Recorded that a clinician saw you on %1 about %2. From the next plan on, running comes back on the "
              "return ladder, starting with walk–runs, and core strength restarts at two sessions a week.")
        .arg(iso(clearedOn), symptomWords(cleared));
}

} // namespace Stridewise::RedFlags
