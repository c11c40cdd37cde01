#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QTimer>

#include "sync/folderjournal.h"
#include "sync/foldertypes.h"

class QThreadPool;

namespace haul {

class FolderJob;
class TransferManager;

/// Whole folders, for the GUI: upload dropped files and folders, download a prefix as a folder,
/// sync a saved pair (with a dry run, and remote deletions only after confirmation).
///
/// Lives in the GUI thread; every command returns at once with the folder's id. The work runs in
/// the engine's thread (listings, comparisons, HEADs, deletions) and on a pool of its own
/// (walking folders, checksums); the files go through the TransferManager's one queue and one
/// connection budget, each TransferSnapshot carrying its folder's id as groupId, so the queue
/// can show one expandable row per folder. Progress comes back as FolderSnapshot values a few
/// times a second. Nothing is fatal to a folder but a refused listing (state Failed, with the
/// Error): files that cannot be read, keys that are not safe here and failed transfers become
/// FolderIssue entries, and the rest of the folder completes.
///
/// Must be destroyed before its TransferManager. The accounts must be set on the manager.
class FolderService : public QObject {
    Q_OBJECT
public:
    explicit FolderService(TransferManager *manager, QObject *parent = nullptr);
    ~FolderService() override;

    /// Uploads dropped files and folders to s3://bucket/prefix: a dropped folder arrives as
    /// itself ("run42/" onto "projects/" gives "projects/run42/…"), a file under its name.
    /// Files the store already has (options.existing, options.method) count as "already there".
    /// With a journal (setJournal), the same upload while it is unfinished (e.g. the same
    /// command after a restart) gives the running folder's id instead of a second folder.
    FolderId upload(const QString &accountName, const QStringList &paths, const QString &bucket,
                    const QString &prefix, const FolderOptions &options = {});
    /// Downloads everything under prefix into destDir/<the prefix's last part>/…, keeping the
    /// tree; unsafe keys are skipped and reported, never written outside that folder. With a
    /// journal (setJournal), the same download while it is unfinished (e.g. the same command
    /// after a restart) gives the saved folder's id instead of a second folder.
    FolderId download(const QString &accountName, const QString &bucket, const QString &prefix,
                      const QString &destDir, const FolderOptions &options = {});
    /// Uploads the new and changed files of the pair's folder to its prefix. Remote files that
    /// vanished locally are proposed (deletionsProposed) and deleted only after
    /// confirmDeletions(). With dryRun nothing is sent or deleted: planReady() says what would
    /// be.
    FolderId sync(const SyncPair &pair, bool dryRun, const FolderOptions &options = {});

    /// Deletes the proposed remote files (after the folder's uploads), 1,000 per request.
    void confirmDeletions(FolderId id);
    /// Keeps them; the sync finishes without deleting.
    void declineDeletions(FolderId id);
    /// ExistingFiles::Ask: overwrite these keys; every other file asked about is skipped.
    void answer(FolderId id, const QStringList &overwriteKeys);
    /// Stops the folder: nothing more is queued; its unfinished files are cancelled. A folder
    /// still waiting for its account is forgotten with the files restored for it.
    void cancel(FolderId id);
    void pause(FolderId id);
    void resume(FolderId id);
    /// Forgets finished folders.
    void clearFinished();
    /// The saved folders that wait for resumeFolders() (state Waiting), in the order they were
    /// started, so that the queue can show them from the start.
    QList<FolderSnapshot> waitingFolders() const;

    /// Keeps the unfinished folder uploads, syncs and downloads in `path` (FolderJournal; the
    /// app gives the transfer journal's path + ".folders") and reads those an earlier run left
    /// unfinished; they wait for resumeFolders(). Call once, before any folder starts.
    void setJournal(const QString &path);
    /// Starts again, with their ids, the saved folders of an account (empty: of every account)
    /// once it is set on the manager: they walk or list and compare again, so the files that
    /// arrived meanwhile count as "already there", the files the engine continues from its
    /// journal (carrying the folder's id) are followed, and the rest are sent or fetched.
    /// Returns the ids started.
    QList<FolderId> resumeFolders(const QString &accountName = {});

    /// The last snapshot of a folder (id 0 when unknown).
    FolderSnapshot snapshot(FolderId id) const { return m_last.value(id); }

Q_SIGNALS:
    void folderAdded(const haul::FolderSnapshot &snapshot);
    /// A few times a second while something changes.
    void folderUpdated(const haul::FolderSnapshot &snapshot);
    /// Reached Finished, Failed or Cancelled (again, when a failed file is retried and ends).
    void folderFinished(const haul::FolderSnapshot &snapshot);
    /// A dry run's result.
    void planReady(const haul::FolderPlan &plan);
    /// ExistingFiles::Ask: these files exist and differ; answer() decides.
    void questionsAsked(quint64 id, const QList<haul::PlannedFile> &files);
    /// A sync found remote files that vanished locally; nothing is deleted before
    /// confirmDeletions().
    void deletionsProposed(quint64 id, const QStringList &keys);
    /// The folders' journal could not be written (saved false, with why: DiskFull or
    /// DestinationNotWritable), or could again after that (tried every few seconds).
    void journalSaveChanged(bool saved, const haul::Error &error);

private:
    FolderId launch(FolderJob *job);
    FolderId launchUpload(const SavedFolderUpload &saved);
    FolderId launchDownload(const SavedFolderDownload &saved);
    static FolderSnapshot snapshotOf(const SavedFolderUpload &saved);
    static FolderSnapshot snapshotOf(const SavedFolderDownload &saved);
    void onFinished(const FolderSnapshot &snapshot);
    void saveFolders();
    template <typename F>
    void post(FolderId id, F f);
    static FolderId nextId();

    TransferManager *m_manager;
    QThreadPool *m_pool;
    QHash<FolderId, FolderJob *> m_jobs;
    QHash<FolderId, FolderSnapshot> m_last;
    std::unique_ptr<FolderJournal> m_journal;
    QHash<FolderId, SavedFolderUpload> m_saved; ///< unfinished uploads, as m_journal keeps them
    QHash<FolderId, SavedFolderDownload> m_savedDownloads; ///< unfinished downloads, likewise
    QTimer m_retrySave;          ///< while the journal cannot be written
    bool m_journalSaved = true;  ///< the last save worked
};

} // namespace haul
