#pragma once

#include <functional>

#include <QHash>
#include <QObject>

#include "error.h"

namespace haul {

/// Where secret keys live. Asynchronous: keychains may ask the user or take a moment.
/// On failure the callback gets an Error: KeychainUnavailable when the store cannot be reached,
/// CredentialsMissing when nothing is stored under that name.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<QString>)>;
    using WriteDone = std::function<void(Result<void>)>;

    using QObject::QObject;
    /// Reads the secret stored for `accountName`; `done` is called later, from the event loop
    /// (never from inside this call). Not called if the store is destroyed first.
    virtual void readSecret(const QString &accountName, ReadDone done) = 0;
    /// Stores (or replaces) the secret for `accountName`; `done` as for readSecret().
    virtual void writeSecret(const QString &accountName, const QString &secret, WriteDone done) = 0;
    /// Forgets the secret for `accountName`. Deleting what is not stored succeeds.
    virtual void deleteSecret(const QString &accountName, WriteDone done) = 0;
    /// True when secrets outlive the program (a real keychain).
    virtual bool isPersistent() const = 0;
};

/// Secrets in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
/// Credential Manager), under the service name "Haul" and the account name as key. Never falls
/// back to a plain-text file: without a keychain every call fails with KeychainUnavailable.
/// On Linux (QtKeychain 0.13, libsecret) that answer comes at once when there is no session bus
/// or nobody on it offers org.freedesktop.secrets; a bus that never answers costs D-Bus's 25 s
/// time-out. A gnome-keyring without a login keyring fails writes but reads "not stored"
/// (CredentialsMissing).
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    /// A store for `service`'s entries; jobs run as children of this object.
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("Haul"),
                                     QObject *parent = nullptr);
    void readSecret(const QString &accountName, ReadDone done) override;
    void writeSecret(const QString &accountName, const QString &secret, WriteDone done) override;
    void deleteSecret(const QString &accountName, WriteDone done) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

/// Secrets kept in memory for this session only (no keychain, or the environment account).
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void readSecret(const QString &accountName, ReadDone done) override;
    void writeSecret(const QString &accountName, const QString &secret, WriteDone done) override;
    void deleteSecret(const QString &accountName, WriteDone done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace haul
