#include "checksum.h"

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include <isa-l/crc.h>

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define HAUL_MD5_AVX2 1
#include <immintrin.h>
#endif

namespace haul {

void Crc32c::add(QByteArrayView bytes)
{
    // crc32_iscsi keeps the running (not inverted) state; value() inverts at the end.
    m_state = crc32_iscsi(reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.data())),
                          int(bytes.size()), m_state);
}

QByteArray Crc32c::toBase64(quint32 crc)
{
    char be[4];
    qToBigEndian(crc, be);
    return QByteArray(be, 4).toBase64();
}

QByteArray compositeCrc32c(const QList<quint32> &partCrcs)
{
    Crc32c all;
    for (quint32 crc : partCrcs) {
        char be[4];
        qToBigEndian(crc, be);
        all.add(QByteArrayView(be, 4));
    }
    return Crc32c::toBase64(all.value()) + '-' + QByteArray::number(partCrcs.size());
}

QByteArray multipartEtag(const QList<QByteArray> &partMd5s)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QByteArray &m : partMd5s)
        md5.addData(m);
    return md5.result().toHex() + '-' + QByteArray::number(partMd5s.size());
}

Result<RangeDigest> digestFileRange(const QString &path, qint64 offset, qint64 length, bool withMd5)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const ErrorCode code = file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileVanished;
        return fail(code, path, file.errorString());
    }
    if (!file.seek(offset))
        return fail(ErrorCode::FileChanged, path, file.errorString());
    Crc32c crc;
    Md5 md5;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 left = length; left > 0;) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
        if (n < 0)
            return fail(ErrorCode::FileUnreadable, path, file.errorString());
        if (n == 0)
            return fail(ErrorCode::FileChanged, path, QStringLiteral("the file is shorter than before"));
        const QByteArrayView chunk(buffer.constData(), n);
        crc.add(chunk);
        if (withMd5)
            md5.add(chunk);
        left -= n;
    }
    return RangeDigest{crc.value(), withMd5 ? md5.result() : QByteArray()};
}

namespace {

// MD5 (RFC 1321) for digestFileRanges(): one block function, written once as a list of the 64
// steps and expanded for one lane (scalar) and for 16 lanes (AVX2, two interleaved sets of 8, so
// the serial steps of one set overlap with the other's).
constexpr quint32 Md5K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};

// S(function, a, b, c, d, message word, rotation, step): a = b + rotl(a + F(b,c,d) + M[w] + K[i], s)
#define HAUL_MD5_STEPS(S) \
    S(F1, a, b, c, d,  0,  7,  0) S(F1, d, a, b, c,  1, 12,  1) S(F1, c, d, a, b,  2, 17,  2) S(F1, b, c, d, a,  3, 22,  3) \
    S(F1, a, b, c, d,  4,  7,  4) S(F1, d, a, b, c,  5, 12,  5) S(F1, c, d, a, b,  6, 17,  6) S(F1, b, c, d, a,  7, 22,  7) \
    S(F1, a, b, c, d,  8,  7,  8) S(F1, d, a, b, c,  9, 12,  9) S(F1, c, d, a, b, 10, 17, 10) S(F1, b, c, d, a, 11, 22, 11) \
    S(F1, a, b, c, d, 12,  7, 12) S(F1, d, a, b, c, 13, 12, 13) S(F1, c, d, a, b, 14, 17, 14) S(F1, b, c, d, a, 15, 22, 15) \
    S(F2, a, b, c, d,  1,  5, 16) S(F2, d, a, b, c,  6,  9, 17) S(F2, c, d, a, b, 11, 14, 18) S(F2, b, c, d, a,  0, 20, 19) \
    S(F2, a, b, c, d,  5,  5, 20) S(F2, d, a, b, c, 10,  9, 21) S(F2, c, d, a, b, 15, 14, 22) S(F2, b, c, d, a,  4, 20, 23) \
    S(F2, a, b, c, d,  9,  5, 24) S(F2, d, a, b, c, 14,  9, 25) S(F2, c, d, a, b,  3, 14, 26) S(F2, b, c, d, a,  8, 20, 27) \
    S(F2, a, b, c, d, 13,  5, 28) S(F2, d, a, b, c,  2,  9, 29) S(F2, c, d, a, b,  7, 14, 30) S(F2, b, c, d, a, 12, 20, 31) \
    S(F3, a, b, c, d,  5,  4, 32) S(F3, d, a, b, c,  8, 11, 33) S(F3, c, d, a, b, 11, 16, 34) S(F3, b, c, d, a, 14, 23, 35) \
    S(F3, a, b, c, d,  1,  4, 36) S(F3, d, a, b, c,  4, 11, 37) S(F3, c, d, a, b,  7, 16, 38) S(F3, b, c, d, a, 10, 23, 39) \
    S(F3, a, b, c, d, 13,  4, 40) S(F3, d, a, b, c,  0, 11, 41) S(F3, c, d, a, b,  3, 16, 42) S(F3, b, c, d, a,  6, 23, 43) \
    S(F3, a, b, c, d,  9,  4, 44) S(F3, d, a, b, c, 12, 11, 45) S(F3, c, d, a, b, 15, 16, 46) S(F3, b, c, d, a,  2, 23, 47) \
    S(F4, a, b, c, d,  0,  6, 48) S(F4, d, a, b, c,  7, 10, 49) S(F4, c, d, a, b, 14, 15, 50) S(F4, b, c, d, a,  5, 21, 51) \
    S(F4, a, b, c, d, 12,  6, 52) S(F4, d, a, b, c,  3, 10, 53) S(F4, c, d, a, b, 10, 15, 54) S(F4, b, c, d, a,  1, 21, 55) \
    S(F4, a, b, c, d,  8,  6, 56) S(F4, d, a, b, c, 15, 10, 57) S(F4, c, d, a, b,  6, 15, 58) S(F4, b, c, d, a, 13, 21, 59) \
    S(F4, a, b, c, d,  4,  6, 60) S(F4, d, a, b, c, 11, 10, 61) S(F4, c, d, a, b,  2, 15, 62) S(F4, b, c, d, a,  9, 21, 63)

/// Runs `blocks` 64-byte blocks at p through the MD5 state h. The message word and constant
/// come first, so they are added while the previous step's result is still being computed, and
/// F2 is written with an addition (its two terms never share a bit) so its halves need not wait
/// for each other: 1.11-1.14 instead of 1.26-1.27 CPU s per GiB of one stream.
void md5Blocks(quint32 h[4], const uchar *p, qint64 blocks)
{
#define F1(x, y, z) (z ^ (x & (y ^ z)))
#define F2(x, y, z) ((x & z) + (y & ~z))
#define F3(x, y, z) (x ^ y ^ z)
#define F4(x, y, z) (y ^ (x | ~z))
#define STEP(F, a, b, c, d, w, s, i) \
    a += m[w] + Md5K[i] + F(b, c, d); \
    a = b + ((a << s) | (a >> (32 - s)));
    for (; blocks > 0; --blocks, p += 64) {
        quint32 m[16];
        for (int i = 0; i < 16; ++i)
            m[i] = qFromLittleEndian<quint32>(p + 4 * i);
        quint32 a = h[0], b = h[1], c = h[2], d = h[3];
        HAUL_MD5_STEPS(STEP)
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }
#undef STEP
#undef F1
#undef F2
#undef F3
#undef F4
}

#ifdef HAUL_MD5_AVX2
/// Word w of 8 lanes' blocks at p[lane] + offset, for w = 0…7: an 8 × 8 transpose.
__attribute__((target("avx2"))) void transpose8(__m256i *w, const uchar *const p[8], qint64 offset)
{
    __m256i r[8];
    for (int l = 0; l < 8; ++l)
        r[l] = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p[l] + offset));
    const __m256i t0 = _mm256_unpacklo_epi32(r[0], r[1]), t1 = _mm256_unpackhi_epi32(r[0], r[1]);
    const __m256i t2 = _mm256_unpacklo_epi32(r[2], r[3]), t3 = _mm256_unpackhi_epi32(r[2], r[3]);
    const __m256i t4 = _mm256_unpacklo_epi32(r[4], r[5]), t5 = _mm256_unpackhi_epi32(r[4], r[5]);
    const __m256i t6 = _mm256_unpacklo_epi32(r[6], r[7]), t7 = _mm256_unpackhi_epi32(r[6], r[7]);
    const __m256i u0 = _mm256_unpacklo_epi64(t0, t2), u1 = _mm256_unpackhi_epi64(t0, t2);
    const __m256i u2 = _mm256_unpacklo_epi64(t1, t3), u3 = _mm256_unpackhi_epi64(t1, t3);
    const __m256i u4 = _mm256_unpacklo_epi64(t4, t6), u5 = _mm256_unpackhi_epi64(t4, t6);
    const __m256i u6 = _mm256_unpacklo_epi64(t5, t7), u7 = _mm256_unpackhi_epi64(t5, t7);
    w[0] = _mm256_permute2x128_si256(u0, u4, 0x20);
    w[1] = _mm256_permute2x128_si256(u1, u5, 0x20);
    w[2] = _mm256_permute2x128_si256(u2, u6, 0x20);
    w[3] = _mm256_permute2x128_si256(u3, u7, 0x20);
    w[4] = _mm256_permute2x128_si256(u0, u4, 0x31);
    w[5] = _mm256_permute2x128_si256(u1, u5, 0x31);
    w[6] = _mm256_permute2x128_si256(u2, u6, 0x31);
    w[7] = _mm256_permute2x128_si256(u3, u7, 0x31);
}

/// md5Blocks() for 16 lanes at once: h[word][lane], the same number of blocks at each p[lane].
__attribute__((target("avx2"))) void md5Blocks16(quint32 h[4][16], const uchar *const p[16], qint64 blocks)
{
#define LOAD(word, set) _mm256_loadu_si256(reinterpret_cast<const __m256i *>(h[word] + 8 * set))
    __m256i a = LOAD(0, 0), b = LOAD(1, 0), c = LOAD(2, 0), d = LOAD(3, 0);
    __m256i a2 = LOAD(0, 1), b2 = LOAD(1, 1), c2 = LOAD(2, 1), d2 = LOAD(3, 1);
#undef LOAD
    const __m256i ones = _mm256_set1_epi32(-1);
#define F1(x, y, z) _mm256_xor_si256(z, _mm256_and_si256(x, _mm256_xor_si256(y, z)))
#define F2(x, y, z) _mm256_xor_si256(y, _mm256_and_si256(z, _mm256_xor_si256(x, y)))
#define F3(x, y, z) _mm256_xor_si256(_mm256_xor_si256(x, y), z)
#define F4(x, y, z) _mm256_xor_si256(y, _mm256_or_si256(x, _mm256_xor_si256(z, ones)))
#define STEP1(F, a, b, c, d, m, w, s, i) \
    a = _mm256_add_epi32(_mm256_add_epi32(a, F(b, c, d)), \
                         _mm256_add_epi32(m[w], _mm256_set1_epi32(int(Md5K[i])))); \
    a = _mm256_add_epi32(b, _mm256_or_si256(_mm256_slli_epi32(a, s), _mm256_srli_epi32(a, 32 - s)));
#define STEP(F, a, b, c, d, w, s, i) \
    STEP1(F, a, b, c, d, m, w, s, i) STEP1(F, a##2, b##2, c##2, d##2, n, w, s, i)
    for (qint64 offset = 0; offset < blocks * 64; offset += 64) {
        __m256i m[16], n[16];
        transpose8(m, p, offset);
        transpose8(m + 8, p, offset + 32);
        transpose8(n, p + 8, offset);
        transpose8(n + 8, p + 8, offset + 32);
        const __m256i sa = a, sb = b, sc = c, sd = d, sa2 = a2, sb2 = b2, sc2 = c2, sd2 = d2;
        HAUL_MD5_STEPS(STEP)
        a = _mm256_add_epi32(a, sa), b = _mm256_add_epi32(b, sb);
        c = _mm256_add_epi32(c, sc), d = _mm256_add_epi32(d, sd);
        a2 = _mm256_add_epi32(a2, sa2), b2 = _mm256_add_epi32(b2, sb2);
        c2 = _mm256_add_epi32(c2, sc2), d2 = _mm256_add_epi32(d2, sd2);
    }
#undef STEP
#undef STEP1
#undef F1
#undef F2
#undef F3
#undef F4
#define STORE(word, set, v) _mm256_storeu_si256(reinterpret_cast<__m256i *>(h[word] + 8 * set), v)
    STORE(0, 0, a), STORE(1, 0, b), STORE(2, 0, c), STORE(3, 0, d);
    STORE(0, 1, a2), STORE(1, 1, b2), STORE(2, 1, c2), STORE(3, 1, d2);
#undef STORE
}

bool haveAvx2()
{
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

/// The last block(s) of an MD5: tail bytes, the 0x80 marker, zeros and the length in bits.
QByteArray md5Finish(const quint32 state[4], const uchar *tail, int tailSize, qint64 total)
{
    uchar last[128] = {};
    if (tailSize > 0)
        memcpy(last, tail, size_t(tailSize));
    last[tailSize] = 0x80;
    const int size = tailSize < 56 ? 64 : 128;
    qToLittleEndian<quint64>(quint64(total) * 8, last + size - 8);
    quint32 one[4] = {state[0], state[1], state[2], state[3]};
    md5Blocks(one, last, size / 64);
    QByteArray digest(16, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        qToLittleEndian(one[i], digest.data() + 4 * i);
    return digest;
}

/// DigestLanes MD5s fed side by side.
class Md5Lanes {
public:
    Md5Lanes()
    {
        for (int l = 0; l < DigestLanes; ++l)
            h[0][l] = 0x67452301, h[1][l] = 0xefcdab89, h[2][l] = 0x98badcfe, h[3][l] = 0x10325476;
    }

    /// Adds blocks[l] 64-byte blocks at data[l] to lane l (0 blocks: the lane is left alone).
    void add(const std::array<const uchar *, DigestLanes> &data, const std::array<qint64, DigestLanes> &blocks)
    {
        qint64 together = 0;
#ifdef HAUL_MD5_AVX2
        together = simd(data, blocks);
#endif
        for (int l = 0; l < DigestLanes; ++l) {
            if (blocks[l] <= together)
                continue;
            quint32 one[4] = {h[0][l], h[1][l], h[2][l], h[3][l]};
            md5Blocks(one, data[l] + together * 64, blocks[l] - together);
            h[0][l] = one[0], h[1][l] = one[1], h[2][l] = one[2], h[3][l] = one[3];
        }
    }

    /// Lane l's MD5 after its last `tailSize` (< 64) bytes; `total` bytes in all.
    QByteArray finish(int l, const uchar *tail, int tailSize, qint64 total) const
    {
        const quint32 one[4] = {h[0][l], h[1][l], h[2][l], h[3][l]};
        return md5Finish(one, tail, tailSize, total);
    }

private:
#ifdef HAUL_MD5_AVX2
    /// Runs the blocks all lanes with data have in common through the SIMD function, when
    /// enough lanes have data to be worth it (4 or more); returns how many it ran.
    qint64 simd(const std::array<const uchar *, DigestLanes> &data, const std::array<qint64, DigestLanes> &blocks)
    {
        qint64 common = 0;
        int lanes = 0, some = 0;
        for (int l = 0; l < DigestLanes; ++l) {
            if (blocks[l] > 0) {
                common = lanes++ == 0 ? blocks[l] : std::min(common, blocks[l]);
                some = l;
            }
        }
        if (lanes < 4 || !haveAvx2())
            return 0;
        quint32 saved[4][DigestLanes];
        memcpy(saved, h, sizeof h);
        std::array<const uchar *, DigestLanes> p = data;
        for (int l = 0; l < DigestLanes; ++l) {
            if (blocks[l] == 0)
                p[l] = data[some]; // hashed for nothing; the lane's state is put back below
        }
        md5Blocks16(h, p.data(), common);
        for (int l = 0; l < DigestLanes; ++l) {
            if (blocks[l] == 0)
                for (int w = 0; w < 4; ++w)
                    h[w][l] = saved[w][l];
        }
        return common;
    }
#endif

    quint32 h[4][DigestLanes];
};

constexpr qint64 LaneChunk = 256 * 1024; ///< read per range and turn; a multiple of 64

qint64 readFully(QFile &file, char *to, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(to + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

/// digestFileRanges() for up to DigestLanes ranges: each turn reads the next LaneChunk bytes of
/// every range still going, then hashes them together.
class RangeGroup {
public:
    RangeGroup(const QString &path, const QList<FileRange> &ranges, bool withMd5)
        : m_path(path), m_ranges(ranges), m_withMd5(withMd5), m_count(int(ranges.size()))
        , m_lanes(m_count)
        , m_buffer(qsizetype(m_count) * LaneChunk, Qt::Uninitialized)
    {
    }

    QList<Result<RangeDigest>> run()
    {
        for (int l = 0; l < m_count; ++l)
            openLane(l);
        while (turn()) {
        }
        QList<Result<RangeDigest>> results;
        for (const Lane &lane : m_lanes) {
            if (lane.error)
                results.append(std::unexpected(*lane.error));
            else
                results.append(lane.digest);
        }
        return results;
    }

private:
    struct Lane {
        std::unique_ptr<QFile> file; // one each: the kernel reads ahead per open file
        qint64 done = 0;
        Crc32c crc;
        bool going = true;
        RangeDigest digest;
        std::optional<Error> error;
    };

    void openLane(int l)
    {
        Lane &lane = m_lanes[l];
        lane.file = std::make_unique<QFile>(m_path);
        if (!lane.file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            const bool exists = lane.file->exists();
            stop(l, fail(exists ? ErrorCode::FileUnreadable : ErrorCode::FileVanished, m_path,
                         lane.file->errorString()));
        } else if (!lane.file->seek(m_ranges[l].offset)) {
            stop(l, fail(ErrorCode::FileChanged, m_path, lane.file->errorString()));
        }
    }

    void stop(int l, std::unexpected<Error> error)
    {
        m_lanes[l].error = std::move(error).error();
        m_lanes[l].going = false;
        m_lanes[l].file.reset();
    }

    /// Reads, hashes and finishes what it can; false when no range is left.
    bool turn()
    {
        std::array<const uchar *, DigestLanes> data{};
        std::array<qint64, DigestLanes> blocks{}, got{};
        bool any = false;
        for (int l = 0; l < m_count; ++l) {
            Lane &lane = m_lanes[l];
            if (!lane.going)
                continue;
            any = true;
            const qint64 left = m_ranges[l].length - lane.done;
            char *to = m_buffer.data() + l * LaneChunk;
            got[l] = left > 0 ? readFully(*lane.file, to, std::min(LaneChunk, left)) : 0;
            if (got[l] < 0)
                stop(l, fail(ErrorCode::FileUnreadable, m_path, lane.file->errorString()));
            else if (got[l] < std::min(LaneChunk, left))
                stop(l, fail(ErrorCode::FileChanged, m_path, QStringLiteral("the file is shorter than before")));
            if (!lane.going)
                continue;
            lane.crc.add(QByteArrayView(to, got[l]));
            lane.done += got[l];
            data[l] = reinterpret_cast<const uchar *>(to);
            blocks[l] = got[l] / 64;
        }
        if (m_withMd5)
            m_md5.add(data, blocks);
        for (int l = 0; l < m_count; ++l) {
            Lane &lane = m_lanes[l];
            if (lane.going && lane.done == m_ranges[l].length) {
                const uchar *tail = data[l] ? data[l] + blocks[l] * 64 : nullptr;
                const QByteArray md5 = m_withMd5 ? m_md5.finish(l, tail, int(got[l] % 64), lane.done) : QByteArray();
                lane.digest = RangeDigest{lane.crc.value(), md5};
                lane.going = false;
                lane.file.reset();
            }
        }
        return any;
    }

    QString m_path;
    QList<FileRange> m_ranges;
    bool m_withMd5;
    int m_count;
    std::vector<Lane> m_lanes;
    QByteArray m_buffer;
    Md5Lanes m_md5;
};

} // namespace

Md5::Md5() : m_h{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
{
}

void Md5::add(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    qint64 n = bytes.size();
    m_total += n;
    if (m_tailSize > 0) { // complete the block begun by an earlier call
        const int take = int(std::min<qint64>(n, 64 - m_tailSize));
        memcpy(m_tail + m_tailSize, p, size_t(take));
        m_tailSize += take, p += take, n -= take;
        if (m_tailSize < 64)
            return;
        md5Blocks(m_h, m_tail, 1);
        m_tailSize = 0;
    }
    md5Blocks(m_h, p, n / 64);
    m_tailSize = int(n % 64);
    memcpy(m_tail, p + (n - m_tailSize), size_t(m_tailSize));
}

QByteArray Md5::result() const
{
    return md5Finish(m_h, m_tail, m_tailSize, m_total);
}

QList<QByteArray> md5Together(const QList<QByteArrayView> &buffers)
{
    QList<QByteArray> out;
    out.reserve(buffers.size());
    for (qsizetype first = 0; first < buffers.size(); first += DigestLanes) {
        const qsizetype n = std::min<qsizetype>(DigestLanes, buffers.size() - first);
        std::array<const uchar *, DigestLanes> data{};
        std::array<qint64, DigestLanes> blocks{};
        for (qsizetype l = 0; l < n; ++l) {
            data[l] = reinterpret_cast<const uchar *>(buffers[first + l].data());
            blocks[l] = buffers[first + l].size() / 64;
        }
        Md5Lanes lanes;
        lanes.add(data, blocks);
        for (qsizetype l = 0; l < n; ++l) {
            const QByteArrayView b = buffers[first + l];
            const qint64 whole = b.size() / 64 * 64;
            out.append(lanes.finish(int(l), reinterpret_cast<const uchar *>(b.data()) + whole,
                                    int(b.size() - whole), b.size()));
        }
    }
    return out;
}

QList<Result<RangeDigest>> digestFileRanges(const QString &path, const QList<FileRange> &ranges, bool withMd5)
{
    QList<Result<RangeDigest>> results;
    for (qsizetype i = 0; i < ranges.size(); i += DigestLanes)
        results += RangeGroup(path, ranges.mid(i, DigestLanes), withMd5).run();
    return results;
}

} // namespace haul
