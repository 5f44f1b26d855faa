#include "core/sync/publishscheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

/** A publish that the test finishes by hand, counting how often it was started. */
struct FakePublish
{
    int started = 0;
    std::function<void(const Result<PublishSummary> &)> pending;

    PublishScheduler::Publish function()
    {
        return [this](std::function<void(const Result<PublishSummary> &)> done) {
            ++started;
            pending = std::move(done);
        };
    }
    void succeed(int created = 1)
    {
        PublishSummary s;
        s.created = created;
        auto done = std::move(pending);
        pending = nullptr;
        done(s);
    }
    void fail(ErrorKind kind)
    {
        auto done = std::move(pending);
        pending = nullptr;
        done(Error{ kind, QStringLiteral("server says no") });
    }
};

} // namespace

TEST(PublishScheduler, ChangesCloseTogetherMakeOnePublishAndNothingRunsWhileOff)
{
    FakePublish fake;
    PublishScheduler scheduler(fake.function());
    scheduler.setDelaysForTesting(30, { 40 });
    scheduler.schedule();
    QTest::qWait(80);
    EXPECT_EQ(fake.started, 0) << "publishing is off";

    QSignalSpy status(&scheduler, &PublishScheduler::statusChanged);
    scheduler.setEnabled(true);
    scheduler.schedule();
    scheduler.schedule();
    scheduler.schedule();
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 1; }, 2000));
    QTest::qWait(80);
    EXPECT_EQ(fake.started, 1);
    fake.succeed(3);
    EXPECT_EQ(status.last().first().toString(), QStringLiteral("Calendar up to date: 3 events changed."));
}

TEST(PublishScheduler, AChangeDuringAPublishMakesOneMoreAfterIt)
{
    FakePublish fake;
    PublishScheduler scheduler(fake.function());
    scheduler.setDelaysForTesting(20, { 40 });
    scheduler.setEnabled(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 1; }, 2000));
    scheduler.schedule();
    scheduler.schedule();
    fake.succeed();
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 2; }, 2000));
    fake.succeed();
    QTest::qWait(80);
    EXPECT_EQ(fake.started, 2);
}

TEST(PublishScheduler, AnUnreachableServerIsRetriedAndSaidSo)
{
    FakePublish fake;
    PublishScheduler scheduler(fake.function());
    scheduler.setDelaysForTesting(10, { 50, 100 });
    QSignalSpy status(&scheduler, &PublishScheduler::statusChanged);
    QSignalSpy failed(&scheduler, &PublishScheduler::failed);
    scheduler.setEnabled(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 1; }, 2000));
    fake.fail(ErrorKind::Network);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().at(1).toBool()) << "a retry should be planned";
    EXPECT_TRUE(scheduler.isRetryPending());
    EXPECT_TRUE(status.last().first().toString().contains(QStringLiteral("cannot be reached. Nothing is lost")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 2; }, 2000));
    fake.fail(ErrorKind::Network);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 3; }, 2000));
    fake.succeed();
    EXPECT_FALSE(scheduler.isRetryPending());
    EXPECT_EQ(status.last().first().toString(), QStringLiteral("Calendar up to date: 1 event changed."));
}

TEST(PublishScheduler, ARefusedPasswordIsNotRetried)
{
    FakePublish fake;
    PublishScheduler scheduler(fake.function());
    scheduler.setDelaysForTesting(10, { 30 });
    QSignalSpy status(&scheduler, &PublishScheduler::statusChanged);
    scheduler.setEnabled(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 1; }, 2000));
    fake.fail(ErrorKind::Invalid);
    QTest::qWait(120);
    EXPECT_EQ(fake.started, 1);
    EXPECT_FALSE(scheduler.isRetryPending());
    EXPECT_EQ(status.last().first().toString(), QStringLiteral("Calendar not updated: server says no"));
    // The next change tries again.
    scheduler.schedule();
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.started == 2; }, 2000));
    fake.succeed(0);
    EXPECT_EQ(status.last().first().toString(), QStringLiteral("Calendar up to date."));
}
