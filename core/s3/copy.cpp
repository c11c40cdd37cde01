#include "copy.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QXmlStreamReader>

#include "s3/s3error.h"
#include "s3/uriencode.h"
#include "s3/xml.h"

namespace haul {

namespace {

QString withoutQuotes(QString etag)
{
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool isHexMd5(const QString &s)
{
    if (s.size() != 32)
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return true;
}

std::unexpected<Error> protocolError(const QString &what)
{
    Error e(ErrorCode::ProtocolError);
    e.detail = QStringLiteral("CopyObject: ") + what;
    return fail(std::move(e));
}

} // namespace

QByteArray copySourceHeader(const QString &bucket, const QString &key)
{
    return '/' + uriEncode(bucket) + '/' + uriEncode(key, true);
}

QList<CopyPart> planCopyParts(qint64 size, qint64 partSize)
{
    QList<CopyPart> parts;
    if (size <= 0)
        return parts;
    constexpr qint64 MiB = 1LL << 20;
    const qint64 needed = (size + MaxCopyParts - 1) / MaxCopyParts; // for 10,000 parts
    partSize = std::max(partSize, (needed + MiB - 1) / MiB * MiB);   // in whole MiB
    partSize = std::clamp(partSize, MinCopyPart, MaxCopyPart);
    for (qint64 first = 0; first < size; first += partSize)
        parts.append({int(parts.size()) + 1, first, std::min(size, first + partSize) - 1});
    return parts;
}

QString multipartEtag(const QList<QString> &partEtags)
{
    if (partEtags.isEmpty())
        return {};
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QString &etag : partEtags) {
        const QString hex = withoutQuotes(etag);
        if (!isHexMd5(hex))
            return {};
        md5.addData(QByteArray::fromHex(hex.toLatin1()));
    }
    return QString::fromLatin1(md5.result().toHex()) + QLatin1Char('-')
        + QString::number(partEtags.size());
}

Result<CopyResult> parseCopyResult(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return protocolError(QStringLiteral("empty response body"));
    if (parseS3Error(trimmed))
        return fail(errorFromResponse(200, trimmed, {}, {}));
    QXmlStreamReader reader(QByteArray::fromRawData(trimmed.data(), trimmed.size()));
    if (!reader.readNextStartElement())
        return protocolError(QStringLiteral("malformed XML"));
    const QStringView root = reader.name();
    if (root != QLatin1String("CopyObjectResult") && root != QLatin1String("CopyPartResult"))
        return protocolError(QStringLiteral("unexpected root element ") + root.toString());
    CopyResult result;
    bool haveEtag = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("ETag")) {
            result.etag = withoutQuotes(reader.readElementText().trimmed());
            haveEtag = true;
        } else if (reader.name() == QLatin1String("LastModified")) {
            result.lastModified = QDateTime::fromString(reader.readElementText().trimmed(), Qt::ISODateWithMs);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return protocolError(QStringLiteral("malformed XML: ") + reader.errorString());
    if (!haveEtag || result.etag.isEmpty())
        return protocolError(QStringLiteral("ETag missing"));
    return result;
}

QString copyMismatch(const ObjectHead &source, const ObjectHead &copy, const QString &expectedCopyEtag)
{
    if (source.size != copy.size)
        return QStringLiteral("size %1, copy %2").arg(source.size).arg(copy.size);
    const QString copyEtag = withoutQuotes(copy.etag);
    if (!expectedCopyEtag.isEmpty()) {
        if (copyEtag.compare(expectedCopyEtag, Qt::CaseInsensitive) != 0)
            return QStringLiteral("copy ETag %1, its parts give %2").arg(copyEtag, expectedCopyEtag);
        return {};
    }
    const QString sourceEtag = withoutQuotes(source.etag);
    if (isHexMd5(sourceEtag) && isHexMd5(copyEtag) && sourceEtag.compare(copyEtag, Qt::CaseInsensitive) != 0)
        return QStringLiteral("ETag %1, copy %2").arg(sourceEtag, copyEtag);
    return {};
}

} // namespace haul
