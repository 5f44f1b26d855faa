// Issue 14: Preferences, reminders in the window, German, accessibility.

#include "core/store/logrepository.h"
#include "ui/document/reminderactions.h"
#include "ui/document/settingsactions.h"
#include "ui/notify/notifier.h"
#include "ui/notify/remindertimer.h"
#include "ui/shell/language.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/settings.h"
#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

#include "tests/ui/uitest.h"
#include <cmath>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Stands in for the desktop's notification service: remembers what was shown, presses buttons on request. */
class FakeNotifier : public Notifier
{
public:
    struct Shown
    {
        QString summary;
        QString body;
        QStringList actions;
    };

    Result<uint> show(const QString &summary, const QString &body, const QList<Action> &actions, int) override
    {
        QStringList keys;
        for (const Action &a : actions)
            keys << a.key;
        m_shown << Shown{ summary, body, keys };
        return uint(m_shown.size());
    }
    void close(uint id) override { emit closed(id); }
    bool supportsActions() const override { return true; }
    void press(uint id, const QString &key) { emit actionInvoked(id, key); }

    QList<Shown> m_shown;
};

/** Saves a PNG for people to look at when STRIDEWISE_SHOTS_DIR is set (README: screenshots). */
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRIDEWISE_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w);
}

/** Visible, enabled widgets a person operates, below root (inner parts of a spin box or combo box excluded). */
QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !isInteractive(w))
            continue;
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (w->inherits("QToolBarExtension") || w->inherits("QDockWidgetTitleButton")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        out << w;
    }
    return out;
}

/**
 * By Tab, or another way the keys reach it: a button for an action with a shortcut (Ctrl+D ticks off), or a part of
 * a control that takes the focus itself and answers keys (a session card: Space ticks, Enter opens the editor).
 */
bool reachableByKeyboard(QWidget *w, QWidget *root)
{
    if (w->focusPolicy() & Qt::TabFocus)
        return true;
    if (auto *tool = qobject_cast<QToolButton *>(w);
        tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty())
        return true;
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if ((p->focusPolicy() & Qt::TabFocus) && !isInteractive(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/** Labels and buttons whose text is wider than the room they have (German runs long). */
QStringList cutOffTexts(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->textFormat() == Qt::RichText || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            continue;
        const QFontMetrics fm(label->font());
        const QString text = label->text().remove(QLatin1Char('&'));
        int widest = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, fm.horizontalAdvance(line));
        if (widest > label->contentsRect().width() + 1)
            cut << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                       .arg(describe(label), text)
                       .arg(widest)
                       .arg(label->contentsRect().width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            cut << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                       .arg(describe(button), button->text())
                       .arg(button->sizeHint().width())
                       .arg(button->width());
    }
    return cut;
}

/** WCAG 2 contrast ratio of two colours. */
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

class DesktopTest : public UiTest
{
protected:
    void TearDown() override
    {
        Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Theme::applyLight();
        UiTest::TearDown();
    }

    PreferencesDialog *openPreferences()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        return waitFor<PreferencesDialog>(QStringLiteral("preferencesDialog"));
    }
};

TEST_F(DesktopTest, CtrlCommaOpensPreferencesWithEveryPreferenceOfTheSettingsTable)
{
    seedPlannedWeek();
    openWindow();
    PreferencesDialog *dialog = openPreferences();
    ASSERT_NE(dialog, nullptr) << "Ctrl+, did not open Preferences";
    const auto *action = find<QAction>(QStringLiteral("preferencesAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

    for (const Settings::Entry &e : Settings::entries()) {
        // Remembered choices of other dialogs (Export PNG…'s size and folder, Import Activities…' folder, the export
        // folder).
        if (e.scope != Settings::Scope::User || e.key == Settings::Key::ChartExportSize
            || e.key == Settings::Key::ChartExportFolder || e.key == Settings::Key::ImportFolder
            || e.key == Settings::Key::ExportFolder)
            continue;
        QWidget *editor = dialog->editorFor(e.key);
        ASSERT_NE(editor, nullptr) << "no row for the setting " << e.name;
        EXPECT_TRUE(editor->isVisible()) << e.name;
        EXPECT_TRUE(PreferencesDialog::isDescribed(e.key))
            << e.name << " shows under its bare key: give it a label and description in preferencesdialog.cpp";
    }

    // Saved the moment it changes, through the Settings table.
    auto *morning = qobject_cast<QTimeEdit *>(dialog->editorFor(Settings::Key::ReminderMorningTime));
    ASSERT_NE(morning, nullptr);
    morning->setTime(QTime(8, 15));
    EXPECT_EQ(Settings::value(Settings::Key::ReminderMorningTime).toString(), QStringLiteral("08:15"));
    auto *evening = dialog->findChild<QCheckBox *>(QStringLiteral("eveningStretchCheckBox"));
    ASSERT_NE(evening, nullptr);
    evening->click();
    EXPECT_FALSE(Settings::value(Settings::Key::ReminderEveningStretch).toBool());
    EXPECT_FALSE(dialog->editorFor(Settings::Key::ReminderEveningTime)->isEnabled()) << "no time without the reminder";

    // The theme switches every widget at once.
    auto *dark = dialog->findChild<QRadioButton *>(QStringLiteral("themeDarkRadioButton"));
    ASSERT_NE(dark, nullptr);
    dark->click();
    QApplication::processEvents();
    EXPECT_EQ(Settings::value(Settings::Key::Theme).toString(), QStringLiteral("dark"));
    EXPECT_TRUE(Theme::isDark(m_window->palette()));
    EXPECT_TRUE(Theme::isDark(dialog->palette()));
    shoot(dialog, QStringLiteral("preferences-dark"));
    dialog->findChild<QRadioButton *>(QStringLiteral("themeLightRadioButton"))->click();
    QApplication::processEvents();
    EXPECT_FALSE(Theme::isDark(m_window->palette()));
    shoot(dialog, QStringLiteral("preferences-light"));

    dialog->restoreDefaults();
    EXPECT_EQ(morning->time(), QTime(7, 30));
    EXPECT_TRUE(Settings::value(Settings::Key::ReminderEveningStretch).toBool());
    EXPECT_TRUE(cutOffTexts(dialog).isEmpty()) << cutOffTexts(dialog).join(QLatin1Char('\n')).toStdString();
}

TEST_F(DesktopTest, AReminderInTheWindowIsShownOnceAndItsDoneIsUndoable)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    FakeNotifier notifier;
    window.reminderActions().setNotifier(&notifier);
    EXPECT_EQ(window.reminderActions().check(m_today, QTime(7, 0)), 0) << "before its time";
    ASSERT_EQ(window.reminderActions().check(m_today, QTime(7, 40)), 1);
    EXPECT_EQ(window.reminderActions().check(m_today, QTime(7, 41)), 0) << "not twice for the same slot";
    ASSERT_EQ(notifier.m_shown.size(), 1);
    EXPECT_TRUE(notifier.m_shown.first().summary.contains(QStringLiteral("Hamstring stretch")));
    EXPECT_EQ(notifier.m_shown.first().actions, (QStringList{ QStringLiteral("done"), QStringLiteral("later") }));

    QUndoStack *undo = window.document().undoStack();
    const int before = undo->count();
    notifier.press(1, QStringLiteral("done"));
    ASSERT_EQ(undo->count(), before + 1) << "Done is an undo command";
    const auto isTicked = [&] {
        for (const PlannedSession &s : window.document().sessions()) {
            if (s.date == m_today && s.activity == Activity::Stretch && s.timeOfDay == TimeOfDay::Morning)
                return s.isDone();
        }
        return false;
    };
    EXPECT_TRUE(isTicked());
    undo->undo();
    EXPECT_FALSE(isTicked()) << "Edit > Undo takes the reminder's Done back";
    window.reminderActions().setNotifier(nullptr);
}

TEST_F(DesktopTest, GermanReachesRealWidgetsAndNothingIsCutOff)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(Language::install(german), QStringLiteral("de"));
    seedPlannedWeek(); // planned in German: a plan keeps the language it was made in
    EXPECT_TRUE(Language::available().contains(QStringLiteral("de")));
    MainWindow &window = openWindow();
    window.resize(1440, 900);
    QApplication::processEvents();

    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Bearbeiten")));
    EXPECT_EQ(find<QAction>(QStringLiteral("preferencesAction"))->text(), QStringLiteral("&Einstellungen…"));
    QStringList labels;
    for (QLabel *l : window.findChildren<QLabel *>())
        labels << l->text();
    const QString all = labels.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Mittwoch")) || all.contains(QStringLiteral("Mi.")))
        << "weekday names follow the locale: " << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Wednesday")));
    EXPECT_TRUE(all.contains(QStringLiteral("Lockerer Lauf")) || all.contains(QStringLiteral("Rumpfkraft")))
        << "session titles in German: " << all.toStdString();
    shoot(&window, QStringLiteral("main-de-1440x900"));
    EXPECT_TRUE(cutOffTexts(&window).isEmpty()) << cutOffTexts(&window).join(QLatin1Char('\n')).toStdString();
    window.resize(1024, 700); // the smallest size the README promises
    QApplication::processEvents();
    shoot(&window, QStringLiteral("main-de-1024x700"));
    EXPECT_TRUE(cutOffTexts(&window).isEmpty()) << cutOffTexts(&window).join(QLatin1Char('\n')).toStdString();

    PreferencesDialog *dialog = openPreferences();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Einstellungen"));
    EXPECT_EQ(
        dialog->findChild<QGroupBox *>(QStringLiteral("remindersGroupBox"))->title(), QStringLiteral("Erinnerungen"));
    QApplication::processEvents();
    shoot(dialog, QStringLiteral("preferences-de"));
    EXPECT_TRUE(cutOffTexts(dialog).isEmpty()) << cutOffTexts(dialog).join(QLatin1Char('\n')).toStdString();
}

TEST_F(DesktopTest, PreferencesOpensTheDataFilesWatchedFolderAndCalendar)
{
    // Issue 14: the watched folder and the calendar account are reached from Preferences too; they belong to the
    // open data file, so Preferences opens their own dialogs rather than copying them.
    seedPlannedWeek();
    openWindow();
    PreferencesDialog *dialog = openPreferences();
    ASSERT_NE(dialog, nullptr);
    auto *folder = dialog->findChild<QPushButton *>(QStringLiteral("watchedFolderPushButton"));
    auto *calendar = dialog->findChild<QPushButton *>(QStringLiteral("calendarPushButton"));
    ASSERT_TRUE(folder && calendar);
    QTest::mouseClick(folder, Qt::LeftButton);
    QDialog *watched = waitFor<QDialog>(QStringLiteral("watchedFolderDialog"));
    ASSERT_TRUE(watched) << "Watched Folder… opened nothing";
    watched->reject();
    QTest::mouseClick(calendar, Qt::LeftButton);
    QDialog *publishing = waitFor<QDialog>(QStringLiteral("calendarDialog"));
    ASSERT_TRUE(publishing) << "Calendar… opened nothing";
    publishing->reject();
}

TEST_F(DesktopTest, EnglishPluralsReadRight)
{
    Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(
        QCoreApplication::translate("Stridewise::Charts", "%n days later", nullptr, 1), QStringLiteral("1 day later"));
    EXPECT_EQ(QCoreApplication::translate("Stridewise::Reminders", "%1. Hold %2 s each side, %n time(s).", nullptr, 1)
                  .arg(QStringLiteral("Hamstring stretch"))
                  .arg(30),
        QStringLiteral("Hamstring stretch. Hold 30 s each side, once."));
    EXPECT_EQ(QCoreApplication::translate("Stridewise::Reminders", "%1. Hold %2 s each side, %n time(s).", nullptr, 3)
                  .arg(QStringLiteral("Hamstring stretch"))
                  .arg(30),
        QStringLiteral("Hamstring stretch. Hold 30 s each side, 3 times."));
    // A language Stridewise has no translation for gets the English plurals too.
    Language::install(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(QCoreApplication::translate(
                  "Stridewise::ProgressView", "Only %n days with a back-pain log in this range.", nullptr, 1),
        QStringLiteral("Only 1 day with a back-pain log in this range."));
}

TEST_F(DesktopTest, EveryControlHasAnAccessibleNameAndDescriptionAndIsReachableByTab)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PreferencesDialog *dialog = window.settingsActions().showPreferences();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    for (QWidget *root : { static_cast<QWidget *>(&window), static_cast<QWidget *>(dialog) }) {
        for (QWidget *w : interactiveWidgets(root)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            ASSERT_NE(a, nullptr) << describe(w).toStdString();
            EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty())
                << "no accessible name: " << describe(w).toStdString();
            EXPECT_FALSE(a->text(QAccessible::Description).trimmed().isEmpty() && w->toolTip().isEmpty()
                && w->accessibleDescription().isEmpty())
                << "no accessible description: " << describe(w).toStdString() << " "
                << a->text(QAccessible::Name).toStdString();
            EXPECT_TRUE(reachableByKeyboard(w, root)) << "not reachable by keyboard: " << describe(w).toStdString();
        }
    }
    // The stretch ticks say which stretch of which day.
    for (QCheckBox *tick : window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox"))) {
        const QString name = QAccessible::queryAccessibleInterface(tick)->text(QAccessible::Name);
        EXPECT_TRUE(name.contains(QStringLiteral("stretch"), Qt::CaseInsensitive)) << name.toStdString();
        EXPECT_TRUE(name.contains(QStringLiteral("November")) || name.contains(QStringLiteral("Nov")))
            << name.toStdString();
    }
}

TEST_F(DesktopTest, MutedTextKeepsItsContrastInLightAndDark)
{
    // WCAG AA for body text: 4.5:1 — the muted notes (status lines, hints) must stay readable in both themes.
    for (const QPalette &palette : { QApplication::style()->standardPalette(), Theme::darkPalette() }) {
        const double ratio = contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Window));
        EXPECT_GE(ratio, 4.5) << "muted text " << palette.color(QPalette::PlaceholderText).name().toStdString()
                              << " on " << palette.color(QPalette::Window).name().toStdString();
    }
}

} // namespace

namespace {

TEST_F(DesktopTest, TickingRemindWhenClosedWritesTheSystemdUserTimerAndUntickingRemovesIt)
{
    seedPlannedWeek();
    openWindow();
    PreferencesDialog *dialog = openPreferences();
    ASSERT_NE(dialog, nullptr);
    auto *whenClosed = dialog->findChild<QCheckBox *>(QStringLiteral("whenClosedCheckBox"));
    ASSERT_NE(whenClosed, nullptr);
    ASSERT_FALSE(ReminderTimer::isInstalled()) << "nothing is installed until the runner asks";

    whenClosed->click();
    ASSERT_TRUE(ReminderTimer::isInstalled());
    QFile service(ReminderTimer::servicePath());
    ASSERT_TRUE(service.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(service.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(" remind"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QFileInfo(m_dir.path()).absoluteFilePath())) << "the timer reminds of this file";
    EXPECT_TRUE(ReminderTimer::unitFolder().startsWith(QDir::homePath())) << "only in the runner's own account";
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("whenClosedStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible() && !status->text().isEmpty()) << "Preferences says what was done";

    whenClosed->click();
    EXPECT_FALSE(ReminderTimer::isInstalled());
    EXPECT_FALSE(QFileInfo::exists(ReminderTimer::servicePath()));
    EXPECT_FALSE(QFileInfo::exists(ReminderTimer::timerPath()));
}

} // namespace
