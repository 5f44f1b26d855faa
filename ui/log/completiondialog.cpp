#include "ui/log/completiondialog.h"

#include "core/model/names.h"
#include "core/model/units.h"
#include "core/model/validation.h"
#include "ui/shell/settings.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
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

CompletionDialog::CompletionDialog(const PlannedSession &session, const QList<Shoe> &shoes, QWidget *parent)
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

    if (session.activity == Activity::Run) {
        m_shoe = new QComboBox(this);
        m_shoe->setObjectName(QStringLiteral("shoeComboBox"));
        m_shoe->setAccessibleName(tr("Shoe"));
        m_shoe->addItem(tr("No shoe named"), QVariant());
        // The shoe already named (0: none), else the default shoe.
        const qint64 named = session.isDone() ? session.completion->shoeId.value_or(0) : 0;
        int chosen = 0;
        for (const Shoe &shoe : shoes) {
            if (shoe.isRetired() && named != shoe.id)
                continue;
            m_shoe->addItem(shoe.isRetired() ? tr("%1 (retired)").arg(shoe.name) : shoe.name, shoe.id);
            if (named != 0 ? named == shoe.id : shoe.isDefault)
                chosen = m_shoe->count() - 1;
        }
        m_shoe->setCurrentIndex(chosen);
        m_shoe->setToolTip(shoes.isEmpty() ? tr("Add your shoes in Edit ▸ Shoes… to count kilometres per shoe.")
                                           : tr("The shoe this run was done in: its kilometres add up."));
    }

    m_error = FormWidgets::errorLabel(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Minutes:"), m_minutes);
    auto *effortLabel = new QLabel(tr("&Effort:"), this);
    effortLabel->setBuddy(m_effort);
    form->addRow(effortLabel, effortRow);
    form->addRow(m_painGiven, m_pain);
    if (m_shoe)
        form->addRow(tr("S&hoe:"), m_shoe);
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
    if (session.isDone()) {
        // Open with what was recorded, so a second look changes only what the runner changes.
        const Completion &c = *session.completion;
        m_minutes->setValue(c.minutes);
        m_effort->setValue(c.rpe);
        if (c.pain) {
            m_pain->setValue(*c.pain);
            m_painGiven->setChecked(true);
        }
        m_note->setPlainText(c.note);
        QString recorded;
        if (c.distanceMeters && *c.distanceMeters > 0) {
            const DistanceUnit unit = Settings::distanceUnit();
            const QString pace = Units::pace(session.activity, *c.distanceMeters, c.minutes, unit);
            recorded = pace.isEmpty()
                ? tr("Recorded: %1 in %2.")
                      .arg(Units::distance(*c.distanceMeters, unit), ActivityStyle::minutes(c.minutes))
                : tr("Recorded: %1 in %2 (%3).")
                      .arg(Units::distance(*c.distanceMeters, unit), ActivityStyle::minutes(c.minutes), pace);
        }
        if (c.needsEffort)
            recorded += (recorded.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Imported: how hard was it, and how is your back? Until you say, the planned effort counts.");
        if (!recorded.isEmpty()) {
            auto *note = new QLabel(recorded, this);
            note->setObjectName(QStringLiteral("recordedLabel"));
            note->setWordWrap(true);
            layout->addWidget(note);
        }
    }
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
    // What this dialog does not edit stays as recorded (LogRepository::complete writes exactly what it is given).
    if (m_session.isDone()) {
        c.distanceMeters = m_session.completion->distanceMeters;
        c.shoeId = m_session.completion->shoeId;
    }
    if (m_shoe) {
        const QVariant shoe = m_shoe->currentData();
        c.shoeId = shoe.isValid() ? std::optional<qint64>(shoe.toLongLong()) : std::nullopt;
    }
    c.needsEffort = false; // the runner has given their effort now
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
