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
            tr("Every day, morning and evening: lying on your back, raise one straight leg until you feel a gentle "
               "pull "
               "behind the thigh and hold it for 30 s, then the other leg. With leg symptoms or a disc problem in the "
               "past: stop if it brings on leg pain, tingling or numbness, because raising a straight leg stretches "
               "the nerves of the leg too. Not planned in a week that sends you to urgent care."),
            tr("In a trial of 93 adults with tight hamstrings, 30 s holds gained as much range as 60 s, and three "
               "stretches a day gained no more than one. The trial measured knee range of motion, not back pain: "
               "moderate evidence for flexibility, weak for back pain. "
               "Twice a day is what runners asked for; once a day works as well. The warning about leg symptoms "
               "is our own caution."),
            QStringLiteral("Bandy WD, Irion JM, Briggler M. Phys Ther 1997;77(10):1090–1096."),
            EvidenceStrength::Moderate },
        { QString::fromLatin1(kWarmUp), 2, tr("Warm-up and cool-down around every run"),
            tr("Every run starts with 5–10 min of brisk walking or light jogging and ends with an easy walk. "
               "New runners start a walk–run programme in week 1: 1 min running and 1½ min walking at first, longer "
               "runs and shorter walks as the longest run grows, until 20 min without stopping. A walk–run's running "
               "minutes are the running in it; its minutes are the whole session."),
            tr("A review of 5 trials found fewer injuries in 3 and none in 2: not enough evidence to endorse or drop "
               "warm-ups. A later meta-analysis found better performance, not fewer injuries. No trial looked at "
               "runners' backs. We keep it because it is cheap and harmless. The walk–run steps follow the manner of "
               "public beginner programmes; their sizes are our own judgement."),
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
            tr("Curl-up, side plank and bird-dog, never on two days in a row, on a ladder of five stages: longer "
               "holds, "
               "the side plank from the knees to the feet, then dead bug and glute bridge. A stage moves up after two "
               "weeks with at least two sessions done and green pain, and back down after pain of 6/10 or more after a "
               "session or a red week. Two sessions a week for new runners and after a red flag is cleared."),
            tr("A meta-analysis of 21 trials (30,850 people) found that exercise with education cut new back-pain "
               "episodes (risk ratio 0.55, moderate quality); exercise alone helped too (0.65), but that evidence is "
               "of "
               "low to very low quality. The exercises follow McGill (details unverified; expert opinion). Two to "
               "three times a week and the stages of the ladder are our own judgement."),
            QStringLiteral("Steffens D et al. JAMA Intern Med 2016;176(2):199–208. "
                           "McGill SM. Low Back Disorders. Human Kinetics (details unverified)."),
            EvidenceStrength::Moderate },
        { QString::fromLatin1(kProgression), 7, tr("Gradual progression"),
            tr("Running moves from your level toward your goal (your own, or your weekly minutes, or 90 min for new "
               "runners) by at most 10 % of the level a week. The level is what you ran in the last 4 weeks with "
               "running: each week's planned running times how fully the runs you did were done, so missed runs never "
               "lower it; the latest week or the mean of three, whichever is higher. A week with at least 80 % of its "
               "runs done may step up; fewer holds. Running far more than planned (over 120 %), two easy runs logged "
               "at effort 5/10 or more, or a spike hold the next week too. Every fourth week is easier: about 75 %, "
               "and at most 85 % of the week before. After a red week, a cleared red flag or two weeks without "
               "running, "
               "a return ladder climbs 50, 65, 80 and 100 % of the level before, one rung per green week, walk–runs "
               "first after a red flag. Missed sessions are never made up; a week planned mid-week plans only the "
               "rest of the week's share."),
            tr("In a trial of 532 new runners, a graded 10 % programme did not prevent injury (20.8 % vs 20.3 %). "
               "In a cohort of 874 new runners, increases above 30 % a week were not clearly riskier. No trial "
               "supports the 10 % rule; we keep it only as a second guard behind the spike guard. The 4-week level, "
               "the 80 % and 120 % marks, the easier week's 75 % and 85 %, the ladder's rungs and the walk–run start "
               "are our own judgement."),
            QStringLiteral("Buist I et al. Am J Sports Med 2008;36(1):33–39. "
                           "Nielsen RO et al. J Orthop Sports Phys Ther 2014;44(10):739–747."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kPainZone), 8, tr("Pain zones"),
            tr("On the pain-monitoring model: pain up to 5/10 during or after running is acceptable, and the morning "
               "after a run should be back at your usual level (the median of your log of the week before). Amber: "
               "a day above 5/10, pain above 5/10 after a run, a 7-day mean 2 points or more above your usual level, "
               "or a morning after a run 2 points or more above it; a 1-point rise is not a signal. Amber holds "
               "running at your level, keeps no run over 90 % of your longest of the last 30 days and no two runs on "
               "consecutive days, and adds a low-impact session. Red (mean 5/10 or more, or two days in a row at "
               "6/10 or more): no running this week."),
            tr("In a trial of 38 people with Achilles tendon pain, those who kept running under a pain-monitoring "
               "model (pain up to 5/10 allowed, as summaries of the trial describe it) did as well as those who "
               "rested for 6 weeks. That was tendons, not backs: for backs, and for our cut-offs (the 2 points, the "
               "90 %, the red marks), this is our own judgement."),
            QStringLiteral("Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Am J Sports Med 2007;35(6):897–906."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kRedFlag), 9, tr("Red flags stop training"),
            tr("Numbness, tingling, pain down a leg, leg weakness, night pain that does not ease, back pain with fever "
               "or feeling unwell, unexplained weight loss, a history of cancer, or pain after a fall or blow: no "
               "running or strength, and see a clinician soon. Bladder or bowel changes, numbness between the legs, "
               "or numbness or weakness in both legs: urgent care today, and nothing is planned. Red flags stay until "
               "you record that a clinician has seen you; then running comes back on the return ladder, walk–runs "
               "first."),
            tr("NICE asks clinicians to rule out serious causes of back pain such as cancer, infection, trauma and "
               "inflammatory disease first. Trouble passing urine, loss of bladder or bowel control, numbness in the "
               "saddle area and weakness or numbness in both legs can mean cauda equina syndrome, which usually needs "
               "immediate admission (details unverified)."),
            QStringLiteral("NICE NG59, Low back pain and sciatica in over 16s (2016, updated 2020)."),
            EvidenceStrength::ExpertOpinion },
        { QString::fromLatin1(kSpikeGuard), 10, tr("Spike guard"),
            tr("No run is longer than 110 % of your longest run in the 30 days before it. With no run in those 30 "
               "days, your stated weekly minutes over your running days stand for it, and no run is more than 10 % "
               "longer than an earlier one that week. Under 10 min a run may grow by one whole minute."),
            tr("In 5,205 runners (588,071 runs), a run more than 10 % longer than the longest of the past 30 days "
               "went with more injuries (hazard ratio 1.64 for 10–30 % longer). One large observational study; it "
               "measured distance, not minutes, and all overuse injuries, not back pain. The stand-in without history "
               "and the one-minute step are our own judgement."),
            QStringLiteral("Frandsen JSB et al. Br J Sports Med 2025;59(17):1203–1210."), EvidenceStrength::Moderate },
        { QString::fromLatin1(kFitTime), 11, tr("Fits your time"),
            tr("Sessions go only on the days and within the minutes you have, the two daily stretches included; what "
               "does not fit is reported, never squeezed in by breaking a safety rule. A week planned mid-week plans "
               "nothing on days already past."),
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
