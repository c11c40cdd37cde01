#include "localdigest.h"

#include "engine/checksum.h"
#include "engine/rangeplan.h"

namespace haul {

namespace {

/// The file's multipart ETag ("<hex>-N", lower case) when cut into parts of partSize bytes.
Result<QString> multipartEtagOf(const QString &path, qint64 size, qint64 partSize, int partCount)
{
    QList<FileRange> ranges;
    for (const ByteSpan &span : layoutParts(size, {partSize, partCount, true}))
        ranges.append({span.offset, span.length});
    if (ranges.isEmpty()) // an empty file uploaded as one empty part
        ranges.append({0, 0});
    QList<QByteArray> md5s;
    md5s.reserve(ranges.size());
    for (const Result<RangeDigest> &d : digestFileRanges(path, ranges, true)) {
        if (!d)
            return fail(d.error());
        md5s.append(d->md5);
    }
    return QString::fromLatin1(multipartEtag(md5s));
}

} // namespace

Result<LocalFacts> digestForComparison(const QString &path, LocalFacts local, const QString &etag,
                                       const QList<qint64> &partSizes)
{
    const int parts = multipartEtagParts(etag);
    if (parts == 0) {
        const Result<RangeDigest> d = digestFileRange(path, 0, local.size, true);
        if (!d)
            return fail(d.error());
        local.md5 = d->md5;
        return local;
    }
    const QString wanted = etag.toLower();
    for (qint64 partSize : partSizes) {
        const Result<QString> computed = multipartEtagOf(path, local.size, partSize, parts);
        if (!computed)
            return fail(computed.error());
        local.multipartEtags.append(*computed);
        if (*computed == wanted)
            break;
    }
    local.partsHashed = true;
    return local;
}

} // namespace haul
