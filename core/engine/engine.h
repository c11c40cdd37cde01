#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include "creds/account.h"
#include "engine/snapshot.h"
#include "state/journal.h"
#include "transfermanager.h"

namespace haul {

class LanePool;
class RateLimiter;
class S3Client;
class Transfer;

/// What to queue: filled in by TransferManager, completed by the engine.
struct TransferSpec {
    TransferSnapshot snapshot;
};

/// The transfer engine. Lives in its own thread with its network lanes; every method is called
/// in that thread (TransferManager posts them). Starts queued transfers in order while the
/// connection budget allows, and reports changes as batches every 200 ms.
class Engine : public QObject {
    Q_OBJECT
public:
    /// `nextId` is shared with TransferManager: ids of restored transfers come from it too.
    Engine(const EngineOptions &options, std::shared_ptr<std::atomic<TransferId>> nextId,
           QObject *parent = nullptr);
    ~Engine() override;

    void setAccount(const AccountConnection &connection);
    void add(const QList<TransferSnapshot> &transfers);
    /// Puts back what the journal kept (once, at start): unfinished transfers continue, paused
    /// ones stay paused, multipart uploads go on from the parts the store already has.
    void restoreJournal();
    /// Writes the journal now (also done a second after changes, and on destruction).
    void saveJournal();
    /// Aborts the multipart uploads Haul left behind (see staleUploadsFound); those of accounts
    /// not set yet stay listed. Ends with staleUploadsCleanedUp.
    void cleanUpStaleUploads();
    void pause(TransferId id);
    void resume(TransferId id);
    void cancel(TransferId id);
    void retry(TransferId id);
    /// A download that asks about an existing file (Failed, FileExists): replace it, or keep it.
    void overwriteExisting(TransferId id);
    void keepExisting(TransferId id);
    /// Downloads from now on: what to do when the destination file exists.
    void setWhenFileExists(WhenFileExists policy) { m_options.whenFileExists = policy; }
    void pauseAll();
    void resumeAll();
    void clearFinished();
    void setLimits(int maxConnections, qint64 bytesPerSecond);
    /// Part size of multipart uploads that start from now on (0: automatic).
    void setPartSize(qint64 bytes) { m_options.partSize = std::max<qint64>(0, bytes); }
    void setStorageClass(const QString &storageClass) { m_options.storageClass = storageClass; }
    /// The part size setting (0: automatic), as planParts() takes it.
    qint64 partSize() const { return m_options.partSize; }
    void watchParts(TransferId id);

    /// The transfer of the same file in the same folder transfer (like.groupId): the unfinished
    /// one, else one that succeeded, else one that failed (restored from the journal); nullptr
    /// when none. Valid until the engine next runs.
    const TransferSnapshot *folderFile(const TransferSnapshot &like) const;
    /// The folder transfer `groupId` has ended: its files still in the queue (failed ones) are
    /// saved in the journal as files of their own, so that after a restart they are not shown
    /// under a folder that nothing drives any more.
    void endGroup(quint64 groupId);
    /// Cancels the unfinished transfers of the folder transfer `groupId` (one that nothing
    /// drives: FolderService::cancel() of a folder still waiting for its account).
    void cancelGroup(quint64 groupId);
    /// The client of a known account (nullptr when unknown).
    S3Client *client(const QString &accountName) const;
    /// A client for an account not (yet) set; the caller owns it.
    S3Client *makeClient(const AccountConnection &connection);

Q_SIGNALS:
    void transfersAdded(const QList<haul::TransferSnapshot> &added);
    void transfersUpdated(const QList<haul::TransferSnapshot> &changed);
    void transfersRemoved(const QList<haul::TransferId> &ids);
    void partsUpdated(const haul::PartsSnapshot &parts);
    void transferFinished(const haul::TransferSnapshot &snapshot);
    void transferFailed(const haul::TransferSnapshot &snapshot);
    void queueIdle(int succeeded, int failed);
    void staleUploadsFound(const QList<haul::StaleUpload> &uploads);
    void staleUploadsCleanedUp(int aborted, const QList<haul::StaleUpload> &left);
    /// The journal could not be written (saved false, with why), or could again after that.
    void journalSaveChanged(bool saved, const haul::Error &error);

private:
    Transfer *find(TransferId id) const;
    void schedule();
    void scheduleSoon();
    void prepareSmallUploads(std::map<quint64, Transfer *>::const_iterator from);
    Transfer *makeTransfer(const TransferSnapshot &snap);
    void adopt(Transfer *t);
    /// Aborts a multipart upload, remembered in the journal until the store confirms; `done`
    /// gets whether it is settled (aborted, already gone, or a store that cannot abort).
    void abortUpload(const StaleUpload &upload, std::function<void(bool settled)> done = {});
    /// The transfer of the same file to the same place that is unfinished or failed.
    Transfer *queuedAlready(const TransferSnapshot &snap) const;
    /// An unfinished upload of another file to the object `snap` would upload to, else null.
    const Transfer *otherFileTo(const TransferSnapshot &snap) const;
    void requeue(TransferId id);
    /// Paused or failed → queued (see Transfer::requeue), live, and the budget handed out.
    void requeue(const QList<Transfer *> &transfers);
    /// Paused or failed → queued and live, not scheduled yet.
    void putBack(Transfer *t);
    void onFinished(Transfer *transfer);
    void flush();
    /// Puts a transfer (back) among the live ones.
    void makeLive(Transfer *t);
    /// Finished transfers: succeeded (Verified or Done) and failed.
    std::pair<int, int> finishedCounts() const;
    static double smoothedSpeed(const TransferSnapshot &snap, qint64 previous, double seconds);

    EngineOptions m_options;
    LanePool *m_lanes;
    QHash<QString, S3Client *> m_clients;
    std::map<TransferId, Transfer *> m_transfers;
    QMultiHash<QString, TransferId> m_byKey; ///< by key, so that adding 100,000 files stays linear
    QList<TransferId> m_order;
    /// The transfers that are not finished (and finished ones until schedule() sees their last
    /// request end), by queue position: what schedule() and flush() walk, so that thousands of
    /// finished files in the queue cost nothing per request.
    std::map<quint64, Transfer *> m_live;
    QHash<TransferId, quint64> m_position; ///< queue position (key in m_live) of every transfer
    quint64 m_nextPosition = 0;
    QSet<TransferId> m_dirty;
    QHash<TransferId, qint64> m_lastBytes;
    QTimer m_tick{this};
    QThreadPool *m_diskPool;       ///< part readers and checksums
    RateLimiter *m_limiter;        ///< one bandwidth limit over all connections
    bool m_schedulePending = false; // a child, so it moves to the engine thread with the engine
    QElapsedTimer m_sinceTick;
    TransferId m_watched = 0;
    bool m_idleAnnounced = true;
    std::shared_ptr<std::atomic<TransferId>> m_nextId;
    std::unique_ptr<Journal> m_journal;
    QTimer m_saveTimer{this};
    bool m_journalSaved = true; ///< the last save worked; else it is tried again every few seconds
    QList<StaleUpload> m_stale;
    QSet<quint64> m_endedGroups; ///< see endGroup()
};

} // namespace haul
