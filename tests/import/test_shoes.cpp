#include "core/load/distancestats.h"
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
