#include "filerangedevice.h"

#include "net/ratelimiter.h"

namespace haul {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length,
                                 QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

bool FileRangeDevice::open(OpenMode mode)
{
    if (mode != ReadOnly) {
        setErrorString(QStringLiteral("FileRangeDevice is read-only"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_md5.reset();
    m_hashedUpTo = 0;
    m_hashValid = true;
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    if (pos == 0) {
        m_md5.reset();
        m_hashedUpTo = 0;
        m_hashValid = true;
    } else if (pos != m_hashedUpTo) {
        m_hashValid = false;
    }
    return QIODevice::seek(pos);
}

void FileRangeDevice::setLimiter(RateLimiter *limiter)
{
    m_limiter = limiter;
    connect(limiter, &RateLimiter::refilled, this, &QIODevice::readyRead);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 pos = QIODevice::pos();
    const qint64 left = m_length - pos;
    if (left <= 0)
        return -1;
    qint64 wanted = std::min(left, maxSize);
    if (m_limiter && (wanted = m_limiter->take(wanted)) == 0)
        return 0; // over the limit: readyRead() comes when the bucket refills
    const qint64 n = m_file.read(data, wanted);
    if (n < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    if (n == 0)
        return -1; // the file shrank under us
    if (m_keepMd5 && m_hashValid && pos == m_hashedUpTo) {
        m_md5.addData(QByteArrayView(data, n));
        m_hashedUpTo += n;
    } else {
        m_hashValid = false;
    }
    return n;
}

QByteArray FileRangeDevice::md5() const
{
    if (!m_keepMd5 || !m_hashValid || m_hashedUpTo != m_length)
        return {};
    return m_md5.result();
}

} // namespace haul
