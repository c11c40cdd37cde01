#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

#include "error.h"
#include "s3/copy.h"
#include "s3/types.h"

namespace haul {

class S3Call;
class S3Client;

/// How server-side copies are made (BucketService::setCopyOptions).
struct CopyOptions {
    qint64 multipartThreshold = MaxSingleCopy; ///< objects this big or bigger are copied in parts
    qint64 partSize = 256LL << 20;             ///< per UploadPartCopy (grown to fit 10,000 parts)
    int concurrency = 4;                       ///< UploadPartCopy requests at once
};

/// One verified server-side copy of an object (no byte passes through this computer).
/// Lives in the engine thread and deletes itself after calling back.
///
///   HeadSource ─┬─ size < threshold ─▶ CopyObject ──────────────────────────────┐
///               └─ otherwise ─▶ Create ─▶ UploadPartCopy × N ─▶ Complete ───────┤
///                               (k at once; retryable failures back off)         ▼
///                                                      HeadCopy ─▶ verify (copyMismatch)
///
/// Every copy request pins the source's ETag, so a source replaced meanwhile fails with
/// PreconditionFailed. A failure after Create aborts the multipart upload. A copy that is not
/// verified fails with CopyNotVerified (what differs in Error::detail) and is deleted again
/// (unless it is the source itself). The callback gets the copy's head, or the error.
class ObjectCopy : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<ObjectHead>)>;

    ObjectCopy(S3Client *client, const CopyOptions &options, QObject *parent = nullptr);

    void start(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
               const QString &dstKey, Done done);
    /// Stops: requests in flight are aborted, a multipart upload is aborted, done gets Cancelled.
    void cancel();

private:
    void onSourceHead(Result<ObjectHead> head);
    void copyWhole(int attempt);
    void onCreated(Result<QString> uploadId);
    void startParts();
    void copyPart(int index, int attempt);
    void onPartCopied(int index, int attempt, Result<CopyResult> result);
    void complete();
    void headCopy();
    void verify(Result<ObjectHead> head);
    void fail(const Error &error);
    void finish(Result<ObjectHead> result);
    /// Runs `again` after the retry policy's delay, or returns false when it says give up.
    bool retryLater(const Error &error, int attempt, std::function<void()> again);

    S3Client *m_client;
    CopyOptions m_options;
    QString m_srcBucket, m_srcKey, m_dstBucket, m_dstKey;
    Done m_done;
    ObjectHead m_source;
    QString m_uploadId;
    QList<CopyPart> m_parts;
    QList<QString> m_partEtags;
    int m_nextPart = 0;
    int m_partsDone = 0;
    bool m_madeInParts = false;
    QList<QPointer<S3Call>> m_calls;
    bool m_finished = false;
};

} // namespace haul
