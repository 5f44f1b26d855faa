// Issue 6.2 and 6.4 as the window meets them (app/guiopen.cpp): the lock, an emptied file the settings knew
// held data, and the offer of the newest good backup, answered through the window's one prompt seam.
#include "app/guiopen.h"
#include "core/store/backupmanager.h"
#include "core/store/logrepository.h"
#include "ui/shell/prompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QThread>

#include <gtest/gtest.h>

#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

class GuiOpenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QCoreApplication::setOrganizationName(QStringLiteral("stridewise-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_safety_ui"));
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }

    /** Opens path as the window would, adds a pain log, closes: the settings now know it held data. */
    void useOnce(const QString &path)
    {
        auto opened = GuiOpen::open(path, false);
        ASSERT_TRUE(opened.db) << "exit " << opened.exitCode;
        ASSERT_TRUE(LogRepository(*opened.db).logPain(PainEntry{QDate(2026, 11, 20), 3, {}, {}}).ok());
    }
};

} // namespace

TEST_F(GuiOpenTest, TheWindowHoldsTheLockWhileOpenAndASecondOneIsRefused)
{
    TempDir dir;
    auto first = GuiOpen::open(dir.path(), true);
    ASSERT_TRUE(first.db);
    ASSERT_TRUE(first.lock);
    auto second = GuiOpen::open(dir.path(), true);
    EXPECT_FALSE(second.db);
    EXPECT_EQ(second.exitCode, 1);
    first = {};
    EXPECT_TRUE(GuiOpen::open(dir.path(), true).db);
}

TEST_F(GuiOpenTest, AnEmptiedFileIsReportedAndTheBackupRestoredWhenTheRunnerChoosesIt)
{
    TempDir dir;
    const QString path = dir.path();
    useOnce(path);
    useOnce(path); // the second opening makes the daily backup of the first one's data
    ASSERT_TRUE(BackupManager(path).newestGoodBackup().has_value());
    writeAll(path, {});
    QFile::remove(path + QStringLiteral("-wal"));

    Prompt::Script prompts; // the question is closed: quit
    auto quit = GuiOpen::open(path, false);
    ASSERT_EQ(prompts.count(Prompt::Kind::Choice), 1);
    EXPECT_FALSE(quit.db) << "an emptied file must not silently become a new database";
    EXPECT_EQ(quit.exitCode, 1);
    EXPECT_EQ(readAll(path), QByteArray());
    EXPECT_FALSE(quit.lock) << "a window that does not open holds no lock";

    prompts.choose(0); // "Restore the backup from …", offered first
    auto restored = GuiOpen::open(path, false);
    EXPECT_TRUE(prompts.asked().last().choices.first().startsWith(QStringLiteral("Restore the backup")));
    ASSERT_TRUE(restored.db);
    EXPECT_TRUE(LogRepository(*restored.db).painOn(QDate(2026, 11, 20))->has_value());
}

TEST_F(GuiOpenTest, TheDailyBackupRunsOnAThreadOfItsOwnAndTheWindowGetsThePrivacyNotice)
{
    TempDir dir;
    const QString path = dir.path();
    useOnce(path);
    // As an older version left it: readable by everyone, no backup of today yet.
    QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QDir(BackupManager(path).folder()).removeRecursively();
    auto opened = GuiOpen::open(path, true);
    ASSERT_TRUE(opened.db);
    EXPECT_EQ(opened.exitCode, 0);
    EXPECT_FALSE(opened.privacyNotice.isEmpty()) << "the window is not told that the files were made private";
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    ASSERT_TRUE(opened.dailyBackup) << "the daily backup (and its full check) ran on the UI thread";
    EXPECT_NE(opened.dailyBackup.get(), QThread::currentThread());
    opened.dailyBackup.reset(); // joins
    EXPECT_EQ(BackupManager(path).backups().size(), 1);
}
