#pragma once

#include <QList>
#include <QProcessEnvironment>

#include "account.h"

class QSettings;

namespace haul {

/// The saved accounts (everything but secrets) in QSettings under "accounts/".
class AccountStore {
public:
    explicit AccountStore(QSettings *settings);
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &name) const;
    void save(const Account &account);
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
};

/// Reads aws-cli's profiles. Missing files give an empty list; unreadable or malformed lines
/// are skipped. Profiles without keys (e.g. SSO) are listed without keys.
QList<AwsProfile> readAwsProfiles(const QString &credentialsPath, const QString &configPath);

/// The files aws-cli would read (AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, else ~/.aws/…).
std::pair<QString, QString> awsProfilePaths(const QProcessEnvironment &env);

/// The account named "environment" when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set
/// (or AWS_PROFILE names a profile with keys), taking AWS_SESSION_TOKEN, AWS_ENDPOINT_URL,
/// AWS_REGION / AWS_DEFAULT_REGION and AWS_CA_BUNDLE into account.
std::optional<AccountConnection> environmentAccount(const QProcessEnvironment &env);

/// An Account + credentials from an imported profile.
AccountConnection accountFromProfile(const AwsProfile &profile);

} // namespace haul
