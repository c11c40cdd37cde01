#include "engine.h"

#include <QFileInfo>
#include <QThreadPool>

#include "engine/checksum.h"
#include "engine/multipartupload.h"
#include "engine/rangeddownload.h"
#include "engine/singleupload.h"
#include "net/lanepool.h"
#include "net/ratelimiter.h"
#include "net/s3client.h"

namespace haul {

namespace {
constexpr int SaveDelayMs = 1000;  ///< changes within this time are saved together
constexpr int RetrySaveMs = 5000;  ///< while the journal cannot be written
} // namespace

Engine::Engine(const EngineOptions &options, std::shared_ptr<std::atomic<TransferId>> nextId,
               QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_lanes(new LanePool(options.maxConnections, this))
    , m_diskPool(new QThreadPool(this))
    , m_limiter(new RateLimiter(options.bytesPerSecond, this))
{
    m_diskPool->setMaxThreadCount(2);
    m_nextId = std::move(nextId);
    if (!options.journalPath.isEmpty())
        m_journal = std::make_unique<Journal>(options.journalPath);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Engine::saveJournal);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &Engine::flush);
    m_sinceTick.start();
}

Engine::~Engine()
{
    saveJournal(); // what is done so far, so the next start continues from here
    for (auto &[id, transfer] : m_transfers) {
        auto *download = qobject_cast<RangedDownload *>(transfer);
        if (download && m_journal)
            download->keepTemporary(); // the journal continues it on the next start
        delete transfer; // aborts what is in flight
    }
    m_diskPool->waitForDone();
}

void Engine::setAccount(const AccountConnection &connection)
{
    const QString name = connection.account.name;
    if (S3Client *existing = m_clients.value(name))
        existing->setConnection(connection); // transfers keep their client: nothing in flight is lost
    else
        m_clients.insert(name, makeClient(connection));
    schedule(); // restored transfers may have waited for this account
}

S3Client *Engine::client(const QString &accountName) const
{
    return m_clients.value(accountName);
}

S3Client *Engine::makeClient(const AccountConnection &connection)
{
    return new S3Client(connection, m_lanes, m_options.transferTimeoutMs, this);
}

void Engine::adopt(Transfer *t)
{
    const TransferId id = t->id();
    connect(t, &Transfer::changed, this, [this, id] { m_dirty.insert(id); });
    connect(t, &Transfer::finished, this, [this, t] { onFinished(t); });
    connect(t, &Transfer::requestFinished, this, &Engine::scheduleSoon);
    connect(t, &Transfer::abortNeeded, this, [this](const StaleUpload &u) { abortUpload(u); });
    m_transfers.emplace(id, t);
    m_order.append(id);
    m_byKey.insert(t->snapshot().key, id);
    m_position.insert(id, m_nextPosition++);
    makeLive(t);
}

void Engine::makeLive(Transfer *t)
{
    m_live.emplace(m_position.value(t->id()), t);
}

const TransferSnapshot *Engine::folderFile(const TransferSnapshot &like) const
{
    const TransferSnapshot *succeeded = nullptr;
    const TransferSnapshot *failed = nullptr;
    for (auto [it, end] = m_byKey.equal_range(like.key); it != end; ++it) {
        const TransferSnapshot &s = find(*it)->snapshot();
        if (s.groupId != like.groupId || s.direction != like.direction || s.localPath != like.localPath
            || s.bucket != like.bucket || s.accountName != like.accountName)
            continue;
        if (!s.isFinished())
            return &s;
        if (s.state == TransferState::Verified || s.state == TransferState::Done)
            succeeded = &s;
        else if (s.state == TransferState::Failed && !succeeded)
            failed = &s;
    }
    return succeeded ? succeeded : failed;
}

Transfer *Engine::queuedAlready(const TransferSnapshot &snap) const
{
    for (auto [it, end] = m_byKey.equal_range(snap.key); it != end; ++it) {
        Transfer *t = find(*it);
        const TransferSnapshot &s = t->snapshot();
        const bool waiting = !s.isFinished() || s.state == TransferState::Failed;
        if (waiting && s.direction == snap.direction && s.localPath == snap.localPath
            && s.bucket == snap.bucket && s.key == snap.key && s.accountName == snap.accountName)
            return t;
    }
    return nullptr;
}

const Transfer *Engine::otherFileTo(const TransferSnapshot &snap) const
{
    if (snap.direction != Direction::Upload)
        return nullptr;
    for (auto [it, end] = m_byKey.equal_range(snap.key); it != end; ++it) {
        const Transfer *t = find(*it);
        const TransferSnapshot &s = t->snapshot();
        if (!s.isFinished() && s.direction == Direction::Upload && s.localPath != snap.localPath
            && s.bucket == snap.bucket && s.accountName == snap.accountName)
            return t;
    }
    return nullptr;
}

void Engine::add(const QList<TransferSnapshot> &transfers)
{
    QList<TransferSnapshot> added;
    QList<TransferId> duplicates;
    QList<TransferId> retried;
    QHash<TransferId, Error> clashes;
    for (const TransferSnapshot &snap : transfers) {
        // e.g. given again on the command line after a restart: the one queued goes on, the
        // one that failed is tried again, the one paused goes on too (it is wanted again)
        if (const Transfer *same = queuedAlready(snap)) {
            duplicates.append(snap.id);
            const TransferState state = same->snapshot().state;
            if (state == TransferState::Failed || state == TransferState::Paused)
                retried.append(same->id());
            continue;
        }
        // Two files dropped from different folders with one name: the later would replace the
        // earlier in the bucket, and both would say "verified".
        if (const Transfer *other = otherFileTo(snap))
            clashes.insert(snap.id, Error(ErrorCode::DuplicateTarget, snap.key, other->snapshot().localPath));
        Transfer *t = makeTransfer(snap);
        adopt(t);
        added.append(t->snapshot());
    }
    // A failed or paused one given again goes back to the queue first, and says so before its duplicate is
    // dropped: whoever waits for the new ids never sees the work as done in between.
    // (Scheduled below, after that: one that fails again at once says so in a later update.)
    QList<TransferSnapshot> back;
    for (TransferId id : std::as_const(retried)) {
        Transfer *t = find(id);
        putBack(t);
        back.append(t->snapshot());
    }
    if (!back.isEmpty())
        Q_EMIT transfersUpdated(back);
    if (!duplicates.isEmpty())
        Q_EMIT transfersRemoved(duplicates);
    Q_EMIT transfersAdded(added);
    // An unknown account fails at once, with the reason.
    for (const TransferSnapshot &snap : std::as_const(added)) {
        if (!client(snap.accountName))
            find(snap.id)->fail(Error(ErrorCode::CredentialsMissing, snap.accountName));
        else if (clashes.contains(snap.id))
            find(snap.id)->fail(clashes.value(snap.id));
    }
    m_idleAnnounced = false;
    m_tick.start();
    m_saveTimer.start();
    schedule();
}

void Engine::restoreJournal()
{
    if (!m_journal)
        return;
    const JournalData data = m_journal->load();
    m_stale = data.staleUploads;
    if (!m_stale.isEmpty())
        Q_EMIT staleUploadsFound(m_stale);
    QList<TransferSnapshot> added;
    for (const JournalEntry &entry : data.transfers) {
        TransferSnapshot snap = entry.snapshot;
        snap.id = (*m_nextId)++;
        const TransferState state = snap.state;
        // A failed one comes back failed, with its reason (no new failure is announced).
        if (state != TransferState::Failed)
            snap.state = TransferState::Queued;
        Transfer *t = makeTransfer(snap);
        if (auto *mp = qobject_cast<MultipartUpload *>(t))
            mp->restore(entry.multipart);
        else if (auto *download = qobject_cast<RangedDownload *>(t))
            download->restore(entry.download);
        adopt(t);
        if (state == TransferState::Paused)
            t->pause();
        added.append(t->snapshot());
    }
    if (added.isEmpty())
        return;
    Q_EMIT transfersAdded(added);
    m_idleAnnounced = false;
    m_tick.start();
}

void Engine::saveJournal()
{
    if (!m_journal)
        return;
    QList<JournalEntry> entries;
    for (TransferId id : std::as_const(m_order)) {
        const Transfer *t = find(id);
        const TransferSnapshot &s = t->snapshot();
        if (s.state == TransferState::Verified || s.state == TransferState::Done
            || s.state == TransferState::Cancelled)
            continue;
        JournalEntry e{s, {}, {}}; // a failed one waits for "Retry", after a restart too
        if (m_endedGroups.contains(s.groupId))
            e.snapshot.groupId = 0;
        if (auto *mp = qobject_cast<const MultipartUpload *>(t))
            e.multipart = mp->progress();
        else if (auto *download = qobject_cast<const RangedDownload *>(t))
            e.download = download->progress();
        entries.append(e);
    }
    Error error;
    const bool saved = m_journal->save({entries, m_stale}, &error);
    if (!saved)
        m_saveTimer.start(RetrySaveMs); // the disk may have room again by then
    else if (m_saveTimer.interval() != SaveDelayMs)
        m_saveTimer.setInterval(SaveDelayMs); // (restarts it if running: only after a failure)
    if (saved == m_journalSaved)
        return;
    m_journalSaved = saved;
    Q_EMIT journalSaveChanged(saved, error);
}

void Engine::endGroup(quint64 groupId)
{
    m_endedGroups.insert(groupId);
    m_saveTimer.start();
}

void Engine::cancelGroup(quint64 groupId)
{
    for (const auto &[id, t] : m_transfers) {
        if (t->snapshot().groupId == groupId && !t->snapshot().isFinished())
            t->cancel();
    }
    schedule(); // once, not once a file as cancel() does
}

void Engine::abortUpload(const StaleUpload &upload, std::function<void(bool settled)> done)
{
    if (!m_stale.contains(upload))
        m_stale.append(upload);
    saveJournal();
    S3Client *c = client(upload.accountName);
    if (!c) { // offered again at the next start
        if (done)
            done(false);
        return;
    }
    QPointer<Engine> self(this);
    c->abortMultipartUpload(upload.bucket, upload.key, upload.uploadId, [self, upload, done](Result<void> r) {
        if (!self)
            return;
        // gone, or a store that cannot abort (s3rver: 405): nothing more can be done
        const bool settled = r || r.error().code == ErrorCode::NoSuchUpload
            || r.error().httpStatus == 405 || r.error().httpStatus == 501;
        if (settled && self->m_stale.removeOne(upload))
            self->saveJournal();
        if (done)
            done(settled);
    });
}

void Engine::cleanUpStaleUploads()
{
    const QList<StaleUpload> stale = m_stale;
    if (stale.isEmpty())
        return Q_EMIT staleUploadsCleanedUp(0, {});
    auto pending = std::make_shared<int>(int(stale.size()));
    auto aborted = std::make_shared<int>(0);
    for (const StaleUpload &u : stale) {
        abortUpload(u, [this, pending, aborted](bool settled) {
            *aborted += settled ? 1 : 0;
            if (--*pending == 0)
                Q_EMIT staleUploadsCleanedUp(*aborted, m_stale);
        });
    }
}

Transfer *Engine::makeTransfer(const TransferSnapshot &snap)
{
    S3Client *c = client(snap.accountName);
    Transfer *t = nullptr;
    if (snap.direction == Direction::Download) {
        t = new RangedDownload(snap, c, m_diskPool,
                               {m_options.rangeSize, m_options.multipartThreshold, m_options.partSize},
                               this);
    } else {
        // The size as the file is now, so that a queued row and the totals show it before the
        // upload starts (which looks again).
        const QFileInfo file(snap.localPath);
        TransferSnapshot queued = snap;
        if (queued.size < 0 && file.isFile())
            queued.size = file.size();
        if (file.size() >= m_options.multipartThreshold)
            t = new MultipartUpload(queued, c, m_diskPool, m_options.partSize, this);
        else
            t = new SingleUpload(queued, c, this);
    }
    t->setLimiter(m_limiter);
    // a folder transfer compared the files itself (FolderOptions::existing)
    t->setWhenExists(snap.groupId ? WhenFileExists::Overwrite : m_options.whenFileExists);
    return t;
}

Transfer *Engine::find(TransferId id) const
{
    const auto it = m_transfers.find(id);
    return it == m_transfers.end() ? nullptr : it->second;
}

void Engine::scheduleSoon()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QTimer::singleShot(0, this, [this] {
        m_schedulePending = false;
        schedule();
    });
}

/// Hands out the connection budget in queue order: queued transfers start, running ones get
/// more parallel parts, until every connection is busy. Finished transfers whose last request
/// has ended leave the live set here.
void Engine::schedule()
{
    int budget = m_options.maxConnections;
    for (auto it = m_live.begin(); it != m_live.end();) {
        Transfer *t = it->second;
        const int inFlight = t->inFlight();
        if (inFlight == 0 && t->snapshot().isFinished()) {
            m_lastBytes.remove(t->id());
            it = m_live.erase(it);
            continue;
        }
        budget -= inFlight;
        ++it;
    }
    for (auto it = m_live.cbegin(); it != m_live.cend() && budget > 0; ++it) {
        Transfer *t = it->second;
        if (t->snapshot().state == TransferState::Queued) {
            S3Client *c = client(t->accountName());
            if (!c)
                continue; // restored from the journal; waits until its account is set
            if (t->snapshot().direction == Direction::Upload && isKeyTooLong(t->snapshot().key)) {
                t->fail(Error(ErrorCode::KeyTooLong, t->snapshot().key)); // S3 would refuse it
                continue;
            }
            prepareSmallUploads(it);
            t->setClient(c);
            t->start();
            budget -= t->inFlight();
        }
        while (budget > 0 && t->startNext())
            --budget;
    }
    if (budget == m_options.maxConnections)
        flush(); // nothing in flight: report at once (and announce an idle queue)
}

/// When the transfer at `from` is a small upload not read yet: reads it and the next queued ones
/// like it, up to DigestLanes, and hashes them side by side.
void Engine::prepareSmallUploads(std::map<quint64, Transfer *>::const_iterator from)
{
    auto *first = qobject_cast<SingleUpload *>(from->second);
    if (!first || !first->wantsPreparing())
        return;
    QList<SingleUpload *> group;
    for (auto it = from; it != m_live.cend() && group.size() < DigestLanes; ++it) {
        auto *u = qobject_cast<SingleUpload *>(it->second);
        if (u && u->wantsPreparing() && client(u->accountName()))
            group.append(u);
    }
    SingleUpload::prepareTogether(group);
}

void Engine::onFinished(Transfer *transfer)
{
    m_dirty.insert(transfer->id());
    const TransferSnapshot &snap = transfer->snapshot();
    if (snap.state == TransferState::Failed)
        Q_EMIT transferFailed(snap);
    else if (snap.state != TransferState::Cancelled)
        Q_EMIT transferFinished(snap);
    scheduleSoon();
}

void Engine::pause(TransferId id)
{
    if (Transfer *t = find(id))
        t->pause(); // a queued transfer becomes Paused and is not started
    schedule();
}

void Engine::resume(TransferId id)
{
    requeue(id);
}

void Engine::cancel(TransferId id)
{
    if (Transfer *t = find(id))
        t->cancel();
    schedule();
}

void Engine::retry(TransferId id)
{
    Transfer *t = find(id);
    if (!t)
        return;
    // still clashing: another file is on its way to that object
    if (const Transfer *other = t->snapshot().isFinished() ? otherFileTo(t->snapshot()) : nullptr) {
        t->fail(Error(ErrorCode::DuplicateTarget, t->snapshot().key, other->snapshot().localPath));
        return;
    }
    requeue(id);
}

void Engine::overwriteExisting(TransferId id)
{
    Transfer *t = find(id);
    if (!t)
        return;
    t->setWhenExists(WhenFileExists::Overwrite);
    requeue(id);
}

void Engine::keepExisting(TransferId id)
{
    if (Transfer *t = find(id))
        t->keepExisting();
}

void Engine::requeue(TransferId id)
{
    if (Transfer *t = find(id))
        requeue({t});
}

void Engine::putBack(Transfer *t)
{
    // refused for its storage class: tried (retried, resumed or given again) with the one chosen now
    t->takeStorageClass(m_options.storageClass);
    t->requeue();
    if (!t->snapshot().isFinished())
        makeLive(t);
}

void Engine::requeue(const QList<Transfer *> &transfers)
{
    for (Transfer *t : transfers)
        putBack(t);
    m_idleAnnounced = false;
    m_tick.start();
    schedule();
}

void Engine::pauseAll()
{
    const std::map<quint64, Transfer *> live = m_live; // pausing may end some
    for (const auto &[position, t] : live)
        t->pause(); // a queued transfer becomes Paused and is not started
    schedule();
}

void Engine::resumeAll()
{
    QList<Transfer *> all; // failed ones too: they are not live
    all.reserve(m_order.size());
    for (TransferId id : std::as_const(m_order))
        all.append(find(id));
    requeue(all);
}

void Engine::clearFinished()
{
    QList<TransferId> removed;
    QSet<TransferId> gone;
    for (auto it = m_transfers.begin(); it != m_transfers.end();) {
        if (!it->second->snapshot().isFinished()) {
            ++it;
            continue;
        }
        removed.append(it->first);
        gone.insert(it->first);
        m_byKey.remove(it->second->snapshot().key, it->first);
        m_dirty.remove(it->first);
        m_lastBytes.remove(it->first);
        m_live.erase(m_position.value(it->first));
        m_position.remove(it->first);
        if (it->second->snapshot().state == TransferState::Failed)
            it->second->cancel(); // a failed multipart upload is aborted, not forgotten
        it->second->deleteLater();
        it = m_transfers.erase(it);
    }
    m_order.removeIf([&gone](TransferId id) { return gone.contains(id); }); // linear, not n²
    if (!removed.isEmpty())
        Q_EMIT transfersRemoved(removed);
}

void Engine::setLimits(int maxConnections, qint64 bytesPerSecond)
{
    m_options.maxConnections = std::max(1, maxConnections);
    m_options.bytesPerSecond = bytesPerSecond;
    m_limiter->setRate(bytesPerSecond);
    m_lanes->setMaxConnections(m_options.maxConnections);
    schedule();
}

void Engine::watchParts(TransferId id)
{
    m_watched = id;
    if (Transfer *t = find(id))
        Q_EMIT partsUpdated(t->parts());
}

double Engine::smoothedSpeed(const TransferSnapshot &snap, qint64 previous, double seconds)
{
    if (snap.state != TransferState::Running)
        return 0;
    if (seconds <= 0)
        return snap.bytesPerSecond;
    const double now = double(std::max<qint64>(0, snap.transferred - previous)) / seconds;
    // smooth over about a second so "time left" does not jump around
    return snap.bytesPerSecond <= 0 ? now : 0.7 * snap.bytesPerSecond + 0.3 * now;
}

/// Reports what changed since the last tick: the transfers marked dirty and the live ones whose
/// speed moved. Walks only the live transfers, however long the queue.
void Engine::flush()
{
    const double seconds = double(m_sinceTick.restart()) / 1000.0;
    int running = 0;
    for (const auto &[position, t] : m_live) {
        const TransferSnapshot &snap = t->snapshot();
        const double before = snap.bytesPerSecond;
        t->setSpeed(smoothedSpeed(snap, m_lastBytes.value(snap.id, snap.transferred), seconds));
        m_lastBytes.insert(snap.id, snap.transferred);
        if (before != snap.bytesPerSecond)
            m_dirty.insert(snap.id);
        // Idle means nothing moves without the user: paused transfers and restored ones whose
        // account is not set do not hold it up (they stay in the journal).
        const bool waitsForAccount = snap.state == TransferState::Queued && !client(snap.accountName);
        const bool still = snap.isFinished() || waitsForAccount || snap.state == TransferState::Paused;
        running += still ? 0 : 1;
    }
    QList<TransferId> dirty(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end()); // in id order, as before
    QList<TransferSnapshot> changed;
    changed.reserve(dirty.size());
    for (TransferId id : std::as_const(dirty)) {
        Transfer *t = find(id);
        if (!t)
            continue;
        if (t->snapshot().isFinished())
            t->setSpeed(0);
        changed.append(t->snapshot());
    }
    if (!changed.isEmpty()) {
        Q_EMIT transfersUpdated(changed);
        if (m_journal && !m_saveTimer.isActive())
            m_saveTimer.start();
    }
    if (Transfer *t = find(m_watched))
        Q_EMIT partsUpdated(t->parts());
    if (running == 0) {
        m_tick.stop();
        if (!m_idleAnnounced) {
            m_idleAnnounced = true;
            const auto [succeeded, failed] = finishedCounts();
            Q_EMIT queueIdle(succeeded, failed);
        }
    }
}

std::pair<int, int> Engine::finishedCounts() const
{
    int succeeded = 0, failed = 0;
    for (const auto &[id, t] : m_transfers) {
        const TransferState state = t->snapshot().state;
        succeeded += state == TransferState::Verified || state == TransferState::Done;
        failed += state == TransferState::Failed;
    }
    return {succeeded, failed};
}

} // namespace haul
