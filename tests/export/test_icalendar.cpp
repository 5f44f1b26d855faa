#include "core/io/icalendar.h"
#include "core/model/isoweek.h"
#include "core/service/calendarexport.h"
#include "core/service/planner.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/profilerepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

PlannedSession session(qint64 id, QDate date, TimeOfDay tod, Activity activity, int minutes)
{
    PlannedSession s;
    s.id = id;
    s.date = date;
    s.timeOfDay = tod;
    s.activity = activity;
    s.minutes = minutes;
    s.rpe = 3;
    s.title = QStringLiteral("Session %1").arg(id);
    return s;
}

/** Counter-based UIDs, so assign() is checked without randomness. */
std::function<QString()> counter()
{
    auto n = std::make_shared<int>(0);
    return [n] { return QStringLiteral("new-%1").arg(++*n); };
}

QList<PlannedSession> nonStretchSessions(Database &db, QDate from, QDate to)
{
    QList<PlannedSession> list;
    const QList<PlannedSession> all = PlanRepository(db).sessionsBetween(from, to).value();
    for (const PlannedSession &s : all) {
        if (s.activity != Activity::Stretch)
            list << s;
    }
    return list;
}

/** The events python3-icalendar read from file, keyed by date + summary + start. */
QJsonObject readWithPython(const QString &file)
{
    auto r = runPython(QStringLiteral("export/check_ics.py"), { file });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json().object();
}

QMap<QString, QJsonObject> byUid(const QJsonObject &report)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue &v : report.value(QStringLiteral("events")).toArray())
        map.insert(v.toObject().value(QStringLiteral("uid")).toString(), v.toObject());
    return map;
}

} // namespace

TEST(CalendarTimes, SessionsFollowEachOtherAndStretchesSitAroundThem)
{
    const QDate d(2026, 12, 1);
    const QList<PlannedSession> day{ session(1, d, TimeOfDay::Morning, Activity::Stretch, 5),
        session(2, d, TimeOfDay::Morning, Activity::Run, 40), session(3, d, TimeOfDay::Morning, Activity::Strength, 15),
        session(4, d, TimeOfDay::Evening, Activity::Walk, 30), session(5, d, TimeOfDay::Evening, Activity::Stretch, 5),
        session(6, d.addDays(1), TimeOfDay::Evening, Activity::Swim, 200),
        session(7, d.addDays(1), TimeOfDay::Evening, Activity::Stretch, 5) };
    const QList<QTime> times = CalendarTimes::startTimes(day);
    ASSERT_EQ(times.size(), day.size());
    EXPECT_EQ(times[0], QTime(6, 55)); // the morning stretch ends when the morning starts
    EXPECT_EQ(times[1], QTime(7, 0));
    EXPECT_EQ(times[2], QTime(7, 40)); // after the run
    EXPECT_EQ(times[3], QTime(18, 0));
    EXPECT_EQ(times[4], QTime(21, 0)); // before bed
    EXPECT_EQ(times[5], QTime(18, 0));
    EXPECT_EQ(times[6], QTime(21, 20)); // after a long evening session, not during it
}

TEST(CalendarAssign, KeepsLinkedUidsInheritsRemovedOnesAndRaisesSequenceOnlyOnChange)
{
    const QDate d(2026, 12, 1);
    const QList<CalendarEventRecord> existing{
        { QStringLiteral("kept"), 10, d, TimeOfDay::Morning, Activity::Run, QStringLiteral("fp-run"), 2 },
        { QStringLiteral("orphan-walk"), 0, d.addDays(1), TimeOfDay::Evening, Activity::Walk, QStringLiteral("old"),
            0 },
        { QStringLiteral("orphan-other-day"), 0, d.addDays(3), TimeOfDay::Morning, Activity::Run, QStringLiteral("x"),
            4 },
    };
    const QList<PlannedSession> sessions{
        session(10, d, TimeOfDay::Morning, Activity::Run, 40), // linked, unchanged
        session(21, d.addDays(1), TimeOfDay::Evening, Activity::Swim, 30), // replaces the walk on that day
        session(22, d.addDays(2), TimeOfDay::Morning, Activity::Run, 30), // nothing to inherit
    };
    auto records = CalendarExport::assign(sessions,
        { QStringLiteral("fp-run"), QStringLiteral("fp-swim"), QStringLiteral("fp-new") }, existing, counter());
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].uid, QStringLiteral("kept"));
    EXPECT_EQ(records[0].sequence, 2); // same content: same sequence
    EXPECT_EQ(records[1].uid, QStringLiteral("orphan-walk"));
    EXPECT_EQ(records[1].sequence, 1); // new content: raised
    EXPECT_EQ(records[1].sessionId, 21);
    EXPECT_EQ(records[1].activity, Activity::Swim);
    EXPECT_EQ(records[2].uid, QStringLiteral("new-1"));
    EXPECT_EQ(records[2].sequence, 0);

    // A changed linked session raises its sequence once; a second assign with the same content does not.
    auto changed = CalendarExport::assign({ sessions[0] }, { QStringLiteral("fp-run-longer") }, existing, counter());
    EXPECT_EQ(changed[0].sequence, 3);
    auto again =
        CalendarExport::assign({ sessions[0] }, { QStringLiteral("fp-run-longer") }, { changed[0] }, counter());
    EXPECT_EQ(again[0].sequence, 3);
}

TEST(ICalendar, FoldsLongUtf8LinesAt75OctetsWithCrlfAndReadsBack)
{
    CalendarEvent e;
    e.uid = QStringLiteral("stridewise-test");
    e.date = QDate(2026, 12, 1);
    e.start = QTime(7, 0);
    e.minutes = 45;
    e.summary = QStringLiteral("Längerer Lauf — ") + QString(60, QChar(0x2713)); // 3-octet characters across folds
    e.description =
        QStringLiteral("Aufwärmen: zügig gehen — 10 min\nHauptteil: ruhig laufen, Ärger vermeiden; Komma, Semikolon");
    auto ics =
        ICalendar::write({ e }, QStringLiteral("Europe/Berlin"), QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
    ASSERT_TRUE(ics.ok()) << ics.message().toStdString();
    const QList<QByteArray> lines = ics->split('\n');
    int folded = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        ASSERT_TRUE(lines[i].endsWith('\r')) << "line " << i << " lacks CRLF";
        EXPECT_LE(lines[i].size() - 1, 75) << lines[i].toStdString();
        folded += lines[i].startsWith(' ') ? 1 : 0;
    }
    EXPECT_GT(folded, 2);
    EXPECT_TRUE(ics->contains("TZID:Europe/Berlin\r\n"));
    EXPECT_TRUE(ics->contains("DTSTART;TZID=Europe/Berlin:20261201T070000\r\n"));
    EXPECT_TRUE(ics->contains("DTEND;TZID=Europe/Berlin:20261201T074500\r\n"));
    auto back = ICalendar::read(*ics);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first().uid, e.uid);
    EXPECT_EQ(back->first().summary, e.summary);
    EXPECT_EQ(back->first().date, e.date);
}

TEST(ICalendar, RefusesAnUnknownTimeZoneByName)
{
    auto ics = ICalendar::write({}, QStringLiteral("Mars/Olympus"), QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(ics.ok());
    EXPECT_EQ(ics.kind(), ErrorKind::Invalid);
    EXPECT_TRUE(ics.message().contains(QStringLiteral("Mars/Olympus")));
    EXPECT_TRUE(ICalendar::knowsTimeZone(QStringLiteral("UTC")));
}

class ExportIcs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString missing;
        ASSERT_TRUE(pythonHas({ QStringLiteral("icalendar") }, &missing))
            << "Debian's python3-" << missing.toStdString()
            << " is needed to read the export back (apt-get install python3-icalendar)";
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        planWeeks(*db, 4);
    }
    QJsonObject exportAndRead(const QString &name, QStringList extra = {})
    {
        const QString file = dir.path(name);
        // The database is closed around the command: it takes the file's lock for writing.
        const QString path = db->path();
        db.reset();
        auto r = runStridewise(
            QStringList{ QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--from"),
                from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--out"),
                file, QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--db"), path }
            + extra);
        db = openDb(path);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Europe/Berlin"))) << r.out.toStdString();
        return readWithPython(file);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
    const QDate from = kFirstMonday;
    const QDate to = kFirstMonday.addDays(27);
};

TEST_F(ExportIcs, FourWeeksReadByPythonIcalendarOneEventPerSessionFoldedWithCrlf)
{
    const QJsonObject report = exportAndRead(QStringLiteral("plan.ics"));
    const QList<PlannedSession> sessions = nonStretchSessions(*db, from, to);
    const QJsonArray events = report.value(QStringLiteral("events")).toArray();
    ASSERT_GT(sessions.size(), 12);
    ASSERT_EQ(events.size(), sessions.size());
    EXPECT_EQ(byUid(report).size(), sessions.size()) << "UIDs are not unique";

    // Lines: CRLF only, at most 75 octets, folded where long, and no UTF-8 character cut in two by a fold.
    EXPECT_EQ(report.value(QStringLiteral("bare_lf")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("bare_cr")).toInt(), 0);
    EXPECT_TRUE(report.value(QStringLiteral("ends_crlf")).toBool());
    EXPECT_LE(report.value(QStringLiteral("max_octets")).toInt(), 75);
    EXPECT_GT(report.value(QStringLiteral("folded_lines")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("lines_not_utf8")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("method")).toString(), QStringLiteral("PUBLISH"));
    EXPECT_EQ(report.value(QStringLiteral("timezones")).toArray(), QJsonArray{ QStringLiteral("Europe/Berlin") });

    // Each session is there once, at its time in the runner's zone (07:00 in Berlin in winter is 06:00 UTC),
    // lasting its minutes, with its title, structure and reason.
    for (int i = 0; i < sessions.size(); ++i) {
        const PlannedSession &s = sessions.at(i);
        const QJsonObject e = events.at(i).toObject();
        EXPECT_EQ(e.value(QStringLiteral("summary")).toString(), s.title);
        EXPECT_EQ(e.value(QStringLiteral("minutes")).toInt(), s.minutes);
        EXPECT_EQ(e.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Berlin"));
        EXPECT_TRUE(e.value(QStringLiteral("start")).toString().startsWith(s.date.toString(Qt::ISODate)));
        EXPECT_TRUE(e.value(QStringLiteral("description")).toString().contains(s.reason));
        EXPECT_TRUE(
            e.value(QStringLiteral("description")).toString().contains(QStringLiteral("does not replace a clinician")));
        if (!s.structure.isEmpty()) {
            EXPECT_TRUE(e.value(QStringLiteral("description")).toString().contains(s.structure.first().text));
        }
        EXPECT_EQ(e.value(QStringLiteral("sequence")).toInt(), 0);
    }
    const QJsonObject first = events.first().toObject();
    if (sessions.first().timeOfDay == TimeOfDay::Morning) {
        EXPECT_TRUE(first.value(QStringLiteral("start")).toString().endsWith(QStringLiteral("T07:00")));
        EXPECT_TRUE(first.value(QStringLiteral("start_utc")).toString().endsWith(QStringLiteral("T06:00")));
    }

    // With the stretches: two more events a day.
    const QJsonObject withStretches =
        exportAndRead(QStringLiteral("stretches.ics"), { QStringLiteral("--with-stretches") });
    EXPECT_EQ(withStretches.value(QStringLiteral("events")).toArray().size(), sessions.size() + 28 * 2);
}

TEST_F(ExportIcs, UidsStayAcrossExportsAndSequenceRisesOnlyForChangedSessions)
{
    const auto first = byUid(exportAndRead(QStringLiteral("a.ics")));
    const auto second = byUid(exportAndRead(QStringLiteral("b.ics")));
    ASSERT_EQ(first.keys(), second.keys());
    for (const QString &uid : first.keys())
        EXPECT_EQ(second[uid].value(QStringLiteral("sequence")).toInt(), 0);

    // Lengthen one session and tick another: same UIDs, those two at SEQUENCE 1, the rest unchanged.
    QList<PlannedSession> sessions = nonStretchSessions(*db, from, to);
    PlannedSession longer = sessions.at(2);
    longer.minutes += 5;
    ASSERT_TRUE(PlanRepository(*db).updateSession(longer).ok());
    ASSERT_TRUE(
        LogRepository(*db).complete(Completion{ sessions.at(5).id, false, sessions.at(5).minutes, 4, 2, {} }).ok());
    const auto third = byUid(exportAndRead(QStringLiteral("c.ics")));
    ASSERT_EQ(third.keys(), first.keys());
    int raised = 0;
    for (const QString &uid : third.keys()) {
        const int sequence = third[uid].value(QStringLiteral("sequence")).toInt();
        raised += sequence;
        if (third[uid].value(QStringLiteral("minutes")).toInt() == longer.minutes
            && third[uid].value(QStringLiteral("start")).toString().startsWith(longer.date.toString(Qt::ISODate))) {
            EXPECT_EQ(sequence, 1);
        }
    }
    EXPECT_EQ(raised, 2);
    bool sawDone = false;
    for (const QJsonObject &e : third)
        sawDone = sawDone || e.value(QStringLiteral("description")).toString().contains(QStringLiteral("Done: "));
    EXPECT_TRUE(sawDone);
}

TEST_F(ExportIcs, AReplannedWeekUpdatesItsEventsInsteadOfAddingNewOnes)
{
    const auto before = byUid(exportAndRead(QStringLiteral("before.ics")));
    // A high back pain before the second week moves it to the amber zone; re-planning it replaces its sessions.
    const QDate monday = kFirstMonday.addDays(7);
    for (int d = 1; d <= 7; ++d)
        ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ monday.addDays(-d), 6, {}, {} }).ok());
    const auto oldIds = nonStretchSessions(*db, monday, monday.addDays(6));
    auto replanned = Planner(*db).replan(monday, monday);
    ASSERT_TRUE(replanned.ok()) << replanned.message().toStdString();
    const auto newIds = nonStretchSessions(*db, monday, monday.addDays(6));
    ASSERT_NE(oldIds.first().id, newIds.first().id) << "the re-plan should have replaced the sessions";

    const auto after = byUid(exportAndRead(QStringLiteral("after.ics")));
    EXPECT_EQ(after.size(), nonStretchSessions(*db, from, to).size());
    // Day by day, the re-planned sessions take over that day's UIDs as far as they go: a calendar that imports the
    // new file updates those events; only a day with more sessions than before gains new ones.
    auto uidsOn = [](const QMap<QString, QJsonObject> &events, QDate day) {
        QSet<QString> uids;
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            if (it->value(QStringLiteral("start")).toString().startsWith(day.toString(Qt::ISODate)))
                uids << it.key();
        }
        return uids;
    };
    int changedDays = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        const QSet<QString> was = uidsOn(before, day);
        const QSet<QString> is = uidsOn(after, day);
        EXPECT_EQ(int(QSet<QString>(is).intersect(was).size()), int(std::min(was.size(), is.size())))
            << day.toString(Qt::ISODate).toStdString();
        changedDays += was != is ? 1 : 0;
    }
    // Other weeks keep their events exactly.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString start = it->value(QStringLiteral("start")).toString();
        if (start < monday.toString(Qt::ISODate) || start >= monday.addDays(7).toString(Qt::ISODate)) {
            ASSERT_TRUE(after.contains(it.key()));
            EXPECT_EQ(after[it.key()], *it);
        }
    }
    EXPECT_GT(changedDays, 0) << "the amber re-plan should have changed some days";
    // A UID that now says something else has its SEQUENCE raised once.
    int updated = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            continue;
        const QJsonObject &was = before[it.key()];
        const bool changed = was.value(QStringLiteral("summary")) != it->value(QStringLiteral("summary"))
            || was.value(QStringLiteral("start")) != it->value(QStringLiteral("start"))
            || was.value(QStringLiteral("minutes")) != it->value(QStringLiteral("minutes"))
            || was.value(QStringLiteral("description")) != it->value(QStringLiteral("description"));
        EXPECT_EQ(it->value(QStringLiteral("sequence")).toInt(),
            was.value(QStringLiteral("sequence")).toInt() + (changed ? 1 : 0));
        updated += changed ? 1 : 0;
    }
    EXPECT_GT(updated, 0);
}

TEST_F(ExportIcs, BadArgumentsAreRefusedWithAMessageAndNoFile)
{
    const QString path = db->path();
    db.reset();
    const QString out = dir.path(QStringLiteral("x.ics"));
    auto noRange = runStridewise({ QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--out"), out,
        QStringLiteral("--db"), path });
    EXPECT_EQ(noRange.exitCode, 2);
    EXPECT_TRUE(noRange.err.contains(QStringLiteral("--from"))) << noRange.err.toStdString();
    auto badZone = runStridewise({ QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--from"),
        QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-12-06"), QStringLiteral("--out"),
        out, QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus"), QStringLiteral("--db"), path });
    EXPECT_EQ(badZone.exitCode, 2);
    EXPECT_TRUE(badZone.err.contains(QStringLiteral("Mars/Olympus"))) << badZone.err.toStdString();
    auto reversed = runStridewise({ QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--from"),
        QStringLiteral("2026-12-06"), QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--out"),
        out, QStringLiteral("--db"), path });
    EXPECT_EQ(reversed.exitCode, 2);
    auto unwritable = runStridewise({ QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--from"),
        QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-12-06"), QStringLiteral("--out"),
        dir.path(QStringLiteral("no/such/folder/x.ics")), QStringLiteral("--time-zone"), QStringLiteral("UTC"),
        QStringLiteral("--db"), path });
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("x.ics"))) << unwritable.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}
