#include "ui/log/todaypanel.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/logrepository.h"
#include "ui/widgets/formwidgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stridewise {

namespace {
const QList<Symptom> kSymptoms{ Symptom::Numbness, Symptom::Tingling, Symptom::LegPain, Symptom::Weakness,
    Symptom::NightPain, Symptom::BladderBowel, Symptom::SaddleNumbness };

QString objectNameOf(Symptom s)
{
    QString name = Names::symptom(s);
    for (qsizetype i = name.indexOf(QLatin1Char('-')); i >= 0; i = name.indexOf(QLatin1Char('-'))) {
        name.remove(i, 1);
        name[i] = name.at(i).toUpper();
    }
    return name + QStringLiteral("CheckBox");
}
} // namespace

TodayPanel::TodayPanel(Database &db, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(&db)
    , m_today(today)
{
    setObjectName(QStringLiteral("todayPanelWidget"));
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("painDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Day of the pain log"));
    connect(m_date, &QDateEdit::dateChanged, this, &TodayPanel::reload);

    m_score = FormWidgets::scoreSpinBox(QStringLiteral("painScoreSpinBox"), tr("Back pain today, 0 to 10"), 0, this);
    m_score->setToolTip(tr("0 is no pain, 10 the worst pain you can imagine."));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Back pain:"), m_score);

    auto *symptomsLabel = new QLabel(tr("Any of these?"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(3);
    layout->addLayout(form);
    layout->addWidget(symptomsLabel);
    for (Symptom s : kSymptoms) {
        auto *box = new QCheckBox(Labels::symptom(s), this);
        box->setObjectName(objectNameOf(s));
        connect(box, &QCheckBox::toggled, this, &TodayPanel::updateAdvice);
        m_symptoms << box;
        layout->addWidget(box);
    }

    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("redFlagAdviceLabel"));
    m_advice->setWordWrap(true);
    m_advice->setAutoFillBackground(true);
    m_advice->setMargin(6);
    QPalette red = m_advice->palette();
    red.setColor(QPalette::Window, FormWidgets::alertRed());
    red.setColor(QPalette::WindowText, Qt::white);
    m_advice->setPalette(red);
    QFont bold = m_advice->font();
    bold.setBold(true);
    m_advice->setFont(bold);
    m_advice->hide();
    layout->addWidget(m_advice);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("painNoteLineEdit"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setMaxLength(Limits::kMaxNoteLength);
    m_note->setAccessibleName(tr("Note about today's back"));
    layout->addWidget(m_note);

    m_error = FormWidgets::errorLabel(this, QStringLiteral("painErrorLabel"));
    layout->addWidget(m_error);

    m_save = new QPushButton(tr("&Log back pain"), this);
    m_save->setObjectName(QStringLiteral("savePainPushButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &TodayPanel::save);
    connect(m_note, &QLineEdit::returnPressed, this, &TodayPanel::save);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("painStateLabel"));
    m_state->setWordWrap(true);
    QPalette muted = m_state->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_state->setPalette(muted);
    layout->addWidget(m_save);
    layout->addWidget(m_state);
    layout->addStretch();
    reload();
}

void TodayPanel::setToday(QDate today)
{
    m_today = today;
    m_date->setMaximumDate(today);
    m_date->setDate(today);
}

QDate TodayPanel::date() const
{
    return m_date->date();
}

void TodayPanel::setDate(QDate date)
{
    m_date->setDate(date);
}

void TodayPanel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void TodayPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *w :
        { static_cast<QWidget *>(m_score), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_save) })
        w->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_symptoms))
        box->setEnabled(editable);
}

PainEntry TodayPanel::entry() const
{
    PainEntry e;
    e.date = m_date->date();
    e.score = m_score->value();
    for (int i = 0; i < m_symptoms.size(); ++i) {
        if (m_symptoms.at(i)->isChecked())
            e.symptoms << kSymptoms.at(i);
    }
    std::sort(e.symptoms.begin(), e.symptoms.end());
    e.note = m_note->text().trimmed();
    return e;
}

QString TodayPanel::advice(const QList<Symptom> &symptoms)
{
    if (symptoms.isEmpty())
        return {};
    for (Symptom s : symptoms) {
        if (isUrgent(s)) {
            return tr("Go to urgent care today (an emergency department). Bladder or bowel changes and numbness "
                      "between the legs can mean a nerve is pressed and need a doctor now. Do not run.");
        }
    }
    // True whether or not this week has been re-planned yet: plans made from now on leave running and
    // strength out, and Re-plan takes them out of the rest of this week.
    return tr("Stop running and see a clinician soon. Until then skip runs and strength work: new plans leave "
              "them out, and Re-plan (Ctrl+Shift+R) takes them out of the rest of this week. The stretches and "
              "easy walking stay if they do not hurt.");
}

QString TodayPanel::shortAdvice(const QList<Symptom> &symptoms)
{
    if (symptoms.isEmpty())
        return {};
    for (Symptom s : symptoms) {
        if (isUrgent(s))
            return tr("Go to urgent care today. Do not run.");
    }
    return tr("Stop running and see a clinician soon.");
}

void TodayPanel::updateAdvice()
{
    const QList<Symptom> symptoms = entry().symptoms;
    const QString text = shortAdvice(symptoms);
    m_advice->setToolTip(advice(symptoms));
    m_advice->setText(text);
    m_advice->setVisible(!text.isEmpty());
}

void TodayPanel::reload()
{
    m_saved.reset();
    if (m_db) {
        if (auto saved = LogRepository(*m_db).painOn(m_date->date()))
            m_saved = *saved;
    }
    const PainEntry shown = m_saved.value_or(PainEntry{ m_date->date(), 0, {}, {} });
    m_score->setValue(shown.score);
    for (int i = 0; i < m_symptoms.size(); ++i)
        m_symptoms.at(i)->setChecked(shown.symptoms.contains(kSymptoms.at(i)));
    m_note->setText(shown.note);
    m_error->hide();
    const QString day =
        m_date->date() == m_today ? tr("today") : QLocale().toString(m_date->date(), QLocale::ShortFormat);
    m_state->setText(
        m_saved ? tr("Logged for %1: %2/10.").arg(day).arg(m_saved->score) : tr("Nothing logged for %1 yet.").arg(day));
    m_save->setText(m_saved ? tr("&Update back pain") : tr("&Log back pain"));
    updateAdvice();
}

void TodayPanel::save()
{
    if (!m_editable)
        return;
    const PainEntry e = entry();
    if (const Result<void> valid = validatePainEntry(e); !valid) {
        m_error->setText(valid.message());
        m_error->show();
        return;
    }
    m_error->hide();
    emit saveRequested(e);
}

} // namespace Stridewise
