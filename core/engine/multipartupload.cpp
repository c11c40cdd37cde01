#include "multipartupload.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include "engine/checksum.h"
#include "engine/filerangedevice.h"
#include "engine/retrypolicy.h"
#include "engine/singleupload.h"
#include "s3/s3error.h"

namespace haul {

namespace {

QString unquote(QString etag)
{
    etag.remove(QLatin1Char('"'));
    return etag;
}

bool isPlainMd5(const QString &etag)
{
    return etag.size() == 32 && !etag.contains(QLatin1Char('-'));
}

} // namespace

MultipartUpload::MultipartUpload(const TransferSnapshot &initial, S3Client *client,
                                 QThreadPool *pool, qint64 preferredPartSize, QObject *parent)
    : Transfer(initial, client, parent)
    , m_pool(pool)
    , m_preferredPartSize(preferredPartSize)
{
    if (client)
        m_checksum = client->account().checksum;
}

MultipartUpload::~MultipartUpload()
{
    stopRequests();
    m_pool->waitForDone(); // a digest task may still post to us
}

bool MultipartUpload::statFile()
{
    const QFileInfo info(m_snap.localPath);
    if (!info.exists()) {
        failWith(Error(ErrorCode::FileVanished, m_snap.localPath));
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        failWith(Error(info.isFile() || info.isDir() ? ErrorCode::FileUnreadable : ErrorCode::NotAFile, m_snap.localPath));
        return false;
    }
    const QDateTime mtime = info.lastModified().toUTC();
    if (!m_parts.isEmpty()) { // planned before: the file must be as it was
        if (info.size() == m_snap.size && mtime == m_mtime)
            return true;
        cleanUp(); // never resume into a changed file: abort, and "Retry" starts over
        m_parts.clear();
        m_completedEtag.clear();
        m_snap.partsDone = 0;
        failWith(Error(ErrorCode::FileChanged, m_snap.localPath));
        return false;
    }
    const auto plan = planParts(info.size(), m_preferredPartSize);
    if (!plan) {
        failWith(plan.error());
        return false;
    }
    m_plan = *plan;
    m_snap.size = info.size();
    m_mtime = mtime;
    m_snap.partCount = m_plan.partCount;
    m_parts = QVector<Part>(m_plan.partCount);
    m_nextWaiting = 0;
    m_inFlight = 0;
    return true;
}

void MultipartUpload::begin()
{
    if (!statFile())
        return;
    if (!m_completedEtag.isEmpty()) { // completed; paused while comparing the whole MD5
        setState(TransferState::Verifying);
        return verifyWholeMd5();
    }
    if (m_uploadId.isEmpty())
        return create();
    if (m_restored) {
        m_restored = false;
        return listExisting(0);
    }
    if (m_snap.partsDone == m_parts.size())
        return complete(); // e.g. retrying a Complete that failed
    m_nextWaiting = 0;
    setState(TransferState::Running);
    Q_EMIT requestFinished();
}

void MultipartUpload::create()
{
    auto headers = SingleUpload::uploadHeaders(m_snap.localPath, m_mtime, m_snap.storageClass);
    if (useCrc())
        headers.append(std::pair<QByteArray, QByteArray>("x-amz-checksum-algorithm", "CRC32C"));
    m_control = m_client->createMultipartUpload(
        m_snap.bucket, m_snap.key, headers, [this](Result<QString> id) {
            m_control = nullptr;
            if (!id) {
                if (id.error().code != ErrorCode::Cancelled)
                    retryOrFail(SingleUpload::storageClassRefusal(id.error(), m_snap.storageClass));
                return;
            }
            m_uploadId = *id;
            setState(TransferState::Running);
            Q_EMIT requestFinished();
        });
}

bool MultipartUpload::startNext()
{
    if (m_snap.state != TransferState::Running || m_control)
        return false;
    while (m_nextWaiting < m_parts.size() && m_parts[m_nextWaiting].state != PartState::Waiting)
        ++m_nextWaiting;
    if (m_nextWaiting >= m_parts.size())
        return false;
    digest(m_nextWaiting++);
    return true;
}

void MultipartUpload::digest(int index)
{
    Part &part = m_parts[index];
    part.state = PartState::Sending;
    part.sent = 0;
    ++m_inFlight;
    if (!part.md5Hex.isEmpty())
        return send(index); // digested ahead, with its group
    const auto [first, end] = digestGroup(index);
    for (int i = first; i < end; ++i) {
        if (i != index && awaitsDigest(m_parts[i]))
            return; // its group is being digested: it is sent when that ends
    }
    digestParts(first, end);
}

std::pair<int, int> MultipartUpload::digestGroup(int index) const
{
    // A group reads at most this much before its first part can go (the first parts of an upload
    // wait for their whole group).
    constexpr qint64 GroupBytes = 256LL << 20;
    const int size = int(std::clamp<qint64>(GroupBytes / std::max<qint64>(1, m_plan.partSize), 1, DigestLanes));
    const int first = index - index % size;
    return {first, std::min(first + size, int(m_parts.size()))};
}

/// Digests the parts of [first, end) that have no digest yet, in one pass on the pool: their
/// MD5s side by side cost a fraction of one after another. A part not asked for yet keeps its
/// digest until its turn.
void MultipartUpload::digestParts(int first, int end)
{
    QList<int> indices;
    QList<FileRange> ranges;
    for (int i = first; i < end; ++i) {
        if (m_parts[i].state != PartState::Done && m_parts[i].md5Hex.isEmpty()) {
            indices.append(i);
            ranges.append({partOffset(m_plan, i + 1), partLength(m_plan, i + 1)});
        }
    }
    const QString path = m_snap.localPath;
    const int generation = m_generation;
    m_pool->start([this, path, indices, ranges, generation] {
        const QList<Result<RangeDigest>> digests = digestFileRanges(path, ranges, true);
        QMetaObject::invokeMethod(this, [this, indices, digests, generation] {
            if (generation == m_generation && indices.last() < m_parts.size()) // else paused,
                onDigests(indices, digests);                                    // cancelled, replanned
        });
    });
}

void MultipartUpload::onDigests(const QList<int> &indices, const QList<Result<RangeDigest>> &digests)
{
    for (int k = 0; k < indices.size(); ++k) {
        Part &part = m_parts[indices[k]];
        if (digests[k] && part.state != PartState::Done) {
            part.crc = digests[k]->crc32c;
            part.md5Hex = digests[k]->md5.toHex();
        }
    }
    const auto [first, end] = digestGroup(indices.first());
    bool again = false; // a part that failed meanwhile and lost its digest waits in the group
    for (int i = first; i < end; ++i) {
        if (!awaitsDigest(m_parts[i]))
            continue;
        if (!m_parts[i].md5Hex.isEmpty()) {
            send(i);
            continue;
        }
        const qsizetype k = indices.indexOf(i);
        if (k >= 0 && !digests[k])
            partFailed(i, digests[k].error());
        else
            again = true;
    }
    if (again)
        digestParts(first, end);
}

void MultipartUpload::send(int index)
{
    Part &part = m_parts[index];
    const qint64 length = partLength(m_plan, index + 1);
    part.device = new FileRangeDevice(m_snap.localPath, partOffset(m_plan, index + 1), length, this);
    part.device->setKeepMd5(false); // the digest pass has the part's MD5 already
    if (m_limiter)
        part.device->setLimiter(m_limiter);
    if (!part.device->open(QIODevice::ReadOnly))
        return partFailed(index, Error(ErrorCode::FileUnreadable, m_snap.localPath,
                                       part.device->errorString()));
    S3Request r;
    r.method = "PUT";
    r.bucket = m_snap.bucket;
    r.key = m_snap.key;
    r.subject = m_snap.key;
    r.query = {{"partNumber", QByteArray::number(index + 1)}, {"uploadId", m_uploadId.toUtf8()}};
    r.device = part.device;
    r.deviceSize = length;
    if (useCrc())
        r.headers = {{"x-amz-checksum-crc32c", Crc32c::toBase64(part.crc)}};
    else if (m_checksum == ChecksumMode::Md5)
        r.headers = {{"Content-MD5", QByteArray::fromHex(part.md5Hex).toBase64()}};
    r.onProgress = [this, index](qint64 sent) {
        if (sent > m_parts[index].sent) { // Qt may re-send: never go backwards
            m_parts[index].sent = sent;
            updateProgress();
        }
    };
    part.call = m_client->send(r, [this, index](Result<S3Response> result) {
        m_parts[index].call = nullptr;
        onPart(index, result);
    });
}

void MultipartUpload::onPart(int index, const Result<S3Response> &result)
{
    Part &part = m_parts[index];
    releaseDevice(part);
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            partFailed(index, result.error());
        return;
    }
    part.etag = unquote(QString::fromLatin1(result->header("etag")));
    if (isPlainMd5(part.etag) && part.etag.toLatin1().toLower() != part.md5Hex) {
        Error e(ErrorCode::ChecksumMismatch, m_snap.key);
        e.detail = QStringLiteral("part %1: ETag %2, local MD5 %3")
                       .arg(index + 1).arg(part.etag, QString::fromLatin1(part.md5Hex));
        e.retryable = true; // corrupted on the way: sending it again can help
        return partFailed(index, e);
    }
    part.state = PartState::Done;
    --m_inFlight;
    ++m_snap.partsDone;
    updateProgress();
    if (m_snap.partsDone == m_parts.size() && m_snap.state == TransferState::Running)
        return complete(); // (when paused, resuming completes)
    Q_EMIT requestFinished();
}

void MultipartUpload::partFailed(int index, const Error &error)
{
    Part &part = m_parts[index];
    releaseDevice(part);
    --m_inFlight;
    part.sent = 0;
    part.md5Hex.clear(); // a retry reads the file again
    if (refusesChecksumHeader(error) && m_checksum == ChecksumMode::Auto) {
        m_checksum = ChecksumMode::Md5; // this store refuses x-amz-checksum-crc32c
        part.state = PartState::Waiting;
        m_nextWaiting = std::min(m_nextWaiting, index);
        Q_EMIT requestFinished();
        return;
    }
    if (error.code == ErrorCode::NoSuchUpload) { // e.g. cleaned up by a lifecycle rule
        stopRequests(); // the other parts go to the same lost upload
        return findCompleted();
    }
    const auto delay = error.code == ErrorCode::ChecksumMismatch && part.attempts < 3
        ? std::optional(std::chrono::milliseconds(100))
        : nextDelay(RetryPolicy{}, error, part.attempts, QRandomGenerator::global()->generateDouble());
    if (!delay) {
        part.state = PartState::Failed;
        stopRequests();
        return failWith(error); // the upload id and done parts stay for "Retry"
    }
    ++part.attempts;
    ++m_snap.attempts;
    m_snap.error = error;
    part.state = PartState::Retrying;
    updateProgress();
    const int generation = m_generation;
    QTimer::singleShot(*delay, this, [this, index, generation] {
        if (generation != m_generation || m_parts[index].state != PartState::Retrying)
            return;
        m_parts[index].state = PartState::Waiting;
        m_nextWaiting = std::min(m_nextWaiting, index);
        Q_EMIT requestFinished();
    });
}

void MultipartUpload::complete()
{
    if (!statFile())
        return;
    setState(TransferState::Verifying);
    QList<PartInfo> list;
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &p = m_parts[i];
        list.append({i + 1, partLength(m_plan, i + 1), p.etag,
                     useCrc() ? QString::fromLatin1(Crc32c::toBase64(p.crc)) : QString()});
    }
    m_control = m_client->completeMultipartUpload(
        m_snap.bucket, m_snap.key, m_uploadId, list, [this](Result<CompleteResult> r) {
            m_control = nullptr;
            onComplete(r);
        });
}

void MultipartUpload::onComplete(const Result<CompleteResult> &result)
{
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            return;
        if (m_completeTries++ > 0)
            return checkEarlierComplete(result.error());
        retryOrFail(result.error());
        return;
    }
    if (!result->etag.isEmpty())
        return verify(result->etag, result->checksumCrc32c);
    // Ceph RGW 16 answers with an empty <ETag>: ask for it.
    m_control = m_client->headObject(m_snap.bucket, m_snap.key, [this](Result<ObjectHead> head) {
        m_control = nullptr;
        if (!head)
            return failWith(head.error());
        verify(head->etag, head->checksumCrc32c);
    });
}

/// A Complete sent again failed (s3rver answers a finished upload id with 500, S3 with
/// NoSuchUpload): the earlier attempt, whose answer never came, may have assembled the object.
/// If the key holds an object of this size whose ETag or checksum can be ours, verify it as
/// the answer to Complete; otherwise retry (or fail) with the error.
void MultipartUpload::checkEarlierComplete(const Error &error)
{
    m_control = m_client->headObject(m_snap.bucket, m_snap.key, [this, error](Result<ObjectHead> head) {
        m_control = nullptr;
        if (head && head->size == m_snap.size && couldBeOurs(*head))
            return verify(head->etag, head->checksumCrc32c);
        retryOrFail(error);
    });
}

bool MultipartUpload::couldBeOurs(const ObjectHead &head) const
{
    const CompleteCheck check = checkAgainstParts(head.etag, head.checksumCrc32c);
    return check == CompleteCheck::CompositeCrc32c || check == CompleteCheck::MultipartEtag
        || check == CompleteCheck::WholeMd5;
}

void MultipartUpload::releaseDevice(Part &part)
{
    if (part.device) {
        part.device->close();
        part.device->deleteLater();
        part.device = nullptr;
    }
}

void MultipartUpload::stopRequests()
{
    if (m_control) {
        S3Call *c = m_control;
        m_control = nullptr;
        c->abort();
    }
    for (Part &p : m_parts) {
        if (p.call) {
            S3Call *c = p.call;
            p.call = nullptr;
            c->abort(); // its callback sees Cancelled and does nothing
        }
        releaseDevice(p);
        if (p.state == PartState::Sending || p.state == PartState::Retrying)
            p.state = PartState::Waiting;
        p.sent = 0;
    }
    m_inFlight = 0;
    m_nextWaiting = 0;
    updateProgress();
}

void MultipartUpload::pauseRequests()
{
    if (m_control) {
        S3Call *c = m_control;
        m_control = nullptr;
        c->abort();
    }
    for (Part &p : m_parts) {
        const bool digesting = p.state == PartState::Sending && !p.call;
        if (digesting)
            --m_inFlight; // its digest result is dropped (the generation changed)
        if (digesting || p.state == PartState::Retrying) {
            p.state = PartState::Waiting;
            p.sent = 0;
        }
    }
    m_nextWaiting = 0;
    updateProgress();
}

void MultipartUpload::cleanUp()
{
    if (m_uploadId.isEmpty() || !m_client)
        return;
    Q_EMIT abortNeeded({m_snap.accountName, m_snap.bucket, m_snap.key, m_uploadId});
    m_uploadId.clear();
}

void MultipartUpload::updateProgress()
{
    qint64 total = 0;
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part &p = m_parts[i];
        total += p.state == PartState::Done ? partLength(m_plan, i + 1) : p.sent;
    }
    setProgress(total);
}

PartsSnapshot MultipartUpload::parts() const
{
    PartsSnapshot s;
    s.id = m_snap.id;
    s.states.reserve(m_parts.size());
    s.fill.reserve(m_parts.size());
    for (int i = 0; i < m_parts.size(); ++i) {
        s.states.append(m_parts[i].state);
        const qint64 len = partLength(m_plan, i + 1);
        s.fill.append(len > 0 ? float(double(m_parts[i].sent) / double(len)) : 0.f);
    }
    return s;
}

} // namespace haul
