#pragma once

#include <atomic>
#include <memory>

#include <QSemaphore>

#include "sync/folderjob.h"
#include "sync/remoteindex.h"
#include "sync/syncplan.h"

namespace haul {

/// Upload of dropped files and folders (FolderKind::Upload: each folder arrives as itself,
/// "run42/…") or the sync of a saved pair (FolderKind::Sync: the folder's contents).
///
/// The store is listed (ListObjectsV2, no delimiter, under each dropped folder's future prefix;
/// one "/"-delimited listing for dropped files) into a RemoteIndex while the folder is walked on
/// a pool thread; the walk waits after a few batches until the listing is complete, so memory
/// stays bounded. Then each walk batch is planned (SyncPlanner) and its files sent, skipped,
/// asked about or looked at closer. A sync then proposes deleting the objects whose files
/// vanished — checked once more against the disk — and deletes them only after
/// confirmDeletions(true), after the uploads, 1,000 per DeleteObjects call.
class UploadJob : public FolderJob {
    Q_OBJECT
public:
    UploadJob(const FolderSnapshot &initial, const QStringList &roots,
              const FolderOptions &options, TransferManager *manager, QThreadPool *pool);
    ~UploadJob() override;

    void confirmDeletions(bool confirmed) override;

protected:
    void begin() override;
    bool scanDone() const override;
    Comparison compare(const Candidate &c) const override;
    Direction direction() const override { return Direction::Upload; }
    void decided() override;
    bool afterTransfers() override;
    void ended() override;

private:
    /// Between the walking thread and the job: a cancel flag and room for a few batches.
    struct WalkChannel {
        std::atomic_bool cancel{false};
        QSemaphore room{4};
    };

    void startListings();
    void onListed(const Error &error);
    void startWalk();
    void onBatch(const QList<WalkEntry> &batch);
    void planBatch(const QList<WalkEntry> &batch);
    void takeStep(const PlanStep &step);
    QStringList stillVanished(const QStringList &keys) const;
    void deleteNext();

    QStringList m_roots;
    RemoteIndex m_index;
    std::unique_ptr<SyncPlanner> m_planner;
    int m_listingsLeft = 0;
    bool m_listed = false;
    std::shared_ptr<WalkChannel> m_walk;
    QList<QList<WalkEntry>> m_waiting;  ///< batches walked before the listing was complete
    bool m_walkDone = false;
    bool m_walkIncomplete = false;      ///< stopped, or the root itself could not be read
    QStringList m_deletions;
    bool m_confirmed = false;
    bool m_deleting = false;
    qsizetype m_deleteNext = 0;
};

} // namespace haul
