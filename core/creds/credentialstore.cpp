#include "credentialstore.h"

#include <QMetaObject>

#include <qt6keychain/keychain.h>

namespace haul {

namespace {

/// QtKeychain's outcome as a Haul error: "nothing stored" is CredentialsMissing, every other
/// failure (no Secret Service on the bus, D-Bus down, locked and refused, …) KeychainUnavailable.
Error keychainError(const QKeychain::Job &job, const QString &accountName)
{
    const ErrorCode code = job.error() == QKeychain::EntryNotFound ? ErrorCode::CredentialsMissing
                                                                    : ErrorCode::KeychainUnavailable;
    Error e(code, accountName, job.errorString());
    e.detail = QStringLiteral("QKeychain error %1, service %2").arg(int(job.error())).arg(job.service());
    return e;
}

/// Common set-up: the job deletes itself after `finished`, and never falls back to storing the
/// secret in plain text (QtKeychain's "insecure fallback" writes it to a settings file).
template <typename JobT>
JobT *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobT(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

/// Calls `f` from the event loop, so in-memory answers arrive the same way a keychain's do.
template <typename F>
void later(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{
}

void KeychainCredentialStore::readSecret(const QString &accountName, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, accountName, this);
    connect(job, &QKeychain::Job::finished, this, [job, accountName, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            return done(fail(keychainError(*job, accountName)));
        done(job->textData());
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &accountName, const QString &secret,
                                          WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, accountName, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, accountName, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            return done(fail(keychainError(*job, accountName)));
        done({});
    });
    job->start();
}

void KeychainCredentialStore::deleteSecret(const QString &accountName, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, accountName, this);
    connect(job, &QKeychain::Job::finished, this, [job, accountName, done = std::move(done)] {
        // Deleting what is not there reaches the goal: only a failing keychain is an error.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            return done(fail(keychainError(*job, accountName)));
        done({});
    });
    job->start();
}

void MemoryCredentialStore::readSecret(const QString &accountName, ReadDone done)
{
    const auto it = m_secrets.constFind(accountName);
    Result<QString> result = it != m_secrets.cend()
        ? Result<QString>(*it)
        : Result<QString>(fail(ErrorCode::CredentialsMissing, accountName));
    later(this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryCredentialStore::writeSecret(const QString &accountName, const QString &secret,
                                        WriteDone done)
{
    m_secrets.insert(accountName, secret);
    later(this, [done = std::move(done)] { done({}); });
}

void MemoryCredentialStore::deleteSecret(const QString &accountName, WriteDone done)
{
    m_secrets.remove(accountName);
    later(this, [done = std::move(done)] { done({}); });
}

} // namespace haul
