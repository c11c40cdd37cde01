#pragma once

#include <QWizard>

#include "creds/account.h"
#include "error.h"
#include "s3/types.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace haul {

class AccountDialog;
class AccountRegistry;
class BucketService;
class MessageBar;

/// The first-run assistant, shown when Haul has no account at all: (1) the account — the
/// account dialog's form, embedded, with its "Import from ~/.aws"; (2) the connection test,
/// which saves the account once the store answered; (3) the bucket to open.
///
/// Problems show inline on the page (never a message box); the user goes back to fix them.
/// Not modal: the main window stays usable behind it.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AccountPageId, ConnectPageId, BucketPageId };

    FirstRunWizard(AccountRegistry *registry, BucketService *buckets, QWidget *parent = nullptr);

    /// The account form of the first page.
    AccountDialog *accountForm() const { return m_form; }
    /// The name of the account saved by the assistant (empty until saved).
    QString savedAccount() const { return m_savedAccount; }
    /// The bucket chosen on the last page (empty: none).
    QString chosenBucket() const;

    MessageBar *connectMessage() const { return m_connectMessage; }
    QListWidget *bucketList() const { return m_bucketList; }

Q_SIGNALS:
    /// The account is saved (the store answered the test).
    void accountSaved(const QString &name);

private:
    QWizardPage *createAccountPage();
    QWizardPage *createConnectPage();
    QWizardPage *createBucketPage();
    void startTest();
    void onTested(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void saveAccount();
    void onSaved(const QString &name, bool persistent, const Error &error);
    void fillBuckets();

    AccountRegistry *m_registry;
    BucketService *m_buckets;
    AccountDialog *m_form = nullptr;
    MessageBar *m_connectMessage = nullptr;
    QListWidget *m_bucketList = nullptr;
    QLabel *m_bucketNote = nullptr;
    QPushButton *m_retry = nullptr;
    QWizardPage *m_connectPage = nullptr;
    QList<BucketInfo> m_found;
    QString m_savedAccount;
    quint64 m_request = 0;
    bool m_connected = false;
};

} // namespace haul
