#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace Stridewise {

/**
 * Where the calendar password lives: the desktop's secret service, never QSettings or the database (issue 13).
 * Asynchronous, because a secret service may ask the user to unlock it; callbacks run from the event loop.
 */
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    using ReadDone = std::function<void(const Result<QString> &)>;
    using Done = std::function<void(const Result<void> &)>;

    /** The password saved under key; NotFound when there is none. */
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &password, Done done) = 0;
    /** Removes it; succeeds when there was none. */
    virtual void remove(const QString &key, Done done) = 0;

    /** The key of a calendar account's password: "caldav:USER@URL". */
    static QString calendarKey(const QUrl &calendarUrl, const QString &user)
    {
        return QStringLiteral("caldav:%1@%2").arg(user, calendarUrl.toString());
    }
};

/**
 * A PasswordStore over QtKeychain: the Secret Service (GNOME Keyring, KWallet's secret service, KeePassXC) on
 * Linux, the Keychain on macOS, the Credential Store on Windows, under the service name "Stridewise". It never
 * falls back to a plain-text file: without a secret service, writing fails with a message saying so.
 */
class KeychainPasswordStore : public PasswordStore
{
    Q_OBJECT

public:
    explicit KeychainPasswordStore(QObject *parent = nullptr, QString service = QStringLiteral("Stridewise"));

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &password, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace Stridewise
