#pragma once

#include "core/model/profile.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/profilerepository.h"
#include "ui/document/dataactions.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/document/viewactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/prompt.h"
#include "ui/week/sessioncard.h"
#include "ui/week/weekmodel.h"
#include "ui/week/weekview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/support/testdb.h"
#include <memory>

namespace Stridewise::Test {

/**
 * A window on its own database with "today" fixed to Wednesday 25 November 2026. Every question, message and
 * file dialog is answered by m_prompts (unanswered ones get their default), and the window's week model runs
 * under QAbstractItemModelTester, which fails the test at the first broken model promise.
 */
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { m_window.reset(); }

    /** Saves a profile and plans this week, straight through core (the window is not involved). */
    void seedPlannedWeek()
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(db);
        ASSERT_TRUE(ProfileRepository(*db).save(Profile{}).ok());
        auto week = Planner(*db).planWeek(m_monday);
        ASSERT_TRUE(week.ok()) << week.message().toStdString();
    }

    MainWindow &openWindow(Database::Mode mode = Database::Mode::ReadWrite)
    {
        m_window.reset();
        auto db = Database::open(m_dir.path(), mode);
        EXPECT_TRUE(db.ok()) << db.message().toStdString();
        m_window = std::make_unique<MainWindow>(std::move(db).value(), m_today);
        new QAbstractItemModelTester(
            &m_window->weekModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, &m_window->weekModel());
        m_window->resize(1024, 700);
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        return *m_window;
    }

    void closeWindow()
    {
        m_window->close();
        m_window.reset();
    }

    template <typename T> T *find(const QString &name) const { return m_window->findChild<T *>(name); }

    QAction *action(const QString &name) const { return find<QAction>(name); }

    /** Waits until a visible widget of type T called name exists (dialogs open asynchronously on some platforms). */
    template <typename T> T *waitFor(const QString &name) const
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&] {
            found = m_window->findChild<T *>(name);
            return found && found->isVisible();
        });
        return found;
    }

    SessionCard *firstCard(Activity activity) const
    {
        for (SessionCard *card : m_window->weekView()->cards()) {
            if (card->session().activity == activity)
                return card;
        }
        return nullptr;
    }

    Prompt::Script m_prompts;
    TempDir m_dir;
    QDate m_today{ 2026, 11, 25 };
    QDate m_monday{ 2026, 11, 23 };
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Stridewise::Test
