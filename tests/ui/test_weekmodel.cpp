#include "core/service/demodata.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/charts/progressview.h"
#include "ui/charts/progresswindow.h"
#include "ui/commands/completioncommands.h"
#include "ui/commands/sessioncommands.h"
#include "ui/log/completiondialog.h"
#include "ui/shell/profilewizard.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QUndoStack>

#include "tests/ui/uitest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

TEST_F(UiTest, WeekModelStaysConsistentThroughEveryEdit)
{
    seedPlannedWeek();
    PlanDocument document(openDb(m_dir.path()), m_today);
    LogRepository log(document.database());
    WeekModel model(document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack &stack = *document.undoStack();
    QSignalSpy failures(&document, &PlanDocument::saveFailed);
    document.showWeek(m_monday);
    ASSERT_EQ(failures.count(), 0);
    ASSERT_TRUE(document.hasPlan());
    const int rows = model.rowCount();

    // setData pushes a command; it never edits the row by itself.
    EXPECT_TRUE(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.data(model.index(0), Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(log.completion(model.session(0).id)->has_value());

    const PlannedSession first = model.session(0);
    stack.push(new MoveSessionCommand(document, first, m_monday.addDays(3)));
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.sessionById(first.id)->date, m_monday.addDays(3));
    // Rows stay ordered by date.
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_LE(model.session(row - 1).date, model.session(row).date);
    stack.push(new MoveSessionCommand(document, *model.sessionById(first.id), m_monday.addDays(9)));
    EXPECT_EQ(model.rowCount(), rows - 1) << "moved out of the week shown";
    stack.push(new DeleteSessionCommand(document, model.session(0)));
    EXPECT_EQ(model.rowCount(), rows - 2);
    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(model.data(model.index(0), Qt::CheckStateRole).toInt(), Qt::Unchecked);
    while (stack.canRedo())
        stack.redo();
    EXPECT_EQ(model.rowCount(), rows - 2);
    document.showWeek(m_monday.addDays(14));
    ASSERT_EQ(failures.count(), 0);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(document.hasPlan());
}

/**
 * Not a check: renders the window and its dialogs to PNG files for people to look at, when
 * STRIDEWISE_SHOTS_DIR names a folder. Skipped otherwise.
 */
class Screenshots : public UiTest, public ::testing::WithParamInterface<bool>
{
};

TEST_P(Screenshots, Render)
{
    const bool dark = GetParam();
    const QString folder =
        qEnvironmentVariable("STRIDEWISE_SHOTS_DIR") + (dark ? QStringLiteral("/dark") : QStringLiteral("/light"));
    if (qEnvironmentVariableIsEmpty("STRIDEWISE_SHOTS_DIR"))
        GTEST_SKIP() << "set STRIDEWISE_SHOTS_DIR to render screenshots";
    QDir().mkpath(folder);
    const QPalette original = QApplication::palette();
    dark ? Theme::applyDark() : Theme::applyLight();
    seedPlannedWeek();
    MainWindow &window = openWindow();
    window.resize(1024, 700);
    QApplication::processEvents();
    SessionCard *run = firstCard(Activity::Run);
    window.weekView()->selectSession(run->sessionId());
    QApplication::processEvents();
    window.grab().save(folder + QStringLiteral("/window-1024x700.png"));

    QTest::mouseClick(run->checkBox(), Qt::LeftButton);
    auto *dialog = waitFor<CompletionDialog>(QStringLiteral("completionDialog"));
    ASSERT_TRUE(dialog);
    dialog->findChild<QCheckBox *>(QStringLiteral("painAfterCheckBox"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("painAfterSpinBox"))->setValue(2);
    dialog->findChild<QSpinBox *>(QStringLiteral("effortSpinBox"))->setValue(5);
    QApplication::processEvents();
    dialog->grab().save(folder + QStringLiteral("/tick-off-editor.png"));
    dialog->reject();

    find<QCheckBox>(QStringLiteral("numbnessCheckBox"))->setChecked(true);
    find<QCheckBox>(QStringLiteral("legPainCheckBox"))->setChecked(true);
    m_prompts.answer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    QApplication::processEvents();
    window.grab().save(folder + QStringLiteral("/red-flag-banner.png"));

    window.resize(640, 700);
    QApplication::processEvents();
    window.grab().save(folder + QStringLiteral("/narrow-list.png"));
    window.resize(1024, 700);

    window.planActions().editProfile();
    auto *wizard = waitFor<ProfileWizard>(QStringLiteral("profileWizard"));
    ASSERT_TRUE(wizard);
    wizard->next();
    QApplication::processEvents();
    wizard->grab().save(folder + QStringLiteral("/profile-wizard-days.png"));
    wizard->reject();

    window.viewActions().showRules(QStringLiteral("hamstring-stretch"));
    QApplication::processEvents();
    if (auto *rules = window.findChild<QDialog *>(QStringLiteral("rulesDialog")))
        rules->grab().save(folder + QStringLiteral("/rules-dialog.png"));
    // A hand-built week with every activity, an adaptation and something that did not fit, to look at the
    // cards as the full generator will fill them.
    Week rich;
    rich.monday = m_monday.addDays(7);
    rich.zone = PainZone::Amber;
    rich.adaptations << Adaptation{ QStringLiteral("pain-amber"),
        QStringLiteral("Running held at 80 min: mean back pain 3.4/10 over the last 7 days.") };
    rich.unsatisfied << QStringLiteral("Only 2 of 3 core sessions fit without two in a row.");
    const struct
    {
        int day;
        TimeOfDay time;
        Activity activity;
        int minutes;
        int rpe;
        const char *title;
    } plan[] = { { 0, TimeOfDay::Midday, Activity::Strength, 20, 4, "Core strength" },
        { 1, TimeOfDay::Midday, Activity::Run, 25, 4, "Easy run" },
        { 2, TimeOfDay::Midday, Activity::Cycle, 40, 3, "Easy ride" },
        { 3, TimeOfDay::Midday, Activity::Run, 20, 5, "Run with strides" },
        { 3, TimeOfDay::Evening, Activity::Strength, 20, 4, "Core strength" },
        { 4, TimeOfDay::Midday, Activity::Swim, 30, 3, "Easy swim" },
        { 5, TimeOfDay::Midday, Activity::Walk, 45, 2, "Brisk walk" },
        { 6, TimeOfDay::Midday, Activity::Run, 35, 4, "Longer easy run" } };
    for (int d = 0; d < 7; ++d) {
        for (TimeOfDay t : { TimeOfDay::Morning, TimeOfDay::Evening }) {
            rich.sessions << PlannedSession{ 0, rich.monday.addDays(d), t, Activity::Stretch, 3, 1,
                QStringLiteral("Hamstring stretch"), QStringLiteral("Twice a day."),
                QStringLiteral("hamstring-stretch"), {}, false, std::nullopt };
        }
    }
    for (const auto &p : plan) {
        rich.sessions << PlannedSession{ 0, rich.monday.addDays(p.day), p.time, p.activity, p.minutes, p.rpe,
            QString::fromLatin1(p.title), QStringLiteral("Hand-built for a screenshot."), QString(), {}, false,
            std::nullopt };
    }
    std::stable_sort(rich.sessions.begin(), rich.sessions.end(), [](const PlannedSession &a, const PlannedSession &b) {
        return std::pair(a.date, a.timeOfDay) < std::pair(b.date, b.timeOfDay);
    });
    auto saved = PlanRepository(window.database()).saveWeek(rich);
    ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
    LogRepository log(window.database());
    int ticked = 0;
    for (const PlannedSession &s : saved->sessions) {
        if (s.date <= rich.monday.addDays(1) && ticked++ < 6) {
            ASSERT_TRUE(log.complete(Completion{ s.id, false, s.minutes, s.rpe, 2, {} }).ok());
        }
        if (s.activity == Activity::Cycle) {
            ASSERT_TRUE(log.complete(Completion{ s.id, true, 0, 0, std::nullopt, QStringLiteral("Rain") }).ok());
        }
    }
    window.document().setToday(rich.monday.addDays(2));
    window.document().showWeek(rich.monday);
    window.resize(1024, 700);
    QApplication::processEvents();
    window.grab().save(folder + QStringLiteral("/rich-week-1024x700.png"));
    window.resize(1366, 800);
    QApplication::processEvents();
    window.grab().save(folder + QStringLiteral("/rich-week-1366x800.png"));
    QApplication::setPalette(original);
}

/**
 * Not a check either: half a year of demo data, as a runner who has used Stridewise for a while sees it, at the
 * three window sizes people have (1024×700, 1440×900, 1920×1080) and the Progress window, light or dark.
 */
TEST_P(Screenshots, WeekAtThreeSizesAndProgress)
{
    const bool dark = GetParam();
    if (qEnvironmentVariableIsEmpty("STRIDEWISE_SHOTS_DIR"))
        GTEST_SKIP() << "set STRIDEWISE_SHOTS_DIR to render screenshots";
    const QString folder =
        qEnvironmentVariable("STRIDEWISE_SHOTS_DIR") + (dark ? QStringLiteral("/dark") : QStringLiteral("/light"));
    QDir().mkpath(folder);
    const QPalette original = QApplication::palette();
    dark ? Theme::applyDark() : Theme::applyLight();
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(DemoData(*db).fill({ 26, 2026, m_today }).ok());
    }
    MainWindow &window = openWindow();
    // Select the next session still to do, as a runner would look at it.
    for (const PlannedSession &s : window.document().sessions()) {
        if (s.activity != Activity::Stretch && s.date >= m_today) {
            window.document().setSelectedSessionId(s.id);
            break;
        }
    }
    for (const QSize size : { QSize(1024, 700), QSize(1440, 900), QSize(1920, 1080) }) {
        window.resize(size);
        QTest::qWait(30);
        EXPECT_TRUE(
            window.grab().save(folder + QStringLiteral("/week-%1x%2.png").arg(size.width()).arg(size.height())));
    }
    window.resize(1024, 700);
    window.viewActions().showProgress();
    ProgressWindow *progress = window.viewActions().progressWindow();
    ASSERT_TRUE(progress && progress->view());
    progress->resize(1000, 680);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->view()->isBusy(); }, 30000));
    QTest::qWait(50);
    EXPECT_TRUE(progress->grab().save(folder + QStringLiteral("/progress-over-time.png")));
    progress->view()->setCurrentChart(1);
    QTest::qWait(50);
    EXPECT_TRUE(progress->grab().save(folder + QStringLiteral("/progress-pain-against-load.png")));
    progress->view()->setCurrentChart(0);
    EXPECT_TRUE(
        progress->view()->exportPng(folder + QStringLiteral("/export-a4-150.png"), QStringLiteral("a4-150")).ok());
    QApplication::setPalette(original);
}

INSTANTIATE_TEST_SUITE_P(
    UiTest, Screenshots, ::testing::Values(false, true), [](const ::testing::TestParamInfo<bool> &param) {
        return param.param ? "Dark" : "Light";
    });

TEST(Resources, AppIconIsCompiledIn)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/stridewise-256.png")));
    EXPECT_FALSE(ActivityStyle::appIcon().pixmap(QSize(64, 64)).isNull());
}

TEST_F(UiTest, ProgressOpensThePainAgainstLoadViewInItsOwnWindow)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    QAction *progress = action(QStringLiteral("progressAction"));
    ASSERT_TRUE(progress) << "View > Progress is there from the start";
    EXPECT_EQ(progress->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    progress->trigger();
    ProgressWindow *shown = window.viewActions().progressWindow();
    ASSERT_TRUE(shown);
    ProgressView *view = shown->view();
    ASSERT_TRUE(view);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->isVisible(); }));
    EXPECT_TRUE(shown->isWindow()) << "a window of its own, not a panel over the week";
    // As wide as a chart needs, and no bigger than the screen it opens on.
    const QRect available = shown->screen()->availableGeometry();
    EXPECT_GE(shown->width(), qMin(800, available.width() * 9 / 10));
    EXPECT_LE(shown->width(), available.width());
    EXPECT_LE(shown->height(), available.height());
}

TEST_F(UiTest, ProgressShowsTheDocumentsDataOnItsToday)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    QAction *progress = action(QStringLiteral("progressAction"));
    ASSERT_TRUE(progress);
    progress->trigger();
    ProgressWindow *shown = window.viewActions().progressWindow();
    ASSERT_TRUE(shown && shown->view());
    EXPECT_EQ(shown->view()->today(), m_today);
    EXPECT_TRUE(shown->view()->isVisible());
}

TEST_F(UiTest, KeyboardMovesBetweenCardsAndSpaceOpensTheTickOffEditor)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    QList<SessionCard *> runs;
    for (SessionCard *card : window.weekView()->cards()) {
        if (card->session().activity == Activity::Run)
            runs << card;
    }
    ASSERT_GE(runs.size(), 2);
    window.activateWindow();
    runs.first()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return runs.first()->hasFocus(); }));
    EXPECT_EQ(window.weekView()->selectedSessionId(), runs.first()->sessionId()) << "focus selects";
    QTest::keyClick(runs.first(), Qt::Key_Right);
    EXPECT_TRUE(runs.at(1)->hasFocus()) << "Right goes to the next day with a session";
    EXPECT_EQ(window.weekView()->selectedSessionId(), runs.at(1)->sessionId());
    QTest::keyClick(runs.at(1), Qt::Key_Space);
    auto *dialog = waitFor<CompletionDialog>(QStringLiteral("completionDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->session().id, runs.at(1)->sessionId());
    dialog->reject();
}
