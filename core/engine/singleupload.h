#pragma once

#include <QDateTime>

#include "engine/transfer.h"

namespace haul {

class FileRangeDevice;

/// A file sent with one PutObject.
///
///   Queued ──start──▶ Preparing (stat the file) ──▶ Running (PUT) ──▶ Verifying ──▶ Verified
///                         │                            │   ▲                         │
///                         └─ FileUnreadable/Vanished   │   └─ retryable error        └▶ Done
///                                                      ▼        (backoff)         (ETag not an MD5)
///                                                    Failed ◀── not retryable / attempts used up
///
/// Verified: the store's ETag equals the MD5 of the bytes Haul read while sending, and the file's
/// size and modification time did not change meanwhile (else FileChanged).
///
/// Files up to BufferedMax bytes are read whole and sent from memory, unless a bandwidth limit
/// is set: Qt pulls a device body from the engine thread in 16 KiB pieces, a posted event and
/// wake-up each way per piece, which for a small file costs more than the file (issue 5:
/// 1000 × 64 KiB). Larger files, and every file under a limit (which meters the device's
/// reads), stream from a FileRangeDevice.
class SingleUpload : public Transfer {
    Q_OBJECT
public:
    static constexpr qint64 BufferedMax = 1 << 20;

    SingleUpload(const TransferSnapshot &initial, S3Client *client, QObject *parent = nullptr);
    ~SingleUpload() override;

    /// The answer to the request that asked for `storageClass` (PutObject, CreateMultipartUpload):
    /// a refusal of the class itself becomes StorageClassUnsupported naming it — AWS's and
    /// MinIO's InvalidStorageClass, and the bare InvalidArgument of a Ceph RGW whose placement
    /// has no such class. Other errors are returned as they are.
    static Error storageClassRefusal(Error error, const QString &storageClass);

    /// The headers every upload carries: content type from the extension, the file's
    /// modification time as x-amz-meta-mtime (rclone's format: seconds.nanoseconds), and the
    /// storage class when one was chosen.
    static QList<std::pair<QByteArray, QByteArray>> uploadHeaders(const QString &path,
                                                                  const QDateTime &mtime,
                                                                  const QString &storageClass);

    /// Reads the files of queued uploads that will go from memory (BufferedMax, no bandwidth
    /// limit) and hashes them side by side (md5Together), so that each starts with its body
    /// ready. The engine calls it for the next few queued uploads when one starts; a pause or a
    /// retry drops what was read (the file is read again), and the check after the PUT compares
    /// the file with what it was when read.
    static void prepareTogether(const QList<SingleUpload *> &uploads);
    /// Whether prepareTogether() would read it (and has not yet).
    bool wantsPreparing() const;

protected:
    void begin() override;
    void stopRequests() override;

private:
    void onPut(const Result<S3Response> &result);
    Error checkUnchanged() const;
    /// The body: the file read whole into m_body, or m_device opened on it; false when failed.
    bool prepareBody(S3Request &request);

    FileRangeDevice *m_device = nullptr;
    QByteArray m_body;     ///< a small file, read whole
    QByteArray m_bodyMd5;  ///< its MD5 (hex)
    /// Read and hashed ahead by prepareTogether(): body, MD5 (hex), size and time of the file.
    struct Prepared {
        QByteArray body;
        QByteArray md5;
        qint64 size = -1; ///< -1: not looked at; -2: looked at, not read (too big, unreadable)
        QDateTime mtime;
    } m_prepared;
    S3Call *m_call = nullptr;
    QDateTime m_mtime;
};

} // namespace haul
