#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
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
// with the local file's MD5 (NeedChecksum asks for it): equal → SameChecksum, else
// ChecksumDiffers (the bytes differ: certain).
//
// A multipart object's ETag ("<32 hex>-N") is the MD5 of its N parts' MD5s, so it depends on
// the part size the uploader chose, which the store does not say. The file is cut into N parts
// of each candidate size (checksumPartSizes(): Haul's own part size for this file under the
// Part size setting, 8 MiB doubled as aws-cli, boto3 and Haul grow it to fit 10,000 parts,
// Haul's automatic size, 5 MiB — S3's minimum, rclone's default — and 15 MiB, s3cmd's; at most
// three that give exactly N parts, in that order) and the MD5 of the part MD5s computed
// (NeedChecksum; LocalFacts::multipartEtags, partsHashed):
//  - one equals the ETag → SameChecksum, skipped: the same bytes, as sure as a single MD5.
//  - none does, or no candidate gives N parts → sent (or asked about), ChecksumUnmatched: "not
//    proven identical", never ChecksumDiffers. A mismatch is no proof of a change: another
//    tool may have used another part size that gives the same N (100 MiB is 7 parts of 15 MiB
//    and of 16 MiB), and encrypted objects (SSE-KMS) have ETags that are not MD5s at all. Nor
//    is it skipped on size and time: a file changed without its size or time changing is what
//    comparing by checksum is for. The cost of a wrong guess is one needless upload.
// ETags that are not MD5s in either form fall back to size + modification time.
/// What to do with a file that already exists on the other side.
enum class ExistingFiles {
    SkipIdentical, ///< send new and changed files, skip identical ones (the default)
    Overwrite,     ///< send everything, without comparing
    Ask,           ///< skip identical files; ask about the changed ones
};

enum class CompareMethod {
    SizeAndMtime, ///< size + modification time (default; see above)
    Checksum,     ///< size + MD5 (or MD5 of part MD5s) against the ETag, where it is one
};

enum class CompareAction {
    Transfer,     ///< send (or fetch) the file
    Skip,         ///< identical: "already there"
    Ask,          ///< exists and differs; the user decides
    NeedHead,     ///< the object's metadata is needed first (HeadObject), then compare again
    NeedChecksum, ///< the local file's MD5 (or multipart ETags) is needed first, then compare again
};

/// Why: shown in a dry run and used by tests.
enum class CompareReason {
    New,             ///< nothing on the other side
    Overwrite,       ///< the setting says overwrite
    SizeDiffers,
    MtimeDiffers,    ///< includes: the object carries no time and is not newer than the file
    ChecksumDiffers,   ///< the single-part ETag is not the file's MD5: the bytes differ
    ChecksumUnmatched, ///< multipart ETag not reproduced with any candidate part size: not
                       ///< proven identical (changed, or cut into parts of another size)
    Identical,       ///< same size and modification time
    SameChecksum,    ///< same size and MD5 (or the same multipart ETag)
    Unknown,         ///< undecided yet (NeedHead / NeedChecksum)
};

/// The file on this computer.
struct LocalFacts {
    bool exists = true;
    qint64 size = 0;
    qint64 mtimeMs = 0;       ///< UTC, milliseconds since the epoch
    QByteArray md5;           ///< raw 16 bytes; empty until computed
    /// The file's multipart ETags ("<hex>-N", lower case) for the part sizes of
    /// checksumPartSizes(), up to the first that matched; valid once partsHashed is set.
    QStringList multipartEtags = {};
    bool partsHashed = false;
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

/// N for a multipart ETag "<32 hex digits>-N" (N ≥ 1); 0 for any other ETag.
int multipartEtagParts(QStringView etag);

/// The part sizes to cut a file of `size` bytes into, to reproduce the multipart ETag of an
/// object of partCount parts (see above): those of the candidates that give exactly partCount
/// parts, most likely first, at most three (each costs a pass over the file); one when
/// partCount is 1 (every size gives the same single part). preferredPartSize is the Part size
/// setting as the engine takes it (0: automatic). Empty when none fits.
QList<qint64> checksumPartSizes(qint64 size, int partCount, qint64 preferredPartSize);

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
