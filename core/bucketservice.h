#pragma once

#include <QObject>
#include <QUrl>

#include "creds/account.h"
#include "error.h"
#include "s3/types.h"

namespace haul {

class TransferManager;

/// Browsing and tidying a store: list buckets and folders, create buckets, delete objects,
/// share links, test an account. Lives in the GUI thread; requests run on the engine's lanes.
/// Each call returns a request id; its answer comes back as one signal (listings: one signal per
/// page) carrying that id and an Error that is ok() on success.
class BucketService : public QObject {
    Q_OBJECT
public:
    explicit BucketService(TransferManager *manager, QObject *parent = nullptr);

    quint64 listBuckets(const QString &accountName);
    /// Lists one folder level (delimiter "/") under prefix; one objectsListed per page.
    quint64 listObjects(const QString &accountName, const QString &bucket, const QString &prefix);
    /// Tries the account: lists buckets, or when bucket is set, checks that bucket. Doesn't need
    /// setAccount first.
    quint64 testConnection(const AccountConnection &connection, const QString &bucket = {});
    quint64 createBucket(const QString &accountName, const QString &bucket);
    quint64 deleteObject(const QString &accountName, const QString &bucket, const QString &key);
    quint64 headObject(const QString &accountName, const QString &bucket, const QString &key);
    /// A presigned GET URL valid for `seconds` (1 s … 7 days); empty when the account is unknown.
    QUrl shareLink(const QString &accountName, const QString &bucket, const QString &key,
                   int seconds) const;

Q_SIGNALS:
    void bucketsListed(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void objectsListed(quint64 request, const haul::ListPage &page, bool lastPage, const haul::Error &error);
    void objectHead(quint64 request, const haul::ObjectHead &head, const haul::Error &error);
    /// The answer to testConnection: the buckets the account sees (when no bucket was named).
    void connectionTested(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void operationDone(quint64 request, const haul::Error &error);

private:
    TransferManager *m_manager;
    quint64 m_nextRequest = 1;
};

} // namespace haul
