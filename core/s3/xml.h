#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include "error.h"
#include "s3/types.h"

namespace haul {

// Parsers for S3's XML answers. Elements are matched on their local names, so the namespace
// (AWS: http://s3.amazonaws.com/doc/2006-03-01/, s3rver: http://doc.s3.amazonaws.com/…, or none)
// does not matter, and unknown elements are skipped. On failure they return:
//  - ProtocolError, with Error::detail saying what is wrong, for an empty body, malformed XML,
//    an unexpected root element, or a required element that is missing or malformed;
//  - the store's error, mapped by errorFromResponse() as for HTTP 200, when the body is an
//    <Error> document (CompleteMultipartUpload and CopyObject report failures that way after
//    sending 200 OK). Its requestId comes from the body; callers may fill it from the header.
// XML 1.0 cannot carry control characters, so list keys with encoding-type=url: the list parsers
// decode the keys when the answer says <EncodingType>url</EncodingType>.

/// The buckets of a ListBuckets answer (ListAllMyBucketsResult). Name is required;
/// CreationDate is optional.
Result<QList<BucketInfo>> parseListBuckets(QByteArrayView body);

/// One page of ListObjectsV2 (ListBucketResult): Contents (Key and Size required; ETag without
/// quotes; LastModified as UTC) and CommonPrefixes as isPrefix entries. Keys and prefixes are
/// URL-decoded when the answer is url-encoded. A truncated page without NextContinuationToken is
/// a ProtocolError (there would be no way to continue).
Result<ListPage> parseListObjectsV2(QByteArrayView body);

/// The UploadId of a CreateMultipartUpload answer (InitiateMultipartUploadResult); required.
Result<QString> parseInitiateMultipartUpload(QByteArrayView body);

/// One page of ListParts (ListPartsResult). Each Part needs PartNumber, ETag and Size;
/// ChecksumCRC32C is optional. A truncated page needs NextPartNumberMarker.
Result<PartsPage> parseListParts(QByteArrayView body);

/// One page of ListMultipartUploads (ListMultipartUploadsResult). Each Upload needs Key and
/// UploadId; Initiated is optional. Keys and markers are URL-decoded when the answer is
/// url-encoded. A truncated page needs NextKeyMarker.
Result<UploadsPage> parseListMultipartUploads(QByteArrayView body);

/// The result of CompleteMultipartUpload (CompleteMultipartUploadResult): ETag is required,
/// ChecksumCRC32C optional. Leading whitespace (S3's keep-alive while it assembles the parts) is
/// ignored. A 200 answer whose body is <Error> comes back as that error — never as success.
Result<CompleteResult> parseCompleteMultipartUpload(QByteArrayView body);

/// The per-key failures of DeleteObjects (DeleteResult/Error; Key required). Deleted entries are
/// not reported: an empty list means every key was deleted.
Result<QList<DeleteFailure>> parseDeleteObjects(QByteArrayView body);

/// The region of GetBucketLocation (LocationConstraint). An empty constraint means us-east-1 and
/// the legacy "EU" means eu-west-1; both are returned as those region names.
Result<QString> parseBucketLocation(QByteArrayView body);

/// What an S3 <Error> document says (moto's <ErrorResponse><Error> wrapper is accepted too).
struct S3ErrorBody {
    QString code;      ///< e.g. "NoSuchKey"; may be empty if the store left it out
    QString message;   ///< the store's technical message (Ceph RGW often sends none)
    QString requestId; ///< RequestId (or moto's RequestID)
    QString resource;  ///< Resource, or failing that Key or BucketName
    QString endpoint;  ///< PermanentRedirect / TemporaryRedirect: the host to use instead
    QString region;    ///< AuthorizationHeaderMalformed and others: the bucket's real region
};

/// Parses an error body; nullopt when the body is not an XML <Error> document (empty, HTML from
/// a proxy, truncated, …).
std::optional<S3ErrorBody> parseS3Error(QByteArrayView body);

/// The body of CompleteMultipartUpload: parts in ascending PartNumber order (sorted here, as S3
/// refuses any other order), each with its quoted ETag and, when set, its ChecksumCRC32C.
QByteArray buildCompleteMultipartUpload(const QList<PartInfo> &parts);

/// The body of DeleteObjects for up to 1,000 keys (S3's limit; the caller splits larger sets).
/// Keys are XML-escaped, control characters included (as character references, as AWS asks).
/// With quiet, the answer lists only the failures.
QByteArray buildDeleteObjects(const QStringList &keys, bool quiet);

} // namespace haul
