#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include "error.h"
#include "s3/types.h"

namespace haul {

// The pure pieces of a server-side copy (CopyObject, UploadPartCopy): the copy-source header,
// the part plan, the answer's parser and the check that the copy is the source.

/// What CopyObject (CopyObjectResult) or UploadPartCopy (CopyPartResult) answers.
struct CopyResult {
    QString etag;          ///< without quotes
    QDateTime lastModified;
};

/// One part of a multipart copy: bytes first…last (inclusive) of the source.
struct CopyPart {
    int number = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 size() const { return last - first + 1; }
};

/// S3's limits for copies: CopyObject copies at most 5 GiB; parts are 5 MiB … 5 GiB, ≤ 10,000.
inline constexpr qint64 MaxSingleCopy = 5LL << 30;
inline constexpr qint64 MinCopyPart = 5LL << 20;
inline constexpr qint64 MaxCopyPart = 5LL << 30;
inline constexpr int MaxCopyParts = 10000;

/// The value of x-amz-copy-source: "/bucket/key" with the key percent-encoded ('/' kept).
QByteArray copySourceHeader(const QString &bucket, const QString &key);

/// The parts of a multipart copy of `size` bytes: `partSize` each (the last one shorter).
/// partSize is grown (to whole MiB) when 10,000 parts would not do, and clamped to 5 MiB … 5 GiB.
/// Empty for a size of 0 or less (copy such objects with CopyObject).
QList<CopyPart> planCopyParts(qint64 size, qint64 partSize);

/// The ETag S3 gives a multipart object made of parts with these ETags (hex MD5s, quotes
/// allowed): MD5 of the concatenated binary MD5s, "-", the number of parts. Empty when any part
/// ETag is not a hex MD5 (then nothing can be predicted).
QString multipartEtag(const QList<QString> &partEtags);

/// Parses a CopyObjectResult or CopyPartResult: ETag required (quotes removed; Ceph RGW sends
/// none), LastModified optional. A 200 answer whose body is an <Error> document (S3 reports a
/// copy that failed midway that way) comes back as that error, never as success.
Result<CopyResult> parseCopyResult(QByteArrayView body);

/// Why `copy` is not verified to be `source` (technical, for Error::detail); empty when it is.
/// Sizes must be equal. When the copy was made in parts, its ETag must be `expectedCopyEtag`
/// (multipartEtag of the part answers: the store assembled exactly those parts). Otherwise the
/// ETags must be equal when both are plain MD5s; a multipart source copied whole gets a new MD5
/// ETag, so then only the size can be compared — the copy requests pin the source's ETag with
/// x-amz-copy-source-if-match, so it was this version of the source that was copied.
QString copyMismatch(const ObjectHead &source, const ObjectHead &copy,
                     const QString &expectedCopyEtag = {});

} // namespace haul
