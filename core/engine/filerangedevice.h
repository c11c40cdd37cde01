#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

namespace haul {

class RateLimiter;

/// A read-only, seekable view of bytes [offset, offset + length) of a file: the body of a PUT or
/// UploadPart, read straight from the file (no temporary split files). While Qt reads it front
/// to back it keeps an MD5 of what was sent (unless told not to: a multipart part has its MD5
/// from the digest pass already); a rewind to 0 (Qt re-sending after a dropped connection)
/// starts the hash again. If Qt seeks elsewhere the hash is marked incomplete.
class FileRangeDevice : public QIODevice {
    Q_OBJECT
public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    /// Opens the file; false (with errorString()) when it cannot be read.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }

    /// The MD5 of all bytes read, when they were read once front to back; empty otherwise.
    QByteArray md5() const;
    /// Whether to keep that MD5 (on by default). Off saves hashing every byte a second time
    /// when the caller knows the MD5 already; md5() is then empty. Set before reading.
    void setKeepMd5(bool keep) { m_keepMd5 = keep; }
    /// Draw every read from this limiter (one bandwidth limit over all connections). While it
    /// grants nothing, reads return 0 bytes and readyRead() follows when it refills.
    void setLimiter(RateLimiter *limiter);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    RateLimiter *m_limiter = nullptr;
    qint64 m_offset;
    qint64 m_length;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    qint64 m_hashedUpTo = 0;
    bool m_hashValid = true;
    bool m_keepMd5 = true;
};

} // namespace haul
