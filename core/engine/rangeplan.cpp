#include "rangeplan.h"

#include <QtEndian>

#include "engine/checksum.h"
#include "engine/partplan.h"

namespace haul {

namespace {

constexpr qint64 MiB = 1LL << 20;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

void appendPieces(QList<ByteSpan> &out, ByteSpan span, qint64 rangeSize)
{
    for (qint64 at = span.offset; at < span.end(); at += rangeSize)
        out.append({at, std::min(rangeSize, span.end() - at)});
}

quint32 fromBigEndian(const QByteArray &be)
{
    return be.size() == 4 ? qFromBigEndian<quint32>(be.constData()) : 0;
}

} // namespace

int multipartCount(QStringView value)
{
    const qsizetype dash = value.lastIndexOf(QLatin1Char('-'));
    if (dash < 0)
        return 0;
    bool ok = false;
    const int n = value.mid(dash + 1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool isMd5Etag(QStringView etag)
{
    if (etag.size() != 32)
        return false;
    for (QChar c : etag) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return true;
}

bool layoutFits(qint64 size, qint64 partSize, int partCount)
{
    if (partSize <= 0 || partCount <= 0)
        return false;
    return qint64(partCount - 1) * partSize < size && size <= qint64(partCount) * partSize;
}

QList<qint64> commonPartSizes(qint64 size, qint64 preferred)
{
    QList<qint64> sizes;
    if (preferred > 0)
        sizes.append(preferred);
    for (qint64 s = 8 * MiB; s <= MaxPartSize; s *= 2)
        sizes.append(s);
    if (const auto plan = planParts(std::min(size, MaxObjectSize)))
        sizes.append(plan->partSize);
    sizes.append({5 * MiB, 15 * MiB});
    return sizes;
}

std::optional<qint64> guessPartSize(qint64 size, int partCount, const QList<qint64> &candidates)
{
    for (qint64 c : candidates) {
        if (layoutFits(size, c, partCount))
            return c;
    }
    return std::nullopt;
}

QList<ByteSpan> layoutParts(qint64 size, const PartLayout &layout)
{
    if (size <= 0)
        return {};
    if (!layout.isMultipart())
        return {{0, size}};
    QList<ByteSpan> parts;
    parts.reserve(layout.partCount);
    appendPieces(parts, {0, size}, layout.partSize);
    return parts;
}

QList<ByteSpan> planDownloadRanges(qint64 size, const PartLayout &layout, qint64 rangeSize,
                                   qint64 singleBelow)
{
    if (size <= 0)
        return {};
    if (size < singleBelow || rangeSize <= 0)
        return {{0, size}};
    QList<ByteSpan> ranges;
    ranges.reserve(qsizetype(ceilDiv(size, rangeSize)) + layout.partCount);
    for (const ByteSpan &part : layoutParts(size, layout))
        appendPieces(ranges, part, rangeSize);
    return ranges;
}

VerifyPlan planVerification(const ObjectFacts &f)
{
    const PartLayout &layout = f.layout;
    const int crcParts = multipartCount(f.checksumCrc32c);
    const bool composite = crcParts > 0 || f.compositeChecksum;
    if (!f.checksumCrc32c.isEmpty() && !composite)
        return {VerifyMethod::Crc32c, DigestKind::Crc32c, false, f.checksumCrc32c, false};
    if (composite && layout.isMultipart() && (crcParts == 0 || crcParts == layout.partCount)) {
        QString expected = f.checksumCrc32c;
        if (crcParts == 0)
            expected += QLatin1Char('-') + QString::number(layout.partCount);
        return {VerifyMethod::CompositeCrc32c, DigestKind::Crc32c, true, expected, layout.guessed};
    }
    const int etagParts = multipartCount(f.etag);
    if (etagParts == 0 && f.etagIsMd5 && isMd5Etag(f.etag))
        return {VerifyMethod::Md5Etag, DigestKind::Md5, false, f.etag, false};
    if (etagParts > 0 && layout.isMultipart() && etagParts == layout.partCount)
        return {VerifyMethod::MultipartEtag, DigestKind::Md5, true, f.etag, layout.guessed};
    return {};
}

QString combinedDigest(const VerifyPlan &plan, const QList<QByteArray> &digests)
{
    if (plan.digest == DigestKind::Md5) {
        if (plan.perPart)
            return QString::fromLatin1(multipartEtag(digests));
        return QString::fromLatin1(digests.value(0).toHex());
    }
    if (plan.digest == DigestKind::Crc32c) {
        if (plan.perPart) {
            QList<quint32> crcs;
            for (const QByteArray &d : digests)
                crcs.append(fromBigEndian(d));
            return QString::fromLatin1(compositeCrc32c(crcs));
        }
        return QString::fromLatin1(digests.value(0).toBase64());
    }
    return {};
}

bool digestMatches(const VerifyPlan &plan, const QString &computed)
{
    // hex ETags may come in either case; base64 checksums are case-sensitive
    const Qt::CaseSensitivity cs = plan.digest == DigestKind::Md5 ? Qt::CaseInsensitive
                                                                 : Qt::CaseSensitive;
    return !computed.isEmpty() && computed.compare(plan.expected, cs) == 0;
}

} // namespace haul
