#include "ui/charts/reportloader.h"

#include "core/service/reportbuilder.h"
#include "core/store/database.h"
#include "core/store/statsrepository.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>
#include <optional>

namespace Stridewise::Charts {

Result<LoadedRange> loadRange(Database &db, ChartRange range, QDate today)
{
    QElapsedTimer timer;
    timer.start();
    StatsRepository stats(db);
    std::optional<QDate> first;
    if (range == ChartRange::All) {
        auto record = stats.firstRecord();
        if (!record)
            return record.error();
        first = *record;
    }
    LoadedRange loaded;
    loaded.range = rangeDates(range, today, first);
    auto report = buildLoadReport(db, loaded.range.from, loaded.range.to);
    if (!report)
        return report.error();
    loaded.report = std::move(report).value();
    loaded.milliseconds = timer.elapsed();
    return loaded;
}

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
{
}

ReportLoader::~ReportLoader()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ReportLoader::request(const QString &path, ChartRange range, QDate today)
{
    const int generation = ++m_generation;
    auto answer = std::make_shared<std::optional<Result<LoadedRange>>>();
    QThread *thread = QThread::create([path, range, today, answer] {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            answer->emplace(db.error());
            return;
        }
        answer->emplace(loadRange(**db, range, today));
    });
    thread->setParent(this); // deleted with the loader (after the destructor's wait) if it never got to deleteLater
    ++m_running;
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, answer, generation] {
        --m_running;
        thread->deleteLater();
        if (generation != m_generation || !answer->has_value())
            return;
        m_delivered = generation;
        if (answer->value())
            emit loaded(answer->value().value());
        else
            emit failed(answer->value().message());
    });
    thread->start();
}

} // namespace Stridewise::Charts
