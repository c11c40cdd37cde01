#include "singledownload.h"

#include <cerrno>
#include <cstdio>

#include <QDir>
#include <QFileInfo>

namespace haul {

SingleDownload::SingleDownload(const TransferSnapshot &initial, S3Client *client, QObject *parent)
    : Transfer(initial, client, parent)
{
}

SingleDownload::~SingleDownload()
{
    stopRequests();
    if (!m_snap.isFinished())
        discardTemporary();
}

void SingleDownload::begin()
{
    if (!m_head.etag.isEmpty() && m_file.isOpen())
        return fetch(); // a retry or resume: keep what is written
    m_call = m_client->headObject(m_snap.bucket, m_snap.key, [this](Result<ObjectHead> head) {
        m_call = nullptr;
        onHead(head);
    });
}

void SingleDownload::onHead(const Result<ObjectHead> &head)
{
    if (!head) {
        if (head.error().code != ErrorCode::Cancelled)
            retryOrFail(head.error());
        return;
    }
    m_head = *head;
    m_snap.size = m_head.size;
    m_snap.partCount = 1;
    if (const Error e = openTemporary(); !e.ok())
        return failWith(e);
    fetch();
}

Error SingleDownload::openTemporary()
{
    const QFileInfo dest(m_snap.localPath);
    const QString name = dest.fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")
        || m_snap.key.contains(QChar(0)))
        return Error(ErrorCode::InvalidFileName, m_snap.key);
    const QDir dir = dest.absoluteDir();
    if (!dir.exists())
        return Error(ErrorCode::DestinationNotWritable, dir.absolutePath());
    discardTemporary();
    m_file.setFileName(dir.filePath(QStringLiteral(".%1.haul-%2.part").arg(name).arg(m_snap.id)));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool badName = m_file.error() == QFileDevice::OpenError && QFileInfo(dir.absolutePath()).isWritable();
        return Error(badName ? ErrorCode::InvalidFileName : ErrorCode::DestinationNotWritable,
                     badName ? m_snap.key : dir.absolutePath(), m_file.errorString());
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_md5.reset();
    m_written = 0;
    return {};
}

void SingleDownload::discardTemporary()
{
    if (m_file.fileName().isEmpty())
        return;
    m_file.close();
    m_file.remove();
    m_file.setFileName(QString());
}

void SingleDownload::fetch()
{
    setState(TransferState::Running);
    S3Request r;
    r.bucket = m_snap.bucket;
    r.key = m_snap.key;
    r.subject = m_snap.key;
    r.headers = {{"If-Match", '"' + m_head.etag.toLatin1() + '"'}};
    if (m_written > 0)
        r.headers.append({"Range", "bytes=" + QByteArray::number(m_written) + '-'});
    const qint64 base = m_written;
    r.onData = [this](const QByteArray &chunk) { return write(chunk); };
    r.onProgress = [this, base](qint64 received) {
        if (base + received > m_snap.transferred)
            setProgress(base + received);
    };
    m_writeError = Error();
    m_call = m_client->send(r, [this](Result<S3Response> result) {
        m_call = nullptr;
        onGet(result);
    });
}

bool SingleDownload::write(const QByteArray &chunk)
{
    if (m_file.write(chunk) != chunk.size()) {
        const bool full = errno == ENOSPC || errno == EDQUOT;
        m_writeError = Error(full ? ErrorCode::DiskFull : ErrorCode::DestinationNotWritable,
                             QFileInfo(m_snap.localPath).absolutePath(), m_file.errorString());
        return false;
    }
    m_md5.addData(chunk);
    m_written += chunk.size();
    return true;
}

void SingleDownload::onGet(const Result<S3Response> &result)
{
    if (!m_writeError.ok()) {
        discardTemporary();
        return failWith(m_writeError);
    }
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            return;
        if (result.error().code == ErrorCode::PreconditionFailed)
            discardTemporary(); // the object changed: nothing of the old one may stay
        if (!retryOrFail(result.error()))
            discardTemporary();
        return;
    }
    finishFile();
}

void SingleDownload::finishFile()
{
    setState(TransferState::Verifying);
    if (!m_file.flush() || m_written != m_head.size) {
        Error e(ErrorCode::ChecksumMismatch, m_snap.key);
        e.detail = QStringLiteral("received %1 of %2 bytes").arg(m_written).arg(m_head.size);
        discardTemporary();
        return failWith(e);
    }
    const bool comparable = m_head.etag.size() == 32 && !m_head.etag.contains(QLatin1Char('-'));
    const QString md5 = QString::fromLatin1(m_md5.result().toHex());
    if (comparable && md5 != m_head.etag.toLower()) {
        Error e(ErrorCode::ChecksumMismatch, m_snap.key);
        e.detail = QStringLiteral("ETag %1, received MD5 %2").arg(m_head.etag, md5);
        discardTemporary();
        return failWith(e);
    }
    if (m_head.lastModified.isValid())
        m_file.setFileTime(m_head.lastModified, QFileDevice::FileModificationTime);
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther);
    m_file.close();
    // rename(2) replaces an existing file atomically: no moment without a whole file.
    if (std::rename(QFile::encodeName(m_file.fileName()).constData(),
                    QFile::encodeName(m_snap.localPath).constData()) != 0) {
        const Error e(ErrorCode::DestinationNotWritable, m_snap.localPath,
                      QString::fromLocal8Bit(strerror(errno)));
        discardTemporary();
        return failWith(e);
    }
    m_file.setFileName(QString());
    succeed(comparable ? VerifyMethod::Md5Etag : VerifyMethod::Size);
}

void SingleDownload::stopRequests()
{
    if (m_call) {
        S3Call *call = m_call;
        m_call = nullptr;
        call->abort();
    }
}

void SingleDownload::cleanUp()
{
    discardTemporary();
}

} // namespace haul
