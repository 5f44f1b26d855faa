#include "core/io/activityformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Stridewise;

// Every input the fuzzers (tests/fuzz) ever crashed, hung or tripped a sanitizer on is kept in
// tests/fixtures/fuzz-regressions/<format>/ and read here by the ordinary build: it must give an answer
// (activities or a message), never a crash.
TEST(FuzzRegressions, EveryKeptInputGivesAnAnswer)
{
    const QDir root(QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/fixtures/fuzz-regressions"));
    int files = 0;
    for (const ActivityFormat *format : ActivityFormats::all()) {
        const QDir dir(root.filePath(format->suffixes().first()));
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            auto r = format->read(f.readAll());
            if (!r.ok()) {
                EXPECT_FALSE(r.message().isEmpty()) << info.fileName().toStdString();
            }
            ++files;
        }
    }
    RecordProperty("files", files);
}
