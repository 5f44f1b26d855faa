#include "core/sync/passwordstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::KeychainPasswordStore", text);
}

Error errorOf(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{ ErrorKind::NotFound, tr("No password is saved for this calendar yet.") };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{ ErrorKind::Storage,
            tr("There is no password store (secret service) on this desktop, so the calendar password cannot be "
               "kept safely: %1")
                .arg(job.errorString()) };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ ErrorKind::ReadOnly,
            tr("The password store did not let Stridewise %1: %2").arg(what, job.errorString()) };
    default:
        // Also what libsecret says when no secret service runs ("Could not connect: …").
        return Error{ ErrorKind::Storage,
            tr("The desktop's password store (secret service) could not %1: %2. Without it Stridewise keeps no "
               "calendar password.")
                .arg(what, job.errorString()) };
    }
}

} // namespace

KeychainPasswordStore::KeychainPasswordStore(QObject *parent, QString service)
    : PasswordStore(parent)
    , m_service(std::move(service))
{
}

void KeychainPasswordStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(errorOf(*job, tr("read the calendar password")));
        else
            done(job->textData());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString &key, const QString &password, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(errorOf(*job, tr("save the calendar password")));
        else
            done({});
    });
    job->start();
}

void KeychainPasswordStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(errorOf(*job, tr("remove the calendar password")));
        else
            done({});
    });
    job->start();
}

} // namespace Stridewise
