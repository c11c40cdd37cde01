#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

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
Q_DECLARE_METATYPE(haul::ObjectInfo)
Q_DECLARE_METATYPE(haul::ListPage)
