#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QProcessEnvironment>

#include "account.h"
#include "error.h"

class QSettings;

namespace haul {

/// The saved accounts (everything but secrets) in QSettings, as the array "accounts"
/// (accounts/1/name, accounts/1/endpoint, …, accounts/size). Secrets are never written here:
/// they go to a CredentialStore. Account::fromEnvironment is not stored (the environment
/// account is rebuilt from the variables at each start).
class AccountStore {
public:
    /// Works on `settings` (not owned), positioned at its root group.
    explicit AccountStore(QSettings *settings);
    /// Every saved account, in the order they were first saved; unnamed entries are skipped.
    QList<Account> accounts() const;
    /// The account called `name`, or nullopt.
    std::optional<Account> account(const QString &name) const;
    /// Adds the account, or replaces the one with the same name; syncs the settings file.
    /// An account without a name is not saved. When the file cannot be written (a full disk, a
    /// folder not writable) the error says so; the settings keep the account in memory and
    /// write it at their next sync that works.
    Result<void> save(const Account &account);
    /// Removes the account called `name` (nothing happens if there is none); syncs.
    void remove(const QString &name);

private:
    QSettings *m_settings;
};

/// A profile read from ~/.aws/credentials and ~/.aws/config.
struct AwsProfile {
    QString name;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString region;
    QString endpointUrl;     ///< endpoint_url (global or in an "s3 =" sub-section)
    QString caBundle;
    QString addressingStyle; ///< "s3 =" sub-section addressing_style: auto, path or virtual
};

/// Reads aws-cli's profiles. Missing files give an empty list; unreadable or malformed lines
/// are skipped. Profiles without keys (e.g. SSO) are listed without keys.
/// Per key, values from the credentials file win over the config file's. The S3 endpoint is, by
/// precedence: the profile's `services` section's "s3 =" endpoint_url, the profile's own "s3 ="
/// sub-section endpoint_url, its top-level endpoint_url.
QList<AwsProfile> readAwsProfiles(const QString &credentialsPath, const QString &configPath);

/// The same as readAwsProfiles() over the files' contents (pure; for tests and callers that
/// already hold the text).
QList<AwsProfile> parseAwsProfiles(const QString &credentialsText, const QString &configText);

/// The files aws-cli would read (AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, else ~/.aws/…).
std::pair<QString, QString> awsProfilePaths(const QProcessEnvironment &env);

/// The account named "environment" when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set
/// (or AWS_PROFILE names a profile with keys), taking AWS_SESSION_TOKEN, AWS_ENDPOINT_URL,
/// AWS_REGION / AWS_DEFAULT_REGION and AWS_CA_BUNDLE into account.
/// Precedence as in aws-cli: keys from the variables over the profile's; AWS_ENDPOINT_URL_S3 over
/// AWS_ENDPOINT_URL over the profile's endpoint; AWS_REGION over AWS_DEFAULT_REGION over the
/// profile's region over us-east-1; AWS_CA_BUNDLE over the profile's ca_bundle. A custom endpoint
/// (not an amazonaws.com host) gives path-style addressing. nullopt when no keys are found.
std::optional<AccountConnection> environmentAccount(const QProcessEnvironment &env);

/// An Account + credentials from an imported profile. A custom (non-amazonaws.com) endpoint gets
/// path-style addressing unless the profile's addressing_style says otherwise; no region gives
/// us-east-1.
AccountConnection accountFromProfile(const AwsProfile &profile);

} // namespace haul
