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
class SingleUpload : public Transfer {
    Q_OBJECT
public:
    SingleUpload(const TransferSnapshot &initial, S3Client *client, QObject *parent = nullptr);
    ~SingleUpload() override;

    /// The headers every upload carries: content type from the extension, the file's
    /// modification time as x-amz-meta-mtime (rclone's format: seconds.nanoseconds), and the
    /// storage class when one was chosen.
    static QList<std::pair<QByteArray, QByteArray>> uploadHeaders(const QString &path,
                                                                  const QDateTime &mtime,
                                                                  const QString &storageClass);

protected:
    void begin() override;
    void stopRequests() override;

private:
    void onPut(const Result<S3Response> &result);
    Error checkUnchanged() const;

    FileRangeDevice *m_device = nullptr;
    S3Call *m_call = nullptr;
    QDateTime m_mtime;
};

} // namespace haul
