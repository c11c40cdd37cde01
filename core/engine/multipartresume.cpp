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
                return findCompleted();
            // No ListParts (s3rver), or an account that may upload but not list parts (a
            // drop-box policy with s3:PutObject alone): the parts the journal recorded as stored.
            if (e.httpStatus == 405 || e.httpStatus == 501 || e.code == ErrorCode::AccessDenied)
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

/// The upload id is gone (NoSuchUpload): the store threw it away, or Complete succeeded just
/// before Haul stopped — the journal is written a second after changes, so it can still name a
/// finished upload. An object of the file's size at the key is checked against the file's own
/// parts (all digested, side by side); if it is this file it is verified like Complete's answer
/// and nothing is sent again. Otherwise the upload starts over.
void MultipartUpload::findCompleted()
{
    ++m_generation; // digests and retries of the lost upload are void
    setState(TransferState::Preparing);
    m_control = m_client->headObject(m_snap.bucket, m_snap.key, [this](Result<ObjectHead> head) {
        m_control = nullptr;
        if (!head && head.error().code == ErrorCode::Cancelled)
            return;
        if (!head && head.error().code != ErrorCode::NoSuchKey)
            return void(retryOrFail(head.error()));
        if (!head || head->size != m_snap.size)
            return startOver();
        QList<FileRange> ranges;
        for (int i = 0; i < m_parts.size(); ++i)
            ranges.append({partOffset(m_plan, i + 1), partLength(m_plan, i + 1)});
        const QString path = m_snap.localPath;
        const int generation = m_generation;
        m_pool->start([this, path, ranges, generation, object = *head] {
            const QList<Result<RangeDigest>> digests = digestFileRanges(path, ranges, true);
            QMetaObject::invokeMethod(this, [this, object, digests, generation] {
                if (generation == m_generation) // else paused or cancelled
                    onWholeFileDigested(object, digests);
            });
        });
    });
}

void MultipartUpload::onWholeFileDigested(const ObjectHead &head, const QList<Result<RangeDigest>> &digests)
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (!digests.value(i))
            return failWith(digests.value(i).error());
        m_parts[i].md5Hex = digests[i]->md5.toHex();
        m_parts[i].crc = digests[i]->crc32c;
    }
    if (!couldBeOurs(head))
        return startOver(); // another object (or one that cannot be compared): send the file
    for (Part &p : m_parts)
        p.state = PartState::Done;
    m_snap.partsDone = int(m_parts.size());
    updateProgress();
    setState(TransferState::Verifying);
    m_adoptingStored = true;
    verify(head.etag, head.checksumCrc32c);
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
