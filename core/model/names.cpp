#include "core/model/names.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Stridewise {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parseName(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[e, name] : table) {
        if (t == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList allNames(const std::array<std::pair<E, const char *>, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

constexpr std::array<std::pair<Activity, const char *>, 6> kActivities{{
    {Activity::Run, "run"},
    {Activity::Walk, "walk"},
    {Activity::Cycle, "cycle"},
    {Activity::Swim, "swim"},
    {Activity::Strength, "strength"},
    {Activity::Stretch, "stretch"},
}};
constexpr std::array<std::pair<Activity, const char *>, 3> kLowImpact{{
    {Activity::Walk, "walking"},
    {Activity::Cycle, "cycling"},
    {Activity::Swim, "swimming"},
}};
constexpr std::array<std::pair<ActivityGroup, const char *>, 3> kGroups{{
    {ActivityGroup::Running, "running"},
    {ActivityGroup::LowImpact, "low_impact"},
    {ActivityGroup::Strength, "strength"},
}};
constexpr std::array<std::pair<Experience, const char *>, 3> kExperiences{{
    {Experience::New, "new"},
    {Experience::Returning, "returning"},
    {Experience::Regular, "regular"},
}};
constexpr std::array<std::pair<Qt::DayOfWeek, const char *>, 7> kWeekdays{{
    {Qt::Monday, "mon"},
    {Qt::Tuesday, "tue"},
    {Qt::Wednesday, "wed"},
    {Qt::Thursday, "thu"},
    {Qt::Friday, "fri"},
    {Qt::Saturday, "sat"},
    {Qt::Sunday, "sun"},
}};
constexpr std::array<std::pair<TimeOfDay, const char *>, 3> kTimes{{
    {TimeOfDay::Morning, "morning"},
    {TimeOfDay::Midday, "midday"},
    {TimeOfDay::Evening, "evening"},
}};
constexpr std::array<std::pair<Symptom, const char *>, 12> kSymptoms{ {
    { Symptom::Numbness, "numbness" },
    { Symptom::Tingling, "tingling" },
    { Symptom::LegPain, "leg-pain" },
    { Symptom::Weakness, "weakness" },
    { Symptom::NightPain, "night-pain" },
    { Symptom::BladderBowel, "bladder-bowel" },
    { Symptom::SaddleNumbness, "saddle-numbness" },
    { Symptom::Fever, "fever" },
    { Symptom::WeightLoss, "weight-loss" },
    { Symptom::CancerHistory, "cancer-history" },
    { Symptom::Trauma, "trauma" },
    { Symptom::BothLegs, "both-legs" },
} };
constexpr std::array<std::pair<PainZone, const char *>, 3> kZones{{
    {PainZone::Green, "green"},
    {PainZone::Amber, "amber"},
    {PainZone::Red, "red"},
}};
constexpr std::array<std::pair<StepPart, const char *>, 4> kParts{{
    {StepPart::WarmUp, "warm-up"},
    {StepPart::Main, "main"},
    {StepPart::CoolDown, "cool-down"},
    {StepPart::Exercise, "exercise"},
}};
constexpr std::array<std::pair<EvidenceStrength, const char *>, 5> kEvidence{{
    {EvidenceStrength::Strong, "strong"},
    {EvidenceStrength::Moderate, "moderate"},
    {EvidenceStrength::Weak, "weak"},
    {EvidenceStrength::ExpertOpinion, "expert-opinion"},
    {EvidenceStrength::DesignPrinciple, "design-principle"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Labels", text);
}

} // namespace

namespace Names {
QString activity(Activity a) { return nameOf(kActivities, a); }
std::optional<Activity> parseActivity(const QString &text) { return parseName(kActivities, text); }
QString lowImpact(Activity a) { return nameOf(kLowImpact, a); }
std::optional<Activity> parseLowImpact(const QString &text) { return parseName(kLowImpact, text); }
QString group(ActivityGroup g) { return nameOf(kGroups, g); }
QString experience(Experience e) { return nameOf(kExperiences, e); }
std::optional<Experience> parseExperience(const QString &text) { return parseName(kExperiences, text); }
QString weekday(Qt::DayOfWeek d) { return nameOf(kWeekdays, d); }
std::optional<Qt::DayOfWeek> parseWeekday(const QString &text) { return parseName(kWeekdays, text); }
QString timeOfDay(TimeOfDay t) { return nameOf(kTimes, t); }
std::optional<TimeOfDay> parseTimeOfDay(const QString &text) { return parseName(kTimes, text); }
QString symptom(Symptom s) { return nameOf(kSymptoms, s); }
std::optional<Symptom> parseSymptom(const QString &text) { return parseName(kSymptoms, text); }
QString zone(PainZone z) { return nameOf(kZones, z); }
std::optional<PainZone> parseZone(const QString &text) { return parseName(kZones, text); }
QString stepPart(StepPart p) { return nameOf(kParts, p); }
std::optional<StepPart> parseStepPart(const QString &text) { return parseName(kParts, text); }
QString evidence(EvidenceStrength s) { return nameOf(kEvidence, s); }
QStringList allActivities() { return allNames(kActivities); }
QStringList allLowImpact() { return allNames(kLowImpact); }
QStringList allExperiences() { return allNames(kExperiences); }
QStringList allWeekdays() { return allNames(kWeekdays); }
QStringList allSymptoms() { return allNames(kSymptoms); }
QList<Symptom> allSymptomValues()
{
    QList<Symptom> out;
    for (const auto &entry : kSymptoms)
        out << entry.first;
    return out;
}
} // namespace Names

namespace Labels {

QString activity(Activity a)
{
    switch (a) {
    case Activity::Run:
        return tr("Run");
    case Activity::Walk:
        return tr("Walk");
    case Activity::Cycle:
        return tr("Cycle");
    case Activity::Swim:
        return tr("Swim");
    case Activity::Strength:
        return tr("Core strength");
    case Activity::Stretch:
        return tr("Hamstring stretch");
    }
    return {};
}

QString experience(Experience e)
{
    switch (e) {
    case Experience::New:
        return tr("New to running");
    case Experience::Returning:
        return tr("Returning after a break or back pain");
    case Experience::Regular:
        return tr("Regular runner");
    }
    return {};
}

QString weekday(Qt::DayOfWeek d)
{
    switch (d) {
    case Qt::Monday:
        return tr("Monday");
    case Qt::Tuesday:
        return tr("Tuesday");
    case Qt::Wednesday:
        return tr("Wednesday");
    case Qt::Thursday:
        return tr("Thursday");
    case Qt::Friday:
        return tr("Friday");
    case Qt::Saturday:
        return tr("Saturday");
    case Qt::Sunday:
        return tr("Sunday");
    }
    return {};
}

QString timeOfDay(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::Morning:
        return tr("Morning");
    case TimeOfDay::Midday:
        return tr("Midday");
    case TimeOfDay::Evening:
        return tr("Evening");
    }
    return {};
}

QString symptom(Symptom s)
{
    switch (s) {
    case Symptom::Numbness:
        return tr("Numbness");
    case Symptom::Tingling:
        return tr("Tingling");
    case Symptom::LegPain:
        return tr("Pain spreading down the leg");
    case Symptom::Weakness:
        return tr("Leg weakness");
    case Symptom::NightPain:
        return tr("Night pain that does not ease");
    case Symptom::BladderBowel:
        return tr("Bladder or bowel change");
    case Symptom::SaddleNumbness:
        return tr("Numbness in the saddle area");
    case Symptom::Fever:
        return tr("Fever or feeling unwell");
    case Symptom::WeightLoss:
        return tr("Unexplained weight loss");
    case Symptom::CancerHistory:
        return tr("A history of cancer");
    case Symptom::Trauma:
        return tr("Pain after a fall or blow");
    case Symptom::BothLegs:
        return tr("Numbness or weakness in both legs");
    }
    return {};
}

QString zone(PainZone z)
{
    switch (z) {
    case PainZone::Green:
        return tr("Green");
    case PainZone::Amber:
        return tr("Amber");
    case PainZone::Red:
        return tr("Red");
    }
    return {};
}

QString evidence(EvidenceStrength s)
{
    switch (s) {
    case EvidenceStrength::Strong:
        return tr("Strong");
    case EvidenceStrength::Moderate:
        return tr("Moderate");
    case EvidenceStrength::Weak:
        return tr("Weak");
    case EvidenceStrength::ExpertOpinion:
        return tr("Expert opinion");
    case EvidenceStrength::DesignPrinciple:
        return tr("Design principle");
    }
    return {};
}

QString borgWord(int rpe)
{
    // Borg CR-10 verbal anchors (Borg 1982, EVIDENCE.md "Session-RPE load").
    switch (rpe) {
    case 0:
        return tr("Rest");
    case 1:
        return tr("Very, very easy");
    case 2:
        return tr("Easy");
    case 3:
        return tr("Moderate");
    case 4:
        return tr("Somewhat hard");
    case 5:
    case 6:
        return tr("Hard");
    case 7:
    case 8:
    case 9:
        return tr("Very hard");
    case 10:
        return tr("Maximal");
    default:
        return {};
    }
}

} // namespace Labels

} // namespace Stridewise
