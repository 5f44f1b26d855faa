#include "core/sync/publishscheduler.h"

namespace Stridewise {

PublishScheduler::PublishScheduler(Publish publish, QObject *parent)
    : QObject(parent)
    , m_publish(std::move(publish))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishScheduler::run);
}

void PublishScheduler::setDelaysForTesting(int quietMs, const QList<int> &retryDelaysMs)
{
    m_quietMs = quietMs;
    m_retryDelaysMs = retryDelaysMs;
}

void PublishScheduler::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_retryCount = 0;
    if (enabled) {
        schedule();
    } else {
        m_timer.stop();
        m_again = false;
    }
}

void PublishScheduler::schedule()
{
    if (!m_enabled)
        return;
    if (m_publishing) {
        m_again = true;
        return;
    }
    // A change is a reason to try now, even while waiting to retry.
    m_retryCount = 0;
    m_timer.start(m_quietMs);
}

void PublishScheduler::publishNow()
{
    if (!m_enabled)
        return;
    if (m_publishing) {
        m_again = true;
        return;
    }
    m_retryCount = 0;
    m_timer.stop();
    run();
}

void PublishScheduler::run()
{
    if (!m_enabled || m_publishing)
        return;
    m_publishing = true;
    m_again = false;
    emit statusChanged(tr("Publishing the plan to your calendar…"));
    m_publish([this](const Result<PublishSummary> &result) { onDone(result); });
}

void PublishScheduler::onDone(const Result<PublishSummary> &result)
{
    m_publishing = false;
    if (result) {
        m_retryCount = 0;
        const int changes = result->changes();
        emit statusChanged(changes == 0 ? tr("Calendar up to date.")
                : changes == 1          ? tr("Calendar up to date: 1 event changed.")
                                        : tr("Calendar up to date: %n events changed.", nullptr, changes));
        emit published(*result);
    } else if (result.kind() == ErrorKind::Network && m_enabled && !m_again) {
        const int delay = m_retryDelaysMs.value(std::min<qsizetype>(m_retryCount, m_retryDelaysMs.size() - 1), 60'000);
        ++m_retryCount;
        m_timer.start(delay);
        const int minutes = std::max(1, (delay + 59'999) / 60'000);
        emit statusChanged(minutes == 1
                ? tr("Calendar not updated: the server cannot be reached. Nothing is lost; trying "
                     "again in a minute.")
                : tr("Calendar not updated: the server cannot be reached. Nothing is lost; trying "
                     "again in %n minutes.",
                    nullptr, minutes));
        emit failed(result.error(), true);
    } else {
        emit statusChanged(tr("Calendar not updated: %1").arg(result.message()));
        emit failed(result.error(), m_again);
    }
    if (m_again && m_enabled) {
        m_again = false;
        m_retryCount = 0;
        m_timer.start(m_quietMs);
    }
}

} // namespace Stridewise
