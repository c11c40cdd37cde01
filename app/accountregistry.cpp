#include "accountregistry.h"

#include <QPointer>

#include "creds/accountstore.h"
#include "transfermanager.h"

namespace haul {

AccountRegistry::AccountRegistry(AccountStore *store, CredentialStore *keychain,
                                 TransferManager *transfers, const QProcessEnvironment &environment,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_session(new MemoryCredentialStore(this))
    , m_transfers(transfers)
    , m_environment(environmentAccount(environment))
{
}

QStringList AccountRegistry::names() const
{
    QStringList result;
    for (const Account &a : m_store->accounts())
        result.append(a.name);
    if (m_environment && !result.contains(environmentName()))
        result.append(environmentName());
    return result;
}

std::optional<Account> AccountRegistry::account(const QString &name) const
{
    if (auto saved = m_store->account(name))
        return saved;
    if (m_environment && name == environmentName())
        return m_environment->account;
    return std::nullopt;
}

void AccountRegistry::activate(const QString &name, Activated done)
{
    if (auto it = m_active.constFind(name); it != m_active.cend()) {
        const AccountConnection ready = *it;
        QMetaObject::invokeMethod(this, [done, ready] { done(ready); }, Qt::QueuedConnection);
        return;
    }
    if (m_environment && name == environmentName() && !m_store->account(name)) {
        const AccountConnection env = *m_environment;
        m_transfers->setAccount(env);
        m_active.insert(name, env);
        QMetaObject::invokeMethod(this, [done, env] { done(env); }, Qt::QueuedConnection);
        return;
    }
    const std::optional<Account> saved = m_store->account(name);
    if (!saved) {
        const Error error(ErrorCode::InvalidInput, name, QStringLiteral("no such account"));
        QMetaObject::invokeMethod(this, [done, error] { done(fail(error)); }, Qt::QueuedConnection);
        return;
    }
    QPointer<AccountRegistry> self(this);
    readSecret(name, [self, account = *saved, done](Result<QString> secret) {
        if (!self)
            return;
        if (!secret)
            return done(fail(secret.error()));
        self->finishActivation(account, *secret, done);
    });
}

void AccountRegistry::finishActivation(const Account &account, const QString &secret,
                                       const Activated &done)
{
    AccountConnection connection;
    connection.account = account;
    connection.credentials.accessKeyId = account.accessKeyId;
    connection.credentials.secretAccessKey = secret;
    m_transfers->setAccount(connection);
    m_active.insert(account.name, connection);
    done(connection);
}

void AccountRegistry::readSecret(const QString &name, SecretRead done)
{
    if (m_sessionOnly.contains(name))
        return m_session->readSecret(name, std::move(done));
    if (m_environment && name == environmentName() && !m_store->account(name)) {
        const QString secret = m_environment->credentials.secretAccessKey;
        QMetaObject::invokeMethod(this, [done, secret] { done(secret); }, Qt::QueuedConnection);
        return;
    }
    m_keychain->readSecret(name, std::move(done));
}

void AccountRegistry::save(const AccountConnection &connection, Saved done)
{
    if (Result<void> saved = m_store->save(connection.account); !saved) {
        Q_EMIT accountsChanged(); // the settings hold it for this session all the same
        QMetaObject::invokeMethod(this, [done, error = saved.error()] { done(fail(error)); }, Qt::QueuedConnection);
        return;
    }
    m_active.remove(connection.account.name);
    Q_EMIT accountsChanged();
    if (!connection.credentials.secretAccessKey.isEmpty())
        return storeSecret(connection, std::move(done));
    // Keep the stored secret: only the account's settings changed.
    QPointer<AccountRegistry> self(this);
    activate(connection.account.name, [self, done, name = connection.account.name](Result<AccountConnection> r) {
        if (!r)
            return done(fail(r.error()));
        done(self && !self->isSessionOnly(name));
    });
}

void AccountRegistry::storeSecret(const AccountConnection &connection, Saved done)
{
    QPointer<AccountRegistry> self(this);
    const QString name = connection.account.name;
    m_keychain->writeSecret(name, connection.credentials.secretAccessKey,
                            [self, connection, name, done](Result<void> written) {
        if (!self)
            return;
        const bool persistent = written.has_value();
        if (!persistent && written.error().code != ErrorCode::KeychainUnavailable)
            return done(fail(written.error()));
        if (persistent)
            self->m_sessionOnly.remove(name);
        else
            self->m_sessionOnly.insert(name);
        self->m_session->writeSecret(name, connection.credentials.secretAccessKey, [](Result<void>) {});
        self->finishActivation(connection.account, connection.credentials.secretAccessKey,
                               [done, persistent](Result<AccountConnection>) { done(persistent); });
    });
}

void AccountRegistry::remove(const QString &name)
{
    m_store->remove(name);
    m_active.remove(name);
    m_sessionOnly.remove(name);
    m_keychain->deleteSecret(name, [](Result<void>) {});
    m_session->deleteSecret(name, [](Result<void>) {});
    Q_EMIT accountsChanged();
}

} // namespace haul
