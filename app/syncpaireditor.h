#pragma once

#include <QDialog>

#include "syncpairs.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace haul {

class AccountRegistry;
class BucketService;
class MessageBar;

/// Adds or edits one sync pair: the local folder (typed or picked), the account, the bucket
/// (listed from the account when it is open, or typed) and the folder in the bucket, how files
/// are compared, and whether remote files gone from the folder may be deleted (off unless
/// ticked; a sync still asks first). OK checks that the folder exists and a bucket is named.
class SyncPairEditor : public QDialog {
    Q_OBJECT
public:
    SyncPairEditor(AccountRegistry *accounts, BucketService *buckets, QWidget *parent = nullptr);

    void setPair(const SavedSyncPair &pair);
    /// The pair as the fields say.
    SavedSyncPair pair() const;
    /// Checks the fields; shows what is missing and returns false when something is.
    bool validate();
    void accept() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *accountBox() const { return m_account; }
    QComboBox *bucketBox() const { return m_bucket; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QComboBox *compareBox() const { return m_compare; }
    QCheckBox *deleteBox() const { return m_delete; }
    MessageBar *messageBar() const { return m_message; }

private:
    void layOut();
    void browse();
    void listBuckets();

    AccountRegistry *m_accounts;
    BucketService *m_buckets;
    quint64 m_bucketRequest = 0;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_account;
    QComboBox *m_bucket;
    QLineEdit *m_prefix;
    QComboBox *m_compare;
    QCheckBox *m_delete;
    MessageBar *m_message;
};

} // namespace haul
