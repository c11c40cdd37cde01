#pragma once

#include <memory>

#include <QObject>
#include <QStringList>

#include "creds/account.h"
#include "engine/snapshot.h"

namespace haul {

class Engine;

/// Settings of the transfer engine; changeable while it runs via setLimits().
struct EngineOptions {
    int maxConnections = 16;       ///< one budget over every part of every transfer
    qint64 bytesPerSecond = 0;     ///< 0: no limit
    int transferTimeoutMs = 60000; ///< a request with no progress for this long is retried
    QString journalPath;           ///< where the queue is saved (empty: not saved)
    qint64 multipartThreshold = 64LL << 20; ///< files this big or bigger go up in parts
    qint64 partSize = 0;           ///< 0: automatic (8 MiB, grown to fit 10,000 parts)
    /// Downloads of multipartThreshold bytes or more come in ranged GETs of this size, in
    /// parallel (inside the object's parts when it was uploaded in parts).
    qint64 rangeSize = 8LL << 20;
    /// Downloads (not those of folder transfers, which compare for themselves): what to do with
    /// a destination file that exists (see WhenFileExists).
    WhenFileExists whenFileExists = WhenFileExists::Overwrite;
    /// The storage class chosen now (empty: the store's default). Uploads keep the class they
    /// were given, except those the store refused for it (StorageClassUnsupported): tried
    /// again, they ask for this one.
    QString storageClass;
};

/// One file of a folder transfer: where it is here and what it is called in the store.
struct TransferItem {
    QString localPath; ///< absolute
    QString key;
    qint64 size = -1;  ///< as a walk or a listing found it (shown while queued), or -1
};

/// The core's face to the GUI: commands in, value snapshots out.
///
/// Lives in the GUI thread; the engine, its network lanes and every reply live in a thread of
/// their own. Every command returns at once. Progress arrives as batched snapshots of changed
/// rows a few times a second. Failures never throw: a transfer that fails ends in
/// TransferState::Failed with its Error, and transferFailed() is emitted once.
class TransferManager : public QObject {
    Q_OBJECT
public:
    explicit TransferManager(const EngineOptions &options = {}, QObject *parent = nullptr);
    ~TransferManager() override;

    /// Makes an account (with its credentials) usable by later transfers; replaces one of the
    /// same name.
    void setAccount(const AccountConnection &connection);

    /// Queues uploads of local files to s3://bucket/prefix<file name>, in the given storage
    /// class (empty: the store's default). Unreadable or missing files fail with FileUnreadable
    /// / FileVanished when their turn comes. Returns the new ids.
    QList<TransferId> addUploads(const QString &accountName, const QStringList &localPaths,
                                 const QString &bucket, const QString &prefix,
                                 const QString &storageClass = {});
    /// Queues downloads of objects into destDir (named after the last part of each key).
    /// `sizes` (optional, parallel to keys) are the sizes a listing gave, shown while the
    /// downloads wait; each download takes the object's size anew when it starts.
    QList<TransferId> addDownloads(const QString &accountName, const QString &bucket,
                                   const QStringList &keys, const QString &destDir,
                                   const QList<qint64> &sizes = {});

    /// Queues uploads or downloads with explicit local paths and keys (folders: nested paths on
    /// both sides; a download's folder must exist). `groupId` (0: none) marks them as the files
    /// of one folder transfer. Unlike the other commands this may be called from any thread
    /// (FolderService calls it from the engine's). Returns the new ids, in order.
    QList<TransferId> addTransfers(Direction direction, const QString &accountName,
                                   const QString &bucket, const QList<TransferItem> &items,
                                   const QString &storageClass = {}, quint64 groupId = 0);

    void pause(TransferId id);
    void resume(TransferId id);
    void cancel(TransferId id);
    void retry(TransferId id);
    void pauseAll();
    void resumeAll();
    /// Forgets finished transfers (emits transfersRemoved).
    void clearFinished();
    void setLimits(int maxConnections, qint64 bytesPerSecond);
    /// Part size of multipart uploads that start from now on (0: automatic); parts already
    /// planned keep theirs.
    void setPartSize(qint64 bytes);
    /// See EngineOptions::storageClass.
    void setStorageClass(const QString &storageClass);
    /// Sends partsUpdated for this transfer from now on (0: none).
    void watchParts(TransferId id);
    /// Downloads queued from now on: what to do when the destination file exists.
    void setWhenFileExists(haul::WhenFileExists policy);
    /// Answers for downloads stopped because their file exists and differs (WhenFileExists::Ask):
    /// fetch and replace it, or keep the file there (the download ends as Done, KeptExisting).
    void overwriteExisting(const QList<TransferId> &ids);
    void keepExisting(const QList<TransferId> &ids);
    /// Aborts the multipart uploads Haul started and left behind (staleUploadsFound); those of
    /// accounts not set yet are left. Answer: staleUploadsCleanedUp.
    void cleanUpStaleUploads();
    /// The stale uploads found at start (also announced by staleUploadsFound), less those
    /// cleaned up since.
    QList<StaleUpload> staleUploads() const;

    /// The engine, for BucketService (runs its requests on the same lanes). Not for the app.
    Engine *engine() const;

Q_SIGNALS:
    void transfersAdded(const QList<haul::TransferSnapshot> &added);
    void transfersUpdated(const QList<haul::TransferSnapshot> &changed);
    void transfersRemoved(const QList<haul::TransferId> &ids);
    void partsUpdated(const haul::PartsSnapshot &parts);
    void transferFinished(const haul::TransferSnapshot &snapshot);
    void transferFailed(const haul::TransferSnapshot &snapshot);
    /// Every queued transfer has finished (succeeded + failed + cancelled = all).
    void queueIdle(int succeeded, int failed);
    /// At start: multipart uploads Haul started earlier and could not abort (their parts cost
    /// storage). The app offers cleanUpStaleUploads().
    void staleUploadsFound(const QList<haul::StaleUpload> &uploads);
    /// cleanUpStaleUploads() ended: how many are gone, and those still left (the store refused
    /// or could not be reached, or their account is not set); those are offered again at the
    /// next start.
    void staleUploadsCleanedUp(int aborted, const QList<haul::StaleUpload> &left);
    /// The queue could not be saved (saved false; error: DiskFull or DestinationNotWritable,
    /// naming the folder), so unfinished transfers would not continue after a quit or a crash;
    /// the engine tries again every few seconds and says saved true once it could.
    void queueSaveChanged(bool saved, const haul::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace haul
