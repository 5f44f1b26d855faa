// Issue 6.5, read-only: a file or folder that cannot be written opens read-only, writes are refused with a
// clear message, reading still works. Run as an unprivileged user, since root may write anything.
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** A database with a profile in its own folder under /tmp, closed cleanly; folder and file readable by anyone. */
class ReadOnlyPlace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        folder = m_root.filePath(QStringLiteral("data"));
        ASSERT_TRUE(QDir().mkpath(folder));
        db = QDir(folder).filePath(QStringLiteral("stridewise.db"));
        auto r = runCli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--run-minutes"), QStringLiteral("75"),
                         QStringLiteral("--db"), db});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_EQ(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("stridewise.db")}) << "closed cleanly";
        ASSERT_EQ(::chmod(QFile::encodeName(m_root.path()).constData(), 0755), 0);
    }
    void TearDown() override
    {
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        ::chmod(QFile::encodeName(db).constData(), 0644);
    }
    void setModes(mode_t folderMode, mode_t fileMode)
    {
        ASSERT_EQ(::chmod(QFile::encodeName(db).constData(), fileMode), 0);
        ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), folderMode), 0);
    }
    void expectReadableNotWritable()
    {
        const QByteArray before = readAll(db);
        const QString tables = dumpTables(db);
        auto write = runCliUnprivileged({QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"),
                                         QStringLiteral("2026-11-20"), QStringLiteral("--score"), QStringLiteral("3"),
                                         QStringLiteral("--db"), db});
        EXPECT_EQ(write.exitCode, 1) << write.err.toStdString();
        EXPECT_TRUE(write.err.contains(QStringLiteral("Not saved"))) << write.err.toStdString();
        EXPECT_TRUE(write.err.contains(QStringLiteral("read-only"))) << write.err.toStdString();
        EXPECT_TRUE(write.err.contains(db)) << write.err.toStdString();
        auto show = runCliUnprivileged({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--db"), db});
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        EXPECT_TRUE(show.out.contains(QStringLiteral("75 min"))) << show.out.toStdString();
        EXPECT_EQ(readAll(db), before);
        EXPECT_EQ(dumpTables(db), tables);
    }

    QString folder;
    QString db;

private:
    QTemporaryDir m_root;
};

} // namespace

TEST_F(ReadOnlyPlace, AFileThatCannotBeWrittenOpensReadOnly)
{
    setModes(0777, 0444); // the folder is writable (SQLite may make its -shm there), the file is not
    expectReadableNotWritable();
}

TEST_F(ReadOnlyPlace, AFolderThatCannotBeWrittenOpensReadOnlyEvenInWalMode)
{
    // No -shm can be created here: SQLite alone would refuse to read a WAL file ("attempt to write a readonly
    // database"); Stridewise reads it as immutable.
    setModes(0555, 0644);
    ASSERT_FALSE(QFile::exists(db + QStringLiteral("-shm")));
    expectReadableNotWritable();
}

TEST_F(ReadOnlyPlace, TheWindowOpensAReadOnlyFolderRatherThanFailing)
{
    setModes(0555, 0644);
    const QString out = QDir(folder).filePath(QStringLiteral("../shots"));
    ASSERT_TRUE(QDir().mkpath(out));
    ASSERT_EQ(::chmod(QFile::encodeName(out).constData(), 0777), 0);
    const QString png = QDir(out).filePath(QStringLiteral("window.png"));
    auto r = runCliUnprivileged({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
}

TEST(ReadOnly, ModeReadOnlyRefusesEveryWriteWithAClearMessage)
{
    TempDir dir;
    {
        auto db = openDb(dir.path());
        ASSERT_TRUE(db);
    }
    const QByteArray before = readAll(dir.path());
    auto db = Database::open(dir.path(), Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE(db.value()->isReadOnly());
    PainEntry e;
    e.date = QDate(2026, 11, 20);
    e.score = 2;
    auto r = LogRepository(*db.value()).logPain(e);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.kind(), ErrorKind::ReadOnly);
    EXPECT_TRUE(r.message().startsWith(QStringLiteral("Not saved:"))) << r.message().toStdString();
    EXPECT_TRUE(r.message().contains(QStringLiteral("read-only"))) << r.message().toStdString();
    EXPECT_TRUE(LogRepository(*db.value()).painOn(e.date).ok());
    db = Error{};
    EXPECT_EQ(readAll(dir.path()), before);
}
