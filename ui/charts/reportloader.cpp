#include "ui/charts/reportloader.h"

#include "core/service/reportbuilder.h"
#include "core/store/database.h"
#include "core/store/statsrepository.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Stridewise::Charts {

Result<LoadedRange> loadRange(Database &db, ChartRange range, QDate today, int maxPoints, bool withDaily)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<QDate> first;
    if (range == ChartRange::All) {
        auto record = StatsRepository(db).firstRecord();
        if (!record)
            return record.error();
        first = *record;
    }
    LoadedRange loaded;
    loaded.range = rangeDates(range, today, first);
    loaded.unit = bucketUnitFor(loaded.range, maxPoints);
    if (loaded.unit != BucketUnit::Day) {
        // Bars of weeks or months come from per-period sums: the cost follows the bars, not the days.
        auto overview = buildLoadOverview(
            db, loaded.range.from, loaded.range.to, loaded.unit == BucketUnit::Week ? Period::Week : Period::Month);
        if (!overview)
            return overview.error();
        loaded.overview = std::move(overview).value();
    }
    if (loaded.unit == BucketUnit::Day || withDaily) {
        // The chart draws what was done, never the plan: the planned load (half the rows of ten years) is not read.
        auto report = buildDoneLoadReport(db, loaded.range.from, loaded.range.to);
        if (!report)
            return report.error();
        loaded.report = std::move(report).value();
    }
    loaded.milliseconds = timer.elapsed();
    return loaded;
}

/** What the worker thread owns: its connection, and the newest generation of each kind of request. */
struct ReportLoader::Shared
{
    std::unique_ptr<Database> db; ///< touched on the worker thread only
    QString path;
    std::atomic<int> latest{ 0 };
    std::atomic<int> latestDaily{ 0 };
};

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Progress reader"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    // The connection belongs to the worker thread: it is closed there, as the thread's event loop ends.
    connect(
        m_thread, &QThread::finished, m_context, [shared = m_shared] { shared->db.reset(); }, Qt::DirectConnection);
    m_thread->start();
}

ReportLoader::~ReportLoader()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has ended: nothing runs on it any more
}

void ReportLoader::post(const QString &path, std::function<void(Result<Database *>)> job)
{
    QMetaObject::invokeMethod(
        m_context,
        [shared = m_shared, path, job = std::move(job)] {
            if (!shared->db || shared->path != path) {
                shared->db.reset();
                auto db = Database::open(path, Database::Mode::ReadOnly);
                if (!db) {
                    job(db.error());
                    return;
                }
                shared->db = std::move(db).value();
                shared->path = path;
            }
            job(shared->db.get());
        },
        Qt::QueuedConnection);
}

void ReportLoader::request(const QString &path, ChartRange range, QDate today, int maxPoints, bool withDaily)
{
    const int generation = ++m_generation;
    m_shared->latest = generation;
    post(path, [this, shared = m_shared, generation, range, today, maxPoints, withDaily](Result<Database *> db) {
        if (generation != shared->latest)
            return; // a newer request is queued: it alone is answered
        auto answer = std::make_shared<Result<LoadedRange>>(
            db ? loadRange(**db, range, today, maxPoints, withDaily) : Result<LoadedRange>(db.error()));
        QMetaObject::invokeMethod(
            this,
            [this, generation, answer] {
                if (generation != m_generation)
                    return;
                m_delivered = generation;
                if (*answer)
                    emit loaded(answer->value());
                else
                    emit failed(answer->message());
            },
            Qt::QueuedConnection);
    });
}

void ReportLoader::requestDaily(const QString &path, DateRange dates)
{
    const int generation = ++m_dailyGeneration;
    m_shared->latestDaily = generation;
    post(path, [this, shared = m_shared, generation, dates](Result<Database *> db) {
        if (generation != shared->latestDaily)
            return;
        auto answer = std::make_shared<Result<LoadReport>>(
            db ? buildDoneLoadReport(**db, dates.from, dates.to) : Result<LoadReport>(db.error()));
        QMetaObject::invokeMethod(
            this,
            [this, generation, answer] {
                if (generation != m_dailyGeneration)
                    return;
                m_dailyDelivered = generation;
                if (*answer)
                    emit dailyLoaded(answer->value());
                else
                    emit dailyFailed(answer->message());
            },
            Qt::QueuedConnection);
    });
}

} // namespace Stridewise::Charts
