#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "error.h"

namespace haul {

/// CRC32C (Castagnoli), hardware-accelerated through ISA-L's crc32_iscsi. Feed bytes in any
/// chunks; value() is the standard CRC32C ("123456789" → 0xE3069283).
class Crc32c {
public:
    void add(QByteArrayView bytes);
    quint32 value() const { return m_state ^ 0xFFFFFFFFu; }
    /// As S3's x-amz-checksum-crc32c wants it: base64 of the 4 big-endian bytes.
    static QByteArray toBase64(quint32 crc);

private:
    quint32 m_state = 0xFFFFFFFFu;
};

/// MD5 of bytes fed in any chunks (one stream; MD5 cannot be split within it). Plain C++ with
/// the steps arranged so the message word and constant are added off the serial chain: 1.11-1.14
/// CPU s per GiB here against 1.28-1.31 for QCryptographicHash (docs/BENCHMARKS.md). result() is
/// 16 bytes.
class Md5 {
public:
    Md5();
    void add(QByteArrayView bytes);
    QByteArray result() const;

private:
    quint32 m_h[4];
    unsigned char m_tail[64];
    int m_tailSize = 0;
    qint64 m_total = 0;
};

/// S3's checksum of a multipart object: CRC32C over the parts' big-endian CRC32Cs, base64,
/// then "-<part count>".
QByteArray compositeCrc32c(const QList<quint32> &partCrcs);

/// S3's ETag of a multipart object: hex MD5 over the parts' binary MD5s, then "-<part count>".
QByteArray multipartEtag(const QList<QByteArray> &partMd5s);

/// The MD5s (binary, 16 bytes each) of several buffers, in order, up to DigestLanes of them
/// side by side in SIMD lanes as digestFileRanges() does: small files sent whole are hashed in
/// groups for a fraction of the cost one after another.
QList<QByteArray> md5Together(const QList<QByteArrayView> &buffers);

/// Digests of a range of a file.
struct RangeDigest {
    quint32 crc32c = 0;
    QByteArray md5;     ///< binary; empty when not asked for
};

/// Reads [offset, offset+length) of a file once and returns its CRC32C (and MD5 when withMd5).
/// Runs on a pool thread. FileVanished / FileUnreadable / FileChanged (the file is shorter) on
/// failure.
Result<RangeDigest> digestFileRange(const QString &path, qint64 offset, qint64 length, bool withMd5);

/// Bytes [offset, offset + length) of a file.
struct FileRange {
    qint64 offset = 0;
    qint64 length = 0;
};

/// How many ranges digestFileRanges() hashes side by side.
constexpr int DigestLanes = 16;

/// digestFileRange() for several ranges of one file, one result per range, in order; a range
/// that fails (e.g. the file is now shorter) fails alone. Up to DigestLanes ranges are read in
/// turns and their MD5s computed side by side in SIMD lanes (AVX2, where the CPU has it): MD5
/// cannot be split within one range, but 16 ranges at once cost about a fifth of 16 one after
/// another. Memory: 256 KiB per range in a group. Runs on a pool thread.
QList<Result<RangeDigest>> digestFileRanges(const QString &path, const QList<FileRange> &ranges,
                                            bool withMd5);

} // namespace haul
