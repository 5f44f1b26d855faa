#pragma once

#include "core/result.h"
#include "core/sync/caldavpublisher.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Stridewise {

/**
 * When to publish, for the window (issue 13): after every plan, re-plan, edit and tick while publishing is on, in the
 * background, once at a time. Changes close together make one publish (kQuietMs after the last); a change during a
 * publish makes one more afterwards. When the server cannot be reached (ErrorKind::Network) it tries again after
 * growing pauses (kRetryDelaysMs), and says so in plain words for the status bar; other failures (a refused
 * password, no calendar at the address) wait for the next change or setting, since retrying cannot fix them.
 *
 * The publish itself is a function given by the owner (it reads the password from the secret service and runs a
 * CalDavPublisher on the open database), so this class holds no credentials and tests can give a fake one.
 */
class PublishScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kQuietMs = 3000;
    static inline const QList<int> kRetryDelaysMs{ 60'000, 5 * 60'000, 15 * 60'000, 30 * 60'000, 60 * 60'000 };

    using Publish = std::function<void(std::function<void(const Result<PublishSummary> &)>)>;

    explicit PublishScheduler(Publish publish, QObject *parent = nullptr);

    /** Publishing on or off; turning it on publishes soon, turning it off stops retries (a running publish ends). */
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /** Something in the plan changed: publish after the quiet time. */
    void schedule();
    /** Publish now (a "Publish now" action, or after the settings changed). */
    void publishNow();

    bool isPublishing() const { return m_publishing; }
    bool isRetryPending() const { return m_retryCount > 0 && m_timer.isActive(); }

    /** For tests: shorter quiet time and retry pauses. */
    void setDelaysForTesting(int quietMs, const QList<int> &retryDelaysMs);

signals:
    /** A sentence for the status bar ("Calendar up to date: 3 events changed.", "Calendar server unreachable …"). */
    void statusChanged(const QString &message);
    void published(const PublishSummary &summary);
    /** A publish failed; willRetry when another attempt is scheduled. */
    void failed(const Error &error, bool willRetry);

private:
    void run();
    void onDone(const Result<PublishSummary> &result);

    Publish m_publish;
    QTimer m_timer;
    bool m_enabled = false;
    bool m_publishing = false;
    bool m_again = false;
    int m_retryCount = 0;
    int m_quietMs = kQuietMs;
    QList<int> m_retryDelaysMs = kRetryDelaysMs;
};

} // namespace Stridewise
