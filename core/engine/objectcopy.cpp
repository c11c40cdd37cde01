#include "objectcopy.h"

#include <QRandomGenerator>
#include <QTimer>

#include "engine/retrypolicy.h"
#include "net/s3client.h"

namespace haul {

namespace {

/// Content type and user metadata of the source, for CreateMultipartUpload (CopyObject copies
/// them by itself).
QList<std::pair<QByteArray, QByteArray>> metadataHeaders(const ObjectHead &head)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!head.contentType.isEmpty())
        headers.append({"Content-Type", head.contentType.toUtf8()});
    for (auto it = head.metadata.cbegin(); it != head.metadata.cend(); ++it)
        headers.append({"x-amz-meta-" + it.key().toUtf8(), it.value().toUtf8()});
    return headers;
}

} // namespace

ObjectCopy::ObjectCopy(S3Client *client, const CopyOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

void ObjectCopy::start(const QString &srcBucket, const QString &srcKey, const QString &dstBucket,
                       const QString &dstKey, Done done)
{
    m_srcBucket = srcBucket;
    m_srcKey = srcKey;
    m_dstBucket = dstBucket;
    m_dstKey = dstKey;
    m_done = std::move(done);
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->headObject(srcBucket, srcKey, [self](Result<ObjectHead> r) {
        if (self)
            self->onSourceHead(std::move(r));
    }));
}

void ObjectCopy::cancel()
{
    fail(Error(ErrorCode::Cancelled, m_srcKey));
}

void ObjectCopy::onSourceHead(Result<ObjectHead> head)
{
    if (!head)
        return fail(head.error());
    m_source = *head;
    if (m_source.size < m_options.multipartThreshold)
        return copyWhole(1);
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->createMultipartUpload(m_dstBucket, m_dstKey, metadataHeaders(m_source),
                                                   [self](Result<QString> r) {
                                                       if (self)
                                                           self->onCreated(std::move(r));
                                                   }));
}

void ObjectCopy::copyWhole(int attempt)
{
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->copyObject(m_srcBucket, m_srcKey, m_dstBucket, m_dstKey, m_source.etag,
                                        [self, attempt](Result<CopyResult> r) {
                                            if (!self || self->m_finished)
                                                return;
                                            if (r)
                                                return self->headCopy();
                                            auto again = [self, attempt] {
                                                if (self)
                                                    self->copyWhole(attempt + 1);
                                            };
                                            if (!self->retryLater(r.error(), attempt, again))
                                                self->fail(r.error());
                                        }));
}

void ObjectCopy::onCreated(Result<QString> uploadId)
{
    if (!uploadId)
        return fail(uploadId.error());
    m_uploadId = *uploadId;
    startParts();
}

void ObjectCopy::startParts()
{
    m_parts = planCopyParts(m_source.size, m_options.partSize);
    m_partEtags = QList<QString>(m_parts.size());
    const int first = std::min<int>(std::max(1, m_options.concurrency), int(m_parts.size()));
    for (m_nextPart = 0; m_nextPart < first; ++m_nextPart)
        copyPart(m_nextPart, 1);
}

void ObjectCopy::copyPart(int index, int attempt)
{
    if (m_finished)
        return;
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->uploadPartCopy(m_srcBucket, m_srcKey, m_dstBucket, m_dstKey, m_uploadId,
                                            m_parts.at(index), m_source.etag,
                                            [self, index, attempt](Result<CopyResult> r) {
                                                if (self)
                                                    self->onPartCopied(index, attempt, std::move(r));
                                            }));
}

void ObjectCopy::onPartCopied(int index, int attempt, Result<CopyResult> result)
{
    if (m_finished)
        return;
    if (!result) {
        QPointer<ObjectCopy> self(this);
        auto again = [self, index, attempt] {
            if (self)
                self->copyPart(index, attempt + 1);
        };
        if (!retryLater(result.error(), attempt, again))
            fail(result.error());
        return;
    }
    m_partEtags[index] = result->etag;
    ++m_partsDone;
    if (m_nextPart < m_parts.size())
        copyPart(m_nextPart++, 1);
    else if (m_partsDone == m_parts.size())
        complete();
}

void ObjectCopy::complete()
{
    QList<PartInfo> parts;
    for (const CopyPart &p : m_parts)
        parts.append({p.number, p.size(), m_partEtags.at(p.number - 1), {}});
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->completeMultipartUpload(m_dstBucket, m_dstKey, m_uploadId, parts,
                                                     [self](Result<CompleteResult> r) {
                                                         if (!self)
                                                             return;
                                                         if (!r)
                                                             return self->fail(r.error());
                                                         self->m_uploadId.clear(); // nothing to abort now
                                                         self->m_madeInParts = true;
                                                         self->headCopy();
                                                     }));
}

void ObjectCopy::headCopy()
{
    QPointer<ObjectCopy> self(this);
    m_calls.append(m_client->headObject(m_dstBucket, m_dstKey, [self](Result<ObjectHead> r) {
        if (self)
            self->verify(std::move(r));
    }));
}

void ObjectCopy::verify(Result<ObjectHead> head)
{
    if (!head)
        return fail(head.error());
    const QString expected = m_madeInParts ? multipartEtag(m_partEtags) : QString();
    const QString mismatch = copyMismatch(m_source, *head, expected);
    if (mismatch.isEmpty())
        return finish(std::move(head));
    Error e(ErrorCode::CopyNotVerified, m_srcKey);
    e.detail = mismatch;
    if (m_srcBucket != m_dstBucket || m_srcKey != m_dstKey)
        m_client->deleteObject(m_dstBucket, m_dstKey, [](Result<void>) {});
    fail(e);
}

void ObjectCopy::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true; // first: aborted calls call back at once
    for (const QPointer<S3Call> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    if (!m_uploadId.isEmpty())
        m_client->abortMultipartUpload(m_dstBucket, m_dstKey, m_uploadId, [](Result<void>) {});
    m_done(std::unexpected(error));
    deleteLater();
}

void ObjectCopy::finish(Result<ObjectHead> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(std::move(result));
    deleteLater();
}

bool ObjectCopy::retryLater(const Error &error, int attempt, std::function<void()> again)
{
    const auto delay = nextDelay(RetryPolicy{}, error, attempt, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    QTimer::singleShot(*delay, this, std::move(again));
    return true;
}

} // namespace haul
