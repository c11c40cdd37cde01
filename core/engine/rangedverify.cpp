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

/// Index of the last span in `spans` (sorted, adjacent) that starts at or before offset.
template <typename List, typename SpanOf>
int lastStartingAtOrBefore(const List &list, qint64 offset, SpanOf spanOf)
{
    const auto it = std::upper_bound(list.cbegin(), list.cend(), offset,
                                     [&](qint64 at, const auto &item) { return at < spanOf(item).offset; });
    return int(it - list.cbegin()) - 1;
}

} // namespace

void RangedDownload::planUnits()
{
    m_units.clear();
    if (m_verify.digest == DigestKind::None)
        return;
    const QList<ByteSpan> spans = m_verify.perPart ? layoutParts(m_head.size, m_facts.layout)
                                                   : QList<ByteSpan>{{0, m_head.size}};
    for (const ByteSpan &span : spans)
        m_units.append({std::make_shared<UnitDigest>(span, m_verify.digest), false});
    for (int u = 0; u < m_units.size(); ++u)
        digestMore(u); // ranges kept from an interrupted run are read back now
}

int RangedDownload::rangeAt(qint64 offset) const
{
    return lastStartingAtOrBefore(m_ranges, offset, [](const Range &r) { return r.span; });
}

int RangedDownload::unitAt(qint64 offset) const
{
    return lastStartingAtOrBefore(m_units, offset, [](const Unit &u) { return u.digest->span; });
}

/// Starts a pool task over the finished bytes that follow the unit's cursor, if there are any
/// and no task runs for the unit yet.
void RangedDownload::digestMore(int u)
{
    Unit &unit = m_units[u];
    if (unit.busy || unit.digest->isComplete())
        return;
    const qint64 end = unit.digest->span.end();
    qint64 to = unit.digest->cursor;
    for (int i = std::max(0, rangeAt(to)); i < m_ranges.size() && to < end; ++i) {
        const Range &r = m_ranges[i];
        if (r.state != PartState::Done || r.span.offset > to)
            break;
        to = std::min(r.span.end(), end);
    }
    if (to <= unit.digest->cursor)
        return;
    unit.busy = true;
    ++m_digesting;
    const std::shared_ptr<UnitDigest> digest = unit.digest;
    const QString path = m_file.path();
    const int epoch = m_epoch;
    m_pool->start([this, digest, path, to, u, epoch] {
        const Error e = feedFromFile(path, *digest, to);
        QMetaObject::invokeMethod(this, [this, e, u, epoch] {
            --m_digesting;
            if (epoch == m_epoch)
                onDigested(u, e);
        });
    });
}

void RangedDownload::onDigested(int u, const Error &error)
{
    m_units[u].busy = false;
    if (!error.ok())
        return failAndDiscard(error); // our own temporary file cannot be read back
    digestMore(u);
    maybeVerify();
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
    for (const Unit &unit : std::as_const(m_units)) {
        if (unit.busy || !unit.digest->isComplete())
            return; // its task reports back and calls here again
    }
    verify();
}

void RangedDownload::verify()
{
    if (m_verify.method == VerifyMethod::Size)
        return finish(VerifyMethod::Size);
    QList<QByteArray> digests;
    for (const Unit &unit : std::as_const(m_units))
        digests.append(unit.digest->result());
    const QString computed = combinedDigest(m_verify, digests);
    if (digestMatches(m_verify, computed))
        return finish(m_verify.method);
    if (m_verify.inconclusive) // the part size was guessed, and it was not the uploader's
        return finish(VerifyMethod::Size);
    Error e(ErrorCode::ChecksumMismatch, m_snap.key);
    e.detail = QStringLiteral("%1: the store has %2, the bytes received give %3")
                   .arg(methodName(m_verify.method), m_verify.expected, computed);
    failAndDiscard(e);
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
