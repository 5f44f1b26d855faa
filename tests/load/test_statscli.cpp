#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/cli/clirunner.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

const QString kToday = QStringLiteral("2026-11-25");

CliResult demo(const QString &db, const QString &seed, const QString &weeks = QStringLiteral("10"))
{
    return runCli({ QStringLiteral("demo"), QStringLiteral("--weeks"), weeks, QStringLiteral("--seed"), seed,
        QStringLiteral("--today"), kToday, QStringLiteral("--db"), db });
}

CliResult stats(
    const QString &db, const QString &from, const QString &to, const QString &format = QStringLiteral("json"))
{
    return runCli({ QStringLiteral("stats"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
        QStringLiteral("--format"), format, QStringLiteral("--db"), db });
}

QJsonObject parse(const CliResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.left(500).toStdString();
    return doc.object();
}

} // namespace

TEST(StatsCli, JsonHasEveryFieldOfTheContract)
{
    TempDir dir;
    const QString db = dir.path();
    auto made = demo(db, QStringLiteral("4"));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    auto r = stats(db, QStringLiteral("2026-09-21"), kToday);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = parse(r);
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-09-21"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), kToday);
    const QJsonArray days = o.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 66);
    int logged = 0, missing = 0, redFlags = 0;
    for (const QJsonValue &v : days) {
        const QJsonObject d = v.toObject();
        for (const char *key : { "date", "load", "total", "pain", "acute", "chronic", "acwr" })
            EXPECT_TRUE(d.contains(QString::fromLatin1(key))) << key;
        const QJsonObject load = d.value(QStringLiteral("load")).toObject();
        EXPECT_EQ(load.value(QStringLiteral("running")).toInt() + load.value(QStringLiteral("low_impact")).toInt()
                + load.value(QStringLiteral("strength")).toInt(),
            d.value(QStringLiteral("total")).toInt());
        (d.value(QStringLiteral("pain")).isNull() ? missing : logged)++;
        redFlags += d.value(QStringLiteral("red_flag")).toBool() ? 1 : 0;
    }
    EXPECT_GT(logged, 0);
    EXPECT_GT(missing, 0); // unlogged days are null, not 0
    EXPECT_GE(redFlags, 1);
    const QJsonArray weeks = o.value(QStringLiteral("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 10);
    EXPECT_EQ(weeks.first().toObject().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W39"));
    for (const QJsonValue &v : weeks) {
        for (const char *key : { "week", "load", "monotony", "strain" })
            EXPECT_TRUE(v.toObject().contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_TRUE(weeks.last().toObject().value(QStringLiteral("monotony")).isNull()); // the current week is not whole
    EXPECT_TRUE(o.value(QStringLiteral("spikes")).isArray());
    for (const QJsonValue &v : o.value(QStringLiteral("spikes")).toArray()) {
        for (const char *key : { "date", "minutes", "longest_prior_30d", "ratio" })
            EXPECT_TRUE(v.toObject().contains(QString::fromLatin1(key))) << key;
        EXPECT_GT(v.toObject().value(QStringLiteral("ratio")).toDouble(), 1.1);
    }
    const QJsonArray correlations = o.value(QStringLiteral("correlations")).toArray();
    ASSERT_EQ(correlations.size(), 4);
    for (int lag = 0; lag < 4; ++lag) {
        const QJsonObject c = correlations.at(lag).toObject();
        EXPECT_EQ(c.value(QStringLiteral("lag")).toInt(), lag);
        EXPECT_TRUE(c.contains(QStringLiteral("rho")));
        EXPECT_GT(c.value(QStringLiteral("n")).toInt(), 14);
    }
    EXPECT_FALSE(o.value(QStringLiteral("summary")).toString().isEmpty());
}

TEST(StatsCli, TextIsReadableWithUnits)
{
    TempDir dir;
    ASSERT_EQ(demo(dir.path(), QStringLiteral("2"), QStringLiteral("3")).exitCode, 0);
    auto r = stats(dir.path(), QStringLiteral("2026-11-10"), kToday, QStringLiteral("text"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("effort·min"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-W47")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("not a verdict")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Not enough data yet"))) << r.out.toStdString(); // 16 days, fewer logged
}

TEST(StatsCli, BadDatesExitWith2NamingTheValue)
{
    TempDir dir;
    auto r = stats(dir.path(), QStringLiteral("2026-02-30"), kToday);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2026-02-30"))) << r.err.toStdString();
    r = stats(dir.path(), QStringLiteral("2026-11-01"), QStringLiteral("tomorrow"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tomorrow"))) << r.err.toStdString();
    r = stats(dir.path(), QStringLiteral("2026-11-20"), QStringLiteral("2026-11-01"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2026-11-20")));
    r = stats(dir.path(), QStringLiteral("2026-11-01"), kToday, QStringLiteral("xml"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(dir.path())); // nothing was created
}

TEST(DemoCli, SameSeedGivesIdenticalStats)
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.db"));
    const QString b = dir.path(QStringLiteral("b.db"));
    const QString c = dir.path(QStringLiteral("c.db"));
    ASSERT_EQ(demo(a, QStringLiteral("42")).exitCode, 0);
    ASSERT_EQ(demo(b, QStringLiteral("42")).exitCode, 0);
    ASSERT_EQ(demo(c, QStringLiteral("43")).exitCode, 0);
    const auto sa = stats(a, QStringLiteral("2026-09-21"), kToday);
    const auto sb = stats(b, QStringLiteral("2026-09-21"), kToday);
    const auto sc = stats(c, QStringLiteral("2026-09-21"), kToday);
    ASSERT_EQ(sa.exitCode, 0);
    EXPECT_FALSE(sa.out.isEmpty());
    EXPECT_EQ(sa.out, sb.out);
    EXPECT_NE(sa.out, sc.out); // and the seed matters
}

TEST(DemoCli, RefusesAFileThatHoldsDataLeavingItsBytesUnchanged)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_EQ(demo(db, QStringLiteral("1"), QStringLiteral("2")).exitCode, 0);
    const QByteArray before = readAll(db);
    ASSERT_FALSE(before.isEmpty());
    auto again = demo(db, QStringLiteral("1"), QStringLiteral("2"));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds data"))) << again.err.toStdString();
    EXPECT_EQ(readAll(db), before);

    // Another program's file is refused as well, untouched.
    const QString text = dir.path(QStringLiteral("notes.txt"));
    writeAll(text, "my running diary\n");
    auto onText = demo(text, QStringLiteral("1"), QStringLiteral("2"));
    EXPECT_EQ(onText.exitCode, 1);
    EXPECT_EQ(readAll(text), QByteArray("my running diary\n"));
}

TEST(DemoCli, BadValuesExitWith2)
{
    TempDir dir;
    auto r = demo(dir.path(), QStringLiteral("1"), QStringLiteral("0"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--weeks")));
    r = demo(dir.path(), QStringLiteral("x"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"x\"")));
    r = runCli({ QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2026-13-01"),
        QStringLiteral("--db"), dir.path() });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2026-13-01")));
    EXPECT_FALSE(QFile::exists(dir.path()));
}
