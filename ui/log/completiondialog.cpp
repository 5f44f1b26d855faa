#include "ui/log/completiondialog.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/formwidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stridewise {

CompletionDialog::CompletionDialog(const PlannedSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("completionDialog"));
    setWindowTitle(tr("Tick off: %1").arg(session.title));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        tr("<b>%1</b><br>%2 · planned %3, %4")
            .arg(session.title.toHtmlEscaped(), QLocale().toString(session.date, QLocale::LongFormat).toHtmlEscaped(),
                ActivityStyle::minutes(session.minutes), ActivityStyle::effort(session.rpe)));
    auto *icon = new QLabel(this);
    icon->setPixmap(ActivityStyle::icon(session.activity).pixmap(QSize(32, 32), devicePixelRatioF()));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    m_minutes = FormWidgets::minutesSpinBox(
        QStringLiteral("actualMinutesSpinBox"), tr("Actual minutes"), session.minutes, this);
    m_effort = FormWidgets::scoreSpinBox(QStringLiteral("effortSpinBox"), tr("Effort, 0 to 10"), session.rpe, this);
    m_borg = new QLabel(this);
    m_borg->setObjectName(QStringLiteral("borgLabel"));
    m_borg->setMinimumWidth(
        m_borg->fontMetrics().horizontalAdvance(Labels::borgWord(0) + QStringLiteral("Very, very easy")));
    auto *effortRow = new QHBoxLayout;
    effortRow->addWidget(m_effort);
    effortRow->addWidget(m_borg, 1);

    m_painGiven = new QCheckBox(tr("Back pain after:"), this);
    m_painGiven->setObjectName(QStringLiteral("painAfterCheckBox"));
    m_pain = FormWidgets::scoreSpinBox(QStringLiteral("painAfterSpinBox"), tr("Back pain after, 0 to 10"), 0, this);
    m_pain->setEnabled(false);
    m_pain->setToolTip(tr("0 is no pain, 10 the worst pain you can imagine."));
    connect(m_painGiven, &QCheckBox::toggled, m_pain, &QWidget::setEnabled);
    // Typing a pain score means the runner wants to record one.
    connect(m_pain, &QSpinBox::valueChanged, this, [this] { m_painGiven->setChecked(true); });

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setPlaceholderText(tr("How did it go? (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_note->setAccessibleName(tr("Note"));

    m_error = FormWidgets::errorLabel(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Minutes:"), m_minutes);
    auto *effortLabel = new QLabel(tr("&Effort:"), this);
    effortLabel->setBuddy(m_effort);
    form->addRow(effortLabel, effortRow);
    form->addRow(m_painGiven, m_pain);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save as done"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_effort, &QSpinBox::valueChanged, this, &CompletionDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CompletionDialog::updateState);
    updateState();
    m_minutes->setFocus();
    m_minutes->selectAll();
}

Completion CompletionDialog::completion() const
{
    Completion c;
    c.sessionId = m_session.id;
    c.minutes = m_minutes->value();
    c.rpe = m_effort->value();
    if (m_painGiven->isChecked())
        c.pain = m_pain->value();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void CompletionDialog::updateState()
{
    m_borg->setText(Labels::borgWord(m_effort->value()));
    const int length = int(m_note->toPlainText().size());
    if (length > Limits::kMaxNoteLength) {
        m_error->setText(tr("The note has %1 characters; at most %2 fit.").arg(length).arg(Limits::kMaxNoteLength));
        m_error->show();
    } else {
        m_error->hide();
    }
    // Say why and refuse up front, rather than only when Save is pressed.
    if (m_save)
        m_save->setEnabled(length <= Limits::kMaxNoteLength);
}

void CompletionDialog::accept()
{
    // Core's own check, so the dialog refuses exactly what the store would.
    const Result<void> valid = validateCompletion(completion());
    if (!valid) {
        m_error->setText(valid.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Stridewise
