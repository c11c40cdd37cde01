#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "error.h"

namespace haul {

using TransferId = quint64;

/// The storage classes offered for uploads (S3's names; other stores may accept fewer).
inline QStringList storageClasses()
{
    return {QStringLiteral("STANDARD"), QStringLiteral("REDUCED_REDUNDANCY"),
            QStringLiteral("STANDARD_IA"), QStringLiteral("ONEZONE_IA"),
            QStringLiteral("INTELLIGENT_TIERING"), QStringLiteral("GLACIER_IR"),
            QStringLiteral("GLACIER"), QStringLiteral("DEEP_ARCHIVE")};
}

enum class Direction { Upload, Download };

/// Where a transfer is in its life. Verified means Haul checked the bytes arrived intact.
enum class TransferState {
    Queued,
    Preparing,    ///< reading the file / asking the server what it has
    Running,
    Paused,
    Verifying,
    Verified,     ///< finished, and a checksum check passed (see VerifyMethod)
    Done,         ///< finished, but the store offered nothing to compare against
    Failed,
    Cancelled,
};

/// Which check proved a finished transfer intact.
/// WholeMd5: a multipart object whose ETag is the whole object's MD5 (s3rver), compared with the
/// file's MD5 after Complete. AlreadyThere: a download not fetched because an identical file was
/// already at the destination; KeptExisting: not fetched because the user kept the different file
/// there (both with state Done).
enum class VerifyMethod {
    None, Md5Etag, MultipartEtag, Crc32c, CompositeCrc32c, Size, WholeMd5, AlreadyThere, KeptExisting
};

/// What a download does when its destination file exists (the "when a file exists" setting,
/// the command line's --if-exists). Identical: the object's size and modification time, as a
/// sync compares.
enum class WhenFileExists {
    Overwrite,      ///< fetch and replace it
    SkipIdentical,  ///< leave an identical file alone (Done, AlreadyThere); replace a different one
    Ask,            ///< leave an identical file alone; a different one stops the download with
                    ///< FileExists until the user answers (overwriteExisting / keepExisting)
    Skip,           ///< leave any existing file alone (Done, AlreadyThere or KeptExisting)
};

/// State of one part in the per-part bar.
enum class PartState : quint8 { Waiting, Sending, Done, Retrying, Failed };

/// A value copy of one transfer's state, sent to the GUI a few times a second.
struct TransferSnapshot {
    TransferId id = 0;
    Direction direction = Direction::Upload;
    QString accountName;
    QString localPath;
    QString bucket;
    QString key;
    QString storageClass;        ///< uploads: x-amz-storage-class (empty: the store's default)
    qint64 size = -1;            ///< -1 until known
    qint64 transferred = 0;
    double bytesPerSecond = 0;
    TransferState state = TransferState::Queued;
    VerifyMethod verifiedBy = VerifyMethod::None;
    int partCount = 0;
    int partsDone = 0;
    int attempts = 0;            ///< retries so far (shown when they keep failing)
    Error error;                 ///< set when state is Failed
    /// The folder transfer (FolderService id) this file belongs to; 0: a file on its own. The
    /// queue shows a folder's files under one expandable row.
    quint64 groupId = 0;

    bool isFinished() const
    {
        return state == TransferState::Verified || state == TransferState::Done
            || state == TransferState::Failed || state == TransferState::Cancelled;
    }
};

/// A multipart upload Haul started and could not finish or abort: its parts cost storage until
/// it is aborted. Kept in the journal and offered for clean-up at the next start.
struct StaleUpload {
    QString accountName;
    QString bucket;
    QString key;
    QString uploadId;
    bool operator==(const StaleUpload &) const = default;
};

/// The parts of the one transfer being watched (TransferManager::watchParts).
struct PartsSnapshot {
    TransferId id = 0;
    QVector<PartState> states;
    QVector<float> fill;         ///< 0..1 for parts being sent
};

} // namespace haul

Q_DECLARE_METATYPE(haul::TransferSnapshot)
Q_DECLARE_METATYPE(haul::PartsSnapshot)
Q_DECLARE_METATYPE(haul::StaleUpload)
