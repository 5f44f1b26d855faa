#include "ui/log/todaypanel.h"

#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/logrepository.h"
#include "ui/document/plandocument.h"
#include "ui/document/redflags.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wraplabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stridewise {

namespace {
const QList<Symptom> kSymptoms{ Symptom::Numbness, Symptom::Tingling, Symptom::LegPain, Symptom::Weakness,
    Symptom::NightPain, Symptom::BladderBowel, Symptom::SaddleNumbness, Symptom::BothLegs, Symptom::Fever,
    Symptom::WeightLoss, Symptom::Trauma, Symptom::CancerHistory };
/** The first this many are always shown; the rest (rarer, issue 17) behind "More warning signs". */
constexpr int kAlwaysShown = 7;

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

TodayPanel::TodayPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("todayPanelWidget"));
    const QDate today = m_document.today();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("painDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Day of the pain log"));
    m_date->setAccessibleDescription(
        tr("The day the back pain and symptoms below are for; today unless you change it."));
    connect(m_date, &QDateEdit::dateChanged, this, &TodayPanel::reload);

    m_score = FormWidgets::scoreSpinBox(QStringLiteral("painScoreSpinBox"), tr("Back pain today, 0 to 10"), 0, this);
    m_score->setToolTip(tr("0 is no pain, 10 the worst pain you can imagine. Enter logs it."));

    // One row: "Back pain [3 / 10] on [25 Nov 2026]", so the panel stays short.
    auto *painLabel = new QLabel(tr("&Back pain:"), this);
    painLabel->setBuddy(m_score);
    auto *onLabel = new QLabel(tr("&on", "back pain on a day"), this);
    onLabel->setBuddy(m_date);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 2);
    top->setSpacing(4);
    top->addWidget(painLabel);
    top->addWidget(m_score);
    top->addWidget(onLabel);
    top->addWidget(m_date, 1);

    auto *symptomsLabel = new QLabel(tr("Any of these?"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(1);
    layout->addLayout(top);
    // "Any of these?" and, on the same row, the toggle for the rarer signs: the panel keeps its height.
    auto *symptomsRow = new QHBoxLayout;
    symptomsRow->setSpacing(4);
    symptomsRow->addWidget(symptomsLabel);
    symptomsRow->addStretch(1);
    layout->addLayout(symptomsRow);
    // The rarer warning signs sit behind a toggle so the panel keeps its height at 1024×700; it opens by itself when
    // the day shown has one of them.
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreSymptomsToolButton"));
    m_more->setText(tr("More signs"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_more->setAutoRaise(true);
    m_more->setAccessibleDescription(
        tr("Shows five more red-flag signs: numbness or weakness in both legs, fever or feeling unwell, unexplained "
           "weight loss, pain after a fall or blow, a history of cancer."));
    m_moreBox = new QWidget(this);
    m_moreBox->setObjectName(QStringLiteral("moreSymptomsWidget"));
    auto *moreLayout = new QVBoxLayout(m_moreBox);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->setSpacing(1);
    m_moreBox->hide();
    connect(m_more, &QToolButton::toggled, this, [this](bool open) {
        m_more->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_moreBox->setVisible(open);
    });
    for (int i = 0; i < kSymptoms.size(); ++i) {
        const Symptom s = kSymptoms.at(i);
        auto *box = new QCheckBox(Labels::symptom(s), i < kAlwaysShown ? this : m_moreBox);
        box->setObjectName(objectNameOf(s));
        box->setAccessibleDescription(tr("A red-flag symptom: logged, it takes running and strength out of your plan "
                                         "and says what to do."));
        connect(box, &QCheckBox::toggled, this, &TodayPanel::updateAdvice);
        m_symptoms << box;
        if (i < kAlwaysShown)
            layout->addWidget(box);
        else
            moreLayout->addWidget(box);
    }
    symptomsRow->addWidget(m_more);
    layout->addWidget(m_moreBox);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("painNoteLineEdit"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setMaxLength(Limits::kMaxNoteLength);
    m_note->setAccessibleName(tr("Note about today's back"));

    m_error = FormWidgets::errorLabel(this, QStringLiteral("painErrorLabel"));
    layout->addWidget(m_error);

    m_save = new QPushButton(tr("&Log"), this);
    m_save->setObjectName(QStringLiteral("savePainPushButton"));
    m_save->setAccessibleDescription(tr("Saves the back pain, symptoms and note for the day shown."));
    m_save->setDefault(true); // looks it: Enter in the panel logs (keyPressEvent)
    connect(m_save, &QPushButton::clicked, this, &TodayPanel::save);
    m_state = new WrapLabel(this);
    m_state->setObjectName(QStringLiteral("painStateLabel"));
    m_state->setWordWrap(true);
    Theme::setMuted(m_state);
    // The note and the button share a row: the panel stays short enough to sit under the session at 700 pixels.
    auto *saveRow = new QHBoxLayout;
    saveRow->setContentsMargins(0, 4, 0, 0);
    saveRow->addWidget(m_note, 1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
    layout->addWidget(m_state);

    // Below the button, in a place kept for it: what to do appears without moving anything.
    auto *adviceSlot = new QWidget(this);
    adviceSlot->setObjectName(QStringLiteral("redFlagAdviceSlot"));
    m_advice = new WrapLabel(adviceSlot);
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
    auto *slotLayout = new QVBoxLayout(adviceSlot);
    slotLayout->setContentsMargins(0, 4, 0, 0);
    slotLayout->addWidget(m_advice);
    slotLayout->addStretch();
    // Room for two lines of the brief advice, the longest it gets in the panel.
    adviceSlot->setMinimumHeight(2 * QFontMetrics(bold).lineSpacing() + 2 * m_advice->margin() + 6);
    layout->addWidget(adviceSlot);
    layout->addStretch();

    connect(&m_document, &PlanDocument::todayChanged, this, &TodayPanel::setToday);
    connect(&m_document, &PlanDocument::painChanged, this, [this](QDate day) {
        if (day == date())
            reload();
    });
    connect(&m_document, &PlanDocument::databaseReplaced, this, [this] {
        updateEditable();
        reload();
    });
    updateEditable();
    reload();
}

void TodayPanel::setToday(QDate today)
{
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    reload();
}

QDate TodayPanel::date() const
{
    return m_date->date();
}

void TodayPanel::setDate(QDate date)
{
    m_date->setDate(date);
}

void TodayPanel::updateEditable()
{
    const bool editable = m_document.isEditable();
    for (QWidget *w :
        { static_cast<QWidget *>(m_score), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_save) })
        w->setEnabled(editable);
    for (QCheckBox *box : std::as_const(m_symptoms))
        box->setEnabled(editable);
    m_more->setEnabled(true); // reading what was logged works in a read-only file too
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

void TodayPanel::updateAdvice()
{
    const RedFlags::Advice advice = RedFlags::advice(entry().symptoms);
    m_advice->setToolTip(advice.full);
    m_advice->setText(advice.brief);
    m_advice->setVisible(!advice.brief.isEmpty());
}

void TodayPanel::reload()
{
    m_saved.reset();
    if (m_document.hasDatabase()) {
        if (auto saved = LogRepository(m_document.database()).painOn(m_date->date()))
            m_saved = *saved;
    }
    const PainEntry shown = m_saved.value_or(PainEntry{ m_date->date(), 0, {}, {} });
    m_score->setValue(shown.score);
    bool rarerLogged = false;
    for (int i = 0; i < m_symptoms.size(); ++i) {
        const bool logged = shown.symptoms.contains(kSymptoms.at(i));
        m_symptoms.at(i)->setChecked(logged);
        rarerLogged = rarerLogged || (logged && i >= kAlwaysShown);
    }
    if (rarerLogged)
        m_more->setChecked(true);
    m_note->setText(shown.note);
    m_error->hide();
    const QString day =
        m_date->date() == m_document.today() ? tr("today") : QLocale().toString(m_date->date(), QLocale::ShortFormat);
    QString state;
    if (!m_saved) {
        state = tr("Nothing logged for %1 yet.").arg(day);
    } else if (m_saved->symptoms.isEmpty()) {
        state = tr("Logged for %1: %2/10.").arg(day).arg(m_saved->score);
    } else {
        QStringList names;
        for (Symptom symptom : m_saved->symptoms)
            names << Labels::symptom(symptom).toLower();
        state = tr("Logged for %1: %2/10, %3.").arg(day).arg(m_saved->score).arg(names.join(QStringLiteral(", ")));
    }
    m_state->setText(state);
    // Short words beside the note; the panel's title says what is logged, the accessible name says it in full.
    m_save->setText(m_saved ? tr("&Update") : tr("&Log"));
    m_save->setAccessibleName(m_saved ? tr("Update back pain") : tr("Log back pain"));
    updateAdvice();
}

void TodayPanel::keyPressEvent(QKeyEvent *event)
{
    // Enter from the score, the note or a symptom (they pass it on): log, as the button would. Not from the
    // day: Enter there only confirms the day.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget *focus = focusWidget();
    if (enter && event->modifiers() == Qt::NoModifier && focus && focus != m_date && !m_date->isAncestorOf(focus)) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TodayPanel::save()
{
    if (!m_document.isEditable())
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
