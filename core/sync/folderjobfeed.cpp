// FolderJob: its files in the engine — fed a window at a time, followed by their snapshots —
// and the commands that reach them (cancel, pause, resume).
#include "folderjob.h"

#include "engine/engine.h"

namespace haul {

void FolderJob::feed()
{
    if (m_paused || isStopped() || m_snap.dryRun || pendingCount() == 0 || m_inEngine > Window / 2)
        return;
    const qsizetype n = std::min<qsizetype>(Window - m_inEngine, pendingCount());
    const qsizetype first = m_pendingHead;
    const bool upload = direction() == Direction::Upload;
    QList<TransferItem> items;
    QList<qint64> sizes;
    items.reserve(n);
    for (qsizetype i = first; i < first + n; ++i) {
        const Candidate &c = m_pending[i];
        const qint64 size = upload ? c.local.size : c.remote.size;
        if (adoptRestored(c, size))
            continue;
        items.append({c.localPath, c.key, size});
        sizes.append(size);
    }
    const QList<TransferId> ids = items.isEmpty() ? QList<TransferId>()
        : m_manager->addTransfers(direction(), m_snap.accountName, m_snap.bucket, items,
                                  m_options.storageClass, m_snap.id);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_files.insert(ids[i], {sizes[i], 0, false, false});
    m_pendingHead += n;
    if (m_pendingHead > m_pending.size() / 2) { // drop what went to the engine, now and then
        m_pending.remove(0, m_pendingHead);
        m_pendingHead = 0;
    }
    m_inEngine += int(ids.size()); // the adopted ones are counted by adoptRestored()
    if (m_snap.state == FolderState::Finished) // a retried file reopened the folder
        m_snap.state = FolderState::Transferring;
}

bool FolderJob::adoptRestored(const Candidate &c, qint64 size)
{
    TransferSnapshot like;
    like.direction = direction();
    like.accountName = m_snap.accountName;
    like.localPath = c.localPath;
    like.bucket = m_snap.bucket;
    like.key = c.key;
    like.groupId = m_snap.id;
    const TransferSnapshot *s = m_engine->folderFile(like);
    if (!s || m_files.contains(s->id))
        return false;
    // Restored and still going: followed. Restored and stored after the listing: done.
    // Restored failed: the folder started again gives it another try, as the same command would.
    const TransferId id = s->id;
    const bool failed = s->state == TransferState::Failed;
    const bool finished = s->isFinished() && !failed;
    m_files.insert(id, {size, s->transferred, finished, false});
    m_snap.bytesDone += s->transferred;
    if (finished)
        ++m_snap.filesDone;
    else
        ++m_inEngine;
    if (failed)
        m_engine->retry(id);
    return true;
}

void FolderJob::onTransfers(const QList<TransferSnapshot> &snapshots)
{
    bool mine = false;
    for (const TransferSnapshot &s : snapshots) {
        if (s.groupId != m_snap.id)
            continue;
        const auto it = m_files.find(s.id);
        if (it == m_files.end())
            continue;
        track(*it, s);
        mine = true;
    }
    if (!mine)
        return;
    markDirty();
    feed();
    checkDone();
}

void FolderJob::track(Tracked &t, const TransferSnapshot &s)
{
    m_snap.bytesDone += s.transferred - t.transferred;
    t.transferred = s.transferred;
    if (!t.finished && s.isFinished()) {
        t.finished = true;
        --m_inEngine;
        if (s.state == TransferState::Failed || s.state == TransferState::Cancelled) {
            t.failed = true;
            const Error e = s.state == TransferState::Failed ? s.error : Error(ErrorCode::Cancelled);
            const QString subject = direction() == Direction::Upload ? s.localPath : s.key;
            addIssue({FolderIssueKind::Transfer, subject, WalkIssue::None, KeyIssue::None, e});
        } else {
            ++m_snap.filesDone;
        }
    } else if (t.finished && !s.isFinished()) { // "Retry" on the file's row
        t.finished = false;
        ++m_inEngine;
        if (t.failed) {
            t.failed = false;
            --m_snap.filesFailed;
            const QString subject = direction() == Direction::Upload ? s.localPath : s.key;
            m_snap.issues.removeIf([&subject](const FolderIssue &i) {
                return i.kind == FolderIssueKind::Transfer && i.subject == subject;
            });
        }
        if (m_snap.state == FolderState::Finished) {
            m_snap.state = FolderState::Transferring;
            m_timer.start();
        }
    }
}

void FolderJob::onRemoved(const QList<TransferId> &ids)
{
    bool mine = false;
    for (TransferId id : ids) {
        const auto it = m_files.find(id);
        if (it == m_files.end())
            continue;
        if (!it->finished) { // the same file was queued already: it goes with that one
            --m_inEngine;
            countSkipped();
        }
        m_files.erase(it);
        mine = true;
    }
    if (mine) {
        feed();
        checkDone();
    }
}

void FolderJob::cancel()
{
    if (isStopped())
        return;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!it->finished)
            m_engine->cancel(it.key());
    }
    m_pending.clear();
    m_pendingHead = 0;
    m_needHead.clear();
    finish(FolderState::Cancelled);
}

void FolderJob::pause()
{
    if (isStopped() || m_paused)
        return;
    m_paused = true;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!it->finished)
            m_engine->pause(it.key());
    }
    m_snap.state = FolderState::Paused;
    markDirty();
}

void FolderJob::resume()
{
    if (isStopped() || !m_paused)
        return;
    m_paused = false;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!it->finished)
            m_engine->resume(it.key());
    }
    m_snap.state = everythingDecided() ? FolderState::Transferring : FolderState::Scanning;
    feed();
    checkDone();
}

} // namespace haul
