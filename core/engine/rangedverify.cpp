// RangedDownload: digests read back from the temporary file on the pool, the check, the rename.
#include <QThreadPool>

#include "engine/rangeddownload.h"
#include "sync/compare.h"

namespace haul {

namespace {

QString methodName(VerifyMethod method)
{
    switch (method) {
    case VerifyMethod::Crc32c: return QStringLiteral("CRC32C");
    case VerifyMethod::CompositeCrc32c: return QStringLiteral("composite CRC32C");
    case VerifyMethod::Md5Etag: return QStringLiteral("ETag (MD5)");
    case VerifyMethod::MultipartEtag: return QStringLiteral("multipart ETag");
    default: return QStringLiteral("size");
    }
}

/// Index of the last item whose span starts at or before offset (items sorted, adjacent).
template <typename List, typename SpanOf>
int lastStartingAtOrBefore(const List &list, qint64 offset, SpanOf spanOf)
{
    const auto it = std::upper_bound(list.cbegin(), list.cend(), offset,
                                     [&](qint64 at, const auto &item) { return at < spanOf(item).offset; });
    return int(it - list.cbegin()) - 1;
}

const ByteSpan &unitSpan(const auto &unit)
{
    return unit.digest->span;
}

} // namespace

void RangedDownload::planUnits()
{
    m_units.clear();
    m_readyParts = QVector<QList<int>>(m_verify.layouts.size());
    for (const DigestLayout &layout : std::as_const(m_verify.layouts)) {
        Units units;
        for (const ByteSpan &span : layout.units)
            units.append({std::make_shared<UnitDigest>(span, m_verify.digest), false});
        m_units.append(units);
    }
    digestSpan({0, m_head.size}); // ranges kept from an interrupted run are read back now
}

int RangedDownload::rangeAt(qint64 offset) const
{
    return lastStartingAtOrBefore(m_ranges, offset, [](const Range &r) { return r.span; });
}

/// Lets every unit that overlaps span go on digesting (span's bytes are now on disk).
void RangedDownload::digestSpan(ByteSpan span)
{
    for (int l = 0; l < m_units.size(); ++l) {
        const Units &units = m_units[l];
        const int first = std::max(0, lastStartingAtOrBefore(units, span.offset, unitSpan<Unit>));
        for (int u = first; u < units.size() && unitSpan(units[u]).offset < std::max(span.end(), qint64(1)); ++u)
            digestMore(l, u);
    }
}

/// How far the finished ranges reach without a gap from `from`, at most to `end`.
qint64 RangedDownload::onDiskUpTo(qint64 from, qint64 end) const
{
    qint64 to = from;
    for (int i = std::max(0, rangeAt(to)); i < m_ranges.size() && to < end; ++i) {
        const Range &r = m_ranges[i];
        if (r.state != PartState::Done || r.span.offset > to)
            break;
        to = std::min(r.span.end(), end);
    }
    return to;
}

/// Starts a pool task over the finished bytes that follow the unit's cursor, if there are any
/// and no task runs for the unit yet. Parts batched side by side wait until they are whole.
void RangedDownload::digestMore(int l, int u)
{
    Unit &unit = m_units[l][u];
    if (unit.busy || unit.queued || unit.digest->isComplete())
        return;
    const qint64 end = unit.digest->span.end();
    const qint64 to = onDiskUpTo(unit.digest->cursor, end);
    if (to <= unit.digest->cursor)
        return;
    if (batchesParts(l)) {
        if (to == end && unit.digest->cursor == unit.digest->span.offset) {
            unit.queued = true;
            m_readyParts[l].append(u);
        }
        return startPartBatches(l);
    }
    unit.busy = true;
    ++m_digesting;
    const std::shared_ptr<UnitDigest> digest = unit.digest;
    const QString path = m_file.path();
    const int epoch = m_epoch;
    m_pool->start([this, digest, path, to, l, u, epoch] {
        const Error e = feedFromFile(path, *digest, to);
        QMetaObject::invokeMethod(this, [this, e, l, u, epoch] {
            --m_digesting;
            if (epoch == m_epoch)
                onDigested(l, u, e);
        });
    });
}

/// A multipart ETag's part MD5s: MD5 is serial within a part, but digestFileRanges() hashes up
/// to DigestLanes parts side by side (0.24 instead of about 1.1 CPU s per GiB), so parts whose
/// bytes are all on disk wait for a full batch.
bool RangedDownload::batchesParts(int l) const
{
    return m_verify.digest == DigestKind::Md5 && m_units[l].size() > 1;
}

/// Starts batches of DigestLanes waiting parts; the rest too once no more parts are coming.
void RangedDownload::startPartBatches(int l)
{
    QList<int> &ready = m_readyParts[l];
    const bool last = m_rangesDone == m_ranges.size();
    while (ready.size() >= DigestLanes || (last && !ready.isEmpty())) {
        const qsizetype n = std::min<qsizetype>(DigestLanes, ready.size());
        digestParts(l, ready.first(n));
        ready.remove(0, n);
    }
}

void RangedDownload::digestParts(int l, const QList<int> &parts)
{
    QList<FileRange> spans;
    QList<std::shared_ptr<UnitDigest>> digests;
    for (int u : parts) {
        Unit &unit = m_units[l][u];
        unit.queued = false;
        unit.busy = true;
        spans.append({unit.digest->span.offset, unit.digest->span.length});
        digests.append(unit.digest);
    }
    ++m_digesting;
    const QString path = m_file.path();
    const int epoch = m_epoch;
    m_pool->start([this, path, spans, digests, parts, l, epoch] {
        const QList<Result<RangeDigest>> results = digestFileRanges(path, spans, true);
        Error error;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results[i])
                digests[i]->setComputed(results[i]->md5);
            else // our own temporary file cannot be read back
                error = Error(ErrorCode::FileUnreadable, path, results[i].error().message);
        }
        QMetaObject::invokeMethod(this, [this, error, parts, l, epoch] {
            --m_digesting;
            if (epoch != m_epoch)
                return;
            for (int u : parts)
                m_units[l][u].busy = false;
            if (!error.ok())
                return failAndDiscard(error);
            maybeVerify();
        });
    });
}

void RangedDownload::onDigested(int l, int u, const Error &error)
{
    m_units[l][u].busy = false;
    if (!error.ok())
        return failAndDiscard(error); // our own temporary file cannot be read back
    digestMore(l, u);
    maybeVerify();
}

bool RangedDownload::digestsComplete() const
{
    for (const Units &units : m_units) {
        for (const Unit &unit : units) {
            if (unit.busy || !unit.digest->isComplete())
                return false; // its task reports back and calls maybeVerify() again
        }
    }
    return true;
}

/// Verifies once every range is written and every unit digested (whichever comes last).
void RangedDownload::maybeVerify()
{
    if (!m_planned || m_rangesDone < m_ranges.size())
        return;
    if (m_snap.state != TransferState::Running && m_snap.state != TransferState::Verifying)
        return;
    if (m_snap.state == TransferState::Running)
        setState(TransferState::Verifying);
    for (int l = 0; l < m_units.size(); ++l) {
        if (batchesParts(l))
            startPartBatches(l); // the last parts, fewer than a batch
    }
    if (digestsComplete())
        verify();
}

void RangedDownload::verify()
{
    QStringList computed;
    for (int l = 0; l < m_units.size(); ++l) {
        QList<QByteArray> digests;
        for (const Unit &unit : std::as_const(m_units[l]))
            digests.append(unit.digest->result());
        const DigestLayout &layout = m_verify.layouts[l];
        computed.append(combinedDigest(m_verify.digest, layout, digests));
        if (digestMatches(m_verify, computed.last()))
            return finish(layout.method);
    }
    const bool firstCheck = m_mismatch.isEmpty();
    if (firstCheck && (m_verify.layouts.isEmpty() || !m_verify.conclusive)) // nothing to compare,
        return finish(VerifyMethod::Size); // or the part sizes were guessed and all were wrong
    const QString mismatch = QStringLiteral("%1: the store has %2, the bytes received give %3")
                                 .arg(methodName(m_verify.layouts.first().method), m_verify.expected,
                                      computed.join(QLatin1String(" / ")));
    if (firstCheck && checkAnotherWay(mismatch))
        return;
    Error e(ErrorCode::ChecksumMismatch, m_snap.key);
    e.detail = firstCheck ? mismatch : m_mismatch + QStringLiteral("; ") + mismatch;
    failAndDiscard(e);
}

/// A store may keep a wrong checksum (moto without its optional crc32c module keeps a CRC32
/// under the name CRC32C): before bytes are called damaged on a stored CRC32C alone, the ETag
/// check, independent of it, reads them once more. True when that check was started.
bool RangedDownload::checkAnotherWay(const QString &mismatch)
{
    if (m_verify.digest != DigestKind::Crc32c)
        return false;
    ObjectFacts facts = m_facts;
    facts.checksumCrc32c.clear();
    const VerifyPlan other = planVerification(facts);
    if (other.layouts.isEmpty())
        return false;
    m_verify = other;
    m_mismatch = mismatch; // the error detail, should this check fail too
    planUnits();
    maybeVerify();
    return true;
}

void RangedDownload::finish(VerifyMethod method)
{
    // the time the file had where it came from: rclone's mtime metadata, else LastModified
    if (Error e = m_file.commit(objectModificationTime(m_head)); !e.ok()) {
        if (e.code == ErrorCode::InvalidFileName)
            e.subject = m_snap.key;
        return failAndDiscard(e);
    }
    succeed(method);
}

} // namespace haul
