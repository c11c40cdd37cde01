#pragma once

#include <QDialog>

#include "creds/account.h"
#include "creds/accountstore.h"
#include "error.h"
#include "s3/types.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace haul {

class AccountRegistry;
class BucketService;
class MessageBar;

/// Adds or edits an account: name, service (Amazon S3 or another S3-compatible store with its
/// endpoint), region, addressing, checksum, keys, an optional bucket of its own (for keys that
/// may not list buckets) and an optional CA certificate.
///
/// "Test connection" asks the store and reports the answer inline in plain words; input is
/// checked before anything is sent and problems are reported inline too (no message boxes).
/// Saving stores the account (AccountRegistry → AccountStore) and the secret (keychain); when the
/// keychain is unavailable the dialog says the secret is kept for this session only and stays
/// open until closed.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(AccountRegistry *registry, BucketService *buckets, QWidget *parent = nullptr);

    /// Fills the fields from a saved account (its secret is read from the store).
    void editAccount(const QString &name);
    /// Shows a note above the fields (e.g. why the dialog opened).
    void showError(const Error &error);
    /// The checksum preset of a new account (the Settings dialog's choice).
    void setDefaultChecksum(ChecksumMode mode);
    /// Offers these aws-cli profiles under "Import from ~/.aws" (the button hides when there are
    /// none). The constructor offers the profiles of awsProfilePaths() of this process.
    void setAwsProfiles(const QList<AwsProfile> &profiles);
    /// Fills the fields from an aws-cli profile (keys, region, endpoint, CA bundle).
    void importProfile(const AwsProfile &profile);
    /// Embedded in another window (the first-run assistant): no title bar, no Save / Cancel /
    /// Test buttons, Escape and Enter go to the window around it.
    void setEmbedded(bool embedded);
    /// The account was saved elsewhere under `name`: later checks treat it as the one edited.
    void markSaved(const QString &name);
    /// The connection the fields describe (not validated).
    AccountConnection connection() const;
    /// Checks the fields; on failure shows why inline, focuses the field and returns false.
    bool validate();

    MessageBar *messageBar() const { return m_message; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *importButton() const { return m_import; }
    QString savedName() const { return m_savedName; }

    // The fields, for tests and the first-run set-up.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *accessKeyEdit() const { return m_accessKey; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *bucketEdit() const { return m_bucket; }

    /// Shows a failed test in `bar` (with `nextStep` instead of the error's own, when given);
    /// when the bucket name is what to change (the store refuses to list buckets, or the named
    /// bucket is missing or refused) focuses the Bucket field.
    void showTestError(MessageBar *bar, const Error &error, const QString &nextStep = {});

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    /// The account was saved (persistent: the secret went to the keychain).
    void accountSaved(const QString &name, bool persistent);
    void connectionTested(const haul::Error &error);

private:
    void buildForm();
    void addRows();
    void onServiceChanged();
    void testConnection();
    void onConnectionTested(quint64 request, const QList<haul::BucketInfo> &buckets,
                            const haul::Error &error);
    void save();
    void onSaved(const QString &name, Result<bool> result);
    bool fail(QWidget *field, const QString &text);
    bool isAws() const;
    QString regionCode() const;
    void chooseCaFile();
    QPushButton *createImportButton();

    AccountRegistry *m_registry;
    BucketService *m_buckets;
    QFormLayout *m_form = nullptr;
    MessageBar *m_message;
    QLineEdit *m_name = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_addressing = nullptr;
    QComboBox *m_checksum = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_bucket = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_editing;       ///< name of the account being edited, empty for a new one
    QString m_savedName;
    quint64 m_testRequest = 0;
    bool m_closeOnAccept = false;
    bool m_embedded = false;
};

} // namespace haul
