#include "ui/shell/rulesdialog.h"

#include "core/model/names.h"
#include "core/plan/rules.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Stridewise {

RulesDialog::RulesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("How Stridewise plans"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("rulesTextBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("Planning rules"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString RulesDialog::html()
{
    QString out =
        QStringLiteral("<h2>%1</h2><p>%2</p><p style='background:#fff3cd;color:#5c4400;padding:6px'><b>%3</b></p>")
            .arg(tr("How Stridewise plans").toHtmlEscaped(),
                tr("Every plan follows these rules. Each says what the evidence behind it shows, where it "
                   "comes from and how strong it is. Stridewise recommends nothing without evidence behind it.")
                    .toHtmlEscaped(),
                safetyNote().toHtmlEscaped());
    for (const RuleInfo &rule : planningRules()) {
        out += QStringLiteral("<a name='%1'></a><h3>%2. %3</h3><p>%4</p><p><i>%5</i> %6</p>")
                   .arg(rule.id.toHtmlEscaped())
                   .arg(rule.number)
                   .arg(rule.title.toHtmlEscaped(), rule.summary.toHtmlEscaped(), tr("Evidence:").toHtmlEscaped(),
                       rule.evidence.toHtmlEscaped());
        out += QStringLiteral("<p>%1 <b>%2</b>")
                   .arg(tr("Strength:").toHtmlEscaped(), Labels::evidence(rule.strength).toHtmlEscaped());
        if (!rule.source.isEmpty())
            out += QStringLiteral("<br>%1 %2").arg(tr("Source:").toHtmlEscaped(), rule.source.toHtmlEscaped());
        out += QStringLiteral("</p>");
    }
    return out;
}

void RulesDialog::showRule(const QString &id)
{
    m_browser->scrollToAnchor(id);
}

} // namespace Stridewise
