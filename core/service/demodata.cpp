#include "core/service/demodata.h"

#include "core/load/loadmath.h"
#include "core/model/isoweek.h"
#include "core/plan/plangenerator.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/demorepository.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::DemoData", text);
}

/**
 * SplitMix64: tiny, fast and identical on every platform, unlike std::uniform_int_distribution whose
 * output is implementation-defined — the demo must be the same for a seed everywhere.
 */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, 1). */
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /** Uniform integer in [lo, hi]. */
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

/** A stretch of days with worse back pain, rising to a peak and easing off. */
struct FlareUp
{
    int start = 0; ///< day index from the first Monday
    int length = 0;
    int peak = 0; ///< extra pain at the worst day

    int extraPain(int day) const
    {
        if (day < start || day >= start + length)
            return 0;
        const int top = start + length / 3; // quick rise, slow easing
        const double share = day <= top ? double(day - start + 1) / double(top - start + 1)
                                        : double(start + length - day) / double(start + length - top);
        return int(std::lround(peak * share));
    }
};

Profile demoProfile()
{
    Profile p;
    // Running about 60 min a week, building toward 90: the demo shows the level rising toward the goal over calm
    // months (issue 9), a flare-up holding it, and a red flag's return ladder.
    p.experience = Experience::Returning;
    p.runMinutes = 60;
    p.goalMinutes = 90;
    p.runDays = 3;
    p.longRunDay = Qt::Sunday;
    p.lowImpact = { Activity::Walk, Activity::Cycle };
    p.weekdayMinutes = 60;
    p.weekendMinutes = 100;
    return p;
}

QString describeInputs(const PlanInput &input)
{
    const QJsonObject o{
        { QStringLiteral("history_end"), input.historyEnd.toString(Qt::ISODate) },
        { QStringLiteral("completed_sessions"), input.completedCount() },
        { QStringLiteral("pain_days"), int(input.painLog.size()) },
        { QStringLiteral("weeks_planned_before"), input.weeksPlannedBefore },
        { QStringLiteral("generator_version"), PlanGenerator::kVersion },
        { QStringLiteral("demo"), true },
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** The simulated runner: what they did with a week's plan and how their back felt, day by day. */
class Runner
{
public:
    Runner(quint64 seed, int days, int lastDay)
        : m_rng(seed)
    {
        // "A flare-up or two" in a short demo; about one every six months over years.
        const int count = days <= 28 ? 1 : std::max(2, days / 182);
        const int usable = std::max(lastDay + 1, 1);
        const int segment = usable / count;
        for (int i = 0; i < count; ++i) {
            FlareUp f;
            f.length = m_rng.between(8, 15);
            const int room = std::max(segment - f.length, 1);
            f.start = i * segment + m_rng.between(0, room - 1);
            f.peak = m_rng.between(3, 5);
            m_flares << f;
        }
        // The one red-flag episode comes at the worst of the last flare-up, on a day already in the past.
        const FlareUp &last = m_flares.last();
        m_redFlagDay = std::min(last.start + last.length / 3, lastDay);
    }

    int flareCount() const { return int(m_flares.size()); }
    int redFlagDay() const { return m_redFlagDay; }
    /** The runner sees their GP a few days after the red flag and records the clearance (issue 17). */
    int clearanceDay() const { return m_redFlagDay + kDaysToClearance; }

    /** Morning pain of day `day`, from the slow baseline, any flare-up and yesterday's load. */
    int morningPain(int day)
    {
        // The baseline drifts slowly between 1 and 3.
        if (m_rng.chance(0.05))
            m_baseline = std::clamp(m_baseline + (m_rng.chance(0.5) ? 1 : -1), 1, 3);
        int extra = 0;
        for (const FlareUp &f : m_flares)
            extra = std::max(extra, f.extraPain(day));
        // A hard day tends to show the next morning (what the chart's correlation is there to reveal).
        const double loadEffect = std::clamp((m_yesterdayLoad - 200.0) / 250.0, -1.0, 2.0);
        const double raw = m_baseline + extra + loadEffect + (m_rng.uniform() - 0.5) * 1.6;
        int pain = std::clamp(int(std::lround(raw)), 0, 10);
        if (day >= m_redFlagDay && day <= m_redFlagDay + 1)
            pain = std::max(pain, 6);
        return pain;
    }

    /** Whether the runner logs the day's pain: most days, not all (the gaps are missing days, not pain 0). */
    bool logsPain(int day) { return (day >= m_redFlagDay && day <= m_redFlagDay + 1) || m_rng.chance(0.86); }

    /** Done, skipped (with a reason) or left unticked; sets the completion when recorded. */
    void complete(PlannedSession &s, int pain)
    {
        double missChance = 0.12;
        switch (s.activity) {
        case Activity::Run:
            missChance = 0.10 + 0.08 * std::max(0, pain - 3);
            break;
        case Activity::Strength:
            missChance = 0.18 + 0.05 * std::max(0, pain - 4);
            break;
        case Activity::Stretch:
            missChance = 0.22;
            break;
        case Activity::Walk:
        case Activity::Cycle:
        case Activity::Swim:
            missChance = 0.12;
            break;
        }
        if (m_rng.chance(missChance)) {
            if (m_rng.chance(0.5)) {
                static const char *const reasons[] = {
                    QT_TRANSLATE_NOOP("Stridewise::DemoData", "Busy at work"),
                    QT_TRANSLATE_NOOP("Stridewise::DemoData", "Back too sore"),
                    QT_TRANSLATE_NOOP("Stridewise::DemoData", "Heavy rain"),
                    QT_TRANSLATE_NOOP("Stridewise::DemoData", "Tired after a short night"),
                    QT_TRANSLATE_NOOP("Stridewise::DemoData", "Family day"),
                };
                Completion c;
                c.skipped = true;
                c.note = tr(reasons[pain >= 5 ? 1 : m_rng.between(0, 4)]);
                s.completion = c;
            }
            return;
        }
        Completion c;
        double factor = 0.9 + 0.2 * m_rng.uniform();
        if (s.activity == Activity::Run && m_rng.chance(0.04)) {
            factor = 1.2 + 0.25 * m_rng.uniform(); // "felt good, kept going": the spikes the chart marks
            c.note = tr("Felt good, kept going");
        }
        c.minutes = std::clamp(int(std::lround(s.minutes * factor)), 1, 600);
        const int nudge = m_rng.between(-1, 1) + (pain >= 5 && s.activity != Activity::Stretch ? 1 : 0);
        c.rpe = std::clamp(s.rpe + nudge, s.activity == Activity::Stretch ? 0 : 1, 10);
        if (s.activity != Activity::Stretch && m_rng.chance(0.7))
            c.pain = std::clamp(pain + m_rng.between(-1, 1), 0, 10);
        s.completion = c;
        m_todayLoad += Load::sessionLoad(c.rpe, c.minutes);
    }

    /** Closes a day: its done load becomes "yesterday" for the next morning. */
    void endDay()
    {
        m_yesterdayLoad = m_todayLoad;
        m_todayLoad = 0;
    }

private:
    static constexpr int kDaysToClearance = 5;
    Rng m_rng;
    QList<FlareUp> m_flares;
    int m_redFlagDay = 0;
    int m_baseline = 2;
    double m_yesterdayLoad = 0;
    double m_todayLoad = 0;
};

} // namespace

Result<DemoSummary> DemoData::fill(const DemoOptions &options)
{
    if (options.weeks < 1 || options.weeks > kMaxWeeks) {
        return Result<DemoSummary>::failure(
            ErrorKind::Invalid, tr("The number of weeks %1 is outside 1–%2.").arg(options.weeks).arg(kMaxWeeks));
    }
    if (!options.today.isValid())
        return Result<DemoSummary>::failure(ErrorKind::Invalid, tr("The demo needs a valid date for today."));
    // Every week in one transaction (issue 16): a kill, a full disk or a refusal leaves no half-filled demo file.
    Transaction all(m_db);
    if (!all.isActive())
        return all.error();
    DemoRepository demo(m_db);
    auto hasData = demo.hasData();
    if (!hasData)
        return hasData.error();
    if (*hasData) {
        return Result<DemoSummary>::failure(ErrorKind::Conflict,
            tr("%1 already holds data; demo data only goes into a new, empty file.").arg(m_db.path()));
    }
    if (auto saved = ProfileRepository(m_db).save(demoProfile()); !saved)
        return saved.error();

    DemoSummary summary;
    summary.weeks = options.weeks;
    summary.lastMonday = IsoWeek::mondayOf(options.today);
    summary.firstMonday = summary.lastMonday.addDays(-7 * (options.weeks - 1));
    const int days = options.weeks * 7;
    const int lastDay = int(summary.firstMonday.daysTo(options.today));
    Runner runner(options.seed, days, lastDay);
    summary.flareUps = runner.flareCount();
    summary.redFlagDate = summary.firstMonday.addDays(runner.redFlagDay());

    Planner planner(m_db);
    const PlanGenerator generator;
    for (int w = 0; w < options.weeks; ++w) {
        const QDate monday = summary.firstMonday.addDays(7 * w);
        // The same inputs the window and `plan` use, so each week adapts to the simulated weeks before it.
        auto input = planner.inputFor(monday);
        if (!input)
            return input.error();
        Week week = generator.generate(*input);
        week.inputs = describeInputs(*input);

        QList<PainEntry> painLog;
        for (int d = 0; d < 7; ++d) {
            const QDate date = monday.addDays(d);
            const int day = w * 7 + d;
            if (date > options.today)
                break; // the future: nothing done, nothing logged
            const int pain = runner.morningPain(day);
            if (runner.logsPain(day)) {
                PainEntry entry;
                entry.date = date;
                entry.score = pain;
                if (day >= runner.redFlagDay() && day <= runner.redFlagDay() + 1) {
                    entry.symptoms = { Symptom::Numbness, Symptom::LegPain };
                    entry.note = tr("Pain down the left leg with numbness; booked a GP appointment.");
                }
                painLog << entry;
            }
            for (PlannedSession &s : week.sessions) {
                if (s.date != date)
                    continue;
                runner.complete(s, pain);
                if (!s.completion)
                    ++summary.unrecorded;
                else if (s.completion->skipped)
                    ++summary.skipped;
                else
                    ++summary.done;
            }
            runner.endDay();
        }
        summary.sessions += int(week.sessions.size());
        summary.painDays += int(painLog.size());
        if (auto saved = demo.saveWeekWithLog(week, painLog); !saved)
            return saved.error();
        // The GP saw the runner a few days after the red flag: recorded, so the next plans climb the return ladder
        // from walk–runs instead of staying a red-flag week for good.
        const QDate cleared = summary.firstMonday.addDays(runner.clearanceDay());
        if (cleared >= monday && cleared <= monday.addDays(6) && cleared <= options.today) {
            const Clearance clearance{ cleared, tr("Seen by the GP: no serious cause found; a gentle return agreed.") };
            if (auto recorded = LogRepository(m_db).recordClearance(clearance); !recorded)
                return recorded.error();
            summary.clearedDate = cleared;
        }
    }
    if (auto committed = all.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace Stridewise
