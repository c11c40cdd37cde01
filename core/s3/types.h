#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include "error.h"

namespace haul {

/// S3's longest key, in UTF-8 bytes.
inline constexpr qsizetype MaxKeyBytes = 1024;

/// Whether S3 would refuse `key` as longer than MaxKeyBytes.
inline bool isKeyTooLong(const QString &key) { return key.toUtf8().size() > MaxKeyBytes; }

/// A bucket as ListBuckets reports it.
struct BucketInfo {
    QString name;
    QDateTime created;
};

/// An object (or, with isPrefix, a "folder": a common prefix) in a listing.
struct ObjectInfo {
    QString key;
    qint64 size = 0;
    QDateTime lastModified;
    QString etag;          ///< without quotes
    QString storageClass;
    bool isPrefix = false;
};

/// One page of ListObjectsV2.
struct ListPage {
    QList<ObjectInfo> objects;     ///< files, in key order
    QList<ObjectInfo> prefixes;    ///< folders (isPrefix), when a delimiter was given
    bool truncated = false;
    QString nextContinuationToken;
};

/// What HeadObject tells about an object.
struct ObjectHead {
    qint64 size = 0;
    QString etag;          ///< without quotes
    QDateTime lastModified;
    QString contentType;
    QString storageClass;
    int partsCount = 0;    ///< x-amz-mp-parts-count, when asked with partNumber
    QString checksumCrc32c;///< base64, when the store keeps one
    QMap<QString, QString> metadata; ///< x-amz-meta-* without the prefix, lower-case names
    /// x-amz-restore of an archived object (Glacier, Deep Archive): a restore was asked for and
    /// is under way, or its copy can be downloaded until restoredUntil.
    bool restoreOngoing = false;
    QDateTime restoredUntil;
};

/// Whether objects of this storage class must be restored before they can be downloaded.
inline bool isArchiveStorageClass(const QString &storageClass)
{
    return storageClass == QLatin1String("GLACIER") || storageClass == QLatin1String("DEEP_ARCHIVE");
}

/// What restoring several objects came to (BucketService::restoreObjects).
struct RestoreSummary {
    int started = 0;          ///< restores begun now
    int inProgress = 0;       ///< asked for before and not done yet
    int alreadyRestored = 0;  ///< a restored copy is there already
    int notArchived = 0;      ///< chosen, but not in an archive class: nothing to do
    QList<std::pair<QString, Error>> failures; ///< key and why, for those refused one by one
};

/// How RestoreObject answered.
enum class RestoreAnswer {
    Started,         ///< 202: the restore begins
    InProgress,      ///< 409 RestoreAlreadyInProgress: asked for before, not done yet
    AlreadyRestored, ///< 200: a restored copy is there (its time is extended)
    NotArchived,     ///< 403 InvalidObjectState: the object is not in an archive class
};

/// A part of a multipart upload (ListParts, or what Haul sent).
struct PartInfo {
    int number = 0;
    qint64 size = 0;
    QString etag;          ///< without quotes
    QString checksumCrc32c;
};

/// An unfinished multipart upload (ListMultipartUploads).
struct UploadInfo {
    QString key;
    QString uploadId;
    QDateTime initiated;
};

/// One page of ListParts.
struct PartsPage {
    QList<PartInfo> parts;
    bool truncated = false;
    int nextPartNumberMarker = 0;
};

/// One page of ListMultipartUploads.
struct UploadsPage {
    QList<UploadInfo> uploads;
    bool truncated = false;
    QString nextKeyMarker;
    QString nextUploadIdMarker;
};

/// The result of CompleteMultipartUpload.
struct CompleteResult {
    QString etag;          ///< without quotes
    QString checksumCrc32c;
};

/// Per-key failures from DeleteObjects.
struct DeleteFailure {
    QString key;
    QString code;
    QString message;
};

} // namespace haul

Q_DECLARE_METATYPE(haul::BucketInfo)
Q_DECLARE_METATYPE(haul::RestoreSummary)
Q_DECLARE_METATYPE(haul::ObjectInfo)
Q_DECLARE_METATYPE(haul::ListPage)
