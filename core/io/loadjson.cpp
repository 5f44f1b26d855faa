#include "core/io/loadjson.h"

#include "core/load/loadreport.h"
#include "core/model/isoweek.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Stridewise::Json {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Json", text);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QJsonValue optional(const std::optional<double> &value, int decimals)
{
    return value ? QJsonValue(rounded(*value, decimals)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject groups(const GroupLoads &g)
{
    return { { QStringLiteral("running"), g.running }, { QStringLiteral("low_impact"), g.lowImpact },
        { QStringLiteral("strength"), g.strength } };
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QJsonObject fromLoadReport(const LoadReport &report)
{
    QJsonArray days;
    for (const DailyLoad &d : report.days) {
        days.append(QJsonObject{
            { QStringLiteral("date"), iso(d.date) },
            { QStringLiteral("load"), groups(d.load) },
            { QStringLiteral("total"), d.total() },
            { QStringLiteral("pain"), optional(d.pain) },
            { QStringLiteral("acute"), rounded(d.acute, 1) },
            { QStringLiteral("chronic"), rounded(d.chronic, 1) },
            { QStringLiteral("acwr"), optional(d.acwr, 2) },
            { QStringLiteral("running_acute"), rounded(d.runningAcute, 1) },
            { QStringLiteral("running_chronic"), rounded(d.runningChronic, 1) },
            { QStringLiteral("running_acwr"), optional(d.runningAcwr, 2) },
            { QStringLiteral("planned"), groups(d.planned) },
            { QStringLiteral("planned_total"), d.planned.total() },
            { QStringLiteral("minutes"), d.minutes },
            { QStringLiteral("run_minutes"), d.runMinutes },
            { QStringLiteral("pain_after"), optional(d.painAfter) },
            { QStringLiteral("red_flag"), d.redFlag },
            { QStringLiteral("urgent"), d.urgent },
            { QStringLiteral("spike"), d.spike },
        });
    }
    QJsonArray weeks;
    for (const WeekStats &w : report.weeks) {
        weeks.append(QJsonObject{
            { QStringLiteral("week"), IsoWeek::name(w.monday) },
            { QStringLiteral("monday"), iso(w.monday) },
            { QStringLiteral("days"), w.days },
            { QStringLiteral("load"), w.total() },
            { QStringLiteral("load_by_group"), groups(w.load) },
            { QStringLiteral("planned"), w.planned.total() },
            { QStringLiteral("minutes"), w.minutes },
            { QStringLiteral("run_minutes"), w.runMinutes },
            { QStringLiteral("mean_daily_load"), rounded(w.meanDailyLoad, 1) },
            { QStringLiteral("monotony"), optional(w.monotony, 2) },
            { QStringLiteral("strain"), optional(w.strain, 1) },
            { QStringLiteral("pain_days"), w.painDays },
            { QStringLiteral("mean_pain"), optional(w.meanPain, 1) },
            { QStringLiteral("red_flag_days"), w.redFlagDays },
        });
    }
    QJsonArray spikes;
    for (const Spike &s : report.spikes) {
        spikes.append(QJsonObject{
            { QStringLiteral("date"), iso(s.date) },
            { QStringLiteral("minutes"), s.minutes },
            { QStringLiteral("longest_prior_30d"), s.longestPrior30d },
            { QStringLiteral("ratio"), rounded(s.ratio, 2) },
            { QStringLiteral("measure"), s.byDistance ? QStringLiteral("distance") : QStringLiteral("minutes") },
            { QStringLiteral("distance_m"), s.byDistance ? QJsonValue(rounded(s.meters, 1)) : QJsonValue() },
            { QStringLiteral("longest_prior_30d_m"),
                s.byDistance ? QJsonValue(rounded(s.longestPriorMeters, 1)) : QJsonValue() },
        });
    }
    QJsonArray correlations;
    for (const Correlation &c : report.correlations) {
        correlations.append(QJsonObject{
            { QStringLiteral("lag"), c.lag },
            { QStringLiteral("rho"), optional(c.rho, 2) },
            { QStringLiteral("n"), c.n },
            { QStringLiteral("summary"), Load::describe(c) },
        });
    }
    return {
        { QStringLiteral("from"), iso(report.from) },
        { QStringLiteral("to"), iso(report.to) },
        { QStringLiteral("load_unit"), QStringLiteral("effort x minutes") },
        { QStringLiteral("days"), days },
        { QStringLiteral("weeks"), weeks },
        { QStringLiteral("spikes"), spikes },
        { QStringLiteral("correlations"), correlations },
        { QStringLiteral("summary"), report.summary },
        { QStringLiteral("acwr_note"),
            tr("The acute:chronic ratio is context, not a verdict: the evidence that it predicts injury is "
               "disputed.") },
    };
}

} // namespace Stridewise::Json
