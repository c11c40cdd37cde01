// MultipartUpload: the journal's view of it, and continuing after a restart.
#include <QThreadPool>

#include "engine/multipartupload.h"

namespace haul {

MultipartProgress MultipartUpload::progress() const
{
    MultipartProgress p;
    p.uploadId = m_uploadId;
    p.partSize = m_plan.partSize;
    p.fileSize = m_snap.size;
    p.mtime = m_mtime;
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts[i];
        if (part.state != PartState::Done)
            continue;
        p.doneParts.append({i + 1, partLength(m_plan, i + 1), part.etag,
                            QString::fromLatin1(Crc32c::toBase64(part.crc))});
        p.doneMd5s.append(part.md5Hex);
    }
    return p;
}

void MultipartUpload::restore(const MultipartProgress &progress)
{
    if (progress.uploadId.isEmpty() || progress.partSize <= 0 || progress.fileSize <= 0)
        return;
    m_uploadId = progress.uploadId;
    m_snap.size = progress.fileSize;
    m_mtime = progress.mtime;
    m_plan.partSize = progress.partSize;
    m_plan.partCount = int((progress.fileSize + progress.partSize - 1) / progress.partSize);
    m_plan.lastPartSize = progress.fileSize - qint64(m_plan.partCount - 1) * progress.partSize;
    m_snap.partCount = m_plan.partCount;
    m_parts = QVector<Part>(m_plan.partCount);
    for (int i = 0; i < progress.doneParts.size(); ++i) {
        m_journalParts.insert(progress.doneParts[i].number, progress.doneParts[i]);
        m_journalMd5s.insert(progress.doneParts[i].number, progress.doneMd5s.value(i));
    }
    m_restored = true;
}

void MultipartUpload::listExisting(int marker)
{
    setState(TransferState::Preparing);
    m_control = m_client->listParts(m_snap.bucket, m_snap.key, m_uploadId, marker,
                                    [this, marker](Result<PartsPage> page) {
        m_control = nullptr;
        if (marker == 0)
            m_listed.clear();
        if (!page) {
            const Error &e = page.error();
            if (e.code == ErrorCode::Cancelled)
                return;
            if (e.code == ErrorCode::NoSuchUpload)
                return startOver();
            if (e.httpStatus == 405 || e.httpStatus == 501) // no ListParts (s3rver): the journal
                return checkExisting(m_journalParts.values());
            retryOrFail(e);
            return;
        }
        m_listed += page->parts;
        if (page->truncated)
            return listExisting(page->nextPartNumberMarker);
        checkExisting(m_listed);
    });
}

void MultipartUpload::startOver()
{
    m_uploadId.clear();
    m_journalParts.clear();
    m_journalMd5s.clear();
    const int count = m_parts.size();
    m_parts = QVector<Part>(count);
    m_snap.partsDone = 0;
    updateProgress();
    create();
}

void MultipartUpload::checkExisting(const QList<PartInfo> &listed)
{
    m_snap.partsDone = 0;
    for (const PartInfo &p : listed) {
        const int index = p.number - 1;
        if (index < 0 || index >= m_parts.size() || p.size != partLength(m_plan, p.number))
            continue; // not a part of this plan: it is sent again
        ++m_pendingChecks;
        const QString path = m_snap.localPath;
        const qint64 offset = partOffset(m_plan, p.number);
        const int generation = m_generation;
        m_pool->start([this, path, offset, p, index, generation] {
            Result<RangeDigest> d = digestFileRange(path, offset, p.size, true);
            QMetaObject::invokeMethod(this, [this, p, index, d, generation] {
                if (generation == m_generation)
                    onChecked(index, p, d);
            });
        });
    }
    if (m_pendingChecks == 0)
        onChecked(-1, {}, haul::fail(ErrorCode::None));
}

void MultipartUpload::onChecked(int index, const PartInfo &listed, const Result<RangeDigest> &digest)
{
    if (index >= 0) {
        --m_pendingChecks;
        const QByteArray md5 = digest ? digest->md5.toHex() : QByteArray();
        const QString etag = QString(listed.etag).remove(QLatin1Char('"'));
        // The store's part ETag is the part's MD5 (all three test stores, and AWS without
        // SSE-KMS); otherwise the MD5 the journal kept when the part was sent.
        const bool same = digest
            && (etag.toLatin1().toLower() == md5 || m_journalMd5s.value(listed.number) == md5);
        if (same) {
            Part &part = m_parts[index];
            part.state = PartState::Done;
            part.etag = etag;
            part.md5Hex = md5;
            part.crc = digest->crc32c;
            ++m_snap.partsDone;
        }
    }
    if (m_pendingChecks > 0)
        return;
    updateProgress();
    if (m_snap.partsDone == m_parts.size())
        return complete();
    m_nextWaiting = 0;
    setState(TransferState::Running);
    Q_EMIT requestFinished();
}

} // namespace haul
