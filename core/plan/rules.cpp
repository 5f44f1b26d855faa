#include "core/plan/rules.h"

#include <QCoreApplication>

// Every summary, evidence line, source and strength below comes from ../shared/EVIDENCE.md and goes no
// further than it does. Sources are citations and stay untranslated.

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Rules", text);
}

QList<RuleInfo> buildRules()
{
    using namespace RuleIds;
    return {
        { QString::fromLatin1(kHamstringStretch), 1, tr("Hamstring stretch twice a day"),
            tr("Every day, morning and evening: lying on your back, raise one straight leg and hold it for 30 s, "
               "then the other leg."),
            tr("In a trial of 93 adults with tight hamstrings, 30 s holds gained as much range as 60 s, and three "
               "stretches a day gained no more than one. The trial measured knee range of motion, not back pain: "
               "moderate evidence for flexibility, weak for back pain. "
               "Twice a day is what runners asked for; once a day works as well."),
            QStringLiteral("Bandy WD, Irion JM, Briggler M. Phys Ther 1997;77(10):1090–1096."),
            EvidenceStrength::Moderate },
        { QString::fromLatin1(kWarmUp), 2, tr("Warm-up and cool-down around every run"),
            tr("Every run starts with 5–10 min of brisk walking or light jogging and ends with an easy walk. "
               "New runners alternate running and walking."),
            tr("A review of 5 trials found fewer injuries in 3 and none in 2: not enough evidence to endorse or drop "
               "warm-ups. A later meta-analysis found better performance, not fewer injuries. No trial looked at "
               "runners' backs. We keep it because it is cheap and harmless."),
            QStringLiteral("Fradkin AJ, Gabbe BJ, Cameron PA. J Sci Med Sport 2006;9(3):214–220. "
                           "Fradkin AJ, Zazryn TR, Smoliga JM. J Strength Cond Res 2010;24(1):140–148."),
            EvidenceStrength::Weak },
        { QString::fromLatin1(kRunStreakRest), 3, tr("Rest day and no long running streaks"),
            tr("Never more than two running days in a row, and at least one day a week with only the stretches."),
            tr("No trial was found. This is expert opinion."), QString(), EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kVariedRuns), 4, tr("Varied run lengths"),
            tr("With three or more runs, one is longer (at most 40 % of the week's running) and no two runs are "
               "the same length."),
            tr("No trial was found. Varying lengths lowers the week's monotony and keeps single runs from spiking. "
               "The 40 % is our own judgement."),
            QString(), EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kLowImpact), 5, tr("Low-impact sessions"),
            tr("At least one walking, cycling or swimming session a week, from the ones you prefer, and more when "
               "your back hurts."),
            tr("A review of 19 studies lists not doing other aerobic exercise every week among the reported risk "
               "factors for back pain in runners. The studies were observational."),
            QStringLiteral("Maselli F et al. BMC Musculoskelet Disord 2020;21:343."), EvidenceStrength::Weak },
        { QString::fromLatin1(kCoreStrength), 6, tr("Core strength two or three times a week"),
            tr("Curl-up, side plank and bird-dog, never on two days in a row; dead bug and glute bridge are added "
               "once you have done a few sessions."),
            tr("A meta-analysis of 21 trials (30,850 people) found that exercise with education cut new back-pain "
               "episodes (risk ratio 0.55, moderate quality) and exercise alone too (0.65, low quality). The "
               "exercises follow McGill (details unverified; expert opinion). Two to three times a week is our own "
               "judgement."),
            QStringLiteral("Steffens D et al. JAMA Intern Med 2016;176(2):199–208. "
                           "McGill SM. Low Back Disorders. Human Kinetics (details unverified)."),
            EvidenceStrength::Moderate },
        { QString::fromLatin1(kProgression), 7, tr("Gradual progression"),
            tr("Running goes up by at most 10 % of what you actually ran the week before; missed sessions are "
               "never made up; every fourth week is easier."),
            tr("In a trial of 532 new runners, a graded 10 % programme did not prevent injury (20.8 % vs 20.3 %). "
               "In a cohort of 874 new runners, increases above 30 % a week were not clearly riskier. No trial "
               "supports the 10 % rule; we keep it only as a second guard behind the spike guard."),
            QStringLiteral("Buist I et al. Am J Sports Med 2008;36(1):33–39. "
                           "Nielsen RO et al. J Orthop Sports Phys Ther 2014;44(10):739–747."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kPainZone), 8, tr("Pain zones"),
            tr("Green (mean back pain over the last 7 days at most 2/10 and no pain above 3/10 after a run): train "
               "as planned. Amber (mean above 2/10, a day at 5/10 or more, pain above 3/10 after a run, or worse "
               "the morning after a run): running is not increased and the long run becomes low-impact. Red (mean "
               "5/10 or more, or two days in a row at 6/10 or more): no running this week."),
            tr("In a trial of 38 people with Achilles tendon pain, those who kept running while monitoring pain "
               "did as well as those who rested for 6 weeks. That was tendons, not backs: for backs, and for our "
               "cut-offs, this is expert opinion."),
            QStringLiteral("Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Am J Sports Med 2007;35(6):897–906."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kRedFlag), 9, tr("Red flags stop training"),
            tr("Numbness, tingling, pain down a leg, leg weakness or night pain: no running or strength, and see a "
               "clinician before you continue. Bladder or bowel changes or numbness between the legs: urgent care "
               "today."),
            tr("NICE asks clinicians to rule out serious causes of back pain first. Trouble passing urine, loss of "
               "bladder or bowel control and numbness in the saddle area can mean cauda equina syndrome, which "
               "usually needs immediate admission (details unverified)."),
            QStringLiteral("NICE NG59, Low back pain and sciatica in over 16s (2016, updated 2020)."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kSpikeGuard), 10, tr("Spike guard"),
            tr("No run is longer than 110 % of your longest run in the last 30 days."),
            tr("In 5,205 runners (588,071 runs), a run more than 10 % longer than the longest of the past 30 days "
               "went with more injuries (hazard ratio 1.64 for 10–30 % longer). One large observational study; it "
               "measured distance, not minutes, and all overuse injuries, not back pain."),
            QStringLiteral("Frandsen JSB et al. Br J Sports Med 2025;59(17):1203–1210."), EvidenceStrength::Moderate },
        { QString::fromLatin1(kFitTime), 11, tr("Fits your time"),
            tr("Sessions go only on the days and within the minutes you have; what does not fit is reported, "
               "never squeezed in by breaking a safety rule."),
            tr("A design principle, not a research finding."), QString(), EvidenceStrength::DesignPrinciple },
        { QString::fromLatin1(kMonotony), 12, tr("Varied week"),
            tr("Hard and easy days alternate: the week's monotony (mean daily load ÷ its spread) stays below 1.5."),
            tr("In 25 athletes, illnesses mostly followed training strain above each athlete's own threshold. No "
               "fixed cut-off was given; the 1.5 is a rule of thumb."),
            QStringLiteral("Foster C. Med Sci Sports Exerc 1998;30(7):1164–1168."), EvidenceStrength::Weak },
    };
}

} // namespace

const QList<RuleInfo> &planningRules()
{
    static const QList<RuleInfo> rules = buildRules();
    return rules;
}

std::optional<RuleInfo> ruleById(const QString &id)
{
    using namespace RuleIds;
    static const QList<std::pair<QString, QString>> aliases{
        { QString::fromLatin1(kPainAmber), QString::fromLatin1(kPainZone) },
        { QString::fromLatin1(kPainRed), QString::fromLatin1(kPainZone) },
        { QStringLiteral("pain-green"), QString::fromLatin1(kPainZone) },
        { QString::fromLatin1(kRedFlagUrgent), QString::fromLatin1(kRedFlag) },
        { QString::fromLatin1(kEasyWeek), QString::fromLatin1(kProgression) },
    };
    QString canonical = id;
    for (const auto &[alias, target] : aliases) {
        if (alias == id)
            canonical = target;
    }
    for (const RuleInfo &r : planningRules()) {
        if (r.id == canonical)
            return r;
    }
    return std::nullopt;
}

QString safetyNote()
{
    return tr("Stridewise does not replace a medical professional. If in doubt, see one before you start.");
}

} // namespace Stridewise
