#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include "s3/types.h"

namespace haul {

// Deciding whether a file has to be sent (or fetched) again: the comparison truth table.
//
// Default: size + modification time, as rclone does. Haul stores the file's modification time
// as object metadata in rclone's format (x-amz-meta-mtime: "seconds.nanoseconds"), so the two
// tools agree. Times are compared to the millisecond, the precision Qt (and so Haul) reads and
// writes them; an rclone value with nanoseconds is cut to milliseconds first.
//
// A listing (ListObjectsV2) does not carry metadata, only LastModified, the time the store
// received the object; reading the metadata needs one HEAD per object. So that a second sync of
// an unchanged folder sends nothing but listings, the listing decides whenever it safely can:
//  - upload: an object of the same size stored in a later second than the file last changed
//    (aws-cli's rule, made strict to the second because listings often drop the milliseconds)
//    is taken as identical; otherwise the metadata decides (NeedHead), and an object without it
//    counts as different.
//  - download: a local file of the same size whose time equals LastModified to the second is
//    identical (Haul stamps a download without metadata with LastModified); otherwise the
//    metadata decides as above.
// Optional: by checksum. A single-part object's ETag is the MD5 of its bytes; it is compared
// with the local file's MD5 (NeedChecksum asks for it). Multipart ETags and ETags that are not an
// MD5 cannot be compared this way: those files fall back to size + modification time.

/// What to do with a file that already exists on the other side.
enum class ExistingFiles {
    SkipIdentical, ///< send new and changed files, skip identical ones (the default)
    Overwrite,     ///< send everything, without comparing
    Ask,           ///< skip identical files; ask about the changed ones
};

enum class CompareMethod {
    SizeAndMtime, ///< size + modification time (default; see above)
    Checksum,     ///< size + MD5 against the ETag, where the ETag is an MD5
};

enum class CompareAction {
    Transfer,     ///< send (or fetch) the file
    Skip,         ///< identical: "already there"
    Ask,          ///< exists and differs; the user decides
    NeedHead,     ///< the object's metadata is needed first (HeadObject), then compare again
    NeedChecksum, ///< the local file's MD5 is needed first, then compare again
};

/// Why: shown in a dry run and used by tests.
enum class CompareReason {
    New,             ///< nothing on the other side
    Overwrite,       ///< the setting says overwrite
    SizeDiffers,
    MtimeDiffers,    ///< includes: the object carries no time and is not newer than the file
    ChecksumDiffers,
    Identical,       ///< same size and modification time
    SameChecksum,    ///< same size and MD5
    Unknown,         ///< undecided yet (NeedHead / NeedChecksum)
};

/// The file on this computer.
struct LocalFacts {
    bool exists = true;
    qint64 size = 0;
    qint64 mtimeMs = 0;       ///< UTC, milliseconds since the epoch
    QByteArray md5;           ///< raw 16 bytes; empty until computed
};

/// The object in the store.
struct RemoteFacts {
    bool exists = true;
    qint64 size = 0;
    qint64 lastModifiedMs = 0;        ///< LastModified (listing or HEAD), UTC ms
    QString etag;                     ///< without quotes
    bool headDone = false;            ///< metadata below was read (HEAD)
    std::optional<qint64> mtimeMs;    ///< x-amz-meta-mtime, when the object has it
};

struct Comparison {
    CompareAction action = CompareAction::Transfer;
    CompareReason reason = CompareReason::New;
    bool operator==(const Comparison &) const = default;
};

/// Upload: the local file is the source.
Comparison compareForUpload(const LocalFacts &local, const RemoteFacts &remote,
                            ExistingFiles existing, CompareMethod method);
/// Download: the object is the source.
Comparison compareForDownload(const RemoteFacts &remote, const LocalFacts &local,
                              ExistingFiles existing, CompareMethod method);

/// Parses rclone's mtime metadata ("1700000000.123456789", also without fraction or with fewer
/// digits; RFC 3339 as older tools wrote it) into UTC milliseconds (truncated); nullopt if it is
/// not a time.
std::optional<qint64> parseMtimeMetadata(QStringView value);

/// rclone's format for UTC milliseconds: "1700000000.123000000".
QByteArray formatMtimeMetadata(qint64 mtimeMs);

/// The modification time a downloaded object's file gets: its x-amz-meta-mtime (rclone's format,
/// as Haul and rclone store it), else LastModified. UTC; invalid when the head has neither.
QDateTime objectModificationTime(const ObjectHead &head);

/// Stable name of a reason ("SizeDiffers"), for reports and tests.
QString compareReasonName(CompareReason reason);

} // namespace haul
