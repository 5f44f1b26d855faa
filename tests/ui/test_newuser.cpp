// Issue 10, "Defects to fix": what a new user hit trying every path of the window. Each test drives the real
// widgets as a person would (actions, clicks, keys) and checks what they would see or what was saved.

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/shell/profilewizard.h"
#include "ui/week/daycolumn.h"
#include "ui/week/weekbanner.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include "tests/ui/uitest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Types into the widget with keyboard focus, then presses Enter, as someone who pressed Ctrl+G would. */
void typeIntoFocus(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus);
    QTest::keyClicks(focus, text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

} // namespace

TEST_F(UiTest, RemovingARedFlagClearsTheRedBannersAndOffersAReplan)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    find<QCheckBox>(QStringLiteral("legPainCheckBox"))->setChecked(true);
    m_prompts.answer(QMessageBox::Yes); // re-plan around the red flag
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    ASSERT_TRUE(find<QLabel>(QStringLiteral("redFlagBannerLabel")));
    ASSERT_TRUE((*PlanRepository(window.database()).week(m_monday))->redFlag);

    // The runner ticked it by mistake: untick, Update.
    find<QCheckBox>(QStringLiteral("legPainCheckBox"))->setChecked(false);
    m_prompts.answer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    EXPECT_FALSE((*LogRepository(window.database()).painOn(m_today))->hasRedFlag()) << "red_flag: false";
    for (const char *name : { "redFlagBannerLabel", "urgentBannerLabel" }) {
        auto *label = find<QLabel>(QString::fromLatin1(name));
        EXPECT_FALSE(label && label->isVisible()) << name << ": " << (label ? label->text().toStdString() : "");
    }
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("no longer")))
        << "the window offers to re-plan: " << m_prompts.lastText().toStdString();
    EXPECT_FALSE((*PlanRepository(window.database()).week(m_monday))->redFlag) << "and re-plans when asked";
}

TEST_F(UiTest, TheTwoRedBannersDoNotRepeatEachOther)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    find<QCheckBox>(QStringLiteral("numbnessCheckBox"))->setChecked(true);
    m_prompts.answer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    int red = 0;
    for (const WeekBanner::Message &m : window.banner()->messages())
        red += m.level == WeekBanner::Level::RedFlag || m.level == WeekBanner::Level::Urgent ? 1 : 0;
    EXPECT_EQ(red, 1) << "one red banner says what to do";
}

TEST_F(UiTest, TheWizardRefusesALongRunDayThatIsNotATrainingDay)
{
    MainWindow &window = openWindow();
    ASSERT_TRUE(window.planActions().startFirstRun());
    auto *wizard = waitFor<ProfileWizard>(QStringLiteral("profileWizard"));
    ASSERT_TRUE(wizard);
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("nextPushButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ProfileWizard::DaysPage);
    wizard->findChild<QCheckBox *>(QStringLiteral("sunCheckBox"))->setChecked(false); // Sunday: the long-run day
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), ProfileWizard::DaysPage) << "the long run cannot go on a day the runner has not";
    auto *error = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(Labels::weekday(Qt::Sunday))) << error->text().toStdString();
    wizard->reject();
}

TEST_F(UiTest, MovingTwiceMovesTwiceAndKeepsTheSelection)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    SessionCard *card = firstCard(Activity::Run);
    ASSERT_TRUE(card);
    const qint64 id = card->sessionId();
    const QDate planned = card->session().date;
    ASSERT_LE(planned, m_monday.addDays(4));
    QTest::mouseClick(card, Qt::LeftButton);
    action(QStringLiteral("moveLaterAction"))->trigger();
    EXPECT_EQ(window.weekView()->selectedSessionId(), id) << "still selected after the move";
    action(QStringLiteral("moveLaterAction"))->trigger();
    EXPECT_EQ((*PlanRepository(window.database()).session(id))->date, planned.addDays(2)) << "moved twice";
}

TEST_F(UiTest, EditingASessionKeepsItSelected)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.activateWindow();
    SessionCard *card = firstCard(Activity::Run);
    const qint64 id = card->sessionId();
    card->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return card->hasFocus(); }));
    QTest::keyClick(card, Qt::Key_F2);
    auto *edit = waitFor<QDialog>(QStringLiteral("sessionDialog"));
    ASSERT_TRUE(edit);
    auto *minutes = edit->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
    minutes->setFocus();
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("44"));
    QTest::keyClick(minutes, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.findChild<QDialog *>(QStringLiteral("sessionDialog")); }));
    ASSERT_EQ((*PlanRepository(window.database()).session(id))->minutes, 44);
    window.activateWindow(); // as the desktop does when a dialog closes
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_EQ(window.weekView()->selectedSessionId(), id);
    ASSERT_TRUE(window.weekView()->cardFor(id));

    EXPECT_TRUE(window.weekView()->cardFor(id)->isSelected());
    EXPECT_TRUE(window.weekView()->cardFor(id)->hasFocus()) << "the keyboard is back where it was";
    EXPECT_TRUE(action(QStringLiteral("deleteSessionAction"))->isEnabled()) << "the session actions still apply to it";
}

TEST_F(UiTest, SpaceOnAStretchTickKeepsTheKeyboardFocus)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.activateWindow();
    auto *tick = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
    const qint64 id = tick->property("sessionId").toLongLong();
    tick->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tick->hasFocus(); }));
    QTest::keyClick(tick, Qt::Key_Space);
    ASSERT_TRUE((*LogRepository(window.database()).completion(id)).has_value()) << "Space ticked it";
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus);
    ASSERT_EQ(focus->objectName().toStdString(), "stretchCheckBox");
    EXPECT_EQ(focus->property("sessionId").toLongLong(), id) << "the same tick keeps the focus";
    EXPECT_TRUE(qobject_cast<QCheckBox *>(focus)->isChecked());
    QTest::keyClick(focus, Qt::Key_Space);
    EXPECT_FALSE((*LogRepository(window.database()).completion(id)).has_value()) << "and Space again unticks it";
}

TEST_F(UiTest, GoToWeekTakesATypedDate)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.activateWindow();
    for (const QString &typed : { QStringLiteral("2026-07-15"), QStringLiteral("20260715") }) {
        action(QStringLiteral("thisWeekAction"))->trigger();
        action(QStringLiteral("goToWeekAction"))->trigger();
        typeIntoFocus(typed);
        EXPECT_EQ(window.document().monday(), QDate(2026, 7, 13)) << typed.toStdString();
    }
}

TEST_F(UiTest, TheWeekPickerSaysDatesAsTheRestOfTheWindowDoes)
{
    seedPlannedWeek();
    openWindow();
    auto *bar = find<QToolBar>(QStringLiteral("weekToolBar"));
    ASSERT_TRUE(bar);
    auto *picker = bar->findChild<QLineEdit *>();
    ASSERT_TRUE(picker);
    EXPECT_FALSE(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")).match(picker->text()).hasMatch())
        << picker->text().toStdString();
    EXPECT_TRUE(picker->text().contains(QLocale().toString(m_monday.addDays(6), QStringLiteral("d MMM yyyy"))))
        << picker->text().toStdString();
}

// The calendar is made on first use (issue 15); it still opens on the week shown and a day picked goes to its week.
TEST_F(UiTest, TheWeekPickersCalendarOpensOnTheWeekShownAndGoesToThePickedWeek)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    auto *button = find<QToolButton>(QStringLiteral("weekPickerToolButton"));
    ASSERT_TRUE(button);
    for (int round = 0; round < 2; ++round) { // the second time reuses the calendar made the first time
        QTest::mouseClick(button, Qt::LeftButton);
        auto *calendar = window.findChild<QCalendarWidget *>(QStringLiteral("weekPickerCalendar"));
        ASSERT_TRUE(calendar);
        EXPECT_EQ(calendar->selectedDate(), window.document().monday());
        EXPECT_EQ(calendar->firstDayOfWeek(), Qt::Monday);
        const QDate picked = window.document().monday().addDays(round == 0 ? 16 : -30);
        calendar->setSelectedDate(picked);
        emit calendar->clicked(picked);
        EXPECT_EQ(window.document().monday(), IsoWeek::mondayOf(picked));
        EXPECT_EQ(window.findChildren<QCalendarWidget *>().size(), 1);
    }
}

TEST_F(UiTest, UndoAndRedoAreLabelledAndDoNotLookLikeWeekNavigation)
{
    openWindow();
    auto *bar = find<QToolBar>(QStringLiteral("weekToolBar"));
    ASSERT_TRUE(bar);
    const auto imageOf = [](QAction *a) { return a->icon().pixmap(QSize(16, 16)).toImage(); };
    for (const char *name : { "undoAction", "redoAction" }) {
        QAction *a = action(QString::fromLatin1(name));
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        if (!button) {
            for (QToolButton *b : bar->findChildren<QToolButton *>()) {
                if (b->defaultAction() == a)
                    button = b;
            }
        }
        ASSERT_TRUE(button) << name;
        EXPECT_NE(button->toolButtonStyle(), Qt::ToolButtonIconOnly) << name << " has a label";
        EXPECT_FALSE(a->iconText().isEmpty()) << name;
        for (const char *nav : { "previousWeekAction", "nextWeekAction" })
            EXPECT_NE(imageOf(a), imageOf(action(QString::fromLatin1(nav)))) << name << " looks like " << nav;
    }
}

TEST_F(UiTest, TheSessionPanelHasRoomAndOpensAtTheTop)
{
    seedPlannedWeek();
    MainWindow &window = openWindow(); // 1024×700
    auto *scroll = find<QScrollArea>(QStringLiteral("sessionScrollArea"));
    ASSERT_TRUE(scroll);
    QApplication::processEvents();
    EXPECT_GE(scroll->viewport()->height(), 200) << "room for more than the title at 1024×700";

    // A short window, so the details of a run are longer than the panel.
    window.resize(1024, 480);
    SessionCard *run = firstCard(Activity::Run);
    window.weekView()->selectSession(run->sessionId());
    ASSERT_TRUE(QTest::qWaitFor([&] { return scroll->verticalScrollBar()->maximum() > 0; }))
        << "the details are longer than the panel";
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    window.weekView()->selectSession(firstCard(Activity::Strength)->sessionId());
    QApplication::processEvents();
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0) << "a new selection opens at its title";
}

TEST_F(UiTest, ReplanIsOffForWeeksThatAreOver)
{
    seedPlannedWeek();
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(Planner(*db).planWeek(m_monday.addDays(-7)).ok());
    }
    MainWindow &window = openWindow();
    EXPECT_TRUE(action(QStringLiteral("replanAction"))->isEnabled());
    action(QStringLiteral("previousWeekAction"))->trigger();
    ASSERT_EQ(window.document().monday(), m_monday.addDays(-7));
    ASSERT_TRUE(window.document().hasPlan());
    EXPECT_FALSE(action(QStringLiteral("replanAction"))->isEnabled()) << "last week is over";
}

TEST_F(UiTest, EnterInThePainScoreLogsIt)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.activateWindow();
    auto *score = find<QSpinBox>(QStringLiteral("painScoreSpinBox"));
    score->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return score->hasFocus(); }));
    score->selectAll();
    QTest::keyClicks(score, QStringLiteral("4"));
    QTest::keyClick(score, Qt::Key_Return);
    auto entry = LogRepository(window.database()).painOn(m_today);
    ASSERT_TRUE(entry.ok() && entry->has_value()) << "Enter logs";
    EXPECT_EQ((*entry)->score, 4);
    EXPECT_EQ(window.undoStack().count(), 1) << "once";
}

TEST_F(UiTest, TickingASymptomLeavesTheLogButtonWhereItWas)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    auto *save = find<QPushButton>(QStringLiteral("savePainPushButton"));
    QApplication::processEvents();
    const QPoint before = save->mapTo(&window, QPoint(0, 0));
    find<QCheckBox>(QStringLiteral("tinglingCheckBox"))->setChecked(true);
    QApplication::processEvents();
    ASSERT_TRUE(find<QLabel>(QStringLiteral("redFlagAdviceLabel"))->isVisible());
    EXPECT_EQ(save->mapTo(&window, QPoint(0, 0)), before) << "the button stays under the pointer";
}

TEST_F(UiTest, WhatWasLoggedNamesTheSymptoms)
{
    seedPlannedWeek();
    openWindow();
    find<QCheckBox>(QStringLiteral("numbnessCheckBox"))->setChecked(true);
    m_prompts.answer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    const QString state = find<QLabel>(QStringLiteral("painStateLabel"))->text();
    EXPECT_TRUE(state.contains(Labels::symptom(Symptom::Numbness).toLower())) << state.toStdString();
}

TEST_F(UiTest, MutedTextFollowsAPaletteSwitch)
{
    seedPlannedWeek();
    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
    MainWindow &window = openWindow();
    QApplication::setPalette(Theme::darkPalette());
    QApplication::processEvents();
    const QColor muted = Theme::darkPalette().color(QPalette::PlaceholderText);
    QList<QLabel *> labels{ find<QLabel>(QStringLiteral("weekSummaryLabel")),
        find<QLabel>(QStringLiteral("painStateLabel")) };
    labels << window.findChildren<QLabel *>(QStringLiteral("detailLabel"));
    for (QLabel *label : labels) {
        ASSERT_TRUE(label);
        EXPECT_EQ(label->palette().color(label->foregroundRole()), muted)
            << label->objectName().toStdString() << " draws in a colour of the palette before";
    }
    QApplication::setPalette(original);
}

TEST_F(UiTest, UntickedBoxesShowInTheDarkLook)
{
    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Theme::applyDark();
    QCheckBox box;
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    const QColor window = QApplication::palette().color(QPalette::Window);
    int contrast = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            contrast = qMax(contrast, qAbs(QColor(image.pixel(x, y)).lightness() - window.lightness()));
    }
    EXPECT_GE(contrast, 60) << "the empty box stands out from the window";
    QApplication::setPalette(original);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

TEST_F(UiTest, ADoneRunIsNotTintedLikeAnError)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    SessionCard *card = firstCard(Activity::Run);
    const PlannedSession s = card->session();
    window.undoStack().push(new CompleteSessionCommand(
        window.document(), s, Completion{ s.id, false, s.minutes, s.rpe, std::nullopt, {} }));
    card = window.weekView()->cardFor(s.id);
    ASSERT_TRUE(card->session().isDone());
    // The colour most of the card is filled with.
    const QImage image = card->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 6; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb fill = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(fill))
            fill = it.key();
    }
    EXPECT_LE(qRed(fill), qGreen(fill)) << "fill " << QColor(fill).name().toStdString() << " reads as red";
}

TEST_F(UiTest, StretchTicksSayMorningAndEvening)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    const auto ticks =
        window.weekView()->columns().first()->findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox"));
    ASSERT_EQ(ticks.size(), 2);
    EXPECT_FALSE(ticks.at(0)->text().isEmpty());
    EXPECT_FALSE(ticks.at(1)->text().isEmpty());
    EXPECT_NE(ticks.at(0)->text(), ticks.at(1)->text());
}

TEST_F(UiTest, HelpSaysDetailsUnverifiedOnce)
{
    openWindow();
    action(QStringLiteral("rulesAction"))->trigger();
    auto *browser = waitFor<QTextBrowser>(QStringLiteral("rulesTextBrowser"));
    ASSERT_TRUE(browser);
    EXPECT_LE(browser->toPlainText().count(QStringLiteral("unverified")), 1);
}

TEST_F(UiTest, TheStatusBarSaysWhatAnEditSaved)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    SessionCard *card = firstCard(Activity::Run);
    const QString title = card->session().title;
    QTest::mouseClick(card, Qt::LeftButton);
    action(QStringLiteral("editSessionAction"))->trigger();
    auto *edit = waitFor<QDialog>(QStringLiteral("sessionDialog"));
    ASSERT_TRUE(edit);
    auto *minutes = edit->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("41"));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(title)) << message.toStdString();
    EXPECT_FALSE(message.startsWith(QStringLiteral("Saved: Change"))) << message.toStdString();
}
