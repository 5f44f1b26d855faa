#pragma once

#include "core/result.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTime>

#include <functional>

namespace Stridewise {

/**
 * The open window's door on the session bus, so that `stridewise remind` can hand it an answer while the window
 * holds the database: a reminder shown with the window closed, answered after it was opened. Each database file
 * has its own name (org.stridewise.Stridewise.f<hash of the file's path>), so a demo window never gets another
 * file's answer.
 */
class WindowBus : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.stridewise.Stridewise.Window")

public:
    using Complete = std::function<QString(qint64 sessionId)>;
    using Later = std::function<QString(QDate date, const QString &slot, QTime now)>;

    /** complete and later do the work and return an error message, or an empty string when done. */
    WindowBus(Complete complete, Later later, QObject *parent = nullptr);
    ~WindowBus() override;

    /** Takes the bus name of databasePath's window; false when there is no session bus or the name is taken. */
    bool registerFor(const QString &databasePath);
    bool isRegistered() const { return !m_service.isEmpty(); }

    static QString serviceName(const QString &databasePath);
    static QString objectPath();
    /** Whether a window has databasePath open (its name has an owner on the session bus). */
    static bool isWindowOpen(const QString &databasePath);
    /** Asks databasePath's window to tick a session done as planned (undoable there). */
    static Result<void> completeSession(const QString &databasePath, qint64 sessionId);
    /** Asks databasePath's window to remember Later for a reminder. */
    static Result<void> remindLater(const QString &databasePath, QDate date, const QString &slot, QTime now);

public slots:
    Q_SCRIPTABLE QString CompleteSession(qlonglong sessionId);
    Q_SCRIPTABLE QString RemindLater(const QString &date, const QString &slot, const QString &time);

private:
    Complete m_complete;
    Later m_later;
    QString m_service;
};

} // namespace Stridewise
