#pragma once

#include <QDateTime>
#include <QHash>
#include <QVector>

#include "creds/account.h"
#include "engine/checksum.h"
#include "engine/partplan.h"
#include "engine/transfer.h"

class QThreadPool;

namespace haul {

class FileRangeDevice;

/// What the journal keeps of a multipart upload so that it can continue after a restart.
struct MultipartProgress {
    QString uploadId;
    qint64 partSize = 0;
    qint64 fileSize = -1;
    QDateTime mtime;                 ///< UTC; a different size or mtime means start over
    QList<PartInfo> doneParts;       ///< number, size, etag (the store's), checksumCrc32c
    QList<QByteArray> doneMd5s;      ///< hex MD5 of each done part, same order
};

/// What the store's answer to CompleteMultipartUpload allows Haul to check (checkComplete()).
enum class CompleteCheck {
    CompositeCrc32c,  ///< the composite CRC32C matches the parts'
    MultipartEtag,    ///< the ETag is the MD5 of the parts' MD5s (with or without "-N")
    WholeMd5,         ///< a plain MD5 ETag that is not MD5-of-MD5s: compare the file's whole MD5
    NotComparable,    ///< nothing to compare against
    Mismatch,         ///< a multipart ETag ("-N") that differs from MD5-of-MD5s
};

/// Pure: how to verify a completed multipart upload from the ETag and x-amz-checksum-crc32c
/// the store gave (quotes allowed) and the parts' binary MD5s and CRC32Cs.
CompleteCheck checkComplete(const QString &etag, const QString &crc,
                            const QList<QByteArray> &partMd5s, const QList<quint32> &partCrcs);

/// A large file sent as a multipart upload, parts in parallel under the engine's budget.
///
///   Queued ─▶ Preparing: stat, plan parts ─┬─ no upload id ─▶ CreateMultipartUpload ─┐
///                                          └─ upload id ────▶ ListParts (resume) ─────┤
///                                                      (parts checked against the file)│
///        ┌──────────────────────────────────────────────────────────────────────────────┘
///        ▼
///   Running: per part  Waiting ─▶ digest (pool: CRC32C + MD5) ─▶ UploadPart ─▶ Done
///                                        ▲                          │ retryable: backoff
///                                        └──────────────────────────┘
///            (a part's digest comes with its group's: up to 16 parts read in one pass, their
///             MD5s side by side; the others keep theirs until their turn)
///        ▼ all parts done
///   Verifying: CompleteMultipartUpload (200 with <Error> = failure) ─▶ checkComplete():
///              composite CRC32C or ETag = MD5-of-MD5s ─────────────────────────▶ Verified
///              a plain 32-hex ETag (e.g. s3rver: the whole object's MD5) ─▶ the file's whole
///                MD5 on the pool ─▶ Verified (equal) | Failed StoredObjectMismatch
///              anything else ─▶ Done (store gives nothing comparable) | Failed
///              no answer, and the Complete sent again refused ─▶ HeadObject: an object of
///                the file's size whose ETag/CRC can be ours is checked as above (the first
///                Complete landed); else retry or fail with the refusal
///
/// Pause stops handing out parts and lets the parts in flight finish (so no stored part is sent
/// twice); it keeps the upload id and done parts. Quitting aborts parts in flight.
/// Cancel aborts the multipart upload so no orphaned parts keep costing money.
class MultipartUpload : public Transfer {
    Q_OBJECT
public:
    MultipartUpload(const TransferSnapshot &initial, S3Client *client, QThreadPool *pool,
                    qint64 preferredPartSize, QObject *parent = nullptr);
    ~MultipartUpload() override;

    int inFlight() const override { return m_inFlight + (m_control ? 1 : 0); }
    bool startNext() override;
    PartsSnapshot parts() const override;

    /// For the journal.
    MultipartProgress progress() const;
    /// Continue a journalled upload (before start()).
    void restore(const MultipartProgress &progress);

protected:
    void begin() override;
    void stopRequests() override;
    void pauseRequests() override;
    void cleanUp() override;

private:
    struct Part {
        PartState state = PartState::Waiting;
        qint64 sent = 0;
        QString etag;
        QByteArray md5Hex;
        quint32 crc = 0;
        int attempts = 0;
        S3Call *call = nullptr;
        FileRangeDevice *device = nullptr;
    };

    bool statFile();
    void create();
    void listExisting(int marker);
    void checkExisting(const QList<PartInfo> &listed);
    void onChecked(int index, const PartInfo &listed, const Result<RangeDigest> &digest);
    void startOver();
    void findCompleted();
    void onWholeFileDigested(const ObjectHead &head, const QList<Result<RangeDigest>> &digests);
    void digest(int index);
    std::pair<int, int> digestGroup(int index) const;
    void digestParts(int first, int end);
    void onDigests(const QList<int> &indices, const QList<Result<RangeDigest>> &digests);
    /// Asked for (counted in flight) and waiting for its digest.
    static bool awaitsDigest(const Part &p) { return p.state == PartState::Sending && !p.call; }
    void send(int index);
    void onPart(int index, const Result<S3Response> &result);
    void partFailed(int index, const Error &error);
    void complete();
    void onComplete(const Result<CompleteResult> &result);
    void checkEarlierComplete(const Error &error);
    bool couldBeOurs(const ObjectHead &head) const;
    void verify(const QString &etag, const QString &crc);
    /// checkComplete() with this upload's part digests.
    CompleteCheck checkAgainstParts(const QString &etag, const QString &crc) const;
    QList<QByteArray> partMd5s() const; ///< binary MD5 of each part, in order
    void verifyWholeMd5();
    void onWholeMd5(const Result<RangeDigest> &digest);
    void failVerification(const Error &error);
    void releaseDevice(Part &part);
    void updateProgress();
    bool useCrc() const { return m_checksum != ChecksumMode::Md5 && m_checksum != ChecksumMode::Off; }

    QThreadPool *m_pool;
    qint64 m_preferredPartSize;
    PartPlan m_plan;
    QVector<Part> m_parts;
    QString m_uploadId;
    QString m_completedEtag;       ///< a plain-MD5 ETag still to compare with the file's MD5
    bool m_adoptingStored = false; ///< findCompleted(): a whole-MD5 mismatch means "start over"
    QDateTime m_mtime;
    S3Call *m_control = nullptr;   ///< create / list / complete in flight
    int m_completeTries = 0;       ///< Complete requests that failed (a later one checks HEAD)
    int m_inFlight = 0;
    int m_nextWaiting = 0;
    bool m_restored = false;
    QHash<int, PartInfo> m_journalParts; ///< from the journal, by part number
    QHash<int, QByteArray> m_journalMd5s;
    int m_pendingChecks = 0;
    QList<PartInfo> m_listed;            ///< ListParts pages gathered so far
    ChecksumMode m_checksum = ChecksumMode::Auto;
};

} // namespace haul
