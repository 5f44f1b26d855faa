// Issue 6.7, bad input everywhere: a list of bad values walked through the command line and core. Each is
// refused with a message naming the value, exit code 2, and nothing changed; text that is merely unusual
// (emoji, right-to-left, SQL-like) is stored exactly. The schema's CHECKs are the last line.
#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/testdb.h"

#include <QFile>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** $DB and $ID in args are replaced by the database path and a planned session's id. */
struct BadInput
{
    const char *name;
    QStringList args;
    QString mention; ///< the value the message must name; empty for accepted input
    QString storedNote = {}; ///< accepted: the note that must come back exactly from the pain log of 2026-11-25
    QStringList env = {};
};

void PrintTo(const BadInput &b, std::ostream *os)
{
    *os << b.name;
}

std::string inputName(const ::testing::TestParamInfo<BadInput> &param)
{
    return param.param.name;
}

const QString kTemplate = QStringLiteral("template");

/** One database with a profile and a planned week, copied for each case. */
class BadCliInput : public ::testing::TestWithParam<BadInput>
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        auto db = Database::open(s_dir->path(kTemplate));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(ProfileRepository(*db.value()).save(Profile{}).ok());
        Week w;
        w.monday = QDate(2026, 11, 23);
        PlannedSession s;
        s.date = w.monday;
        s.activity = Activity::Run;
        s.minutes = 30;
        s.rpe = 4;
        s.title = QStringLiteral("Easy run");
        w.sessions << s;
        auto saved = PlanRepository(*db.value()).saveWeek(w);
        ASSERT_TRUE(saved.ok());
        s_sessionId = saved->sessions.first().id;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static inline TempDir *s_dir = nullptr;
    static inline qint64 s_sessionId = 0;
};

QStringList pain(const QString &score, const QStringList &more = {})
{
    return QStringList{QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                       QStringLiteral("--score"), score}
        + more;
}

QStringList done(const QStringList &more)
{
    return QStringList{QStringLiteral("log"), QStringLiteral("done"), QStringLiteral("$ID")} + more;
}

QStringList profile(const QStringList &more)
{
    return QStringList{QStringLiteral("profile"), QStringLiteral("set")} + more;
}

const QString kLong = QString(10000, QLatin1Char('x'));
const QString kEmoji = QStringLiteral("Rücken gut 🏃‍♀️💪 heute 😖");
const QString kRtl = QStringLiteral("ألم في أسفل الظهر — כאב גב תחתון");
const QString kSql = QStringLiteral("'); DROP TABLE pain_log; -- \" OR 1=1; SELECT * FROM session;");
const QStringList kGerman{QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANG=de_DE.UTF-8")};

} // namespace

TEST_P(BadCliInput, IsRefusedNamingTheValueWithExitCode2AndNothingChanged)
{
    TempDir dir;
    const QString db = dir.path();
    ASSERT_TRUE(QFile::copy(s_dir->path(kTemplate), db));
    const QString before = dumpTables(db);
    QStringList args;
    for (const QString &a : GetParam().args)
        args << QString(a).replace(QStringLiteral("$ID"), QString::number(s_sessionId));
    args << QStringLiteral("--db") << db;

    auto r = runCliWithEnv(args, GetParam().env);
    if (GetParam().mention.isEmpty()) {
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        auto opened = Database::open(db, Database::Mode::ReadOnly);
        ASSERT_TRUE(opened.ok());
        auto entry = LogRepository(*opened.value()).painOn(QDate(2026, 11, 25));
        ASSERT_TRUE(entry.ok() && entry->has_value());
        EXPECT_EQ((*entry)->note, GetParam().storedNote);
        EXPECT_TRUE(dumpTables(db).contains(QStringLiteral("== pain_log"))) << "the table is still there";
        return;
    }
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(GetParam().mention)) << "message does not name " << GetParam().mention.left(40).toStdString()
                                                    << ": " << r.err.left(300).toStdString();
    EXPECT_LT(r.err.size(), 600) << "the message should be short, not echo a huge value";
    EXPECT_EQ(dumpTables(db), before);
}

INSTANTIATE_TEST_SUITE_P(
    Safety,
    BadCliInput,
    ::testing::Values(
        BadInput{"PainAboveTen", pain(QStringLiteral("11")), QStringLiteral("11")},
        BadInput{"PainNegative", pain(QStringLiteral("-1")), QStringLiteral("-1")},
        BadInput{"PainInWords", pain(QStringLiteral("drei")), QStringLiteral("drei")},
        BadInput{"PainCommaDecimalGerman", pain(QStringLiteral("3,5")), QStringLiteral("3,5"), {}, kGerman},
        BadInput{"PainPointDecimal", pain(QStringLiteral("3.5")), QStringLiteral("3.5")},
        BadInput{"DateThirtiethOfFebruary",
                 {QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-02-30"),
                  QStringLiteral("--score"), QStringLiteral("3")},
                 QStringLiteral("2026-02-30")},
        BadInput{"DateMonthThirteen",
                 {QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("2026-13-01"),
                  QStringLiteral("--score"), QStringLiteral("3")},
                 QStringLiteral("2026-13-01")},
        BadInput{"DateGermanFormat",
                 {QStringLiteral("log"), QStringLiteral("pain"), QStringLiteral("--date"), QStringLiteral("25.11.2026"),
                  QStringLiteral("--score"), QStringLiteral("3")},
                 QStringLiteral("25.11.2026"), {}, kGerman},
        BadInput{"NoteOf10000Characters", pain(QStringLiteral("3"), {QStringLiteral("--note"), kLong}), QStringLiteral("10000")},
        BadInput{"SymptomSqlLike", pain(QStringLiteral("3"), {QStringLiteral("--symptom"), kSql}), QStringLiteral("DROP TABLE")},
        BadInput{"MinutesZero", done({QStringLiteral("--minutes"), QStringLiteral("0"), QStringLiteral("--rpe"), QStringLiteral("5")}),
                 QStringLiteral("minutes 0")},
        BadInput{"MinutesTooMany",
                 done({QStringLiteral("--minutes"), QStringLiteral("601"), QStringLiteral("--rpe"), QStringLiteral("5")}),
                 QStringLiteral("601")},
        BadInput{"MinutesCommaDecimalGerman",
                 done({QStringLiteral("--minutes"), QStringLiteral("30,5"), QStringLiteral("--rpe"), QStringLiteral("5")}),
                 QStringLiteral("30,5"), {}, kGerman},
        BadInput{"EffortEleven", done({QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--rpe"), QStringLiteral("11")}),
                 QStringLiteral("11")},
        BadInput{"PainAfterTwelve",
                 done({QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--rpe"), QStringLiteral("5"),
                       QStringLiteral("--pain"), QStringLiteral("12")}),
                 QStringLiteral("12")},
        BadInput{"SessionIdNotANumber",
                 {QStringLiteral("log"), QStringLiteral("done"), QStringLiteral("1; DELETE FROM session"), QStringLiteral("--minutes"),
                  QStringLiteral("30"), QStringLiteral("--rpe"), QStringLiteral("5")},
                 QStringLiteral("1; DELETE FROM session")},
        BadInput{"SessionThatDoesNotExist",
                 {QStringLiteral("log"), QStringLiteral("done"), QStringLiteral("999999"), QStringLiteral("--minutes"), QStringLiteral("30"),
                  QStringLiteral("--rpe"), QStringLiteral("5")},
                 QStringLiteral("999999")},
        BadInput{"WeekFiftyFour", {QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W54")}, QStringLiteral("Week 54")},
        BadInput{"RunDaysNine", profile({QStringLiteral("--run-days"), QStringLiteral("9")}), QStringLiteral("9")},
        BadInput{"RunMinutesHuge", profile({QStringLiteral("--run-minutes"), QStringLiteral("99999")}), QStringLiteral("99999")},
        BadInput{"WeekdayMinutesZero", profile({QStringLiteral("--weekday-minutes"), QStringLiteral("0")}), QStringLiteral("0")},
        BadInput{"UnknownDay", profile({QStringLiteral("--days"), QStringLiteral("mon,funday")}), QStringLiteral("funday")},
        BadInput{"EmojiNoteIsStoredExactly", pain(QStringLiteral("3"), {QStringLiteral("--note"), kEmoji}), {}, kEmoji},
        BadInput{"RightToLeftNoteIsStoredExactly", pain(QStringLiteral("3"), {QStringLiteral("--note"), kRtl}), {}, kRtl},
        BadInput{"SqlLikeNoteIsStoredExactly", pain(QStringLiteral("3"), {QStringLiteral("--note"), kSql}), {}, kSql},
        BadInput{"LongestNoteIsStored", pain(QStringLiteral("3"), {QStringLiteral("--note"), kLong.left(2000)}), {}, kLong.left(2000)}),
    inputName);

TEST(BadCoreInput, CoreRefusesNamingTheValueAndTheDatabaseIsUnchanged)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const QString before = dumpTables(dir.path());
    LogRepository log(*db);
    struct Case
    {
        PainEntry entry;
        QString mention;
    };
    const QList<Case> pains{
        {{QDate(2026, 11, 25), 11, {}, {}}, QStringLiteral("11")},
        {{QDate(2026, 11, 25), -3, {}, {}}, QStringLiteral("-3")},
        {{QDate(2026, 2, 30), 3, {}, {}}, QStringLiteral("date")},
        {{QDate(2026, 11, 25), 3, {}, kLong}, QStringLiteral("10000")},
    };
    for (const Case &c : pains) {
        auto r = log.logPain(c.entry);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.kind(), ErrorKind::Invalid);
        EXPECT_TRUE(r.message().contains(c.mention)) << r.message().toStdString();
    }
    Completion c;
    c.sessionId = 1;
    c.minutes = 0;
    c.rpe = 5;
    EXPECT_EQ(log.complete(c).kind(), ErrorKind::Invalid);
    c.minutes = 30;
    c.rpe = 11;
    EXPECT_TRUE(log.complete(c).message().contains(QStringLiteral("11")));
    // Parsing does not follow the locale: a German "25.11.2026" or week "2026-W54" is named and refused.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(IsoWeek::parseDate(QStringLiteral("25.11.2026")).message().contains(QStringLiteral("25.11.2026")));
    EXPECT_TRUE(IsoWeek::parse(QStringLiteral("2026-W54")).message().contains(QStringLiteral("Week 54")));
    QLocale::setDefault(QLocale::c());
    db.reset();
    EXPECT_EQ(dumpTables(dir.path()), before);
}

TEST(BadCoreInput, TheSchemaRefusesWhatBypassesCore)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO week (id, iso_week, monday) VALUES (1, '2026-W48', '2026-11-23')"),
                         QStringLiteral("test"))
                    .ok());
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO session (id, week_id, date, time_of_day, activity, minutes, rpe, title) "
                                        "VALUES (1, 1, '2026-11-23', 'morning', 'run', 30, 4, 'Run')"),
                         QStringLiteral("test"))
                    .ok());
    const QString before = dumpTables(dir.path());
    const QStringList refused{
        QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-11-25', 11)"),
        QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-11-25', -1)"),
        QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('2026-02-30', 3)"),
        QStringLiteral("INSERT INTO pain_log (date, score) VALUES ('25.11.2026', 3)"),
        QStringLiteral("INSERT INTO completion (session_id, minutes, rpe) VALUES (1, 0, 5)"),
        QStringLiteral("INSERT INTO completion (session_id, minutes, rpe) VALUES (1, 30, 11)"),
        QStringLiteral("INSERT INTO completion (session_id, minutes, rpe, pain) VALUES (1, 30, 5, 12)"),
        QStringLiteral("INSERT INTO completion (session_id, minutes, rpe) VALUES (99, 30, 5)"),
        QStringLiteral("INSERT INTO session (week_id, date, time_of_day, activity, minutes, rpe, title) "
                       "VALUES (1, '2026-11-24', 'morning', 'jog', 30, 4, 'Jog')"),
        QStringLiteral("INSERT INTO session (week_id, date, time_of_day, activity, minutes, rpe, title) "
                       "VALUES (1, '2026-11-24', 'morning', 'run', 601, 4, 'Run')"),
        QStringLiteral("UPDATE session SET rpe = 11 WHERE id = 1"),
        QStringLiteral("INSERT INTO profile (id, experience, run_minutes, run_days, days, long_run_day, low_impact, "
                       "weekday_minutes, weekend_minutes) VALUES (1, 'new', 60, 9, 'mon', 'sun', 'walking', 60, 60)"),
    };
    for (const QString &sql : refused) {
        auto r = db->exec(sql, QStringLiteral("test"));
        EXPECT_FALSE(r.ok()) << sql.toStdString();
        EXPECT_EQ(r.kind(), ErrorKind::Invalid) << sql.toStdString() << ": " << r.message().toStdString();
    }
    db.reset();
    EXPECT_EQ(dumpTables(dir.path()), before);
}
