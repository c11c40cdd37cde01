// MultipartUpload: checking the completed object against what Haul sent.
#include <algorithm>
#include <utility>

#include <QThreadPool>

#include "engine/multipartupload.h"

namespace haul {

namespace {

QString unquotedLower(const QString &etag)
{
    QString s = etag.toLower();
    s.remove(QLatin1Char('"'));
    return s;
}

bool isHex32(const QString &s)
{
    if (s.size() != 32)
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace

CompleteCheck checkComplete(const QString &etag, const QString &crc,
                            const QList<QByteArray> &partMd5s, const QList<quint32> &partCrcs)
{
    const QString c = QString(crc).remove(QLatin1Char('"'));
    if (c.contains(QLatin1Char('-')) && c == QString::fromLatin1(compositeCrc32c(partCrcs)))
        return CompleteCheck::CompositeCrc32c;
    const QString e = unquotedLower(etag);
    const QString expected = QString::fromLatin1(multipartEtag(partMd5s));
    if (e.contains(QLatin1Char('-')))
        return e == expected ? CompleteCheck::MultipartEtag : CompleteCheck::Mismatch;
    if (e == expected.section(QLatin1Char('-'), 0, 0))
        return CompleteCheck::MultipartEtag; // MD5-of-MD5s without the part count
    return isHex32(e) ? CompleteCheck::WholeMd5 : CompleteCheck::NotComparable;
}

QList<QByteArray> MultipartUpload::partMd5s() const
{
    QList<QByteArray> md5s;
    for (const Part &p : m_parts)
        md5s.append(QByteArray::fromHex(p.md5Hex));
    return md5s;
}

CompleteCheck MultipartUpload::checkAgainstParts(const QString &etag, const QString &crc) const
{
    QList<quint32> crcs;
    for (const Part &p : m_parts)
        crcs.append(p.crc);
    return checkComplete(etag, crc, partMd5s(), crcs);
}

void MultipartUpload::verify(const QString &etag, const QString &crc)
{
    m_uploadId.clear(); // completed: nothing left to abort or resume
    switch (checkAgainstParts(etag, crc)) {
    case CompleteCheck::CompositeCrc32c: return succeed(VerifyMethod::CompositeCrc32c);
    case CompleteCheck::MultipartEtag: return succeed(VerifyMethod::MultipartEtag);
    case CompleteCheck::NotComparable: return succeed(VerifyMethod::None);
    case CompleteCheck::WholeMd5:
        m_completedEtag = unquotedLower(etag);
        return verifyWholeMd5();
    case CompleteCheck::Mismatch: break;
    }
    Error e(ErrorCode::ChecksumMismatch, m_snap.key);
    e.detail = QStringLiteral("ETag %1, expected %2").arg(etag, QString::fromLatin1(multipartEtag(partMd5s())));
    failVerification(e);
}

/// The stored object is wrong: "Retry" sends every part again in a new upload.
void MultipartUpload::failVerification(const Error &error)
{
    m_parts = QVector<Part>(m_parts.size());
    m_snap.partsDone = 0;
    failWith(error);
}

/// The store's ETag looks like the whole object's MD5 (s3rver does this for multipart objects):
/// read the file once more on the pool (1 MiB at a time) and compare.
void MultipartUpload::verifyWholeMd5()
{
    const QString path = m_snap.localPath;
    const qint64 size = m_snap.size;
    const int generation = m_generation;
    m_pool->start([this, path, size, generation] {
        const Result<RangeDigest> digest = digestFileRange(path, 0, size, true);
        QMetaObject::invokeMethod(this, [this, digest, generation] {
            if (generation == m_generation) // else paused or cancelled
                onWholeMd5(digest);
        });
    });
}

void MultipartUpload::onWholeMd5(const Result<RangeDigest> &digest)
{
    const bool adopting = std::exchange(m_adoptingStored, false);
    if (!digest)
        return failWith(digest.error());
    if (!statFile()) // the file changed while it was read
        return;
    const QString local = QString::fromLatin1(digest->md5.toHex());
    const QString stored = std::exchange(m_completedEtag, QString());
    if (local == stored)
        return succeed(VerifyMethod::WholeMd5);
    if (adopting)
        return startOver(); // the object found after a restart is another one: send the file
    Error e(ErrorCode::StoredObjectMismatch, m_snap.key);
    e.detail = QStringLiteral("whole-object MD5 (ETag) %1, local file's MD5 %2").arg(stored, local);
    failVerification(e);
}

} // namespace haul
