#include "core/sync/passwordstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

template <typename T> Result<T> wait(const std::function<void(std::function<void(const Result<T> &)>)> &call)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    call([&](const Result<T> &r) {
        outcome = r;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return outcome ? *outcome
                   : Result<T>(Error{ ErrorKind::Storage, QStringLiteral("no answer from the password store") });
}

Result<QString> readPassword(PasswordStore &store, const QString &key)
{
    return wait<QString>([&](auto done) { store.read(key, done); });
}

Result<void> writePassword(PasswordStore &store, const QString &key, const QString &password)
{
    return wait<void>([&](auto done) { store.write(key, password, done); });
}

Result<void> removePassword(PasswordStore &store, const QString &key)
{
    return wait<void>([&](auto done) { store.remove(key, done); });
}

bool secretServiceExpected()
{
    return qEnvironmentVariable("STRIDEWISE_TEST_KEYRING") == QLatin1String("1");
}

} // namespace

// Run by ctest under a private D-Bus session with an unlocked GNOME Keyring (tests/sync/with_keyring.sh).
TEST(Keychain, KeepsTheCalendarPasswordInTheSecretServiceOnly)
{
    if (!secretServiceExpected())
        GTEST_SKIP() << "runs under tests/sync/with_keyring.sh (ctest: keychain_with_secret_service)";
    const QString key = PasswordStore::calendarKey(
        QUrl(QStringLiteral("https://cloud.example.org/dav/calendars/me/training/")), QStringLiteral("me"));
    const QString password = QStringLiteral("Tr4ining-Pässword-%1").arg(QCoreApplication::applicationPid());
    KeychainPasswordStore store;
    auto missing = readPassword(store, key);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.kind(), ErrorKind::NotFound) << missing.message().toStdString();

    auto written = writePassword(store, key, password);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    KeychainPasswordStore other; // a fresh object reads what the service keeps, not a cached copy
    auto read = readPassword(other, key);
    ASSERT_TRUE(read.ok()) << read.message().toStdString();
    EXPECT_EQ(*read, password);

    // Never in plain text on disk (QSettings, a fallback file): not in the keyring's folder, whose keyring file is
    // encrypted, nor anywhere in this process's own home (the test main gives each test process one).
    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings");
    EXPECT_FALSE(QDir(keyrings).entryList({ QStringLiteral("*.keyring") }, QDir::Files).isEmpty())
        << "the secret service keeps no keyring in " << keyrings.toStdString();
    int scanned = 0;
    for (const QString &root : { qEnvironmentVariable("STRIDEWISE_TEST_KEYRING_ROOT"), QDir::homePath() }) {
        ASSERT_FALSE(root.isEmpty());
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly)) {
                ++scanned;
                EXPECT_FALSE(f.readAll().contains(password.toUtf8()))
                    << "password in plain text in " << f.fileName().toStdString();
            }
        }
    }
    EXPECT_GT(scanned, 0);

    ASSERT_TRUE(removePassword(store, key).ok());
    EXPECT_EQ(readPassword(store, key).kind(), ErrorKind::NotFound);
    EXPECT_TRUE(removePassword(store, key).ok()) << "removing what is not there succeeds";
}

// Run by ctest with no D-Bus session at all (keychain_without_secret_service).
TEST(KeychainMissing, SaysThereIsNoPasswordStoreAndKeepsNothing)
{
    if (secretServiceExpected() || !qEnvironmentVariableIsSet("STRIDEWISE_TEST_NO_KEYRING"))
        GTEST_SKIP() << "runs with no D-Bus session (ctest: keychain_without_secret_service)";
    KeychainPasswordStore store;
    auto written = writePassword(store, QStringLiteral("caldav:me@https://example.org/"), QStringLiteral("secret"));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.message().contains(
        QStringLiteral("password store (secret service) could not save the calendar password")))
        << written.message().toStdString();
    EXPECT_FALSE(readPassword(store, QStringLiteral("caldav:me@https://example.org/")).ok());
}
