#pragma once

#include <QObject>
#include <QPointer>

#include "engine/snapshot.h"
#include "net/s3client.h"

namespace haul {

class RateLimiter;

/// One file going up or down: a state machine the engine starts, pauses and cancels. It asks
/// for work (requests on its S3Client) and reacts to results; retry timing is decided by
/// nextDelay() in retrypolicy, the one place that decides. Progress goes into its snapshot and is
/// announced by changed(); the engine coalesces those into a few updates per second.
class Transfer : public QObject {
    Q_OBJECT
public:
    Transfer(const TransferSnapshot &initial, S3Client *client, QObject *parent = nullptr);

    const TransferSnapshot &snapshot() const { return m_snap; }
    TransferId id() const { return m_snap.id; }
    bool isActive() const;

    /// Begins, or continues after pause/failure (keeping what is already done where it can).
    void start();
    /// Stops in-flight requests; keeps what is done.
    void pause();
    /// Paused or Failed → Queued, so the engine starts it again when the budget allows.
    void requeue();
    /// Stops and cleans up (aborts uploads, removes temporary files).
    void cancel();

    /// The bandwidth limit that request bodies draw from (the engine's, shared by all).
    void setLimiter(RateLimiter *limiter) { m_limiter = limiter; }

    /// The client to send with (the engine sets it before each start).
    void setClient(S3Client *client) { m_client = client; }
    const QString &accountName() const { return m_snap.accountName; }

    /// Uploads the store refused for their storage class (StorageClassUnsupported: nothing was
    /// stored): the class to ask for when they are tried again. Others keep theirs.
    void takeStorageClass(const QString &storageClass)
    {
        if (m_snap.state == TransferState::Failed && m_snap.error.code == ErrorCode::StorageClassUnsupported)
            m_snap.storageClass = storageClass;
    }

    /// Ends the transfer with an error before it started (e.g. its account is unknown).
    void fail(const Error &error) { failWith(error); }
    /// The smoothed speed, set by the engine's progress tick.
    void setSpeed(double bytesPerSecond) { m_snap.bytesPerSecond = bytesPerSecond; }

    /// Downloads: what to do when the destination file exists (the engine sets it before the
    /// start; "Overwrite" answered to the question sets Overwrite and retries).
    void setWhenExists(WhenFileExists policy) { m_whenExists = policy; }
    /// Downloads waiting for an answer (Failed with FileExists): keep the file that is there and
    /// end as Done (KeptExisting) without fetching.
    void keepExisting();

    /// Parts for the per-part bar.
    virtual PartsSnapshot parts() const;
    /// Requests in flight, counted against the engine's connection budget.
    virtual int inFlight() const { return isActive() ? 1 : 0; }
    /// Starts one more parallel request when it has one to start; false when not.
    virtual bool startNext() { return false; }

Q_SIGNALS:
    void changed();
    /// Reached Verified, Done, Failed or Cancelled.
    void finished();
    /// A request ended (or a part became ready to send): the engine may start more.
    void requestFinished();
    /// A multipart upload this transfer started must be aborted (cancel, changed file, removal);
    /// the engine aborts it and remembers it until the store confirms.
    void abortNeeded(const haul::StaleUpload &upload);

protected:
    virtual void begin() = 0;        ///< from Queued/Paused/Failed to running
    virtual void stopRequests() = 0; ///< abort whatever is in flight
    /// On pause: by default stopRequests(); a multipart upload lets parts in flight finish, so
    /// that no stored part is ever sent twice.
    virtual void pauseRequests() { stopRequests(); }
    virtual void cleanUp() {}        ///< on cancel, after stopRequests

    void setState(TransferState state);
    void setProgress(qint64 transferred);
    /// Retries after the policy's delay when the error is retryable and attempts remain; else
    /// fails. Returns true when a retry was scheduled.
    bool retryOrFail(const Error &error);
    void failWith(const Error &error);
    void succeed(VerifyMethod method);
    /// Downloads, after HeadObject: when the destination file exists, settles it by the policy
    /// (size + modification time, as a sync compares): identical and not Overwrite → Done
    /// (AlreadyThere); different under Ask → Failed with FileExists (the app asks), under Skip
    /// → Done (KeptExisting). Returns true when the transfer ended so; false: go on and fetch.
    bool settleExistingFile(const ObjectHead &head);

    TransferSnapshot m_snap;
    QPointer<S3Client> m_client;
    RateLimiter *m_limiter = nullptr;
    int m_generation = 0; ///< bumped on pause/cancel so stale retry timers do nothing
    WhenFileExists m_whenExists = WhenFileExists::Overwrite;
};

} // namespace haul
