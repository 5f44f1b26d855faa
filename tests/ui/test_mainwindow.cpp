#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/plan/rules.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/shell/profilewizard.h"
#include "ui/week/daycolumn.h"
#include "ui/widgets/weekpicker.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTextBrowser>

#include "tests/ui/uitest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Opens the tick-off editor of a card by clicking its checkbox, fills it in, saves. */
void tickWithEditor(MainWindow &window, SessionCard *card, int minutes, int effort, int pain)
{
    QTest::mouseClick(card->checkBox(), Qt::LeftButton);
    QWidget *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = window.findChild<QWidget *>(QStringLiteral("completionDialog"));
        return dialog && dialog->isVisible();
    }));
    auto *minutesBox = dialog->findChild<QSpinBox *>(QStringLiteral("actualMinutesSpinBox"));
    EXPECT_EQ(minutesBox->value(), card->session().minutes) << "pre-filled with the planned minutes";
    minutesBox->setFocus();
    minutesBox->selectAll();
    QTest::keyClicks(minutesBox, QString::number(minutes));
    auto *effortBox = dialog->findChild<QSpinBox *>(QStringLiteral("effortSpinBox"));
    effortBox->selectAll();
    QTest::keyClicks(effortBox, QString::number(effort));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("borgLabel"))->text(), Labels::borgWord(effort));
    auto *painBox = dialog->findChild<QSpinBox *>(QStringLiteral("painAfterSpinBox"));
    dialog->findChild<QCheckBox *>(QStringLiteral("painAfterCheckBox"))->setChecked(true);
    painBox->selectAll();
    QTest::keyClicks(painBox, QString::number(pain));
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("notePlainTextEdit")), QStringLiteral("Felt easy"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.findChild<QWidget *>(QStringLiteral("completionDialog")); }));
}

} // namespace

TEST_F(UiTest, FirstRunWizardSavesProfileAndPlansThisWeek)
{
    MainWindow &window = openWindow();
    EXPECT_FALSE(window.document().hasPlan());
    ASSERT_TRUE(window.planActions().startFirstRun());
    auto *wizard = waitFor<ProfileWizard>(QStringLiteral("profileWizard"));
    ASSERT_TRUE(wizard);
    // The safety note is explained on the first page, from core's text.
    auto *note = wizard->findChild<QLabel *>(QStringLiteral("safetyNoteLabel"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(safetyNote().toHtmlEscaped()));
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("nextPushButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    auto *runMinutes = wizard->findChild<QSpinBox *>(QStringLiteral("runMinutesSpinBox"));
    runMinutes->selectAll();
    QTest::keyClicks(runMinutes, QStringLiteral("120"));
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), ProfileWizard::DaysPage);
    wizard->findChild<QCheckBox *>(QStringLiteral("satCheckBox"))->setChecked(false);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), ProfileWizard::LowImpactPage);
    wizard->findChild<QCheckBox *>(QStringLiteral("swimmingCheckBox"))->setChecked(true);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("finishPushButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.findChild<ProfileWizard *>(); }));

    auto profile = ProfileRepository(window.database()).load();
    ASSERT_TRUE(profile.ok() && profile->has_value());
    EXPECT_EQ((*profile)->runMinutes, 120);
    EXPECT_FALSE((*profile)->isAvailable(Qt::Saturday));
    EXPECT_TRUE((*profile)->lowImpact.contains(Activity::Swim));
    // The current week is generated: there are runs and the daily stretches.
    EXPECT_EQ(window.document().monday(), m_monday);
    EXPECT_TRUE(window.document().hasPlan());
    EXPECT_TRUE(firstCard(Activity::Run));
    EXPECT_FALSE(window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).isEmpty());
    EXPECT_FALSE(window.planActions().startFirstRun()) << "the wizard runs once";
}

TEST_F(UiTest, WizardRefusesAProfileWithoutDays)
{
    MainWindow &window = openWindow();
    ASSERT_TRUE(window.planActions().startFirstRun());
    auto *wizard = waitFor<ProfileWizard>(QStringLiteral("profileWizard"));
    auto *next = wizard->findChild<QPushButton *>(QStringLiteral("nextPushButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), ProfileWizard::DaysPage);
    for (const char *day : { "mon", "tue", "wed", "thu", "fri", "sat", "sun" })
        wizard->findChild<QCheckBox *>(QString::fromLatin1(day) + QStringLiteral("CheckBox"))->setChecked(false);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(wizard->currentId(), ProfileWizard::DaysPage) << "no available day: the page is refused";
    auto *error = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    wizard->reject();
}

TEST_F(UiTest, PlanThisWeekGeneratesRunsAndStretches)
{
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
    }
    MainWindow &window = openWindow();
    EXPECT_FALSE(window.document().hasPlan());
    auto *button = find<QPushButton>(QStringLiteral("planPushButton"));
    ASSERT_TRUE(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(window.document().hasPlan());
    EXPECT_TRUE(firstCard(Activity::Run));
    EXPECT_FALSE(window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).isEmpty());
    EXPECT_FALSE(action(QStringLiteral("planAction"))->isEnabled())
        << "a planned week is re-planned, not planned again";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("2026-W48")));
}

TEST_F(UiTest, TickWithEditorPersistsAcrossReopen)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    SessionCard *card = firstCard(Activity::Run);
    ASSERT_TRUE(card);
    const qint64 id = card->sessionId();
    tickWithEditor(window, card, 35, 6, 2);

    auto stored = LogRepository(window.database()).completion(id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->minutes, 35);
    EXPECT_EQ((*stored)->rpe, 6);
    EXPECT_EQ((*stored)->pain, 2);
    EXPECT_EQ((*stored)->note, QStringLiteral("Felt easy"));
    EXPECT_TRUE(window.weekView()->cardFor(id)->checkBox()->isChecked());
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));

    closeWindow();
    MainWindow &again = openWindow();
    ASSERT_TRUE(again.weekView()->cardFor(id));
    EXPECT_TRUE(again.weekView()->cardFor(id)->checkBox()->isChecked()) << "still ticked after reopening";
}

TEST_F(UiTest, UndoAndRedoATick)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    const qint64 id = firstCard(Activity::Run)->sessionId();
    tickWithEditor(window, window.weekView()->cardFor(id), 30, 4, 1);
    LogRepository log(window.database());
    ASSERT_TRUE(log.completion(id)->has_value());

    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_FALSE(log.completion(id)->has_value());
    EXPECT_FALSE(window.weekView()->cardFor(id)->checkBox()->isChecked());

    action(QStringLiteral("redoAction"))->trigger();
    ASSERT_TRUE(log.completion(id)->has_value());
    EXPECT_EQ((*log.completion(id))->minutes, 30);
    EXPECT_TRUE(window.weekView()->cardFor(id)->checkBox()->isChecked());
}

TEST_F(UiTest, UntickAsksNothingAndStretchTicksAreQuick)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    auto *stretch = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
    const qint64 stretchId = stretch->property("sessionId").toLongLong();
    QTest::mouseClick(stretch, Qt::LeftButton);
    LogRepository log(window.database());
    ASSERT_TRUE(log.completion(stretchId)->has_value()) << "a stretch tick is saved at once, as planned";
    EXPECT_FALSE(window.findChild<QWidget *>(QStringLiteral("completionDialog")));

    stretch = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
    EXPECT_TRUE(stretch->isChecked());
    QTest::mouseClick(stretch, Qt::LeftButton);
    EXPECT_FALSE(log.completion(stretchId)->has_value()) << "unticking removes the record without a question";
    EXPECT_FALSE(window.findChild<QWidget *>(QStringLiteral("messageBox")));
}

TEST_F(UiTest, MoveByMenuAndByDropThenUndo)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    SessionCard *card = firstCard(Activity::Run);
    const qint64 id = card->sessionId();
    const QDate planned = card->session().date;
    QTest::mouseClick(card, Qt::LeftButton);
    ASSERT_EQ(window.weekView()->selectedSessionId(), id);

    QAction *later = action(QStringLiteral("moveLaterAction"));
    ASSERT_TRUE(later->isEnabled());
    later->trigger();
    PlanRepository plans(window.database());
    EXPECT_EQ((*plans.session(id))->date, planned.addDays(1));
    EXPECT_EQ(window.weekView()->cardFor(id)->session().date, planned.addDays(1));
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ((*plans.session(id))->date, planned);

    // Drag and drop: a card dropped on Friday's column moves there.
    DayColumn *friday = window.weekView()->columns().at(4);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(SessionCard::kMimeType), QByteArray::number(id));
    const QPoint at = friday->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(friday, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(friday, &drop);
    delete mime;
    EXPECT_EQ((*plans.session(id))->date, friday->date());
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ((*plans.session(id))->date, planned);
    EXPECT_EQ(window.weekView()->cardFor(id)->session().date, planned);
}

TEST_F(UiTest, SkipDeleteAddAndChangeGoThroughUndo)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PlanRepository plans(window.database());
    SessionCard *card = firstCard(Activity::Run);
    const qint64 id = card->sessionId();
    QTest::mouseClick(card, Qt::LeftButton);

    action(QStringLiteral("skipAction"))->trigger();
    auto *skip = waitFor<QDialog>(QStringLiteral("skipDialog"));
    ASSERT_TRUE(skip);
    QTest::keyClicks(skip->findChild<QLineEdit *>(QStringLiteral("skipReasonLineEdit")), QStringLiteral("Back stiff"));
    QTest::mouseClick(skip->findChild<QPushButton *>(QStringLiteral("skipPushButton")), Qt::LeftButton);
    auto record = LogRepository(window.database()).completion(id);
    ASSERT_TRUE(record->has_value());
    EXPECT_TRUE((*record)->skipped);
    EXPECT_EQ((*record)->note, QStringLiteral("Back stiff"));
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_FALSE(LogRepository(window.database()).completion(id)->has_value());

    window.weekView()->selectSession(id);
    action(QStringLiteral("editSessionAction"))->trigger();
    auto *edit = waitFor<QDialog>(QStringLiteral("sessionDialog"));
    ASSERT_TRUE(edit);
    auto *minutes = edit->findChild<QSpinBox *>(QStringLiteral("minutesSpinBox"));
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("45"));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    EXPECT_EQ((*plans.session(id))->minutes, 45);
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_NE((*plans.session(id))->minutes, 45);

    window.weekView()->selectSession(id);
    action(QStringLiteral("deleteSessionAction"))->trigger();
    EXPECT_FALSE(plans.session(id)->has_value());
    EXPECT_FALSE(window.weekView()->cardFor(id));
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_TRUE(plans.session(id)->has_value()) << "undo restores the same session";
    EXPECT_TRUE(window.weekView()->cardFor(id));

    const int rows = window.weekModel().rowCount();
    action(QStringLiteral("addSessionAction"))->trigger();
    auto *add = waitFor<QDialog>(QStringLiteral("sessionDialog"));
    ASSERT_TRUE(add);
    QTest::mouseClick(add->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    EXPECT_EQ(window.weekModel().rowCount(), rows + 1);
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(window.weekModel().rowCount(), rows);
}

TEST_F(UiTest, ReadOnlyDatabaseShowsBannerAndDisablesEdits)
{
    seedPlannedWeek();
    MainWindow &window = openWindow(Database::Mode::ReadOnly);
    ASSERT_TRUE(window.database().isReadOnly());
    auto *banner = find<QLabel>(QStringLiteral("readOnlyBannerLabel"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(window.database().readOnlyReason().isEmpty());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("read-only because ") + window.database().readOnlyReason()))
        << "the banner says why, in plain words: " << banner->text().toStdString();
    SessionCard *card = firstCard(Activity::Run);
    ASSERT_TRUE(card);
    EXPECT_FALSE(card->checkBox()->isEnabled());
    QTest::mouseClick(card, Qt::LeftButton);
    for (const char *name : { "tickOffAction", "skipAction", "editSessionAction", "deleteSessionAction",
             "addSessionAction", "moveLaterAction", "moveEarlierAction", "untickAction", "planAction", "replanAction",
             "profileAction", "logPainAction", "undoAction", "redoAction", "restoreAction" })
        EXPECT_FALSE(action(QString::fromLatin1(name))->isEnabled()) << name;
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("savePainPushButton"))->isEnabled());
    EXPECT_FALSE(find<QMenu>(QStringLiteral("moveToMenu"))->isEnabled());
    EXPECT_TRUE(action(QStringLiteral("backupNowAction"))->isEnabled()) << "a backup only reads";
    for (QCheckBox *box : window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")))
        EXPECT_FALSE(box->isEnabled());
    const QModelIndex first = window.weekModel().index(0);
    EXPECT_FALSE(window.weekModel().flags(first) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(window.weekModel().setData(first, Qt::Checked, Qt::CheckStateRole));
}

TEST_F(UiTest, NavigationAndLastViewedWeekAreRestored)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    EXPECT_EQ(window.document().monday(), m_monday);
    EXPECT_TRUE(window.weekView()->columns().at(2)->isToday());
    action(QStringLiteral("nextWeekAction"))->trigger();
    EXPECT_EQ(window.document().monday(), m_monday.addDays(7));
    EXPECT_TRUE(action(QStringLiteral("planAction"))->isEnabled()) << "next week has no plan yet";
    action(QStringLiteral("previousWeekAction"))->trigger();
    action(QStringLiteral("previousWeekAction"))->trigger();
    EXPECT_EQ(window.document().monday(), m_monday.addDays(-7));
    action(QStringLiteral("thisWeekAction"))->trigger();
    EXPECT_EQ(window.document().monday(), m_monday);
    find<WeekPicker>(QStringLiteral("weekPickerWidget"))->choose(QDate(2026, 12, 10));
    EXPECT_EQ(window.document().monday(), QDate(2026, 12, 7));
    closeWindow();
    MainWindow &again = openWindow();
    EXPECT_EQ(again.document().monday(), QDate(2026, 12, 7)) << "the last-viewed week comes back";
}

TEST_F(UiTest, NarrowWindowListsTheDaysAndWideShowsColumns)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    EXPECT_FALSE(window.weekView()->isListLayout()) << "1024×700 shows the days side by side";
    EXPECT_LE(window.minimumSizeHint().width(), 1024);
    EXPECT_LE(window.minimumSizeHint().height(), 700);
    window.resize(640, 700);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.weekView()->isListLayout(); }));
}

TEST_F(UiTest, HelpShowsEveryRuleAndTheSidePanelLinksToIt)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    action(QStringLiteral("rulesAction"))->trigger();
    auto *browser = waitFor<QTextBrowser>(QStringLiteral("rulesTextBrowser"));
    ASSERT_TRUE(browser);
    const QString text = browser->toPlainText();
    EXPECT_TRUE(text.contains(safetyNote()));
    for (const RuleInfo &rule : planningRules()) {
        EXPECT_TRUE(text.contains(rule.title)) << rule.id.toStdString();
        EXPECT_TRUE(text.contains(Labels::evidence(rule.strength))) << rule.id.toStdString();
        if (!rule.source.isEmpty()) {
            EXPECT_TRUE(text.contains(rule.source)) << rule.id.toStdString();
        }
    }
    auto *stretch = window.findChildren<QCheckBox *>(QStringLiteral("stretchCheckBox")).first();
    window.weekView()->selectSession(stretch->property("sessionId").toLongLong());
    const QString details = find<QLabel>(QStringLiteral("sessionDetailsLabel"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("rule:hamstring-stretch")));
    EXPECT_TRUE(details.contains(ruleById(QStringLiteral("hamstring-stretch"))->title.toHtmlEscaped()));
}

TEST_F(UiTest, ReplanAsksFirstAndKeepsWhatWasDone)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PlanRepository plans(window.database());
    LogRepository log(window.database());
    // Tick the first session of the week (Monday, before today).
    const PlannedSession monday = window.weekModel().session(0);
    ASSERT_TRUE(log.complete(Completion{ monday.id, false, monday.minutes, monday.rpe, std::nullopt, {} }).ok());
    const auto before = plans.sessionsBetween(m_monday, m_monday.addDays(6));
    ASSERT_TRUE(before.ok());

    m_prompts.answer(QMessageBox::No);
    action(QStringLiteral("replanAction"))->trigger();
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("planned afresh")));
    EXPECT_EQ(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), *before) << "No leaves the week alone";

    // An undoable edit before the re-plan stays undoable: the re-plan is one undo step of its own (issue 9).
    const PlannedSession other = window.weekModel().session(1);
    window.undoStack().push(new CompleteSessionCommand(
        window.document(), other, Completion{ other.id, false, other.minutes, other.rpe, std::nullopt, {} }));
    ASSERT_GT(window.undoStack().count(), 0);

    m_prompts.answer(QMessageBox::Yes);
    action(QStringLiteral("replanAction"))->trigger();
    EXPECT_EQ(window.undoStack().count(), 2);
    EXPECT_TRUE(action(QStringLiteral("undoAction"))->isEnabled());
    const auto after = plans.sessionsBetween(m_monday, m_monday.addDays(6));
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(plans.session(monday.id)->has_value()) << "the ticked session stays";
    EXPECT_TRUE((*plans.session(monday.id))->isDone());
    bool plannedFromToday = false;
    for (const PlannedSession &s : *after)
        plannedFromToday = plannedFromToday || (s.date >= m_today && !s.completion);
    EXPECT_TRUE(plannedFromToday) << "the rest of the week is planned again";
    EXPECT_EQ(window.weekModel().rowCount(), after->size()) << "the view shows the new plan";
}
