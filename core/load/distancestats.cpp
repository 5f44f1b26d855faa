#include "core/load/distancestats.h"

#include "core/model/isoweek.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace Stridewise::Load {

QList<WeekDistance> weeklyDistance(const QList<CompletedSession> &done, QDate from, QDate to)
{
    QList<WeekDistance> weeks;
    if (!from.isValid() || !to.isValid() || to < from)
        return weeks;
    const QDate first = IsoWeek::mondayOf(from);
    for (QDate monday = first; monday <= to; monday = monday.addDays(7))
        weeks << WeekDistance{ monday };
    for (const CompletedSession &s : done) {
        if (s.date < from || s.date > to)
            continue;
        WeekDistance &w = weeks[first.daysTo(IsoWeek::mondayOf(s.date)) / 7];
        if (s.distanceMeters)
            w.allMeters += *s.distanceMeters;
        if (s.activity != Activity::Run)
            continue;
        if (s.distanceMeters) {
            w.runMeters += *s.distanceMeters;
            ++w.runsWithDistance;
        } else {
            ++w.runsWithoutDistance;
        }
    }
    return weeks;
}

QList<ShoePain> painDayAfterRunsByShoe(const QList<ShoeRun> &runs, const QList<DailyPain> &pain)
{
    QHash<QDate, int> painOn;
    for (const DailyPain &p : pain)
        painOn.insert(p.date, p.score);
    QMap<qint64, QSet<QDate>> runDays; // ordered by shoe id; a day with two runs in one shoe counts once
    for (const ShoeRun &r : runs)
        runDays[r.shoeId].insert(r.date);
    QList<ShoePain> out;
    for (auto it = runDays.cbegin(); it != runDays.cend(); ++it) {
        ShoePain p;
        p.shoeId = it.key();
        int sum = 0;
        for (const QDate &day : it.value()) {
            const auto next = painOn.constFind(day.addDays(1));
            if (next == painOn.cend())
                continue;
            sum += *next;
            ++p.n;
        }
        if (p.n >= kMinShoeRuns)
            p.meanPain = double(sum) / p.n;
        out << p;
    }
    return out;
}

ShoeWear wear(double meters, int retireKm)
{
    ShoeWear w;
    w.km = meters / 1000.0;
    w.retireKm = retireKm;
    if (retireKm > 0) {
        w.pastRetirement = w.km >= retireKm;
        w.nearRetirement = !w.pastRetirement && w.km * 100 >= double(retireKm) * kRetireWarningPercent;
    }
    return w;
}

QString describe(const ShoePain &pain)
{
    if (!pain.meanPain) {
        return QCoreApplication::translate("Stridewise::Load", "not enough runs yet (%1 of %2)")
            .arg(pain.n)
            .arg(kMinShoeRuns);
    }
    return QCoreApplication::translate("Stridewise::Load", "%1/10 the day after %n runs (n = %n)", nullptr, pain.n)
        .arg(*pain.meanPain, 0, 'f', 1);
}

} // namespace Stridewise::Load
