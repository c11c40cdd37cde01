#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>

#include "creds/account.h"
#include "creds/credentialstore.h"

namespace haul {

class AccountStore;
class TransferManager;

/// The accounts the app offers: the saved ones (AccountStore) and, when the AWS_* variables
/// give one, "environment". Reads secrets from the keychain, or from a session-only store when
/// the keychain could not keep them, and hands ready accounts to the TransferManager.
class AccountRegistry : public QObject {
    Q_OBJECT
public:
    using Activated = std::function<void(Result<AccountConnection>)>;
    /// true: the secret went to the keychain; false: kept for this session only.
    using Saved = std::function<void(Result<bool>)>;
    using SecretRead = std::function<void(Result<QString>)>;

    /// The name of the account built from the AWS_* environment.
    static QString environmentName() { return QStringLiteral("environment"); }

    AccountRegistry(AccountStore *store, CredentialStore *keychain, TransferManager *transfers,
                    const QProcessEnvironment &environment, QObject *parent = nullptr);

    /// Saved accounts in their order, then "environment" if there is one.
    QStringList names() const;
    std::optional<Account> account(const QString &name) const;
    bool contains(const QString &name) const { return account(name).has_value(); }
    /// True once activate() succeeded (or save()): the TransferManager knows the account.
    bool isActive(const QString &name) const { return m_active.contains(name); }
    /// True when the account's secret lives in this session only (no keychain).
    bool isSessionOnly(const QString &name) const { return m_sessionOnly.contains(name); }

    /// Reads the secret and makes the account usable by transfers. Fails with CredentialsMissing
    /// (nothing stored), KeychainUnavailable, or InvalidInput (no such account).
    void activate(const QString &name, Activated done);
    /// The stored secret (session store first, then the keychain).
    void readSecret(const QString &name, SecretRead done);
    /// Saves the account and its secret (an empty secret keeps the stored one). When the keychain
    /// is unavailable the secret is kept for this session only and `done` gets false.
    void save(const AccountConnection &connection, Saved done);
    /// Forgets a saved account and its secret.
    void remove(const QString &name);

Q_SIGNALS:
    void accountsChanged();

private:
    void finishActivation(const Account &account, const QString &secret, const Activated &done);
    void storeSecret(const AccountConnection &connection, Saved done);

    AccountStore *m_store;
    CredentialStore *m_keychain;
    MemoryCredentialStore *m_session;
    TransferManager *m_transfers;
    std::optional<AccountConnection> m_environment;
    QHash<QString, AccountConnection> m_active;
    QSet<QString> m_sessionOnly;
};

} // namespace haul
