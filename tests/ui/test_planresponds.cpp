// The window's side of issues 9 and 17: Plan and Re-plan as undo steps, a session ticked before its day moves to
// today, the red banner's clearance button, and a day's log that changes the zone offering what changes in the week.

#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/document/planactions.h"
#include "ui/week/weekbanner.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSpinBox>

#include "tests/ui/uitest.h"

namespace Stridewise::Test {
namespace {

std::optional<PlannedSession> firstAfter(const QList<PlannedSession> &sessions, QDate day, Activity activity)
{
    for (const PlannedSession &s : sessions) {
        if (s.date > day && s.activity == activity && !s.completion)
            return s;
    }
    return std::nullopt;
}

} // namespace

TEST_F(UiTest, PlanAndReplanAreUndoStepsThatBringBackTheReplacedSessionsWithTheirIds)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PlanRepository plans(window.database());
    const QList<PlannedSession> planned = *plans.sessionsBetween(m_monday, m_monday.addDays(6));

    // An edit before the re-plan stays undoable after it.
    const PlannedSession other = window.weekModel().session(0);
    window.undoStack().push(new CompleteSessionCommand(
        window.document(), other, Completion{ other.id, false, other.minutes, other.rpe, std::nullopt, {} }));
    const QList<PlannedSession> ticked = *plans.sessionsBetween(m_monday, m_monday.addDays(6));

    m_prompts.answer(QMessageBox::Yes);
    action(QStringLiteral("replanAction"))->trigger();
    ASSERT_EQ(window.undoStack().count(), 2) << "the tick and the re-plan";
    EXPECT_TRUE(action(QStringLiteral("undoAction"))->isEnabled());
    const QList<PlannedSession> replanned = *plans.sessionsBetween(m_monday, m_monday.addDays(6));
    EXPECT_NE(replanned, ticked) << "the rest of the week was planned again";

    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), ticked)
        << "undo brings back the replaced sessions with their ids";
    EXPECT_EQ(window.weekModel().rowCount(), ticked.size());
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), planned) << "the earlier tick is undone too";

    action(QStringLiteral("redoAction"))->trigger();
    action(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), replanned) << "redo puts the re-plan back";

    // Plan next week: one undo step that removes the week, and redo brings back the same sessions.
    action(QStringLiteral("nextWeekAction"))->trigger();
    const QDate next = m_monday.addDays(7);
    action(QStringLiteral("planAction"))->trigger();
    const auto nextWeek = plans.week(next);
    ASSERT_TRUE(nextWeek.ok() && nextWeek->has_value());
    EXPECT_TRUE(window.undoStack().undoText().contains(QStringLiteral("Plan")));
    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_FALSE(plans.week(next)->has_value());
    EXPECT_EQ(window.weekModel().rowCount(), 0);
    action(QStringLiteral("redoAction"))->trigger();
    ASSERT_TRUE(plans.week(next)->has_value());
    EXPECT_EQ((*plans.week(next))->sessions, (*nextWeek)->sessions);
}

TEST_F(UiTest, TickingASessionPlannedForALaterDayAsksAndMovesItToToday)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PlanRepository plans(window.database());
    const auto later = firstAfter(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), m_today, Activity::Stretch);
    ASSERT_TRUE(later);

    m_prompts.answer(QMessageBox::No);
    window.planActions().toggleTick(later->id, true);
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("move it to today")));
    EXPECT_EQ((*plans.session(later->id))->date, later->date) << "No leaves it where it was";
    EXPECT_FALSE((*plans.session(later->id))->completion);

    m_prompts.answer(QMessageBox::Yes);
    window.planActions().toggleTick(later->id, true);
    const PlannedSession moved = **plans.session(later->id);
    EXPECT_EQ(moved.date, m_today) << "a completion never lies in the future";
    EXPECT_TRUE(moved.isDone());

    action(QStringLiteral("undoAction"))->trigger();
    const PlannedSession back = **plans.session(later->id);
    EXPECT_EQ(back.date, later->date) << "one undo step: back on its day and not ticked";
    EXPECT_FALSE(back.completion);

    // A session of an earlier day is ticked where it is, without a question.
    const int asked = m_prompts.asked().size();
    const PlannedSession monday = window.weekModel().session(0);
    ASSERT_LT(monday.date, m_today);
    if (monday.activity == Activity::Stretch) {
        window.planActions().toggleTick(monday.id, true);
        EXPECT_EQ(m_prompts.asked().size(), asked);
        EXPECT_EQ((*plans.session(monday.id))->date, monday.date);
    }
}

TEST_F(UiTest, TheRedBannerRecordsAClinicianClearanceAndOffersTheReturn)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    // A red flag on Monday, and the rest of the week re-planned around it.
    find<QDateEdit>(QStringLiteral("painDateEdit"))->setDate(m_monday);
    find<QCheckBox>(QStringLiteral("numbnessCheckBox"))->setChecked(true);
    find<QSpinBox>(QStringLiteral("painScoreSpinBox"))->setValue(3);
    m_prompts.answer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("would change"))) << m_prompts.lastText().toStdString();
    ASSERT_TRUE((*PlanRepository(window.database()).week(m_monday))->redFlag);

    auto *clear = find<QPushButton>(QStringLiteral("clearanceButton"));
    ASSERT_TRUE(clear) << "the red banner offers the clearance";
    EXPECT_TRUE(clear->isVisible());

    // No: nothing recorded, the banner stays.
    m_prompts.answer(QMessageBox::No);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(LogRepository(window.database()).latestClearance(m_today)->has_value());

    // Yes, and yes to the re-plan: the clearance is saved, the red banner goes, and the week runs again.
    m_prompts.answer(QMessageBox::Yes);
    m_prompts.answer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("clearanceButton")), Qt::LeftButton);
    const auto cleared = LogRepository(window.database()).latestClearance(m_today);
    ASSERT_TRUE(cleared.ok() && cleared->has_value());
    EXPECT_EQ((*cleared)->date, m_today);
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("clearanceButton")));
    for (const WeekBanner::Message &m : window.banner()->messages())
        EXPECT_NE(m.level, WeekBanner::Level::RedFlag) << m.text.toStdString();
    const Week week = **PlanRepository(window.database()).week(m_monday);
    EXPECT_FALSE(week.redFlag);
    EXPECT_TRUE(std::any_of(week.sessions.cbegin(), week.sessions.cend(), [&](const PlannedSession &s) {
        return s.date >= m_today && s.activity == Activity::Run;
    })) << "after the clearance the return ladder brings running back";
}

TEST_F(UiTest, ADaysLogThatChangesTheZoneOffersWhatChangesInTheRestOfTheWeek)
{
    seedPlannedWeek();
    MainWindow &window = openWindow();
    PlanRepository plans(window.database());
    // Logging a calm day changes no zone: nothing is asked.
    const int count = m_prompts.asked().size();
    find<QDateEdit>(QStringLiteral("painDateEdit"))->setDate(m_monday);
    find<QSpinBox>(QStringLiteral("painScoreSpinBox"))->setValue(1);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    EXPECT_EQ(m_prompts.asked().size(), count);
    const QList<PlannedSession> before = *plans.sessionsBetween(m_monday, m_monday.addDays(6));
    find<QDateEdit>(QStringLiteral("painDateEdit"))->setDate(m_today);
    find<QSpinBox>(QStringLiteral("painScoreSpinBox"))->setValue(8);
    m_prompts.answer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("savePainPushButton")), Qt::LeftButton);
    const QString asked = m_prompts.lastText();
    EXPECT_TRUE(asked.contains(QStringLiteral("would change"))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("- ")) || asked.contains(QStringLiteral("+ "))) << asked.toStdString();
    EXPECT_EQ(*plans.sessionsBetween(m_monday, m_monday.addDays(6)), before) << "No leaves the week alone";
}

} // namespace Stridewise::Test
