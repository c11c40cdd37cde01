#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "engine/snapshot.h"
#include "net/s3client.h"
#include "sync/foldertypes.h"
#include "transfermanager.h"

class QThreadPool;

namespace haul {

class Engine;

/// One file being decided: what each side has.
struct Candidate {
    QString localPath;
    QString key;
    LocalFacts local;
    RemoteFacts remote;
    CompareReason reason = CompareReason::New; ///< set when decided
};

/// What every folder transfer shares: it lives in the engine thread, feeds its files to the
/// engine a window at a time (so 100,000 files never sit in the engine at once, and files of
/// other drops keep their turn), follows their snapshots (TransferSnapshot::groupId), reads
/// metadata (HEAD) and checksums where the listing cannot decide, and reports a FolderSnapshot
/// a few times a second. Subclasses find the candidates (UploadJob, DownloadJob).
///
///   Scanning ─▶ Transferring ─▶ [WaitingForAnswers] ─▶ [WaitingForConfirmation ─▶ Deleting]
///      │              │                                                 ─▶ Finished
///      └─ listing refused ─▶ Failed          cancel() anywhere ─▶ Cancelled
class FolderJob : public QObject {
    Q_OBJECT
public:
    /// Files of one folder in the engine at once; more are added as they finish.
    static constexpr int Window = 512;

    FolderJob(const FolderSnapshot &initial, const FolderOptions &options,
              TransferManager *manager, QThreadPool *pool);
    ~FolderJob() override;

    /// Starts in the engine thread.
    void start();
    void cancel();
    void pause();
    void resume();
    /// ExistingFiles::Ask: the files to overwrite; every other asked file is skipped.
    void answer(const QStringList &overwriteKeys);
    virtual void confirmDeletions(bool confirmed);

    const FolderSnapshot &snapshot() const { return m_snap; }

Q_SIGNALS:
    void changed(const haul::FolderSnapshot &snapshot);
    void finished(const haul::FolderSnapshot &snapshot);
    void planReady(const haul::FolderPlan &plan);
    void questionsAsked(quint64 id, const QList<haul::PlannedFile> &files);
    void deletionsProposed(quint64 id, const QStringList &keys);

protected:
    virtual void begin() = 0;
    /// True once every candidate has been found and handed to consider().
    virtual bool scanDone() const = 0;
    virtual Comparison compare(const Candidate &c) const = 0;
    virtual Direction direction() const = 0;
    /// Called once when everything is decided (before transfers end); a sync proposes deletions.
    virtual void decided() {}
    /// Called when transfers are done; returns true while more work (deletions) is going on.
    virtual bool afterTransfers() { return false; }
    /// Called once the folder reached its end state (finished, failed, cancelled).
    virtual void ended() {}

    /// Decides a candidate and acts: send, skip, ask, or look closer first.
    void consider(const Candidate &c);
    void act(const Candidate &c, const Comparison &comparison);
    void addIssue(const FolderIssue &issue);
    void countSkipped();
    void fail(const Error &error);
    void markDirty() { m_dirty = true; }
    /// Sends the snapshot now (before a signal the app answers, so both agree).
    void publish();
    /// Checks whether the folder is done; call after anything that may have ended it.
    void checkDone();
    /// Lists bucket/prefix page by page (retrying what is retryable); `page` gets each page,
    /// `done` the end (ok, or the error that stopped it).
    void listAll(const QString &prefix, const QString &delimiter,
                 std::function<void(const ListPage &)> page, std::function<void(Error)> done,
                 const QString &token = {});
    /// Hands decided files to the engine while the folder's window has room.
    void feed();
    bool isStopped() const { return m_snap.isFinished(); }

    FolderSnapshot m_snap;
    FolderOptions m_options;
    TransferManager *m_manager;
    Engine *m_engine;
    S3Client *m_client = nullptr;
    QThreadPool *m_pool;
    FolderPlan m_plan;             ///< dry run: what would happen

private:
    struct Tracked {
        qint64 size = 0;
        qint64 transferred = 0;
        bool finished = false;
        bool failed = false;
    };
    qsizetype pendingCount() const { return m_pending.size() - m_pendingHead; }
    void onTransfers(const QList<TransferSnapshot> &snapshots);
    void onRemoved(const QList<TransferId> &ids);
    void track(Tracked &t, const TransferSnapshot &s);
    /// A file the engine sends or sent for this folder (restored from the journal after a
    /// restart, with this folder's id): followed, or counted done, instead of queued again.
    /// False when none.
    bool adoptRestored(const Candidate &c, qint64 size);
    /// A file the store has identical, but that the engine took up again from its journal for
    /// this folder (it stored it before the listing, or sends it once more because its PUT was
    /// answered just as the last run stopped): the folder follows it as one of its own — sent,
    /// not "already there" — and does not end before it. Not for a restored failed one.
    bool restoredGoing(const Candidate &c) const;
    /// ExistingFiles::Ask: a question for answer(), unless answered before a restart.
    void ask(const Candidate &c, qint64 size);
    /// The engine's transfer of this file for this folder (Engine::folderFile), or nullptr.
    const TransferSnapshot *restoredFile(const Candidate &c) const;
    void pumpHeads();
    void onHead(Candidate c, const Result<ObjectHead> &head);
    void startDigest(const Candidate &c);
    void tick();
    void finish(FolderState state);
    bool everythingDecided() const;

    QList<Candidate> m_pending;     ///< decided to send, not yet in the engine (from m_pendingHead)
    qsizetype m_pendingHead = 0;
    QHash<TransferId, Tracked> m_files;
    int m_inEngine = 0;             ///< unfinished files of this folder in the engine
    QList<Candidate> m_needHead;
    int m_headsInFlight = 0;
    int m_digestsInFlight = 0;
    QList<Candidate> m_questions;
    bool m_asked = false;
    bool m_decidedCalled = false;
    bool m_paused = false;
    QPointer<S3Call> m_listCall;
    QTimer m_timer{this};
    QElapsedTimer m_sinceTick;
    qint64 m_bytesAtTick = 0;
    bool m_dirty = true;
};

} // namespace haul
