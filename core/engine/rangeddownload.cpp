#include "rangeddownload.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include "engine/retrypolicy.h"

namespace haul {

namespace {

/// Bytes Qt may hold for one reply before it stops reading the socket (the kernel's socket
/// buffer takes over). Measured, 1 GiB from s3rver over 16 connections: peak RSS 120-175 MB
/// without a limit, 70-100 MB with 1 MiB, 55-60 MB with 256 KiB, at the same CPU time.
constexpr qint64 ReplyBufferSize = 256LL << 10;

QByteArray quoted(const QString &etag)
{
    return '"' + etag.toLatin1() + '"';
}

/// SSE-KMS and SSE-C objects have ETags that are not the MD5 of their bytes.
bool etagIsMd5(const S3Response &head)
{
    const QByteArray sse = head.header("x-amz-server-side-encryption").toLower();
    return !sse.startsWith("aws:kms")
        && head.header("x-amz-server-side-encryption-customer-algorithm").isEmpty();
}

/// "bytes 0-99/1000" → {0, 99, 1000}; all -1 when unparsable.
std::tuple<qint64, qint64, qint64> parseContentRange(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    const qsizetype dash = v.indexOf('-'), slash = v.indexOf('/');
    if (!v.startsWith("bytes ") || dash < 0 || slash < dash)
        return {-1, -1, -1};
    return {v.mid(6, dash - 6).toLongLong(), v.mid(dash + 1, slash - dash - 1).toLongLong(),
            v.mid(slash + 1).toLongLong()};
}

} // namespace

RangedDownload::RangedDownload(const TransferSnapshot &initial, S3Client *client, QThreadPool *pool,
                               const DownloadOptions &options, QObject *parent)
    : Transfer(initial, client, parent)
    , m_pool(pool)
    , m_options(options)
{
}

RangedDownload::~RangedDownload()
{
    stopRequests();
    if (m_digesting > 0)
        m_pool->waitForDone(); // a digest task may still read the file and post to us
    if (!m_keepTemporary || m_snap.state == TransferState::Cancelled)
        reset(); // removes the temporary file (and one kept from an earlier run)
}

void RangedDownload::begin()
{
    if (!m_planned) {
        // a key whose last segment is "..", say, is named for what it is, before any request
        if (!DownloadFile::isValidFileName(QFileInfo(m_snap.localPath).fileName()))
            return failWith(Error(ErrorCode::InvalidFileName, m_snap.key));
        return head(false);
    }
    // a retry or resume in this run: the file and the finished ranges are still good (every
    // GET is pinned to the ETag, so a replaced object shows as 412)
    for (Range &r : m_ranges) {
        if (r.state == PartState::Failed) { // "Retry": it gets its attempts again
            r.state = PartState::Waiting;
            r.attempts = 0;
        }
    }
    setState(TransferState::Running);
    m_nextWaiting = 0;
    maybeVerify();
    Q_EMIT requestFinished();
}

void RangedDownload::head(bool firstPart)
{
    S3Request r;
    r.method = "HEAD";
    r.bucket = m_snap.bucket;
    r.key = m_snap.key;
    r.subject = m_snap.key;
    r.headers = {{"x-amz-checksum-mode", "ENABLED"}};
    if (firstPart) // the size of part 1 tells the part size of the whole layout
        r.query = {{"partNumber", "1"}};
    m_control = m_client->send(r, [this, firstPart](Result<S3Response> result) {
        m_control = nullptr;
        if (firstPart)
            onFirstPart(result);
        else
            onHead(result);
    });
}

void RangedDownload::onHead(const Result<S3Response> &result)
{
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            retryOrFail(result.error());
        return;
    }
    m_head = S3Client::headFromResponse(*result);
    m_facts = ObjectFacts{};
    m_facts.size = m_head.size;
    m_facts.etag = m_head.etag;
    m_facts.checksumCrc32c = m_head.checksumCrc32c;
    m_facts.checksumType = QString::fromLatin1(result->header("x-amz-checksum-type").toUpper());
    m_facts.etagIsMd5 = etagIsMd5(*result);
    m_snap.size = m_head.size;
    if (settleExistingFile(m_head)) { // already there (nothing to fetch), or the user is asked
        if (m_snap.state != TransferState::Failed)
            discardRestored();
        return;
    }
    const int parts = std::max(multipartCount(m_head.etag), multipartCount(m_head.checksumCrc32c));
    if (parts > 1)
        return head(true);
    prepare(parts == 1 ? QList<PartLayout>{{m_head.size, 1, false}} : QList<PartLayout>{});
}

void RangedDownload::onFirstPart(const Result<S3Response> &result)
{
    if (!result && result.error().code == ErrorCode::Cancelled)
        return;
    if (!result && result.error().retryable) {
        retryOrFail(result.error());
        return;
    }
    const qint64 size = m_head.size;
    const int count = std::max(multipartCount(m_head.etag), multipartCount(m_head.checksumCrc32c));
    if (result) { // stores without partNumber (s3rver, RGW 16) answer for the whole object
        const qint64 partSize = result->header("content-length").toLongLong();
        if (result->header("x-amz-mp-parts-count").toInt() == count && layoutFits(size, partSize, count))
            return prepare({{partSize, count, false}});
    }
    prepare(guessLayouts(size, count, commonPartSizes(size, m_options.preferredPartSize)));
}

void RangedDownload::prepare(const QList<PartLayout> &layouts)
{
    m_facts.layouts = layouts;
    m_verify = planVerification(m_facts);
    const QList<ByteSpan> spans = planDownloadRanges(m_head.size, layouts.value(0),
                                                     m_options.rangeSize, m_options.singleBelow);
    m_ranges = QVector<Range>(spans.size());
    for (int i = 0; i < spans.size(); ++i)
        m_ranges[i].span = spans[i];
    m_rangesDone = 0;
    m_received = 0;
    m_mismatch.clear();
    if (!resumeFromJournal()) {
        if (const Error e = openFile(); !e.ok())
            return failAndDiscard(e);
    }
    m_planned = true;
    m_snap.partCount = int(m_ranges.size());
    m_snap.partsDone = m_rangesDone;
    setProgress(m_received);
    planUnits();
    begin();
}

Error RangedDownload::openFile()
{
    ++m_epoch;
    const QString tag = QString::number(m_snap.id) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate() % 0xFFFFFF, 36);
    Error e = m_file.create(m_snap.localPath, tag, m_head.size);
    if (e.code == ErrorCode::InvalidFileName)
        e.subject = m_snap.key; // the key is what the user can rename
    return e;
}

bool RangedDownload::startNext()
{
    if (m_snap.state != TransferState::Running || m_control)
        return false;
    while (m_nextWaiting < m_ranges.size() && m_ranges[m_nextWaiting].state != PartState::Waiting)
        ++m_nextWaiting;
    if (m_nextWaiting >= m_ranges.size())
        return false;
    fetch(m_nextWaiting++);
    return true;
}

void RangedDownload::fetch(int index)
{
    Range &range = m_ranges[index];
    range.state = PartState::Sending;
    range.base = range.written;
    range.error = Error();
    ++m_inFlight;
    S3Request r;
    r.bucket = m_snap.bucket;
    r.key = m_snap.key;
    r.subject = m_snap.key;
    const qint64 first = range.span.offset + range.written, last = range.span.end() - 1;
    r.headers = {{"If-Match", quoted(m_head.etag)},
                 {"Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last)},
                 {"Accept-Encoding", "identity"}}; // bytes as stored: Qt must not gunzip them
    r.readBufferSize = ReplyBufferSize;
    r.onData = [this, index](const QByteArray &chunk) { return write(index, chunk); };
    const int serial = ++range.serial;
    range.call = m_client->send(r, [this, index, serial](Result<S3Response> result) {
        if (index >= m_ranges.size() || m_ranges[index].serial != serial || !m_ranges[index].call)
            return; // stopped by us (pause, cancel, failure elsewhere)
        m_ranges[index].call = nullptr;
        onRange(index, result);
    });
}

bool RangedDownload::write(int index, const QByteArray &chunk)
{
    Range &range = m_ranges[index];
    if (range.written + chunk.size() > range.span.length) {
        range.error = Error(ErrorCode::ProtocolError, m_snap.key,
                            QStringLiteral("the server sent more bytes than the range asked for"));
        return false;
    }
    if (Error e = m_file.writeAt(range.span.offset + range.written, chunk); !e.ok()) {
        range.error = e;
        return false;
    }
    range.written += chunk.size();
    m_received += chunk.size();
    setProgress(m_received);
    return true;
}

void RangedDownload::onRange(int index, const Result<S3Response> &result)
{
    Range &range = m_ranges[index];
    --m_inFlight;
    Error error = range.error;
    if (error.ok() && !result)
        error = result.error();
    if (error.ok())
        error = checkAnswer(range, *result);
    if (error.ok())
        return rangeDone(index);
    const ErrorCode code = error.code;
    if (code == ErrorCode::PreconditionFailed || code == ErrorCode::DiskFull || code == ErrorCode::FileTooLarge
        || code == ErrorCode::DestinationNotWritable || code == ErrorCode::NoSuchKey
        || code == ErrorCode::ObjectArchived)
        return failAndDiscard(error); // the object changed, went or is archived, or the disk cannot take it
    if (code == ErrorCode::ProtocolError) { // bytes of this answer cannot be trusted
        m_received -= range.written - range.base;
        range.written = range.base;
    }
    rangeFailed(index, error);
}

/// A 206 for exactly the bytes asked, or a 200 when they are the whole object; anything else
/// (a store that ignores Range) would put bytes in the wrong place. The ETag must be the one of
/// the HEAD: s3rver ignores If-Match.
Error RangedDownload::checkAnswer(const Range &range, const S3Response &response) const
{
    const QByteArray etag = response.header("etag");
    if (!etag.isEmpty() && etag != quoted(m_head.etag) && etag != m_head.etag.toLatin1()) {
        Error e(ErrorCode::PreconditionFailed, m_snap.key,
                QStringLiteral("ETag %1 instead of %2").arg(QString::fromLatin1(etag), m_head.etag));
        return e;
    }
    const qint64 first = range.span.offset + range.base;
    const auto [from, to, total] = parseContentRange(response.header("content-range"));
    const bool whole = first == 0 && range.span.length == m_head.size;
    const bool exact = response.status == 206 && from == first && to == range.span.end() - 1
        && total == m_head.size;
    if (!exact && !(response.status == 200 && whole)) {
        Error e(ErrorCode::ProtocolError, m_snap.key,
                QStringLiteral("asked for bytes %1-%2, got HTTP %3 with Content-Range \"%4\"")
                    .arg(first).arg(range.span.end() - 1).arg(response.status)
                    .arg(QString::fromLatin1(response.header("content-range"))));
        return e;
    }
    if (range.written < range.span.length) { // the body ended early: continue from there
        Error e(ErrorCode::ConnectionReset, m_snap.key,
                QStringLiteral("the answer ended after %1 of %2 bytes")
                    .arg(range.written - range.base).arg(range.span.length - range.base));
        e.retryable = true;
        return e;
    }
    return {};
}

void RangedDownload::rangeDone(int index)
{
    Range &range = m_ranges[index];
    range.state = PartState::Done;
    ++m_rangesDone;
    m_snap.partsDone = m_rangesDone;
    Q_EMIT changed();
    digestSpan(range.span);
    maybeVerify();
    Q_EMIT requestFinished();
}

void RangedDownload::rangeFailed(int index, const Error &error)
{
    Range &range = m_ranges[index];
    const auto delay = nextDelay(RetryPolicy{}, error, range.attempts + 1,
                                 QRandomGenerator::global()->generateDouble());
    if (!delay) {
        range.state = PartState::Failed;
        stopRequests();
        return failWith(error); // the file and the finished ranges stay for "Retry"
    }
    ++range.attempts;
    ++m_snap.attempts;
    m_snap.error = error;
    range.state = PartState::Retrying;
    Q_EMIT changed();
    const int generation = m_generation;
    QTimer::singleShot(*delay, this, [this, index, generation] {
        if (generation != m_generation || index >= m_ranges.size()
            || m_ranges[index].state != PartState::Retrying)
            return;
        m_ranges[index].state = PartState::Waiting;
        m_nextWaiting = std::min(m_nextWaiting, index);
        Q_EMIT requestFinished();
    });
}

void RangedDownload::failAndDiscard(const Error &error)
{
    stopRequests();
    reset();
    failWith(error);
}

/// Forgets the file and the plan: the next start begins with a new HeadObject.
void RangedDownload::reset()
{
    ++m_epoch; // digests still running belong to the old file
    m_file.discard();
    discardRestored();
    m_planned = false;
    m_ranges.clear();
    m_units.clear();
    m_rangesDone = 0;
    m_received = 0;
    m_snap.partsDone = 0;
    m_snap.transferred = 0;
}

void RangedDownload::stopRequests()
{
    if (m_control) {
        S3Call *c = m_control;
        m_control = nullptr;
        c->abort();
    }
    for (Range &r : m_ranges) {
        if (r.call) {
            S3Call *c = r.call;
            r.call = nullptr;
            c->abort(); // its callback sees no call and does nothing
        }
        if (r.state == PartState::Sending || r.state == PartState::Retrying)
            r.state = PartState::Waiting; // what it wrote stays; it continues from there
    }
    m_inFlight = 0;
    m_nextWaiting = 0;
}

void RangedDownload::cleanUp()
{
    reset();
}

PartsSnapshot RangedDownload::parts() const
{
    PartsSnapshot s;
    s.id = m_snap.id;
    s.states.reserve(m_ranges.size());
    s.fill.reserve(m_ranges.size());
    for (const Range &r : m_ranges) {
        s.states.append(r.state);
        s.fill.append(r.span.length > 0 ? float(double(r.written) / double(r.span.length)) : 0.f);
    }
    return s;
}

} // namespace haul
