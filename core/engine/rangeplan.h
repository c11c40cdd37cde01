#pragma once

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

/// The layouts of partCount parts that make size bytes, from the candidate part sizes in their
/// order, without repeats, at most `most` (each costs a digest pass); all marked guessed.
QList<PartLayout> guessLayouts(qint64 size, int partCount, const QList<qint64> &candidates,
                               int most = 3);

/// The parts of the layout as spans; one span for the whole object when it is not multipart;
/// none for an empty object.
QList<ByteSpan> layoutParts(qint64 size, const PartLayout &layout);

/// The ranged GETs of a download. Objects smaller than singleBelow come in one request. Larger
/// ones are cut into rangeSize pieces; when the layout is multipart the pieces are cut inside
/// each part, so that no range crosses a part boundary (a part's bytes finish together and its
/// checksum can be computed at once). The piece size grows, to a multiple of 1 MiB, where it
/// would make more than about 10,000 ranges (5 TiB: 525 MiB), so the bookkeeping stays small.
/// An empty object needs no request.
QList<ByteSpan> planDownloadRanges(qint64 size, const PartLayout &layout, qint64 rangeSize,
                                   qint64 singleBelow);

/// Which digest a download computes for its check.
enum class DigestKind { None, Md5, Crc32c };

/// What the store told about an object, as far as checking it goes.
struct ObjectFacts {
    qint64 size = 0;
    QString etag;              ///< without quotes
    QString checksumCrc32c;    ///< base64, "…-N" when composite (moto leaves the suffix off)
    QString checksumType;      ///< x-amz-checksum-type: "COMPOSITE", "FULL_OBJECT" or empty
    bool etagIsMd5 = true;     ///< false for SSE-KMS / SSE-C objects: their ETag is not an MD5
    /// The part layout: the one the store told, or the candidates that fit (guessed)
    QList<PartLayout> layouts;
};

/// One way the store may have computed the value a download compares with: a digest per unit
/// (a part, or the whole object), combined when composite (MD5 of MD5s / CRC32C of CRC32Cs).
struct DigestLayout {
    VerifyMethod method = VerifyMethod::Size; ///< what a match proves
    QList<ByteSpan> units;
    bool composite = false;
};

/// The check a download makes at the end, and the digests it needs for it.
struct VerifyPlan {
    DigestKind digest = DigestKind::None;
    QString expected;              ///< the store's ETag or checksum, compared at the end
    QList<DigestLayout> layouts;   ///< any one matching proves the bytes; none: size only
    bool conclusive = true;        ///< no match proves damage (else the layout was guessed)
};

/// Chooses the check, strongest first: the stored CRC32C (whole, or composite of the parts when
/// the layout is known), else MD5 against a single-part ETag, else the multipart ETag (MD5 of
/// the part MD5s) when the layout is known, else the size only. Where the store leaves open
/// how it computed a value (a guessed part size; a CRC32C without "-N" nor type on a multipart
/// object), every candidate is a layout of its own.
VerifyPlan planVerification(const ObjectFacts &facts);

/// The value to compare with VerifyPlan::expected for one layout, from its units' digests
/// (CRC32C as 4 big-endian bytes, MD5 as 16).
QString combinedDigest(DigestKind kind, const DigestLayout &layout, const QList<QByteArray> &digests);

/// True when a computed value matches what the store gave: hex without regard to case, a
/// composite checksum with or without its "-N".
bool digestMatches(const VerifyPlan &plan, const QString &computed);

} // namespace haul
