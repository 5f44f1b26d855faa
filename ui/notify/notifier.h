#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Stridewise {

/**
 * Shows desktop notifications with buttons and says which button was pressed. DesktopNotifications does it over
 * D-Bus; tests put a fake in its place, so the reminders' flow can be driven without a notification service.
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString key; ///< what actionInvoked() reports, "done"
        QString label; ///< what the button says, "Done"
    };

    using QObject::QObject;

    /** Shows a notification that closes itself after timeoutMs; returns its id, or why it could not be shown. */
    virtual Result<uint> show(
        const QString &summary, const QString &body, const QList<Action> &actions, int timeoutMs) = 0;
    /** Takes a notification away (its buttons would no longer reach anyone). */
    virtual void close(uint id) = 0;
    /** Whether the service shows buttons at all. */
    virtual bool supportsActions() const = 0;

signals:
    void actionInvoked(uint id, const QString &key);
    /** The notification is gone: dismissed, expired, or closed after an action. */
    void closed(uint id);
};

} // namespace Stridewise
