#include "ui/shell/preferencesdialog.h"

#include "ui/shell/prompt.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

namespace {

const char *const kContext = "Stridewise::PreferencesDialog";
const QString kTimeFormat = QStringLiteral("HH:mm");

QString translated(const char *text)
{
    return text ? QCoreApplication::translate(kContext, text) : QString();
}

/** "morningStretch" from "reminders/morningStretch": the objectName's stem (STYLE.md: names end in the type). */
QString stem(Settings::Key key)
{
    const QString name = QString::fromLatin1(Settings::entry(key).name);
    return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
}

/**
 * User settings that are remembered choices of another dialog, not preferences (Progress ▸ Export PNG…, the folder
 * File ▸ Import Activities… opened last, where exports were saved last).
 */
bool isRememberedChoice(Settings::Key key)
{
    return key == Settings::Key::ChartExportSize || key == Settings::Key::ChartExportFolder
        || key == Settings::Key::ImportFolder || key == Settings::Key::ExportFolder;
}

/**
 * The described rows, then every other preference of the Settings table, so a setting added there shows up here
 * at once: as a check box (a bool), a time ("07:30"), a folder (a key naming one) or a line of text, under its key
 * until someone gives it words (the Preferences test names any that has none).
 */
QList<PreferencesDialog::Row> withEveryPreference(const QList<PreferencesDialog::Row> &described)
{
    using Row = PreferencesDialog::Row;
    using Editor = PreferencesDialog::Editor;
    QList<Row> rows = described;
    for (const Settings::Entry &e : Settings::entries()) {
        if (e.scope != Settings::Scope::User || isRememberedChoice(e.key))
            continue;
        if (std::any_of(described.cbegin(), described.cend(), [&](const Row &r) { return r.key == e.key; }))
            continue;
        const QString name = QString::fromLatin1(e.name);
        Editor editor = Editor::Text;
        if (e.defaultValue.typeId() == QMetaType::Bool)
            editor = Editor::Check;
        else if (QTime::fromString(e.defaultValue.toString(), kTimeFormat).isValid())
            editor = Editor::Time;
        else if (name.contains(QLatin1String("folder"), Qt::CaseInsensitive))
            editor = Editor::Folder;
        rows << Row{ QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "More"), e.key, editor, e.name, nullptr,
            nullptr };
    }
    return rows;
}

} // namespace

bool PreferencesDialog::isDescribed(Settings::Key key)
{
    const auto &all = rows();
    return std::any_of(all.cbegin(), all.cend(), [&](const Row &r) { return r.key == key && r.description; });
}

const QList<PreferencesDialog::Row> &PreferencesDialog::rows()
{
    using K = Settings::Key;
    // One line per setting. The section names group rows into boxes in the order they first appear.
    // The calendar account and the watched import folder belong to one data file (the demo data must never publish
    // to the runner's calendar) and have their own dialogs: File ▸ Calendar Publishing…, File ▸ Watched Folder….
    static const QList<Row> described{
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::ReminderMorningStretch, Editor::Check,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Morning stretch:"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Remind me"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog",
                "A notification for the morning hamstring stretch, with Done and Later.") },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::ReminderMorningTime, Editor::Time,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Morning reminder at:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "When the morning stretch reminder comes."), {},
            K::ReminderMorningStretch },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::ReminderEveningStretch, Editor::Check,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Evening stretch:"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Remind me"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog",
                "A notification for the evening hamstring stretch, with Done and Later.") },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::ReminderEveningTime, Editor::Time,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Evening reminder at:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "When the evening stretch reminder comes."), {},
            K::ReminderEveningStretch },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::ReminderBeforeRun, Editor::Check,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Runs:"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Remind me an hour before a planned run"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog",
                "A notification an hour before each run of the plan, at the times below. None while red-flag "
                "symptoms keep you from running.") },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::RunTimeMorning, Editor::Time,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Morning runs start at:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "When you usually start a run planned for the morning."),
            {}, K::ReminderBeforeRun },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::RunTimeMidday, Editor::Time,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Midday runs start at:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "When you usually start a run planned for midday."), {},
            K::ReminderBeforeRun },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::RunTimeEvening, Editor::Time,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Evening runs start at:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "When you usually start a run planned for the evening."),
            {}, K::ReminderBeforeRun },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Reminders"), K::RemindersWhenClosed, Editor::Check,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Stridewise closed:"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Remind me when Stridewise is closed, too"),
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog",
                "Adds a systemd timer to your own account (~/.config/systemd/user) that checks every five minutes "
                "whether a reminder is due. Untick to remove it.") },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Appearance"), K::Theme, Editor::Choice,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Theme:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Light or dark colours for every Stridewise window."),
            { { "system", QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Follow the desktop") },
                { "light", QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Light") },
                { "dark", QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Dark") } } },
        { QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Appearance"), K::Units, Editor::Choice,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Distances in:"), nullptr,
            QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog",
                "How imported distances and paces are shown on the cards, in the session panel and in Progress "
                "(View ▸ Distances in Miles switches it too)."),
            { { "km", QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Kilometres (km)") },
                { "mi", QT_TRANSLATE_NOOP("Stridewise::PreferencesDialog", "Miles (mi)") } } },
    };
    static const QList<Row> table = withEveryPreference(described);
    return table;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *layout = new QVBoxLayout(this);
    QHash<QString, QFormLayout *> forms;
    for (const Row &row : rows()) {
        const QString section = QString::fromLatin1(row.section);
        QFormLayout *form = forms.value(section);
        if (!form) {
            auto *box = new QGroupBox(translated(row.section), this);
            box->setObjectName(section.toLower() + QStringLiteral("GroupBox"));
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            forms.insert(section, form);
            layout->addWidget(box);
        }
        auto *field = new QWidget(this);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        QWidget *editor = makeEditor(row, field);
        fieldLayout->addWidget(editor);
        auto *status = new QLabel(field);
        status->setObjectName(stem(row.key) + QStringLiteral("StatusLabel"));
        status->setWordWrap(true);
        Theme::setMuted(status);
        status->hide();
        fieldLayout->addWidget(status);
        m_status.insert(row.key, status);

        auto *label = new QLabel(translated(row.label), this);
        label->setObjectName(stem(row.key) + QStringLiteral("Label"));
        label->setBuddy(editor);
        m_labels.insert(row.key, label);
        form->addRow(label, field);
        load(row);
    }

    // The profile has its own editor (the wizard): opened from here, not copied here.
    auto *profileBox = new QGroupBox(tr("Profile"), this);
    profileBox->setObjectName(QStringLiteral("profileGroupBox"));
    auto *profileLayout = new QHBoxLayout(profileBox);
    auto *profileText = new QLabel(tr("Your running, the days and time you have, your low-impact activities."), this);
    profileText->setWordWrap(true);
    auto *profileButton = new QPushButton(tr("Edit &Profile…"), this);
    profileButton->setObjectName(QStringLiteral("editProfilePushButton"));
    profileButton->setAccessibleDescription(
        tr("Opens the profile editor; a changed profile can re-plan the rest of the week."));
    connect(profileButton, &QPushButton::clicked, this, &PreferencesDialog::profileRequested);
    profileLayout->addWidget(profileText, 1);
    profileLayout->addWidget(profileButton);
    layout->addWidget(profileBox);

    // The watched folder and the calendar account belong to the data file that is open (the demo data must never
    // publish to the runner's calendar): their own dialogs, opened from here as the profile is.
    auto *fileBox = new QGroupBox(tr("This Data File"), this);
    fileBox->setObjectName(QStringLiteral("dataFileGroupBox"));
    auto *fileLayout = new QHBoxLayout(fileBox);
    auto *fileText =
        new QLabel(tr("The folder your watch's recordings are imported from, and the calendar the plan is published "
                      "to."),
            this);
    fileText->setWordWrap(true);
    auto *folderButton = new QPushButton(tr("&Watched Folder…"), this);
    folderButton->setObjectName(QStringLiteral("watchedFolderPushButton"));
    folderButton->setAccessibleDescription(tr("Opens the watched folder of the data file that is open."));
    connect(folderButton, &QPushButton::clicked, this, &PreferencesDialog::watchedFolderRequested);
    auto *calendarButton = new QPushButton(tr("&Calendar…"), this);
    calendarButton->setObjectName(QStringLiteral("calendarPushButton"));
    calendarButton->setAccessibleDescription(tr("Opens the calendar publishing of the data file that is open."));
    connect(calendarButton, &QPushButton::clicked, this, &PreferencesDialog::calendarRequested);
    fileLayout->addWidget(fileText, 1);
    fileLayout->addWidget(folderButton);
    fileLayout->addWidget(calendarButton);
    layout->addWidget(fileBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::restoreDefaults);
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setAccessibleDescription(tr("Puts every preference on this page back to how Stridewise comes."));
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes Preferences; every change is already saved."));
    layout->addStretch();
    layout->addWidget(buttons);

    updateEnabled();
    // Another window (or `stridewise` in a terminal) may change a setting while this is open.
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        for (const Row &row : rows()) {
            if (row.key == key && !m_loading)
                load(row);
        }
        updateEnabled();
    });
}

QWidget *PreferencesDialog::makeEditor(const Row &row, QWidget *parent)
{
    const Settings::Key key = row.key;
    const QString description = translated(row.description);
    QWidget *editor = nullptr;
    switch (row.editor) {
    case Editor::Check: {
        auto *box = new QCheckBox(translated(row.text), parent);
        box->setObjectName(stem(key) + QStringLiteral("CheckBox"));
        // The form's label names the row; the box's own words say what ticking does.
        box->setAccessibleName(translated(row.label).remove(QLatin1Char(':')) + QStringLiteral(": ") + box->text());
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
            if (!m_loading)
                Settings::setValue(key, on);
        });
        editor = box;
        break;
    }
    case Editor::Time: {
        auto *edit = new QTimeEdit(parent);
        edit->setObjectName(stem(key) + QStringLiteral("TimeEdit"));
        // Hours and minutes in the locale's way (07:30, 7:30 AM): reminders have no seconds.
        QString format = QLocale().timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
        edit->setDisplayFormat(format);
        edit->setAccessibleName(translated(row.label).remove(QLatin1Char(':')));
        edit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(edit, &QTimeEdit::timeChanged, this, [this, key](QTime time) {
            if (!m_loading && time.isValid())
                Settings::setValue(key, time.toString(kTimeFormat));
        });
        editor = edit;
        break;
    }
    case Editor::Choice: {
        auto *box = new QWidget(parent);
        box->setObjectName(stem(key) + QStringLiteral("ChoiceWidget"));
        box->setAccessibleName(translated(row.label).remove(QLatin1Char(':')));
        auto *choices = new QHBoxLayout(box);
        choices->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(box);
        for (const Choice &c : row.choices) {
            auto *radio = new QRadioButton(translated(c.label), box);
            const QString value = QString::fromLatin1(c.value);
            radio->setObjectName(stem(key) + value.left(1).toUpper() + value.mid(1) + QStringLiteral("RadioButton"));
            radio->setProperty("settingValue", value);
            radio->setAccessibleDescription(description);
            group->addButton(radio);
            choices->addWidget(radio);
            connect(radio, &QRadioButton::toggled, this, [this, key, value](bool on) {
                if (on && !m_loading)
                    Settings::setValue(key, value);
            });
        }
        choices->addStretch();
        editor = box;
        break;
    }
    case Editor::Text: {
        auto *line = new QLineEdit(parent);
        line->setObjectName(stem(key) + QStringLiteral("LineEdit"));
        line->setAccessibleName(translated(row.label).remove(QLatin1Char(':')));
        connect(line, &QLineEdit::editingFinished, this, [this, key, line] {
            if (!m_loading)
                Settings::setValue(key, line->text());
        });
        editor = line;
        break;
    }
    case Editor::Folder: {
        auto *box = new QWidget(parent);
        box->setObjectName(stem(key) + QStringLiteral("FolderWidget"));
        auto *line = new QHBoxLayout(box);
        line->setContentsMargins(0, 0, 0, 0);
        auto *path = new QLineEdit(box);
        path->setObjectName(stem(key) + QStringLiteral("LineEdit"));
        path->setAccessibleName(translated(row.label).remove(QLatin1Char(':')));
        path->setAccessibleDescription(description);
        path->setPlaceholderText(tr("None"));
        auto *choose = new QPushButton(tr("Choose…"), box);
        choose->setObjectName(stem(key) + QStringLiteral("PushButton"));
        choose->setAccessibleName(tr("Choose a folder for %1").arg(translated(row.label).remove(QLatin1Char(':'))));
        line->addWidget(path, 1);
        line->addWidget(choose);
        connect(path, &QLineEdit::editingFinished, this, [this, key, path] {
            if (!m_loading)
                Settings::setValue(key, QDir::fromNativeSeparators(path->text().trimmed()));
        });
        connect(choose, &QPushButton::clicked, this, [this, key, path, row] {
            const QString folder = Prompt::existingFolder(this, translated(row.label).remove(QLatin1Char(':')),
                path->text().isEmpty() ? QDir::homePath() : path->text());
            if (!folder.isEmpty()) {
                path->setText(QDir::toNativeSeparators(folder));
                Settings::setValue(key, folder);
            }
        });
        editor = box;
        break;
    }
    }
    editor->setToolTip(description);
    editor->setAccessibleDescription(description);
    m_editors.insert(key, editor);
    return editor;
}

void PreferencesDialog::load(const Row &row)
{
    QWidget *editor = m_editors.value(row.key);
    if (!editor)
        return;
    m_loading = true;
    const QVariant value = Settings::value(row.key);
    switch (row.editor) {
    case Editor::Check:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
        break;
    case Editor::Time: {
        QTime time = QTime::fromString(value.toString(), kTimeFormat);
        if (!time.isValid())
            time = QTime::fromString(Settings::entry(row.key).defaultValue.toString(), kTimeFormat);
        static_cast<QTimeEdit *>(editor)->setTime(time);
        break;
    }
    case Editor::Choice: {
        const auto radios = editor->findChildren<QRadioButton *>();
        QRadioButton *match = nullptr;
        for (QRadioButton *radio : radios) {
            if (radio->property("settingValue").toString() == value.toString())
                match = radio;
        }
        if (!match && !radios.isEmpty())
            match = radios.first(); // an unknown saved value reads as the first (the default) choice
        if (match)
            match->setChecked(true);
        break;
    }
    case Editor::Folder:
        editor->findChild<QLineEdit *>()->setText(QDir::toNativeSeparators(value.toString()));
        break;
    case Editor::Text:
        static_cast<QLineEdit *>(editor)->setText(value.toString());
        break;
    }
    m_loading = false;
}

void PreferencesDialog::updateEnabled()
{
    for (const Row &row : rows()) {
        if (!row.enabledBy)
            continue;
        const bool on = Settings::value(*row.enabledBy).toBool();
        if (QWidget *editor = m_editors.value(row.key))
            editor->setEnabled(on);
        if (QWidget *label = m_labels.value(row.key))
            label->setEnabled(on);
    }
}

void PreferencesDialog::setStatus(Settings::Key key, const QString &text)
{
    if (QLabel *label = m_status.value(key)) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
}

void PreferencesDialog::restoreDefaults()
{
    for (const Row &row : rows())
        Settings::setValue(row.key, Settings::entry(row.key).defaultValue);
    for (const Row &row : rows())
        load(row);
    updateEnabled();
}

} // namespace Stridewise
