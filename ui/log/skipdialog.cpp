#include "ui/log/skipdialog.h"

#include "core/model/plannedsession.h"
#include "core/model/validation.h"
#include "ui/widgets/formwidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

SkipDialog::SkipDialog(const PlannedSession &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("skipDialog"));
    setWindowTitle(tr("Skip: %1").arg(session.title));
    auto *label = new QLabel(tr("Missed sessions are never made up later: the plan simply moves on.\n"
                                "Why was it skipped? (optional)"),
        this);
    label->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("skipReasonLineEdit"));
    m_reason->setPlaceholderText(tr("e.g. back felt stiff, no time"));
    m_reason->setAccessibleName(tr("Reason for skipping"));
    m_reason->setMaxLength(Limits::kMaxNoteLength);
    label->setBuddy(m_reason);
    m_error = FormWidgets::errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark skipped"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("skipPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString SkipDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SkipDialog::accept()
{
    Completion c;
    c.skipped = true;
    c.note = reason();
    if (const Result<void> valid = validateCompletion(c); !valid) {
        m_error->setText(valid.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Stridewise
