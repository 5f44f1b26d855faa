#include "ui/shell/rulesdialog.h"

#include "core/model/names.h"
#include "core/plan/rules.h"

#include <QDialogButtonBox>
#include <QRegularExpression>
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

namespace {

/**
 * Takes core's "details unverified" out of an evidence text and says whether it was there. The rule's source
 * line keeps the words (a citation says it there); an evidence text whose source does not is marked with a
 * dagger, explained once at the end, so the dialog does not repeat the words in every paragraph.
 */
bool takeUnverified(QString &text)
{
    static const QRegularExpression marks(
        QStringLiteral("\\s*\\(details unverified\\)|details unverified;\\s*|;\\s*details unverified"));
    const bool found = text.contains(marks);
    text.remove(marks);
    return found;
}

} // namespace

QString RulesDialog::html()
{
    static const QString dagger = QStringLiteral(" †");
    QString out =
        QStringLiteral("<h2>%1</h2><p>%2</p><p style='background:#fff3cd;color:#5c4400;padding:6px'><b>%3</b></p>")
            .arg(tr("How Stridewise plans").toHtmlEscaped(),
                tr("Every plan follows these rules. Each says what the evidence behind it shows, where it "
                   "comes from and how strong it is. Stridewise recommends nothing without evidence behind it.")
                    .toHtmlEscaped(),
                safetyNote().toHtmlEscaped());
    bool daggerUsed = false;
    for (const RuleInfo &rule : planningRules()) {
        QString evidence = rule.evidence;
        const bool marked = takeUnverified(evidence) && !rule.source.contains(QLatin1String("details unverified"));
        daggerUsed = daggerUsed || marked;
        out += QStringLiteral("<a name='%1'></a><h3>%2. %3</h3><p>%4</p><p><i>%5</i> %6%7</p>")
                   .arg(rule.id.toHtmlEscaped())
                   .arg(rule.number)
                   .arg(rule.title.toHtmlEscaped(), rule.summary.toHtmlEscaped(), tr("Evidence:").toHtmlEscaped(),
                       evidence.toHtmlEscaped(), marked ? dagger : QString());
        out += QStringLiteral("<p>%1 <b>%2</b>")
                   .arg(tr("Strength:").toHtmlEscaped(), Labels::evidence(rule.strength).toHtmlEscaped());
        if (!rule.source.isEmpty())
            out += QStringLiteral("<br>%1 %2").arg(tr("Source:").toHtmlEscaped(), rule.source.toHtmlEscaped());
        out += QStringLiteral("</p>");
    }
    if (daggerUsed) {
        out +=
            QStringLiteral("<hr><p>%1</p>")
                .arg((dagger.trimmed() + QLatin1Char(' ') + tr("We could check this only in part against its source."))
                         .toHtmlEscaped());
    }
    return out;
}

void RulesDialog::showRule(const QString &id)
{
    m_browser->scrollToAnchor(id);
}

} // namespace Stridewise
