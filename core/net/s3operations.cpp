// The typed S3 operations of S3Client: each builds an S3Request and parses the answer.
#include "s3client.h"

#include <QCryptographicHash>

#include "s3/sigv4.h"
#include "s3/xml.h"

namespace haul {

namespace {

/// CompleteMultipartUpload and server-side copies: the store may work for minutes before it
/// answers (AWS documents minutes for Complete; s3rver assembles 10 GiB in over a minute), so
/// their no-progress time-out is this many times the client's.
constexpr int kServerWorkFactor = 10;

/// Runs `parse` over a successful response's body; passes errors through.
template <typename T, typename Parse>
S3Client::Callback<S3Response> parsed(S3Client::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse](Result<S3Response> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        done(parse(*r));
    };
}

S3Client::Callback<S3Response> ignoreBody(S3Client::Callback<void> done)
{
    return [done = std::move(done)](Result<S3Response> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        done({});
    };
}

QByteArray md5Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

QString unquote(QByteArray etag)
{
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return QString::fromLatin1(etag);
}

} // namespace

QDateTime httpDate(QByteArray value)
{
    value = value.trimmed();
    if (value.endsWith(" GMT") || value.endsWith(" UTC"))
        value = value.chopped(3) + "+0000";
    return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date).toUTC();
}

S3Call *S3Client::listBuckets(Callback<QList<BucketInfo>> done)
{
    S3Request r;
    return send(r, parsed<QList<BucketInfo>>(std::move(done), [](const S3Response &resp) {
                    return parseListBuckets(resp.body);
                }));
}

S3Call *S3Client::listObjects(const QString &bucket, const QString &prefix,
                              const QString &delimiter, const QString &continuationToken,
                              int maxKeys, Callback<ListPage> done)
{
    S3Request r;
    r.bucket = bucket;
    r.subject = bucket;
    r.query = {{"list-type", "2"}, {"encoding-type", "url"}};
    if (!prefix.isEmpty())
        r.query.append({"prefix", prefix.toUtf8()});
    if (!delimiter.isEmpty())
        r.query.append({"delimiter", delimiter.toUtf8()});
    if (!continuationToken.isEmpty())
        r.query.append({"continuation-token", continuationToken.toUtf8()});
    if (maxKeys > 0)
        r.query.append({"max-keys", QByteArray::number(maxKeys)});
    return send(r, parsed<ListPage>(std::move(done), [](const S3Response &resp) {
                    return parseListObjectsV2(resp.body);
                }));
}

S3Call *S3Client::headBucket(const QString &bucket, Callback<void> done)
{
    S3Request r;
    r.method = "HEAD";
    r.bucket = bucket;
    r.subject = bucket;
    return send(r, ignoreBody(std::move(done)));
}

ObjectHead S3Client::headFromResponse(const S3Response &resp)
{
    ObjectHead h;
    h.size = resp.header("content-length").toLongLong();
    h.etag = unquote(resp.header("etag"));
    h.lastModified = httpDate(resp.header("last-modified"));
    h.contentType = QString::fromLatin1(resp.header("content-type"));
    h.storageClass = QString::fromLatin1(resp.header("x-amz-storage-class"));
    h.partsCount = resp.header("x-amz-mp-parts-count").toInt();
    h.checksumCrc32c = QString::fromLatin1(resp.header("x-amz-checksum-crc32c"));
    // x-amz-restore: ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT"
    const QByteArray restore = resp.header("x-amz-restore");
    h.restoreOngoing = restore.contains("ongoing-request=\"true\"");
    if (const qsizetype at = restore.indexOf("expiry-date=\""); at >= 0) {
        const qsizetype from = at + 13;
        h.restoredUntil = httpDate(restore.mid(from, restore.indexOf('"', from) - from));
    }
    for (const auto &[name, value] : resp.headers) {
        const QByteArray n = name.toLower();
        if (n.startsWith("x-amz-meta-"))
            h.metadata.insert(QString::fromUtf8(n.mid(11)), QString::fromUtf8(value));
    }
    return h;
}

S3Call *S3Client::headObject(const QString &bucket, const QString &key, Callback<ObjectHead> done)
{
    S3Request r;
    r.method = "HEAD";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.headers = {{"x-amz-checksum-mode", "ENABLED"}};
    return send(r, parsed<ObjectHead>(std::move(done), [](const S3Response &resp) {
                    return Result<ObjectHead>(headFromResponse(resp));
                }));
}

S3Call *S3Client::restoreObject(const QString &bucket, const QString &key, int days,
                                const QString &tier, Callback<RestoreAnswer> done)
{
    S3Request r;
    r.method = "POST";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.query = {{"restore", {}}};
    r.body = "<RestoreRequest xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Days>"
        + QByteArray::number(days) + "</Days><GlacierJobParameters><Tier>" + tier.toUtf8()
        + "</Tier></GlacierJobParameters></RestoreRequest>";
    r.headers = {{"Content-MD5", md5Base64(r.body)}};
    return send(r, [done = std::move(done)](Result<S3Response> resp) {
        if (resp)
            return done(resp->status == 200 ? RestoreAnswer::AlreadyRestored : RestoreAnswer::Started);
        if (resp.error().s3Code == QLatin1String("RestoreAlreadyInProgress"))
            return done(RestoreAnswer::InProgress);
        if (resp.error().s3Code == QLatin1String("InvalidObjectState"))
            return done(RestoreAnswer::NotArchived);
        done(std::unexpected(resp.error()));
    });
}

S3Call *S3Client::createBucket(const QString &bucket, Callback<void> done)
{
    S3Request r;
    r.method = "PUT";
    r.bucket = bucket;
    r.subject = bucket;
    const QString region = account().region;
    if (!region.isEmpty() && region != QLatin1String("us-east-1"))
        r.body = "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                 "<LocationConstraint>" + region.toUtf8() + "</LocationConstraint>"
                 "</CreateBucketConfiguration>";
    return send(r, ignoreBody(std::move(done)));
}

S3Call *S3Client::deleteObject(const QString &bucket, const QString &key, Callback<void> done)
{
    S3Request r;
    r.method = "DELETE";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    return send(r, ignoreBody(std::move(done)));
}

S3Call *S3Client::deleteObjects(const QString &bucket, const QStringList &keys,
                                Callback<QList<DeleteFailure>> done)
{
    S3Request r;
    r.method = "POST";
    r.bucket = bucket;
    r.subject = bucket;
    r.query = {{"delete", {}}};
    r.body = buildDeleteObjects(keys, true);
    r.headers = {{"Content-MD5", md5Base64(r.body)}};
    return send(r, parsed<QList<DeleteFailure>>(std::move(done), [](const S3Response &resp) {
                    return parseDeleteObjects(resp.body);
                }));
}

S3Call *S3Client::createMultipartUpload(const QString &bucket, const QString &key,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                                        Callback<QString> done)
{
    S3Request r;
    r.method = "POST";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.query = {{"uploads", {}}};
    r.headers = headers;
    return send(r, parsed<QString>(std::move(done), [](const S3Response &resp) {
                    return parseInitiateMultipartUpload(resp.body);
                }));
}

S3Call *S3Client::completeMultipartUpload(const QString &bucket, const QString &key,
                                          const QString &uploadId, const QList<PartInfo> &parts,
                                          Callback<CompleteResult> done)
{
    S3Request r;
    r.method = "POST";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.query = {{"uploadId", uploadId.toUtf8()}};
    r.body = buildCompleteMultipartUpload(parts);
    r.stallTimeoutFactor = kServerWorkFactor; // assembling a big object takes a while
    return send(r, parsed<CompleteResult>(std::move(done), [](const S3Response &resp) {
                    return parseCompleteMultipartUpload(resp.body);
                }));
}

S3Call *S3Client::abortMultipartUpload(const QString &bucket, const QString &key,
                                       const QString &uploadId, Callback<void> done)
{
    S3Request r;
    r.method = "DELETE";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.query = {{"uploadId", uploadId.toUtf8()}};
    return send(r, ignoreBody(std::move(done)));
}

S3Call *S3Client::listParts(const QString &bucket, const QString &key, const QString &uploadId,
                            int partNumberMarker, Callback<PartsPage> done)
{
    S3Request r;
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.query = {{"uploadId", uploadId.toUtf8()}};
    if (partNumberMarker > 0)
        r.query.append({"part-number-marker", QByteArray::number(partNumberMarker)});
    return send(r, parsed<PartsPage>(std::move(done), [](const S3Response &resp) {
                    return parseListParts(resp.body);
                }));
}

S3Call *S3Client::listMultipartUploads(const QString &bucket, const QString &prefix,
                                       const QString &keyMarker, const QString &uploadIdMarker,
                                       Callback<UploadsPage> done)
{
    S3Request r;
    r.bucket = bucket;
    r.subject = bucket;
    r.query = {{"uploads", {}}};
    if (!prefix.isEmpty())
        r.query.append({"prefix", prefix.toUtf8()});
    if (!keyMarker.isEmpty())
        r.query.append({"key-marker", keyMarker.toUtf8()});
    if (!uploadIdMarker.isEmpty())
        r.query.append({"upload-id-marker", uploadIdMarker.toUtf8()});
    return send(r, parsed<UploadsPage>(std::move(done), [](const S3Response &resp) {
                    return parseListMultipartUploads(resp.body);
                }));
}

S3Call *S3Client::putObject(const QString &bucket, const QString &key, const QByteArray &body,
                            Callback<void> done)
{
    S3Request r;
    r.method = "PUT";
    r.bucket = bucket;
    r.key = key;
    r.subject = key;
    r.body = body;
    r.headers = {{"Content-MD5", md5Base64(body)}};
    return send(r, ignoreBody(std::move(done)));
}

namespace {

S3Request copyRequest(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                      const QString &dstKey, const QString &sourceEtag)
{
    S3Request r;
    r.method = "PUT";
    r.bucket = dstBucket;
    r.key = dstKey;
    r.subject = srcKey;
    r.headers = {{"x-amz-copy-source", copySourceHeader(srcBucket, srcKey)}};
    if (!sourceEtag.isEmpty())
        r.headers.append({QByteArray("x-amz-copy-source-if-match"), '"' + sourceEtag.toLatin1() + '"'});
    r.stallTimeoutFactor = kServerWorkFactor;
    return r;
}

} // namespace

S3Call *S3Client::copyObject(const QString &srcBucket, const QString &srcKey,
                             const QString &dstBucket, const QString &dstKey,
                             const QString &sourceEtag, Callback<CopyResult> done)
{
    S3Request r = copyRequest(srcBucket, srcKey, dstBucket, dstKey, sourceEtag);
    r.headers.append({QByteArray("x-amz-metadata-directive"), QByteArray("COPY")});
    return send(r, parsed<CopyResult>(std::move(done), [](const S3Response &resp) {
                    return parseCopyResult(resp.body);
                }));
}

S3Call *S3Client::uploadPartCopy(const QString &srcBucket, const QString &srcKey,
                                 const QString &dstBucket, const QString &dstKey,
                                 const QString &uploadId, const CopyPart &part,
                                 const QString &sourceEtag, Callback<CopyResult> done)
{
    S3Request r = copyRequest(srcBucket, srcKey, dstBucket, dstKey, sourceEtag);
    r.query = {{"partNumber", QByteArray::number(part.number)}, {"uploadId", uploadId.toUtf8()}};
    r.headers.append({QByteArray("x-amz-copy-source-range"),
                      "bytes=" + QByteArray::number(part.first) + '-' + QByteArray::number(part.last)});
    return send(r, parsed<CopyResult>(std::move(done), [](const S3Response &resp) {
                    return parseCopyResult(resp.body);
                }));
}

QUrl S3Client::presignGet(const QString &bucket, const QString &key, int seconds) const
{
    const Account a = accountFor(bucket);
    const QUrl url = s3Url(a, bucket, key);
    return sigv4::presign("GET", url, m_connection.credentials, a.region,
                          QStringLiteral("s3"), now(), seconds);
}

} // namespace haul
