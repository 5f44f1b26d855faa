#pragma once

#include "core/load/loadtypes.h"
#include "core/result.h"
#include "ui/charts/chartseries.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Stridewise {

class Database;

namespace Charts {

/**
 * One range as the Progress view shows it: the dates, what one bar stands for, and core's numbers for them. Ranges
 * drawn by day come with the daily report; longer ones with the per-period overview (summed in SQL), and the daily
 * report only when asked for (the scatter and the acute:chronic ratio need it; bars do not).
 */
struct LoadedRange
{
    DateRange range;
    BucketUnit unit = BucketUnit::Day;
    std::optional<LoadOverview> overview; ///< weeks or months (unit Week or Month)
    std::optional<LoadReport> report; ///< every day (unit Day, or asked for)
    qint64 milliseconds = 0; ///< reading (aggregated SQL) plus core's analysis
};

/**
 * Reads one range for a plot with room for maxPoints bars: the dates (rangeDates, "All" from the first record), the
 * unit (bucketUnitFor), then core's daily report (buildDoneLoadReport) for days or its overview (buildLoadOverview)
 * for weeks and months, plus the daily report when withDaily. The only way the view gets numbers. Fails with the
 * store's message when the database cannot be read.
 */
Result<LoadedRange> loadRange(Database &db, ChartRange range, QDate today, int maxPoints, bool withDaily = false);

/**
 * Runs loadRange() off the UI thread, so years of data never freeze the window. A Qt SQL connection belongs to the
 * thread that opened it, so one worker thread keeps one read-only connection to the file, opened with the first
 * request (WAL lets it read while the window's connection writes, and each query sees the latest commit). Only the
 * newest request of each kind is answered; older ones still queued are skipped. The destructor waits for the worker.
 */
class ReportLoader : public QObject
{
    Q_OBJECT

public:
    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override;

    /** Starts reading range of the database file at path; loaded() or failed() follows. */
    void request(const QString &path, ChartRange range, QDate today, int maxPoints, bool withDaily);
    /** Starts reading the daily report of dates (for a range loaded without it); dailyLoaded() or failed() follows. */
    void requestDaily(const QString &path, DateRange dates);
    bool isBusy() const { return m_delivered != m_generation || m_dailyDelivered != m_dailyGeneration; }

signals:
    void loaded(const Stridewise::Charts::LoadedRange &loaded);
    void dailyLoaded(const Stridewise::LoadReport &report);
    void failed(const QString &message);
    void dailyFailed(const QString &message);

private:
    struct Shared;
    /** Runs job on the worker thread with its connection (opened on first use, or again for another path). */
    void post(const QString &path, std::function<void(Result<Database *>)> job);

    int m_generation = 0;
    int m_delivered = 0;
    int m_dailyGeneration = 0;
    int m_dailyDelivered = 0;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; ///< lives in m_thread: queued jobs run there
};

} // namespace Charts
} // namespace Stridewise
