#include "rangeplan.h"

#include <algorithm>
#include <optional>

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

QList<PartLayout> guessLayouts(qint64 size, int partCount, const QList<qint64> &candidates, int most)
{
    QList<PartLayout> layouts;
    for (qint64 partSize : candidates) {
        const bool seen = std::any_of(layouts.begin(), layouts.end(),
                                      [&](const PartLayout &l) { return l.partSize == partSize; });
        if (!seen && layouts.size() < most && layoutFits(size, partSize, partCount))
            layouts.append({partSize, partCount, true});
    }
    return layouts;
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
    const qint64 step = std::max(rangeSize, ceilDiv(ceilDiv(size, MaxPartCount), MiB) * MiB);
    QList<ByteSpan> ranges;
    ranges.reserve(qsizetype(ceilDiv(size, step)) + layout.partCount);
    for (const ByteSpan &part : layoutParts(size, layout))
        appendPieces(ranges, part, step);
    return ranges;
}

namespace {

QList<DigestLayout> partLayouts(const ObjectFacts &f, int count, VerifyMethod method)
{
    QList<DigestLayout> out;
    for (const PartLayout &l : f.layouts) {
        if (l.isMultipart() && l.partCount == count)
            out.append({method, layoutParts(f.size, l), true});
    }
    return out;
}

bool anyGuessed(const QList<PartLayout> &layouts)
{
    return std::any_of(layouts.begin(), layouts.end(), [](const PartLayout &l) { return l.guessed; });
}

QString withoutCount(const QString &value)
{
    return multipartCount(value) > 0 ? value.section(QLatin1Char('-'), 0, -2) : value;
}

std::optional<VerifyPlan> crcPlan(const ObjectFacts &f)
{
    const QString &crc = f.checksumCrc32c;
    const int crcParts = multipartCount(crc), etagParts = multipartCount(f.etag);
    const QList<ByteSpan> whole{{0, f.size}};
    const bool fullObject = f.checksumType == QLatin1String("FULL_OBJECT")
        || (crcParts == 0 && etagParts == 0 && f.checksumType != QLatin1String("COMPOSITE"));
    if (fullObject)
        return VerifyPlan{DigestKind::Crc32c, crc, {{VerifyMethod::Crc32c, whole, false}}, true};
    QList<DigestLayout> layouts = partLayouts(f, crcParts > 0 ? crcParts : etagParts,
                                              VerifyMethod::CompositeCrc32c);
    if (crcParts == 0 && f.checksumType.isEmpty()) // composite or whole: the store did not say
        layouts.append({VerifyMethod::Crc32c, whole, false});
    if (layouts.isEmpty())
        return std::nullopt;
    return VerifyPlan{DigestKind::Crc32c, crc, layouts, !anyGuessed(f.layouts)};
}

} // namespace

VerifyPlan planVerification(const ObjectFacts &f)
{
    if (!f.checksumCrc32c.isEmpty()) {
        if (auto plan = crcPlan(f))
            return *plan;
    }
    const int etagParts = multipartCount(f.etag);
    if (etagParts == 0 && f.etagIsMd5 && isMd5Etag(f.etag))
        return {DigestKind::Md5, f.etag, {{VerifyMethod::Md5Etag, {{0, f.size}}, false}}, true};
    if (etagParts > 0) {
        const auto layouts = partLayouts(f, etagParts, VerifyMethod::MultipartEtag);
        if (!layouts.isEmpty())
            return {DigestKind::Md5, f.etag, layouts, !anyGuessed(f.layouts)};
    }
    return {};
}

QString combinedDigest(DigestKind kind, const DigestLayout &layout, const QList<QByteArray> &digests)
{
    if (kind == DigestKind::Md5) {
        if (layout.composite)
            return QString::fromLatin1(multipartEtag(digests));
        return QString::fromLatin1(digests.value(0).toHex());
    }
    if (kind == DigestKind::Crc32c) {
        if (layout.composite) {
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
    if (computed.isEmpty())
        return false;
    if (plan.digest == DigestKind::Md5) // hex ETags come in either case
        return computed.compare(plan.expected, Qt::CaseInsensitive) == 0;
    return withoutCount(computed) == withoutCount(plan.expected); // base64: case matters
}

} // namespace haul
