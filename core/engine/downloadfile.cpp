#include "downloadfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace haul {

namespace {

constexpr int NameMax = 255; ///< bytes in one file name on the usual file systems

/// `.<name>.haul-<tag>.part`, with the name shortened when the whole would be too long.
QString temporaryName(const QString &name, const QString &tag)
{
    QString base = name;
    while (QFile::encodeName(base).size() > NameMax - 40)
        base.chop(1);
    return QStringLiteral(".%1.haul-%2.part").arg(base, tag);
}

} // namespace

bool DownloadFile::isValidFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QChar(0)) && !name.contains(QLatin1Char('/'))
        && QFile::encodeName(name).size() <= NameMax;
}

QString DownloadFile::folder() const
{
    return QFileInfo(m_finalPath).absolutePath();
}

Error DownloadFile::errorFromErrno(int error, const QString &what) const
{
    const QString message = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Error(ErrorCode::DiskFull, folder(), message);
    case EFBIG: // FAT32 holds at most 4 GiB - 1 per file (or a limit set on this process)
        return Error(ErrorCode::FileTooLarge, folder(), message);
    case ENAMETOOLONG:
    case EILSEQ:
    case EINVAL:
        if (!what.isEmpty()) // a name the file system refuses
            return Error(ErrorCode::InvalidFileName, what, message);
        return Error(ErrorCode::DestinationNotWritable, folder(), message);
    default:
        return Error(ErrorCode::DestinationNotWritable, folder(), message);
    }
}

Error DownloadFile::create(const QString &finalPath, const QString &tag, qint64 size)
{
    discard();
    m_finalPath = finalPath;
    const QFileInfo dest(finalPath);
    if (!isValidFileName(dest.fileName()))
        return Error(ErrorCode::InvalidFileName, dest.fileName());
    const QDir dir = dest.absoluteDir();
    if (!dir.exists())
        return Error(ErrorCode::DestinationNotWritable, dir.absolutePath());
    if (Error e = openExclusive(dir.filePath(temporaryName(dest.fileName(), tag))); !e.ok())
        return e;
    if (Error e = reserve(size); !e.ok()) {
        discard();
        return e;
    }
    return {};
}

Error DownloadFile::openExclusive(const QString &tempPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(tempPath).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errorFromErrno(errno, QFileInfo(m_finalPath).fileName());
    m_tempPath = tempPath;
    if (!m_file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error(ErrorCode::DestinationNotWritable, folder(), m_file.errorString());
    }
#else
    m_tempPath = tempPath;
    m_file.setFileName(tempPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::DestinationNotWritable, folder(), m_file.errorString());
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    return {};
}

Error DownloadFile::reserve(qint64 size)
{
#ifdef Q_OS_LINUX
    // Only a full disk counts; a file system without fallocate gets a sparse file.
    if (size > 0 && ::fallocate(m_file.handle(), 0, 0, size) != 0 && (errno == ENOSPC || errno == EDQUOT))
        return errorFromErrno(errno, {});
#endif
    if (!m_file.resize(size))
        return errorFromErrno(errno, {});
    return {};
}

bool DownloadFile::reopen(const QString &tempPath, const QString &finalPath, qint64 size)
{
    discard();
    m_finalPath = finalPath;
    const QFileInfo info(tempPath);
    if (!info.isFile() || info.size() != size)
        return false;
    m_tempPath = tempPath;
    m_file.setFileName(tempPath);
    return m_file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly | QIODevice::Unbuffered);
}

Error DownloadFile::writeAt(qint64 offset, QByteArrayView bytes)
{
#ifdef Q_OS_UNIX
    const int fd = m_file.handle();
    while (!bytes.isEmpty()) {
        const ssize_t n = ::pwrite(fd, bytes.data(), size_t(bytes.size()), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return errorFromErrno(n < 0 ? errno : ENOSPC, {});
        bytes = bytes.sliced(n);
        offset += n;
    }
#else
    if (!m_file.seek(offset) || m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return Error(ErrorCode::DestinationNotWritable, folder(), m_file.errorString());
#endif
    return {};
}

Error DownloadFile::commit(const QDateTime &modified)
{
    m_file.close();
    QFile closed(m_tempPath);
    if (modified.isValid() && closed.open(QIODevice::Append)) {
        closed.setFileTime(modified, QFileDevice::FileModificationTime);
        closed.close();
    }
    closed.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther);
    // rename(2) replaces an existing file atomically: no moment without a whole file.
    if (std::rename(QFile::encodeName(m_tempPath).constData(),
                    QFile::encodeName(m_finalPath).constData()) != 0) {
        const Error e = errorFromErrno(errno, QFileInfo(m_finalPath).fileName());
        discard();
        return e;
    }
    m_tempPath.clear();
    return {};
}

void DownloadFile::discard()
{
    m_file.close();
    if (m_tempPath.isEmpty())
        return;
    QFile::remove(m_tempPath);
    m_tempPath.clear();
}

QByteArray UnitDigest::result() const
{
    if (!computed.isEmpty())
        return computed;
    if (kind == DigestKind::Md5)
        return md5.result();
    if (kind == DigestKind::Crc32c) {
        QByteArray be(4, Qt::Uninitialized);
        qToBigEndian(crc.value(), be.data());
        return be;
    }
    return {};
}

Error feedFromFile(const QString &path, UnitDigest &digest, qint64 to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(digest.cursor))
        return Error(ErrorCode::FileUnreadable, path, file.errorString());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (digest.cursor < to) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), to - digest.cursor));
        if (n <= 0)
            return Error(ErrorCode::FileUnreadable, path, file.errorString());
        const QByteArrayView chunk(buffer.constData(), n);
        if (digest.kind == DigestKind::Md5)
            digest.md5.add(chunk);
        else if (digest.kind == DigestKind::Crc32c)
            digest.crc.add(chunk);
        digest.cursor += n;
    }
    return {};
}

} // namespace haul
