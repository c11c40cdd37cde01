#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "engine/snapshot.h"

namespace haul {

/// 8 MiB: the size of a ranged GET when the user has no preference (aws-cli's chunk size too).
constexpr qint64 DefaultRangeSize = 8LL << 20;

/// How an object was cut into parts when it was uploaded: parts 1 … partCount−1 are partSize
/// bytes, the last one the rest. A partCount of 0 means one part (or nothing known).
struct PartLayout {
    qint64 partSize = 0;
    int partCount = 0;
    bool guessed = false; ///< inferred from common part sizes; the store did not say
    bool isMultipart() const { return partCount > 0 && partSize > 0; }
};

/// A span of bytes [offset, offset + length) of an object.
struct ByteSpan {
    qint64 offset = 0;
    qint64 length = 0;
    qint64 end() const { return offset + length; }
    friend bool operator==(const ByteSpan &, const ByteSpan &) = default;
};

/// The number after the dash of a multipart ETag or composite checksum ("…-12" → 12); 0 for
/// any other value.
int multipartCount(QStringView etagOrChecksum);

/// True for an ETag that looks like a hex MD5 (32 hex digits, no dash).
bool isMd5Etag(QStringView etag);

/// True when partCount parts of partSize bytes, the last one shorter or equal, make size bytes.
bool layoutFits(qint64 size, qint64 partSize, int partCount);

/// Part sizes that uploaders commonly use, most likely first: `preferred` (Haul's configured
/// part size, when set), 8 MiB doubled up to 5 GiB (aws-cli, Haul's default, both grow it to fit
/// 10,000 parts), Haul's automatic size for `size`, 5 MiB, 15 MiB (s3cmd) and 16 MiB.
QList<qint64> commonPartSizes(qint64 size, qint64 preferred);

/// The first candidate for which partCount parts make size bytes; nullopt when none fits.
std::optional<qint64> guessPartSize(qint64 size, int partCount, const QList<qint64> &candidates);

/// The parts of the layout as spans; one span for the whole object when it is not multipart;
/// none for an empty object.
QList<ByteSpan> layoutParts(qint64 size, const PartLayout &layout);

/// The ranged GETs of a download. Objects smaller than singleBelow come in one request. Larger
/// ones are cut into rangeSize pieces; when the layout is multipart the pieces are cut inside
/// each part, so that no range crosses a part boundary (a part's bytes finish together and its
/// checksum can be computed at once). An empty object needs no request.
QList<ByteSpan> planDownloadRanges(qint64 size, const PartLayout &layout, qint64 rangeSize,
                                   qint64 singleBelow);

/// Which digest a download computes for its check.
enum class DigestKind { None, Md5, Crc32c };

/// What the store told about an object, as far as checking it goes.
struct ObjectFacts {
    qint64 size = 0;
    QString etag;              ///< without quotes
    QString checksumCrc32c;    ///< base64, "…-N" when composite; empty when none is stored
    bool compositeChecksum = false; ///< x-amz-checksum-type: COMPOSITE
    bool etagIsMd5 = true;     ///< false for SSE-KMS / SSE-C objects: their ETag is not an MD5
    PartLayout layout;
};

/// The check a download makes at the end, and the digests it needs for it.
struct VerifyPlan {
    VerifyMethod method = VerifyMethod::Size;
    DigestKind digest = DigestKind::None;
    bool perPart = false;  ///< digests per part of the layout, else of the whole object
    QString expected;      ///< the store's ETag or checksum, compared at the end
    bool inconclusive = false; ///< a mismatch proves nothing (the layout was guessed)
};

/// Chooses the check, strongest first: the stored CRC32C (whole, or composite of the parts when
/// the layout is known), else MD5 against a single-part ETag, else the multipart ETag (MD5 of
/// the part MD5s) when the layout is known, else the size only.
VerifyPlan planVerification(const ObjectFacts &facts);

/// The value to compare with VerifyPlan::expected, from the digests of the units: the whole
/// object's digest (one unit) or one per part. CRC32C digests are 4 big-endian bytes, MD5 16.
QString combinedDigest(const VerifyPlan &plan, const QList<QByteArray> &unitDigests);

/// True when the computed value matches what the store gave (hex compared without case).
bool digestMatches(const VerifyPlan &plan, const QString &computed);

} // namespace haul
