#include "core/load/distancestats.h"
#include "core/service/shoereport.h"
#include "core/store/logrepository.h"
#include "core/store/shoerepository.h"

#include <gtest/gtest.h>

#include "tests/import/importtest.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

TEST(ShoeRepository, KeepsShoesWithOneDefaultAndRefusesBadValues)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    ShoeRepository shoes(*db);
    auto first = shoes.add(Shoe{ 0, QStringLiteral("Pegasus"), 4, QDate(2026, 9, 1) });
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    EXPECT_TRUE(first->isDefault); // the first shoe is the default
    EXPECT_EQ(first->retireKm, 700);
    auto second = shoes.add(Shoe{ 0, QStringLiteral("Trail shoes"), 3 });
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->isDefault);
    EXPECT_EQ(shoes.add(Shoe{ 0, QStringLiteral("pegasus") }).kind(), ErrorKind::Conflict);
    EXPECT_EQ(shoes.add(Shoe{ 0, QStringLiteral("Bad"), 6 }).kind(), ErrorKind::Invalid);
    EXPECT_EQ(shoes.add(Shoe{ 0, QStringLiteral("  ") }).kind(), ErrorKind::Invalid);
    Shoe tooFar{ 0, QStringLiteral("Far") };
    tooFar.retireKm = 0;
    EXPECT_EQ(shoes.add(tooFar).kind(), ErrorKind::Invalid);

    ASSERT_TRUE(shoes.setDefault(second->id).ok());
    EXPECT_EQ((*shoes.defaultShoe())->id, second->id);
    EXPECT_FALSE((*shoes.shoe(first->id))->isDefault);

    ASSERT_TRUE(shoes.retire(second->id, QDate(2026, 11, 1)).ok());
    EXPECT_FALSE(shoes.defaultShoe()->has_value()); // a retired shoe is no longer the default
    EXPECT_EQ(shoes.setDefault(second->id).kind(), ErrorKind::Conflict);
    auto list = shoes.shoes();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().name, QStringLiteral("Pegasus")); // shoes in use first
    EXPECT_TRUE(list->last().isRetired());

    Shoe edited = *first;
    edited.comfort = 5;
    edited.retireKm = 800;
    ASSERT_TRUE(shoes.update(edited).ok());
    EXPECT_EQ((*shoes.shoe(first->id))->retireKm, 800);
    edited.name = QStringLiteral("Trail shoes");
    EXPECT_EQ(shoes.update(edited).kind(), ErrorKind::Conflict);
}

TEST(ShoeRepository, AddsUpKilometresPerShoeAndSetsTheShoeOfARun)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const QDate monday(2026, 11, 23);
    const Week w = saveWeek(*db, monday,
        { planned(monday, Activity::Run, 30, 4), planned(monday.addDays(2), Activity::Run, 40, 4),
            planned(monday.addDays(3), Activity::Walk, 30, 2) });
    auto shoe = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus") });
    ASSERT_TRUE(shoe.ok());
    Completion a{ w.sessions.at(0).id, false, 30, 4, 2, {} };
    a.distanceMeters = 5000;
    a.shoeId = shoe->id;
    Completion b{ w.sessions.at(1).id, false, 40, 4, {}, {} };
    ASSERT_TRUE(LogRepository(*db).complete(a).ok());
    ASSERT_TRUE(LogRepository(*db).complete(b).ok());
    ASSERT_TRUE(LogRepository(*db).complete(Completion{ w.sessions.at(2).id, false, 30, 2, {}, {} }).ok());

    ASSERT_TRUE(ShoeRepository(*db).setShoeOfSession(w.sessions.at(1).id, shoe->id).ok());
    EXPECT_EQ(ShoeRepository(*db).setShoeOfSession(w.sessions.at(2).id, shoe->id).kind(), ErrorKind::Conflict);
    EXPECT_EQ(ShoeRepository(*db).setShoeOfSession(999, shoe->id).kind(), ErrorKind::NotFound);

    auto usage = ShoeRepository(*db).usage();
    ASSERT_TRUE(usage.ok());
    ASSERT_EQ(usage->size(), 1);
    EXPECT_DOUBLE_EQ(usage->first().meters, 5000.0);
    EXPECT_EQ(usage->first().runs, 2);
    EXPECT_EQ(usage->first().runsWithoutDistance, 1);
    auto read = LogRepository(*db).completion(w.sessions.at(0).id);
    EXPECT_EQ((*read)->shoeName, QStringLiteral("Pegasus"));
    EXPECT_EQ((*read)->distanceMeters, 5000.0);

    // Deleting a shoe's row (not offered to users) leaves its runs without a shoe rather than failing.
    auto runs = ShoeRepository(*db).runs(monday, monday.addDays(6));
    ASSERT_EQ(runs->size(), 2);
    EXPECT_EQ(runs->first().distanceMeters, 5000.0);
}

TEST(ShoeStats, WarnsNearRetirementAndWithholdsPainBelowTenRuns)
{
    EXPECT_FALSE(Load::wear(600000, 700).nearRetirement); // 600 km of 700: 86 %
    EXPECT_TRUE(Load::wear(630000, 700).nearRetirement); // 90 %
    EXPECT_FALSE(Load::wear(630000, 700).pastRetirement);
    EXPECT_TRUE(Load::wear(700000, 700).pastRetirement);
    EXPECT_FALSE(Load::wear(700000, 700).nearRetirement);

    QList<ShoeRun> runs;
    QList<DailyPain> pain;
    const QDate start(2026, 9, 1);
    for (int i = 0; i < 12; ++i) {
        const QDate day = start.addDays(2 * i);
        runs << ShoeRun{ day, 1, 5000.0 };
        if (i < 10)
            pain << DailyPain{ day.addDays(1), i % 2 == 0 ? 2 : 4 };
        runs << ShoeRun{ day, 2, 5000.0 }; // the same days in a second shoe
    }
    runs << ShoeRun{ start, 1, 3000.0 }; // a second run the same day counts once
    pain << DailyPain{ start.addDays(100), 9 }; // no run the day before
    const QList<ShoePain> byShoe = Load::painDayAfterRunsByShoe(runs, pain);
    ASSERT_EQ(byShoe.size(), 2);
    EXPECT_EQ(byShoe.at(0).shoeId, 1);
    EXPECT_EQ(byShoe.at(0).n, 10);
    ASSERT_TRUE(byShoe.at(0).meanPain);
    EXPECT_DOUBLE_EQ(*byShoe.at(0).meanPain, 3.0);
    EXPECT_EQ(Load::describe(byShoe.at(0)), QStringLiteral("3.0/10 the day after 10 runs (n = 10)"));

    const QList<ShoePain> few = Load::painDayAfterRunsByShoe(runs.mid(0, 8), pain);
    ASSERT_EQ(few.size(), 2);
    EXPECT_EQ(few.at(0).n, 4);
    EXPECT_FALSE(few.at(0).meanPain);
    EXPECT_EQ(Load::describe(few.at(0)), QStringLiteral("not enough runs yet (4 of 10)"));
}

TEST(ShoeRepository, ReplaceAllRestoresAListExactlyOrChangesNothing)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const QDate monday(2026, 11, 23);
    const Week w = saveWeek(*db, monday, { planned(monday, Activity::Run, 30, 4) });
    ShoeRepository shoes(*db);
    auto a = shoes.add(Shoe{ 0, QStringLiteral("Pegasus"), 4 });
    auto b = shoes.add(Shoe{ 0, QStringLiteral("Trail shoes"), 3 });
    ASSERT_TRUE(a.ok() && b.ok());
    const QList<Shoe> before = *shoes.shoes();

    // What an edit in the shoe editor saves: one renamed, the default moved, one added, one removed.
    Shoe renamed = *b;
    renamed.name = QStringLiteral("Speedgoat");
    renamed.isDefault = true;
    Shoe added{ 99, QStringLiteral("Racers"), 2 };
    ASSERT_TRUE(shoes.replaceAll({ renamed, added }).ok());
    auto after = shoes.shoes();
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ((*shoes.defaultShoe())->name, QStringLiteral("Speedgoat"));
    EXPECT_FALSE(shoes.shoe(a->id)->has_value());

    // Undo: the list before, ids and the default included.
    ASSERT_TRUE(shoes.replaceAll(before).ok());
    EXPECT_EQ(*shoes.shoes(), before);

    // A shoe a done run names cannot go, and a refused list changes nothing.
    Completion c{ w.sessions.at(0).id, false, 30, 4, {}, {} };
    c.shoeId = a->id;
    ASSERT_TRUE(LogRepository(*db).complete(c).ok());
    const QStringList saved = dumpAll(*db);
    auto refused = shoes.replaceAll({ *b });
    EXPECT_EQ(refused.kind(), ErrorKind::Conflict);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("Pegasus"))) << refused.message().toStdString();
    Shoe twoDefaults = *b;
    twoDefaults.isDefault = true;
    EXPECT_EQ(shoes.replaceAll({ before.at(0), twoDefaults }).kind(), ErrorKind::Invalid);
    Shoe bad = *b;
    bad.comfort = 9;
    EXPECT_EQ(shoes.replaceAll({ before.at(0), bad }).kind(), ErrorKind::Invalid);
    EXPECT_EQ(dumpAll(*db), saved);
}

TEST(ShoeReport, GivesEachShoeItsKilometresAndThePainTheDayAfter)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    const QDate monday(2026, 11, 23);
    const Week w = saveWeek(*db, monday,
        { planned(monday, Activity::Run, 30, 4), planned(monday.addDays(2), Activity::Run, 40, 4),
            planned(monday.addDays(3), Activity::Walk, 30, 2) });
    auto shoe = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus"), 4 });
    auto unused = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Spare"), 3 });
    ASSERT_TRUE(shoe.ok() && unused.ok());
    Completion a{ w.sessions.at(0).id, false, 30, 4, 2, {} };
    a.distanceMeters = 5000;
    a.shoeId = shoe->id;
    Completion b{ w.sessions.at(1).id, false, 40, 4, {}, {} };
    b.distanceMeters = 7000;
    b.shoeId = shoe->id;
    Completion walk{ w.sessions.at(2).id, false, 30, 2, {}, {} };
    walk.distanceMeters = 3000;
    ASSERT_TRUE(LogRepository(*db).complete(a).ok());
    ASSERT_TRUE(LogRepository(*db).complete(b).ok());
    ASSERT_TRUE(LogRepository(*db).complete(walk).ok());
    ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ monday.addDays(1), 3, {}, {} }).ok());

    auto report = buildShoeReport(*db, monday.addDays(6));
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    ASSERT_EQ(report->size(), 2);
    const ShoeFacts &used = report->at(0).shoe.id == shoe->id ? report->at(0) : report->at(1);
    EXPECT_DOUBLE_EQ(used.usage.meters, 12000.0);
    EXPECT_EQ(used.usage.runs, 2);
    EXPECT_DOUBLE_EQ(used.wear.km, 12.0);
    EXPECT_EQ(used.pain.n, 1); // only Monday's run has a log the next day
    EXPECT_FALSE(used.pain.meanPain); // below ten runs: withheld
    EXPECT_TRUE(shoeEvidenceNote().contains(QStringLiteral("Nigg 2015")));

    auto weeks = buildDistanceReport(*db, monday.addDays(-7), monday.addDays(6));
    ASSERT_TRUE(weeks.ok());
    ASSERT_EQ(weeks->size(), 2);
    EXPECT_DOUBLE_EQ(weeks->at(0).allMeters, 0.0);
    EXPECT_DOUBLE_EQ(weeks->at(1).runMeters, 12000.0);
    EXPECT_DOUBLE_EQ(weeks->at(1).allMeters, 15000.0);
}
