// RangedDownload: the journal's view of it, and continuing after a restart.
#include <QFile>
#include <QFileInfo>

#include "engine/rangeddownload.h"

namespace haul {

namespace {

/// How many bytes from the start of `span` the (sorted, merged) done spans cover.
qint64 coveredPrefix(const QList<ByteSpan> &done, const ByteSpan &span)
{
    for (const ByteSpan &d : done) {
        if (d.offset <= span.offset && span.offset < d.end())
            return std::min(d.end(), span.end()) - span.offset;
    }
    return 0;
}

/// Only a file Haul named itself is ever removed on the journal's word.
bool looksLikeOurs(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.startsWith(QLatin1Char('.')) && name.contains(QLatin1String(".haul-"))
        && name.endsWith(QLatin1String(".part"));
}

} // namespace

DownloadProgress RangedDownload::progress() const
{
    if (!m_planned) // not started again since the restart (paused, or its account not set)
        return m_restored;
    DownloadProgress p;
    if (!m_file.isOpen())
        return p;
    p.tempPath = m_file.path();
    p.etag = m_head.etag;
    p.size = m_head.size;
    for (const Range &r : m_ranges) {
        if (r.written <= 0)
            continue;
        // a run of finished ranges is one span; a partly written one ends the run
        if (!p.done.isEmpty() && p.done.last().end() == r.span.offset)
            p.done.last().length += r.written;
        else
            p.done.append({r.span.offset, r.written});
    }
    return p;
}

/// Removes the temporary file the journal named (only a name Haul gives its own files).
void RangedDownload::discardRestored()
{
    if (!m_restored.tempPath.isEmpty() && looksLikeOurs(m_restored.tempPath))
        QFile::remove(m_restored.tempPath);
    m_restored = {};
}

void RangedDownload::restore(const DownloadProgress &progress)
{
    m_restored = progress;
}

/// After the first HeadObject of a restored download: continues in the kept temporary file when
/// the object is the same, else removes that file and says the download starts over.
bool RangedDownload::resumeFromJournal()
{
    if (m_restored.tempPath.isEmpty())
        return false;
    const DownloadProgress saved = m_restored;
    const bool same = saved.etag == m_head.etag && saved.size == m_head.size;
    if (!same || !m_file.reopen(saved.tempPath, m_snap.localPath, m_head.size)) {
        discardRestored();
        m_snap.error.detail = same
            ? QStringLiteral("started over: the partly downloaded file is gone or changed")
            : QStringLiteral("started over: the object changed since the download was interrupted");
        return false;
    }
    m_restored = {};
    ++m_epoch;
    for (Range &r : m_ranges) {
        r.written = coveredPrefix(saved.done, r.span);
        m_received += r.written;
        if (r.written == r.span.length) {
            r.state = PartState::Done;
            ++m_rangesDone;
        }
    }
    return true;
}

} // namespace haul
