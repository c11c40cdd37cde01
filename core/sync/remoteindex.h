#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "s3/types.h"
#include "sync/compare.h"

namespace haul {

/// A remote listing (ListObjectsV2 pages, no delimiter) held compactly and sorted in S3's key
/// order (UTF-8 bytes), for comparing a local tree with it.
///
/// About 32 bytes plus the UTF-8 key per object (an MD5 ETag is kept as 16 raw bytes), so a
/// million objects with 50-byte keys take under 100 MB — a QList<ObjectInfo> would take four times
/// as much. The listing is collected whole and sorted here rather than trusted to arrive in
/// order: s3rver, for one, lists "a/…" before "a-b" (it walks its folders), and a merge over an
/// out-of-order listing would propose deleting files that exist.
class RemoteIndex {
public:
    /// Adds one object (keys longer than 65,535 bytes, which no store allows, are dropped).
    void add(const ObjectInfo &object);
    /// Adds the objects of a page; common prefixes are ignored.
    void add(const ListPage &page);
    /// Sorts in UTF-8 byte order and drops repeats of a key (a store that lists one twice).
    void sort();

    qsizetype size() const { return qsizetype(m_records.size()); }
    /// The first position whose key is not less than `key` (UTF-8), searching from `from`
    /// onwards (galloping, so walking keys in order costs O(log distance) each).
    qsizetype lowerBound(QByteArrayView key, qsizetype from = 0) const;
    /// The position of exactly `key`, or -1.
    qsizetype indexOf(QByteArrayView key, qsizetype from = 0) const;

    QByteArrayView keyUtf8(qsizetype i) const;
    QString key(qsizetype i) const { return QString::fromUtf8(keyUtf8(i)); }
    qint64 objectSize(qsizetype i) const { return m_records[size_t(i)].size; }
    qint64 lastModifiedMs(qsizetype i) const { return m_records[size_t(i)].lastModifiedMs; }
    QString etag(qsizetype i) const;
    /// What the listing tells about object i, for compareForUpload / compareForDownload.
    RemoteFacts facts(qsizetype i) const;
    /// A "folder" marker object: its key ends in '/'.
    bool isFolderMarker(qsizetype i) const { return keyUtf8(i).endsWith('/'); }

    /// Bytes held (records and key storage), for benchmarks.
    qint64 memoryUsed() const;

private:
    struct Record {
        qint64 offset = 0;          ///< of the key in m_arena; the ETag follows it
        qint64 size = 0;
        qint64 lastModifiedMs = 0;
        quint16 keyLength = 0;
        quint8 etagLength = 0;      ///< bytes after the key
        quint8 etagIsMd5 = 0;       ///< 1: 16 raw MD5 bytes (hex was lower-case 32 digits)
        qint32 etagParts = 0;       ///< the "-N" of a multipart ETag (0: none)
    };
    int compareAt(qsizetype i, QByteArrayView key) const;

    QByteArray m_arena;
    std::vector<Record> m_records;
};

} // namespace haul
