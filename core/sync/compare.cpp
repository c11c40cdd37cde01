#include "compare.h"

#include <QDateTime>

#include "engine/partplan.h"
#include "engine/rangeplan.h"

namespace haul {

namespace {

qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

/// Same, different or undecided by size + modification time (see compare.h).
Comparison bySizeAndMtime(const LocalFacts &local, const RemoteFacts &remote, bool upload)
{
    if (local.size != remote.size)
        return {CompareAction::Transfer, CompareReason::SizeDiffers};
    if (remote.mtimeMs) {
        if (*remote.mtimeMs == local.mtimeMs)
            return {CompareAction::Skip, CompareReason::Identical};
        return {CompareAction::Transfer, CompareReason::MtimeDiffers};
    }
    const qint64 fileSecond = floorSeconds(local.mtimeMs);
    const qint64 storedSecond = floorSeconds(remote.lastModifiedMs);
    if (upload ? storedSecond > fileSecond : storedSecond == fileSecond)
        return {CompareAction::Skip, CompareReason::Identical};
    if (!remote.headDone)
        return {CompareAction::NeedHead, CompareReason::Unknown};
    return {CompareAction::Transfer, CompareReason::MtimeDiffers};
}

/// A multipart ETag against the file's, for the candidate part sizes (see compare.h).
Comparison byMultipartEtag(const LocalFacts &local, const RemoteFacts &remote)
{
    if (!local.partsHashed)
        return {CompareAction::NeedChecksum, CompareReason::Unknown};
    if (local.multipartEtags.contains(remote.etag.toLower()))
        return {CompareAction::Skip, CompareReason::SameChecksum};
    return {CompareAction::Transfer, CompareReason::ChecksumUnmatched};
}

Comparison byChecksum(const LocalFacts &local, const RemoteFacts &remote, bool upload)
{
    if (local.size != remote.size)
        return {CompareAction::Transfer, CompareReason::SizeDiffers};
    if (multipartEtagParts(remote.etag) > 0)
        return byMultipartEtag(local, remote);
    if (!isMd5Etag(remote.etag))
        return bySizeAndMtime(local, remote, upload); // not an MD5
    if (local.md5.isEmpty())
        return {CompareAction::NeedChecksum, CompareReason::Unknown};
    if (QString::fromLatin1(local.md5.toHex()) == remote.etag.toLower())
        return {CompareAction::Skip, CompareReason::SameChecksum};
    return {CompareAction::Transfer, CompareReason::ChecksumDiffers};
}

Comparison compareExisting(const LocalFacts &local, const RemoteFacts &remote,
                           ExistingFiles existing, CompareMethod method, bool upload)
{
    if (existing == ExistingFiles::Overwrite)
        return {CompareAction::Transfer, CompareReason::Overwrite};
    Comparison c = method == CompareMethod::Checksum ? byChecksum(local, remote, upload)
                                                     : bySizeAndMtime(local, remote, upload);
    if (c.action == CompareAction::Transfer && existing == ExistingFiles::Ask)
        c.action = CompareAction::Ask;
    return c;
}

} // namespace

Comparison compareForUpload(const LocalFacts &local, const RemoteFacts &remote,
                            ExistingFiles existing, CompareMethod method)
{
    if (!remote.exists)
        return {CompareAction::Transfer, CompareReason::New};
    return compareExisting(local, remote, existing, method, true);
}

Comparison compareForDownload(const RemoteFacts &remote, const LocalFacts &local,
                              ExistingFiles existing, CompareMethod method)
{
    if (!local.exists)
        return {CompareAction::Transfer, CompareReason::New};
    return compareExisting(local, remote, existing, method, false);
}

int multipartEtagParts(QStringView etag)
{
    const qsizetype dash = etag.indexOf(QLatin1Char('-'));
    if (dash < 0 || !isMd5Etag(etag.left(dash)))
        return 0;
    const QStringView count = etag.mid(dash + 1);
    bool ok = !count.isEmpty() && count.size() <= 5 && count.front().isDigit();
    const int n = ok ? count.toInt(&ok) : 0;
    return ok && n >= 1 && n <= MaxPartCount ? n : 0;
}

QList<qint64> checksumPartSizes(qint64 size, int partCount, qint64 preferredPartSize)
{
    if (size < 0 || partCount < 1)
        return {};
    // Haul's own plan first: the part size the engine uses for this file under the setting.
    const Result<PartPlan> own = planParts(std::min(size, MaxObjectSize), preferredPartSize);
    const QList<PartLayout> layouts =
        guessLayouts(size, partCount, commonPartSizes(size, own ? own->partSize : 0), 3);
    QList<qint64> sizes;
    for (const PartLayout &l : layouts)
        sizes.append(l.partSize);
    if (partCount == 1 && size == 0 && own)
        sizes.append(own->partSize); // an empty file sent as one empty part
    if (partCount == 1 && sizes.size() > 1)
        sizes.resize(1); // one part is the whole file, whatever the size
    return sizes;
}

std::optional<qint64> parseMtimeMetadata(QStringView value)
{
    const QStringView v = value.trimmed();
    const bool negative = v.startsWith(QLatin1Char('-'));
    const QStringView digits = negative ? v.mid(1) : v;
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? digits : digits.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : digits.mid(dot + 1);
    bool ok = !whole.isEmpty() && whole.size() <= 12;
    const qint64 seconds = ok ? whole.toLongLong(&ok) : 0;
    for (QChar c : fraction)
        ok = ok && c.isDigit();
    if (ok && !whole.front().isDigit())
        ok = false;
    if (!ok) { // older tools wrote RFC 3339
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
    }
    const qint64 millis = fraction.left(3).toString().leftJustified(3, QLatin1Char('0')).toLongLong();
    const qint64 ms = seconds * 1000 + millis;
    // A negative value counts back from the epoch: -1.5 is 1.5 s before it.
    return negative ? -ms : ms;
}

QByteArray formatMtimeMetadata(qint64 mtimeMs)
{
    const QByteArray sign = mtimeMs < 0 ? QByteArray("-") : QByteArray();
    const qint64 ms = mtimeMs < 0 ? -mtimeMs : mtimeMs;
    return sign + QByteArray::number(ms / 1000) + '.'
        + QByteArray::number((ms % 1000) * 1000000).rightJustified(9, '0');
}

QDateTime objectModificationTime(const ObjectHead &head)
{
    if (const std::optional<qint64> ms = parseMtimeMetadata(head.metadata.value(QStringLiteral("mtime"))))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return head.lastModified;
}

QString compareReasonName(CompareReason reason)
{
    switch (reason) {
    case CompareReason::New: return QStringLiteral("New");
    case CompareReason::Overwrite: return QStringLiteral("Overwrite");
    case CompareReason::SizeDiffers: return QStringLiteral("SizeDiffers");
    case CompareReason::MtimeDiffers: return QStringLiteral("MtimeDiffers");
    case CompareReason::ChecksumDiffers: return QStringLiteral("ChecksumDiffers");
    case CompareReason::ChecksumUnmatched: return QStringLiteral("ChecksumUnmatched");
    case CompareReason::Identical: return QStringLiteral("Identical");
    case CompareReason::SameChecksum: return QStringLiteral("SameChecksum");
    case CompareReason::Unknown: return QStringLiteral("Unknown");
    }
    return QStringLiteral("Unknown");
}

} // namespace haul
