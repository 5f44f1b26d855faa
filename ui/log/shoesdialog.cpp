#include "ui/log/shoesdialog.h"

#include "core/load/distancestats.h"
#include "core/model/units.h"
#include "ui/shell/settings.h"
#include "ui/widgets/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

ShoesDialog::ShoesDialog(const QList<ShoeFacts> &facts, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_facts(facts)
    , m_today(today)
{
    setObjectName(QStringLiteral("shoesDialog"));
    setWindowTitle(tr("Shoes"));
    for (const ShoeFacts &f : facts) {
        m_original << f.shoe;
        m_nextId = std::max(m_nextId, f.shoe.id + 1);
    }
    m_shoes = m_original;

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("shoeListWidget"));
    m_list->setAccessibleName(tr("Your shoes"));
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    connect(m_list, &QListWidget::currentRowChanged, this, &ShoesDialog::select);

    auto *add = new QPushButton(tr("&Add Shoe"), this);
    add->setObjectName(QStringLiteral("addShoePushButton"));
    connect(add, &QPushButton::clicked, this, &ShoesDialog::addShoe);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeShoePushButton"));
    connect(m_remove, &QPushButton::clicked, this, &ShoesDialog::removeShoe);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("shoeNameLineEdit"));
    m_name->setMaxLength(Shoe::kMaxNameLength);
    m_name->setAccessibleName(tr("Name"));
    m_comfort = new QComboBox(m_form);
    m_comfort->setObjectName(QStringLiteral("comfortComboBox"));
    m_comfort->setAccessibleName(tr("Comfort, as you rate it"));
    m_comfort->addItem(tr("Not rated"), QVariant());
    const QStringList words{ tr("1 – uncomfortable"), tr("2"), tr("3"), tr("4"), tr("5 – very comfortable") };
    for (int c = Shoe::kMinComfort; c <= Shoe::kMaxComfort; ++c)
        m_comfort->addItem(words.at(c - Shoe::kMinComfort), c);
    m_startedKnown = new QCheckBox(tr("Since:"), m_form);
    m_startedKnown->setObjectName(QStringLiteral("startedCheckBox"));
    m_started = new QDateEdit(m_form);
    m_started->setObjectName(QStringLiteral("startedDateEdit"));
    m_started->setCalendarPopup(true);
    m_started->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_started->setMaximumDate(today);
    m_started->setAccessibleName(tr("First run in them"));
    connect(m_startedKnown, &QCheckBox::toggled, m_started, &QWidget::setEnabled);
    m_retireKm = new QSpinBox(m_form);
    m_retireKm->setObjectName(QStringLiteral("retireKmSpinBox"));
    m_retireKm->setRange(1, Shoe::kMaxRetireKm);
    m_retireKm->setSuffix(tr(" km"));
    m_retireKm->setAccessibleName(tr("Retire at, kilometres"));
    m_retireKm->setToolTip(tr("700 km is a rule of thumb, not evidence: choose your own."));
    m_retired = new QCheckBox(tr("Retired (no longer offered for new runs)"), m_form);
    m_retired->setObjectName(QStringLiteral("retiredCheckBox"));
    m_default = new QCheckBox(tr("The shoe imported and ticked runs get"), m_form);
    m_default->setObjectName(QStringLiteral("defaultCheckBox"));
    m_factsLabel = new QLabel(m_form);
    m_factsLabel->setObjectName(QStringLiteral("shoeFactsLabel"));
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *startedRow = new QHBoxLayout;
    startedRow->addWidget(m_startedKnown);
    startedRow->addWidget(m_started, 1);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Comfort:"), m_comfort);
    form->addRow(tr("Started:"), startedRow);
    form->addRow(tr("Retire &at:"), m_retireKm);
    form->addRow(QString(), m_retired);
    form->addRow(tr("&Default:"), m_default);
    form->addRow(m_factsLabel);

    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_comfort, m_startedKnown, m_started, m_retireKm, m_retired, m_default }) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textEdited, this, &ShoesDialog::storeForm);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &ShoesDialog::storeForm);
        else if (auto *b = qobject_cast<QCheckBox *>(w))
            connect(b, &QCheckBox::toggled, this, &ShoesDialog::storeForm);
        else if (auto *d = qobject_cast<QDateEdit *>(w))
            connect(d, &QDateEdit::dateChanged, this, &ShoesDialog::storeForm);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, &ShoesDialog::storeForm);
    }

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_form, 3);

    auto *note = new QLabel(shoeEvidenceNote(), this);
    note->setObjectName(QStringLiteral("evidenceLabel"));
    note->setWordWrap(true);
    m_error = FormWidgets::errorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    refreshList();
    m_list->setCurrentRow(m_shoes.isEmpty() ? -1 : 0);
    select(m_list->currentRow());
}

int ShoesDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shoes.size() ? row : -1;
}

const ShoeFacts *ShoesDialog::factsOf(qint64 id) const
{
    const auto it =
        std::find_if(m_facts.cbegin(), m_facts.cend(), [id](const ShoeFacts &f) { return f.shoe.id == id; });
    return it == m_facts.cend() ? nullptr : &*it;
}

void ShoesDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    const DistanceUnit unit = Settings::distanceUnit();
    for (const Shoe &s : std::as_const(m_shoes)) {
        QString text = s.name.trimmed().isEmpty() ? tr("(no name)") : s.name.trimmed();
        const ShoeFacts *f = factsOf(s.id);
        const double meters = f ? f->usage.meters : 0.0;
        text += QStringLiteral(" · ") + Units::distance(meters, unit);
        if (s.isDefault)
            text += QStringLiteral(" · ") + tr("default");
        if (s.isRetired())
            text += QStringLiteral(" · ") + tr("retired");
        else if (Load::wear(meters, s.retireKm).pastRetirement)
            text += QStringLiteral(" · ⚠ ") + tr("past %1 km").arg(s.retireKm);
        else if (Load::wear(meters, s.retireKm).nearRetirement)
            text += QStringLiteral(" · ⚠ ") + tr("near %1 km").arg(s.retireKm);
        m_list->addItem(text);
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
}

void ShoesDialog::select(int row)
{
    m_loading = true;
    const bool any = row >= 0 && row < m_shoes.size();
    m_form->setEnabled(any);
    if (any) {
        const Shoe &s = m_shoes.at(row);
        m_name->setText(s.name);
        m_comfort->setCurrentIndex(s.comfort ? m_comfort->findData(*s.comfort) : 0);
        m_startedKnown->setChecked(s.started.isValid());
        m_started->setEnabled(s.started.isValid());
        m_started->setDate(s.started.isValid() ? s.started : m_today);
        m_retireKm->setValue(s.retireKm);
        m_retired->setChecked(s.isRetired());
        m_default->setChecked(s.isDefault);
    }
    m_loading = false;
    updateFacts();
}

void ShoesDialog::storeForm()
{
    const int row = current();
    if (m_loading || row < 0)
        return;
    Shoe &s = m_shoes[row];
    s.name = m_name->text();
    const QVariant comfort = m_comfort->currentData();
    s.comfort = comfort.isValid() ? std::optional<int>(comfort.toInt()) : std::nullopt;
    s.started = m_startedKnown->isChecked() ? m_started->date() : QDate();
    s.retireKm = m_retireKm->value();
    if (m_retired->isChecked() && !s.retired.isValid())
        s.retired = m_today;
    else if (!m_retired->isChecked())
        s.retired = QDate();
    // One default, and never a retired one (core refuses both).
    if (m_default->isChecked() && !s.isRetired()) {
        for (Shoe &other : m_shoes)
            other.isDefault = false;
        s.isDefault = true;
    } else {
        s.isDefault = false;
        if (s.isRetired() && m_default->isChecked()) {
            const QSignalBlocker block(m_default);
            m_default->setChecked(false);
        }
    }
    m_error->hide();
    refreshList();
    updateFacts();
}

void ShoesDialog::updateFacts()
{
    const int row = current();
    m_remove->setEnabled(row >= 0);
    if (row < 0) {
        m_factsLabel->setText(m_shoes.isEmpty() ? tr("No shoes yet. Add the pair you run in: imported runs then count "
                                                     "their kilometres.")
                                                : QString());
        return;
    }
    const Shoe &s = m_shoes.at(row);
    const ShoeFacts *f = factsOf(s.id);
    if (!f || f->usage.runs == 0) {
        m_factsLabel->setText(tr("No runs in this shoe yet."));
        m_remove->setToolTip(QString());
        return;
    }
    const DistanceUnit unit = Settings::distanceUnit();
    // English has no translation file: the singular is its own string.
    QString text = (f->usage.runs == 1 ? tr("%1 in 1 run") : tr("%1 in %n runs", nullptr, f->usage.runs))
                       .arg(Units::distance(f->usage.meters, unit));
    if (f->usage.runsWithoutDistance > 0)
        text += QStringLiteral(" ")
            + (f->usage.runsWithoutDistance == 1
                    ? tr("(1 ticked by hand without a distance: not counted)")
                    : tr("(%n ticked by hand without a distance: not counted)", nullptr, f->usage.runsWithoutDistance));
    text += QStringLiteral(".");
    const ShoeWear wear = Load::wear(f->usage.meters, s.retireKm);
    if (wear.pastRetirement)
        text += QStringLiteral("\n") + tr("Past the %1 km you chose to retire it at.").arg(s.retireKm);
    else if (wear.nearRetirement)
        text += QStringLiteral("\n") + tr("Near the %1 km you chose to retire it at.").arg(s.retireKm);
    text += QStringLiteral("\n") + tr("Back pain the day after its runs: %1.").arg(Load::describe(f->pain));
    m_factsLabel->setText(text);
    m_remove->setEnabled(false);
    m_remove->setToolTip(tr("Done runs name this shoe: retire it instead."));
}

void ShoesDialog::addShoe()
{
    Shoe s;
    s.id = m_nextId++;
    s.name = tr("New shoe");
    s.started = m_today;
    s.isDefault = std::none_of(m_shoes.cbegin(), m_shoes.cend(), [](const Shoe &x) { return x.isDefault; });
    m_shoes << s;
    refreshList();
    m_list->setCurrentRow(int(m_shoes.size()) - 1);
    select(int(m_shoes.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ShoesDialog::removeShoe()
{
    const int row = current();
    if (row < 0)
        return;
    const ShoeFacts *f = factsOf(m_shoes.at(row).id);
    if (f && f->usage.runs > 0)
        return;
    m_shoes.removeAt(row);
    refreshList();
    m_list->setCurrentRow(std::min(row, int(m_shoes.size()) - 1));
    select(m_list->currentRow());
}

void ShoesDialog::accept()
{
    QStringList names;
    for (Shoe &s : m_shoes) {
        s.name = s.name.trimmed();
        if (const Result<void> valid = validateShoe(s); !valid) {
            m_error->setText(valid.message());
            m_error->show();
            return;
        }
        if (names.contains(s.name, Qt::CaseInsensitive)) {
            m_error->setText(tr("Two shoes are called \"%1\": give each its own name.").arg(s.name));
            m_error->show();
            return;
        }
        names << s.name;
    }
    QDialog::accept();
}

} // namespace Stridewise
