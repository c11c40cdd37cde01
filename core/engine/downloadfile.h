#pragma once

#include <QDateTime>
#include <QFile>

#include "engine/checksum.h"
#include "engine/rangeplan.h"
#include "error.h"

namespace haul {

/// The temporary file a download writes into, beside its final name (`.<name>.haul-<tag>.part`):
/// created exclusively with owner-only permissions, given the object's size at once (space
/// reserved where the file system can: a full disk shows before any byte is fetched), written
/// at offsets, and renamed into place only when verified. Errors are plain codes: DiskFull,
/// DestinationNotWritable (subject: the folder) and InvalidFileName (subject: the name).
/// Used in the engine thread; the destructor closes the file but never removes it.
class DownloadFile {
public:
    DownloadFile() = default;
    DownloadFile(const DownloadFile &) = delete;
    DownloadFile &operator=(const DownloadFile &) = delete;

    /// Whether `name` can be one file's name here: not empty, "." or "..", no NUL or '/', at
    /// most 255 bytes.
    static bool isValidFileName(const QString &name);
    /// Checks the final name and its folder, then creates the temporary file of size bytes.
    Error create(const QString &finalPath, const QString &tag, qint64 size);
    /// Opens a temporary file kept from an interrupted run; false when it is missing, not ours
    /// to write, or not size bytes long.
    bool reopen(const QString &tempPath, const QString &finalPath, qint64 size);
    /// Writes bytes at offset (the whole of them, or an error).
    Error writeAt(qint64 offset, QByteArrayView bytes);
    /// Gives the file the object's modification time and usual permissions, and renames it onto
    /// the final name (replacing a file there atomically).
    Error commit(const QDateTime &modified);
    /// Closes and removes the temporary file (if any).
    void discard();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_tempPath; }
    QString folder() const;

private:
    Error openExclusive(const QString &tempPath);
    Error reserve(qint64 size);
    Error errorFromErrno(int error, const QString &what) const;

    QFile m_file;        ///< (opened from a descriptor: its fileName() is empty)
    QString m_tempPath;
    QString m_finalPath;
};

/// The running digest of one unit of a download (one part, or the whole object), fed strictly
/// in order; `cursor` is the object offset up to which it has been fed.
struct UnitDigest {
    UnitDigest(ByteSpan span, DigestKind kind) : span(span), cursor(span.offset), kind(kind) {}

    ByteSpan span;
    qint64 cursor;
    DigestKind kind;
    Md5 md5;
    Crc32c crc;

    QByteArray computed;     ///< the digest when computed elsewhere (digestFileRanges)

    bool isComplete() const { return cursor >= span.end(); }
    /// Sets the digest computed over the whole span in one go.
    void setComputed(const QByteArray &digest)
    {
        computed = digest;
        cursor = span.end();
    }
    /// The finished digest: 16 MD5 bytes or 4 big-endian CRC32C bytes (empty for None).
    QByteArray result() const;
};

/// Feeds bytes [digest.cursor, to) of the file at path into digest, reading it back in 1 MiB
/// blocks (pool thread; the bytes were written by the engine thread before). Advances the
/// cursor as it goes; on a read error returns FileUnreadable.
Error feedFromFile(const QString &path, UnitDigest &digest, qint64 to);

} // namespace haul
