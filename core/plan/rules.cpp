#include "core/plan/rules.h"

#include <QCoreApplication>

// PROVISIONAL: only the first rule; issue 3 fills in all twelve from ../shared/EVIDENCE.md.

namespace Stridewise {

const QList<RuleInfo> &planningRules()
{
    static const QList<RuleInfo> rules{
        {QStringLiteral("hamstring-stretch"), 1,
         QCoreApplication::translate("Stridewise::Rules", "Hamstring stretch twice a day"),
         QCoreApplication::translate("Stridewise::Rules", "Supine straight-leg raise, 30 s per leg, morning and evening."),
         QCoreApplication::translate("Stridewise::Rules",
                                     "30 s holds gained as much range as 60 s; the trial measured flexibility, not back pain."),
         QStringLiteral("Bandy WD, Irion JM, Briggler M. Phys Ther 1997;77(10):1090–1096."), EvidenceStrength::Moderate},
    };
    return rules;
}

std::optional<RuleInfo> ruleById(const QString &id)
{
    for (const RuleInfo &r : planningRules()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

QString safetyNote()
{
    return QCoreApplication::translate("Stridewise::Rules",
                                       "Stridewise does not replace a medical professional. If in doubt, see one before you start.");
}

} // namespace Stridewise
