#pragma once

#include "core/load/loadtypes.h"
#include "core/result.h"
#include "ui/charts/chartseries.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace Stridewise {

class Database;

namespace Charts {

/** One range as the Progress view shows it: the dates and core's report for them. */
struct LoadedRange
{
    DateRange range;
    LoadReport report;
    qint64 milliseconds = 0; ///< reading (aggregated SQL) plus Load::analyse
};

/**
 * Reads one range through StatsRepository (aggregated in SQL) and analyses it with Load::analyse: the
 * only way the view gets numbers. Fails with the store's message when the database cannot be read.
 */
Result<LoadedRange> loadRange(Database &db, ChartRange range, QDate today);

/**
 * Runs loadRange() off the UI thread, so years of data never freeze the window. A Qt SQL connection
 * belongs to the thread that opened it, so each request opens its own read-only connection to the same
 * file (WAL lets it read while the window's connection writes). Only the newest request's answer is
 * delivered; older ones finish quietly. The destructor waits for running requests.
 */
class ReportLoader : public QObject
{
    Q_OBJECT

public:
    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override;

    /** Starts reading range of the database file at path; loaded() or failed() follows. */
    void request(const QString &path, ChartRange range, QDate today);
    bool isBusy() const { return m_running > 0 && m_delivered != m_generation; }

signals:
    void loaded(const Stridewise::Charts::LoadedRange &loaded);
    void failed(const QString &message);

private:
    int m_generation = 0;
    int m_delivered = 0;
    int m_running = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace Charts
} // namespace Stridewise
