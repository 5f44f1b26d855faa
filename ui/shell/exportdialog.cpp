#include "ui/shell/exportdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

ExportDialog::ExportDialog(Kind kind, QDate from, QDate to, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    const bool calendar = kind == Kind::Calendar;
    setObjectName(calendar ? QStringLiteral("exportCalendarDialog") : QStringLiteral("exportReportDialog"));
    setWindowTitle(calendar ? tr("Export Calendar") : tr("Report for My Clinician"));

    auto *intro = new QLabel(calendar
            ? tr("Writes the planned sessions as an iCalendar file (.ics) that calendar programs import. Each "
                 "session keeps its event: importing a newer export updates the events instead of adding "
                 "them twice.")
            : tr("A PDF for your physiotherapist or doctor: the pain-versus-load chart, a table by week, the "
                 "symptoms you logged and what the plan changed. It is your own log, not a diagnosis."),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));

    const auto dateEdit = [this](const QString &name, const QString &accessible) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ExportDialog::validate);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDateEdit"), tr("First day"));
    m_to = dateEdit(QStringLiteral("toDateEdit"), tr("Last day"));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    if (calendar) {
        m_stretches = new QCheckBox(tr("Include the twice-daily &stretch"), this);
        m_stretches->setObjectName(QStringLiteral("withStretchesCheckBox"));
        m_stretches->setToolTip(tr("Off by default: the stretch is better kept as a reminder than as two calendar "
                                   "events a day."));
        form->addRow(QString(), m_stretches);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(calendar ? tr("&Export…") : tr("&Save PDF…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    setRange(from, to);
}

QDate ExportDialog::from() const
{
    return m_from->date();
}

QDate ExportDialog::to() const
{
    return m_to->date();
}

bool ExportDialog::withStretches() const
{
    return m_stretches && m_stretches->isChecked();
}

void ExportDialog::setWithStretches(bool on)
{
    if (m_stretches)
        m_stretches->setChecked(on);
}

void ExportDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    validate();
}

int ExportDialog::maxDays() const
{
    return m_kind == Kind::Calendar ? 366 : 2 * 366;
}

void ExportDialog::validate()
{
    QString problem;
    const qint64 days = from().daysTo(to()) + 1;
    if (days < 1)
        problem = tr("The last day is before the first.");
    else if (days > maxDays())
        problem = m_kind == Kind::Calendar ? tr("At most a year at a time.") : tr("At most two years at a time.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Stridewise
