#pragma once

#include <functional>

#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include "creds/account.h"
#include "error.h"
#include "s3/copy.h"
#include "s3/endpoint.h"
#include "s3/types.h"

class QIODevice;
class QNetworkAccessManager;

namespace haul {

class LanePool;

/// One S3 request, before signing.
struct S3Request {
    QByteArray method = "GET";
    QString bucket;                 ///< empty: the service (ListBuckets)
    QString key;                    ///< empty: the bucket
    QueryItems query;               ///< unencoded names and values
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers (x-amz-* are signed)
    QByteArray body;                ///< a small body (XML), or…
    QIODevice *device = nullptr;    ///< …a device body of deviceSize bytes (not owned, open, seekable)
    qint64 deviceSize = 0;
    /// Receives a 2xx response body as it arrives instead of collecting it; false aborts.
    std::function<bool(const QByteArray &)> onData;
    /// Bytes sent (uploads) or received (downloads) so far in this attempt.
    std::function<void(qint64)> onProgress;
    /// For downloads: how much Qt may buffer for this reply before it stops reading the socket
    /// (0: no limit). Keeps memory bounded when the engine thread falls behind.
    qint64 readBufferSize = 0;
    /// Requests the server may work on for minutes before answering (CompleteMultipartUpload
    /// assembling a big object, server-side copies): a no-progress time-out this many times
    /// the client's. 1 for everything else.
    int stallTimeoutFactor = 1;
    QString subject;                ///< for error messages: bucket, key or path
};

/// A finished HTTP exchange with a 2xx status.
struct S3Response {
    int status = 0;
    QByteArray body;                ///< empty when onData took it
    QList<QNetworkReply::RawHeaderPair> headers;
    /// A header's value (case-insensitive name), empty when absent.
    QByteArray header(QByteArrayView name) const;
};

/// A request in flight. abort() ends it; its callback then gets ErrorCode::Cancelled.
class S3Call : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void abort();

private:
    friend class S3Client;
    QPointer<QNetworkReply> m_reply;
    bool m_aborted = false;
};

/// An HTTP date ("Wed, 25 Nov 2026 13:46:41 GMT"), invalid if it is none. Qt 6.4's RFC 2822
/// parser refuses the zone name "GMT" that every S3 server sends, so it is read as "+0000".
QDateTime httpDate(QByteArray value);

/// Signs and sends S3 requests for one account over the lane pool; parses answers.
///
/// Lives in the engine thread; callbacks run there, exactly once per call. Every failure comes
/// back as an Error (network, TLS, HTTP status, S3 error body — also inside a 200), with
/// `retryable` decided by isRetryable(). Policy on every request: manual redirects, HTTP/2 off,
/// a transfer time-out (no progress for that long → ErrorCode::Timeout), device bodies streamed.
class S3Client : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    S3Client(const AccountConnection &connection, LanePool *lanes, int transferTimeoutMs,
             QObject *parent = nullptr);

    const Account &account() const { return m_connection.account; }
    /// New credentials or settings for requests sent from now on (requests in flight go on).
    void setConnection(const AccountConnection &connection);
    const AccountConnection &connection() const { return m_connection; }

    /// Sends any request; the building block of the operations below.
    S3Call *send(S3Request request, Callback<S3Response> done);

    S3Call *listBuckets(Callback<QList<BucketInfo>> done);
    S3Call *listObjects(const QString &bucket, const QString &prefix, const QString &delimiter,
                        const QString &continuationToken, int maxKeys, Callback<ListPage> done);
    S3Call *headBucket(const QString &bucket, Callback<void> done);
    S3Call *headObject(const QString &bucket, const QString &key, Callback<ObjectHead> done);
    S3Call *createBucket(const QString &bucket, Callback<void> done);
    /// Asks for an archived object (Glacier, Deep Archive) to be restored for `days` days at
    /// `tier` speed ("Standard", "Bulk", "Expedited"). RestoreAlreadyInProgress and an object that
    /// is not archived (InvalidObjectState) are answers, not errors.
    S3Call *restoreObject(const QString &bucket, const QString &key, int days, const QString &tier,
                          Callback<RestoreAnswer> done);
    S3Call *deleteObject(const QString &bucket, const QString &key, Callback<void> done);
    /// Up to 1000 keys; per-key failures come back in the list.
    S3Call *deleteObjects(const QString &bucket, const QStringList &keys,
                          Callback<QList<DeleteFailure>> done);
    S3Call *createMultipartUpload(const QString &bucket, const QString &key,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers,
                                  Callback<QString> done);
    S3Call *completeMultipartUpload(const QString &bucket, const QString &key,
                                    const QString &uploadId, const QList<PartInfo> &parts,
                                    Callback<CompleteResult> done);
    S3Call *abortMultipartUpload(const QString &bucket, const QString &key,
                                 const QString &uploadId, Callback<void> done);
    S3Call *listParts(const QString &bucket, const QString &key, const QString &uploadId,
                      int partNumberMarker, Callback<PartsPage> done);
    S3Call *listMultipartUploads(const QString &bucket, const QString &prefix,
                                 const QString &keyMarker, const QString &uploadIdMarker,
                                 Callback<UploadsPage> done);

    /// Stores a small object (a folder marker "name/" with an empty body, say).
    S3Call *putObject(const QString &bucket, const QString &key, const QByteArray &body,
                      Callback<void> done);
    /// Server-side copy of a whole object (CopyObject, at most 5 GiB), metadata copied.
    /// `sourceEtag`, when set, pins the source (x-amz-copy-source-if-match): a source replaced
    /// meanwhile fails with PreconditionFailed. A 200 answer carrying <Error> is that error.
    S3Call *copyObject(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                       const QString &dstKey, const QString &sourceEtag, Callback<CopyResult> done);
    /// Copies bytes part.first…part.last of the source into part part.number of a multipart
    /// upload (UploadPartCopy); `sourceEtag` as for copyObject.
    S3Call *uploadPartCopy(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                           const QString &dstKey, const QString &uploadId, const CopyPart &part,
                           const QString &sourceEtag, Callback<CopyResult> done);

    /// A presigned GET URL valid for `seconds` from now.
    QUrl presignGet(const QString &bucket, const QString &key, int seconds) const;

    /// ObjectHead from HeadObject/GetObject response headers.
    static ObjectHead headFromResponse(const S3Response &response);

    /// The account as requests for `bucket` use it: with the bucket's own region once the store
    /// has named it in a redirect (x-amz-bucket-region, or <Region> in the error), and for AWS
    /// then that region's endpoint.
    Account accountFor(const QString &bucket) const;

private:
    /// The time requests are signed with: this computer's clock, corrected by what a store that
    /// refused a request as RequestTimeTooSkewed said its own time was (its Date header).
    QDateTime now() const;
    void dispatch(S3Call *call, const S3Request &request, const Callback<S3Response> &done,
                  bool resent);
    /// After a RequestTimeTooSkewed answer: takes the store's time from its Date header. True
    /// when the offset now differs from the one the request was signed with (so signing again
    /// can succeed).
    bool learnClock(const QNetworkReply *reply, qint64 signedWithOffsetMs);
    /// After a redirect that names the bucket's region: remembers it. True when it differs from
    /// the region the request was signed for (so sending it there can succeed).
    bool learnRegion(const QString &bucket, const QNetworkReply *reply, const QByteArray &body,
                     const QString &signedRegion);
    struct Signing {
        bool resent = false;         ///< already sent again after a clock or region correction
        qint64 clockOffsetMs = 0;    ///< the clock offset it was signed with
        QString region;              ///< the region it was signed for
    };
    QNetworkRequest buildRequest(const S3Request &request, const QUrl &url, const QString &region) const;
    QNetworkReply *start(QNetworkAccessManager *lane, const S3Request &request,
                         const QNetworkRequest &networkRequest);
    void finish(S3Call *call, QNetworkReply *reply, QNetworkAccessManager *lane,
                const S3Request &request, const QByteArray &collected,
                const Callback<S3Response> &done, Signing signing);

    AccountConnection m_connection;
    LanePool *m_lanes;
    int m_transferTimeoutMs;
    bool m_answered = false; ///< the endpoint has answered (any HTTP status) since it was set
    qint64 m_clockOffsetMs = 0; ///< store's clock minus this computer's, learnt from RequestTimeTooSkewed
    QHash<QString, QString> m_bucketRegions; ///< regions stores named in redirects, by bucket
    QList<QSslCertificate> m_extraCas;
};

} // namespace haul
