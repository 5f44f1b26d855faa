#include "core/store/database.h"
#include "tests/support/testdb.h"
#include "ui/mainwindow.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace Stridewise;
using namespace Stridewise::Test;

TEST(MainWindow, ConstructsAndShowsOffscreen)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    MainWindow window(std::move(db));
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.grab().isNull());
}
