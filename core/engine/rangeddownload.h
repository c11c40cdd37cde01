#pragma once

#include <memory>

#include <QVector>

#include "engine/downloadfile.h"
#include "engine/rangeplan.h"
#include "engine/transfer.h"

class QThreadPool;

namespace haul {

/// What the journal keeps of an unfinished download so that it can continue after a restart.
struct DownloadProgress {
    QString tempPath;          ///< the temporary file holding what is fetched so far
    QString etag;              ///< of the object then; a different one means start over
    qint64 size = -1;
    QList<ByteSpan> done;      ///< fetched (and written) spans, merged, in order
};

/// How a download cuts an object into requests.
struct DownloadOptions {
    qint64 rangeSize = DefaultRangeSize; ///< bytes per ranged GET
    qint64 singleBelow = 64LL << 20;     ///< objects smaller than this come in one GET
    qint64 preferredPartSize = 0;        ///< Haul's own upload part size, to recognise its objects
};

/// An object fetched with ranged GETs in parallel into a temporary file beside its final name.
///
///   Queued ─▶ Preparing: HeadObject (size, ETag, stored CRC32C) ─┬─ ETag "…-N": HeadObject
///                                                                │   ?partNumber=1 → part size
///        ┌───────────────────────────────────────────────────────┘   (else guessed, or unknown)
///        ▼
///   plan ranges (inside parts) and the check; temporary file created, or the journal's one
///   reopened when the ETag is unchanged (else start over, and say so)
///        ▼
///   Running: per range  Waiting ─▶ GET Range, If-Match "<etag>" ─▶ written at its offset ─▶ Done
///                          ▲          │ retryable: backoff, continue from what is written
///                          └──────────┘ 412: the object changed ─▶ Failed, temporary removed
///            per unit (a part, or the whole object): digest read back in order on the pool;
///            parts of a multipart ETag: once on disk whole, 16 at a time, MD5s side by side
///        ▼ all ranges written, all units digested
///   Verifying: stored CRC32C (whole / composite) │ MD5 vs single-part ETag │ multipart ETag
///              ─▶ rename(2) onto the final name, mtime set ─▶ Verified │ Done (size only)
///              mismatch ─▶ Failed (ChecksumMismatch), temporary removed, no final file
///
/// Pause aborts ranges in flight and keeps what they wrote; resume continues each from there.
/// Disk full, destination not writable, invalid name: Failed, temporary removed. Network
/// errors that outlast the retries: Failed, the temporary file kept for "Retry" (and for the
/// journal, which lists the finished ranges so a restart fetches only the missing ones).
class RangedDownload : public Transfer {
    Q_OBJECT
public:
    RangedDownload(const TransferSnapshot &initial, S3Client *client, QThreadPool *pool,
                   const DownloadOptions &options, QObject *parent = nullptr);
    ~RangedDownload() override;

    int inFlight() const override { return m_inFlight + (m_control ? 1 : 0); }
    bool startNext() override;
    PartsSnapshot parts() const override;

    /// For the journal.
    DownloadProgress progress() const;
    /// Continue a journalled download (before start()).
    void restore(const DownloadProgress &progress);
    /// Keep the temporary file when destroyed unfinished (the engine quits; the journal knows it).
    void keepTemporary() { m_keepTemporary = true; }

protected:
    void begin() override;
    void stopRequests() override;
    void cleanUp() override;

private:
    struct Range {
        ByteSpan span;
        qint64 written = 0;  ///< bytes at the start of the span that are on disk
        qint64 base = 0;     ///< written when the request in flight started
        PartState state = PartState::Waiting;
        int attempts = 0;
        int serial = 0;      ///< tells a stale callback from the current request's
        S3Call *call = nullptr;
        Error error;         ///< a write failure of the request in flight
    };
    struct Unit {
        std::shared_ptr<UnitDigest> digest;
        bool busy = false;   ///< a pool task owns the digest
        bool queued = false; ///< on disk whole, waiting in m_readyParts for a batch
    };
    using Units = QVector<Unit>; ///< the units of one DigestLayout, in order

    // rangeddownload.cpp: asking, planning, fetching
    void head(bool firstPart);
    void onHead(const Result<S3Response> &result);
    void onFirstPart(const Result<S3Response> &result);
    void prepare(const QList<PartLayout> &layouts);
    Error openFile();
    void fetch(int index);
    bool write(int index, const QByteArray &chunk);
    void onRange(int index, const Result<S3Response> &result);
    Error checkAnswer(const Range &range, const S3Response &response) const;
    void rangeDone(int index);
    void rangeFailed(int index, const Error &error);
    void failAndDiscard(const Error &error);
    void reset();

    // rangedverify.cpp: digests on the pool, the check, the rename
    void planUnits();
    int rangeAt(qint64 offset) const;
    void digestSpan(ByteSpan span);
    void digestMore(int layout, int unit);
    qint64 onDiskUpTo(qint64 from, qint64 end) const;
    bool batchesParts(int layout) const;
    void startPartBatches(int layout);
    void digestParts(int layout, const QList<int> &units);
    void onDigested(int layout, int unit, const Error &error);
    bool digestsComplete() const;
    void maybeVerify();
    void verify();
    bool checkAnotherWay(const QString &mismatch);
    void finish(VerifyMethod method);

    // rangedresume.cpp: the journal
    bool resumeFromJournal();
    void discardRestored();

    QThreadPool *m_pool;
    DownloadOptions m_options;
    S3Call *m_control = nullptr;    ///< a HEAD in flight
    ObjectHead m_head;
    ObjectFacts m_facts;
    VerifyPlan m_verify;
    DownloadFile m_file;
    QVector<Range> m_ranges;
    QVector<Units> m_units;         ///< per layout of m_verify
    QVector<QList<int>> m_readyParts; ///< per layout: parts on disk, waiting for a batch
    bool m_planned = false;
    int m_inFlight = 0;
    int m_nextWaiting = 0;
    int m_rangesDone = 0;
    qint64 m_received = 0;          ///< bytes on disk over all ranges
    int m_epoch = 0;                ///< bumped when the temporary file goes; stale digests drop
    int m_digesting = 0;            ///< pool tasks of this download not yet reported back
    bool m_keepTemporary = false;
    DownloadProgress m_restored;    ///< from the journal, until the first HEAD
    QString m_mismatch;             ///< a stored checksum that did not match, while the ETag decides
};

} // namespace haul
