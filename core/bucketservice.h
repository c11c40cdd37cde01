#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QObject>
#include <QUrl>

#include "creds/account.h"
#include "engine/objectcopy.h"
#include "error.h"
#include "s3/types.h"

namespace haul {

class TransferManager;

/// ListBuckets' answer with the account's own bucket (Account::bucket) among the buckets:
/// added when the store did not list it, and alone when the store refused to list any
/// (AccessDenied). Refused when the account names no bucket: ListBucketsDenied, so the user is
/// told to name one.
Result<QList<BucketInfo>> withAccountBucket(Result<QList<BucketInfo>> listed, const QString &bucket);

/// Browsing and tidying a store: list buckets and folders, create buckets and folders, copy,
/// move and delete objects, share links, test an account. Lives in the GUI thread; requests run on the engine's lanes.
/// Each call returns a request id; its answer comes back as one signal (listings: one signal per
/// page) carrying that id and an Error that is ok() on success.
class BucketService : public QObject {
    Q_OBJECT
public:
    explicit BucketService(TransferManager *manager, QObject *parent = nullptr);

    /// The buckets ListBuckets gives, with the account's own bucket (Account::bucket) among them
    /// even when the store does not list it or refuses to list buckets (AccessDenied).
    quint64 listBuckets(const QString &accountName);
    /// Lists one folder level (delimiter "/") under prefix; one objectsListed per page.
    quint64 listObjects(const QString &accountName, const QString &bucket, const QString &prefix);
    /// Stops a listObjects listing: no page after the one in flight is asked for, and no more
    /// objectsListed come for it (a folder of 100,000 objects is 100 requests). Unknown or
    /// finished requests are ignored.
    void cancelListing(quint64 request);
    /// Tries the account: lists its buckets as listBuckets does and, when the account names its
    /// own bucket (Account::bucket), checks that it can list that bucket. Doesn't need
    /// setAccount first.
    quint64 testConnection(const AccountConnection &connection);
    quint64 createBucket(const QString &accountName, const QString &bucket);
    quint64 deleteObject(const QString &accountName, const QString &bucket, const QString &key);
    quint64 headObject(const QString &accountName, const QString &bucket, const QString &key);
    /// A presigned GET URL valid for `seconds` (1 s … 7 days); empty when the account is unknown.
    QUrl shareLink(const QString &accountName, const QString &bucket, const QString &key,
                   int seconds) const;

    /// Creates a folder the way the AWS console does: a zero-byte object "prefix/" (ending in
    /// "/"). Answer: operationDone.
    quint64 createFolder(const QString &accountName, const QString &bucket, const QString &prefix);
    /// Lists every object under prefix at all levels (no delimiter), page after page; one
    /// keysListed at the end with all keys (folder markers included) and their total size.
    quint64 listAllKeys(const QString &accountName, const QString &bucket, const QString &prefix);
    /// Deletes these keys with DeleteObjects, 1,000 per request, one request after the other
    /// (a retryable failure is retried with backoff). deleteProgress after each request;
    /// objectsDeleted at the end with the per-key failures, or with the error of a request that
    /// failed as a whole (the batches before it stay deleted).
    quint64 deleteKeys(const QString &accountName, const QString &bucket, const QStringList &keys);
    /// Server-side copy of an object within the account, verified (ObjectCopy: CopyObject below
    /// the copy options' threshold, UploadPartCopy in parallel from it). With `move`, the source
    /// is deleted once the copy is verified — never before. Never copies over an existing object
    /// (FileExists) nor onto itself (InvalidInput). Answer: objectCopied.
    quint64 copyObject(const QString &accountName, const QString &srcBucket, const QString &srcKey,
                       const QString &dstBucket, const QString &dstKey, bool move);
    /// Asks for archived objects (Glacier, Deep Archive) to be restored for `days` days at `tier`
    /// speed ("Standard", "Bulk", "Expedited"): each of `keys`, and every archived object under
    /// each of `prefixes` (all levels; the others are passed over). A few requests at once, a
    /// retryable failure retried with backoff; restoreProgress once the folders are listed and
    /// after each answer. Answer: objectsRestored, with the error of a listing that failed
    /// (nothing is asked for then) or of a request that failed as a whole (no more are sent).
    quint64 restoreObjects(const QString &accountName, const QString &bucket, const QStringList &keys,
                           const QStringList &prefixes, int days, const QString &tier);
    /// How copyObject copies from now on (threshold, part size, parallel parts).
    void setCopyOptions(const CopyOptions &options) { m_copyOptions = options; }
    CopyOptions copyOptions() const { return m_copyOptions; }

Q_SIGNALS:
    void bucketsListed(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void objectsListed(quint64 request, const haul::ListPage &page, bool lastPage, const haul::Error &error);
    void objectHead(quint64 request, const haul::ObjectHead &head, const haul::Error &error);
    /// The answer to testConnection: the buckets the account sees.
    void connectionTested(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void operationDone(quint64 request, const haul::Error &error);
    void keysListed(quint64 request, const QStringList &keys, qint64 totalBytes, const haul::Error &error);
    void deleteProgress(quint64 request, int deleted, int total);
    /// `deleted` keys are gone; `failures` lists those the store refused one by one.
    void objectsDeleted(quint64 request, int deleted, const QList<haul::DeleteFailure> &failures,
                        const haul::Error &error);
    /// `answered` of the `total` archived objects found have had their answer.
    void restoreProgress(quint64 request, int answered, int total);
    /// What restoring came to, or the error that stopped it (see restoreObjects()).
    void objectsRestored(quint64 request, const haul::RestoreSummary &summary, const haul::Error &error);
    /// The copy's head (as HeadObject reports it) once verified, else the error.
    void objectCopied(quint64 request, const haul::ObjectHead &copy, const haul::Error &error);

private:
    TransferManager *m_manager;
    quint64 m_nextRequest = 1;
    CopyOptions m_copyOptions;
    QHash<quint64, std::weak_ptr<std::atomic_bool>> m_listings; ///< stop flags of listings under way
};

} // namespace haul
