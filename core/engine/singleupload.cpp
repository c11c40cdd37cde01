#include "singleupload.h"

#include <QFile>
#include <QFileInfo>

#include "engine/checksum.h"
#include "engine/contenttype.h"
#include "engine/filerangedevice.h"
#include "engine/filestamp.h"
#include "net/ratelimiter.h"
#include "s3/s3error.h"

namespace haul {

SingleUpload::SingleUpload(const TransferSnapshot &initial, S3Client *client, QObject *parent)
    : Transfer(initial, client, parent)
{
}

SingleUpload::~SingleUpload()
{
    stopRequests();
}

Error SingleUpload::storageClassRefusal(Error error, const QString &storageClass)
{
    if (storageClass.isEmpty() || storageClass == QLatin1String("STANDARD"))
        return error;
    const bool refused = error.code == ErrorCode::StorageClassUnsupported
        || (error.code == ErrorCode::BadRequest && error.s3Code == QLatin1String("InvalidArgument")
            && !refusesChecksumHeader(error));
    if (refused) {
        error.code = ErrorCode::StorageClassUnsupported;
        error.subject = storageClass;
    }
    return error;
}

QList<std::pair<QByteArray, QByteArray>> SingleUpload::uploadHeaders(const QString &path,
                                                                     const QDateTime &mtime,
                                                                     const QString &storageClass)
{
    const qint64 ms = mtime.toMSecsSinceEpoch();
    const QByteArray stamp = QByteArray::number(ms / 1000) + '.'
        + QByteArray::number((ms % 1000) * 1000000).rightJustified(9, '0');
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", contentTypeForFile(path)},
                                                     {"x-amz-meta-mtime", stamp}};
    if (!storageClass.isEmpty())
        headers.append({"x-amz-storage-class", storageClass.toLatin1()});
    return headers;
}

bool SingleUpload::wantsPreparing() const
{
    return m_prepared.size == -1 && m_snap.state == TransferState::Queued
        && !(m_limiter && m_limiter->rate() > 0);
}

void SingleUpload::prepareTogether(const QList<SingleUpload *> &uploads)
{
    QList<SingleUpload *> read;
    QList<QByteArrayView> bodies;
    qint64 bytes = 0;
    for (SingleUpload *u : uploads) {
        if (bytes >= 4 * BufferedMax)
            break; // the engine thread reads these: a few MiB at a time at most
        const FileStamp stamp = fileStamp(u->m_snap.localPath);
        u->m_prepared.size = -2; // looked at: not again until it starts
        if (!stamp.isFile || stamp.size > BufferedMax)
            continue; // begin() says what is wrong, or streams it
        QFile file(u->m_snap.localPath);
        Prepared p{{}, {}, stamp.size, stamp.mtime()};
        if (!file.open(QIODevice::ReadOnly))
            continue;
        p.body = file.read(p.size + 1);
        if (p.body.size() != p.size)
            continue;
        bytes += p.size;
        u->m_prepared = std::move(p);
        read.append(u);
        bodies.append(u->m_prepared.body);
    }
    const QList<QByteArray> md5s = md5Together(bodies);
    for (qsizetype i = 0; i < read.size(); ++i)
        read[i]->m_prepared.md5 = md5s[i].toHex();
}

void SingleUpload::begin()
{
    S3Request r;
    if (m_prepared.size >= 0 && !(m_limiter && m_limiter->rate() > 0)) {
        Prepared p = std::exchange(m_prepared, {}); // read ahead: sent as it was then
        delete m_device;
        m_device = nullptr;
        m_snap.size = p.size;
        m_mtime = p.mtime;
        m_body = std::move(p.body);
        m_bodyMd5 = std::move(p.md5);
        r.body = m_body;
    } else {
        m_prepared = {};
        const QFileInfo info(m_snap.localPath);
        if (!info.exists())
            return failWith(Error(ErrorCode::FileVanished, m_snap.localPath));
        if (!info.isFile() || !info.isReadable())
            return failWith(Error(info.isFile() || info.isDir() ? ErrorCode::FileUnreadable : ErrorCode::NotAFile, m_snap.localPath));
        m_snap.size = info.size();
        m_mtime = info.lastModified().toUTC();
        if (!prepareBody(r))
            return;
    }
    m_snap.partCount = 1;
    r.method = "PUT";
    r.bucket = m_snap.bucket;
    r.key = m_snap.key;
    r.subject = m_snap.key;
    r.headers = uploadHeaders(m_snap.localPath, m_mtime, m_snap.storageClass);
    r.onProgress = [this](qint64 sent) {
        // Qt may re-send after a dropped connection: never let progress go backwards.
        if (sent > m_snap.transferred)
            setProgress(sent);
    };
    setState(TransferState::Running);
    m_call = m_client->send(r, [this](Result<S3Response> result) {
        m_call = nullptr;
        onPut(result);
    });
}

bool SingleUpload::prepareBody(S3Request &request)
{
    delete m_device;
    m_device = nullptr;
    m_body.clear();
    m_bodyMd5.clear();
    if (m_snap.size <= BufferedMax && !(m_limiter && m_limiter->rate() > 0)) {
        QFile file(m_snap.localPath);
        if (!file.open(QIODevice::ReadOnly)) {
            failWith(Error(ErrorCode::FileUnreadable, m_snap.localPath, file.errorString()));
            return false;
        }
        m_body = file.read(m_snap.size + 1); // one more: a file that grew meanwhile shows
        if (m_body.size() != m_snap.size) {
            failWith(Error(file.error() == QFileDevice::NoError ? ErrorCode::FileChanged
                                                               : ErrorCode::FileUnreadable,
                           m_snap.localPath, file.errorString()));
            return false;
        }
        Md5 md5;
        md5.add(m_body);
        m_bodyMd5 = md5.result().toHex();
        request.body = m_body;
        return true;
    }
    m_device = new FileRangeDevice(m_snap.localPath, 0, m_snap.size, this);
    if (m_limiter)
        m_device->setLimiter(m_limiter);
    if (!m_device->open(QIODevice::ReadOnly)) {
        failWith(Error(ErrorCode::FileUnreadable, m_snap.localPath, m_device->errorString()));
        return false;
    }
    request.device = m_device;
    request.deviceSize = m_snap.size;
    return true;
}

void SingleUpload::stopRequests()
{
    m_prepared = {}; // a pause or cancel: read again when it starts again
    if (m_call) {
        S3Call *call = m_call;
        m_call = nullptr;
        call->abort();
    }
}

Error SingleUpload::checkUnchanged() const
{
    const FileStamp now = fileStamp(m_snap.localPath);
    if (!now.exists)
        return Error(ErrorCode::FileVanished, m_snap.localPath);
    if (now.size != m_snap.size || now.mtime() != m_mtime)
        return Error(ErrorCode::FileChanged, m_snap.localPath);
    return {};
}

void SingleUpload::onPut(const Result<S3Response> &result)
{
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled
            && !retryOrFail(storageClassRefusal(result.error(), m_snap.storageClass)))
            setProgress(0); // the store kept nothing: the row must not read "100 %", and "Retry" sends it all
        return;
    }
    setState(TransferState::Verifying);
    if (const Error changed = checkUnchanged(); !changed.ok())
        return failWith(changed);

    const QByteArray md5 = m_device ? m_device->md5().toHex() : m_bodyMd5;
    QByteArray etag = result->header("etag");
    etag.replace('"', QByteArray());
    if (m_device)
        m_device->close();
    m_body.clear();
    if (md5.isEmpty() || etag.size() != 32 || etag.contains('-'))
        return succeed(VerifyMethod::None); // the store's ETag is not an MD5: nothing to compare
    if (etag.toLower() != md5) {
        Error e(ErrorCode::ChecksumMismatch, m_snap.key);
        e.detail = QStringLiteral("ETag %1, local MD5 %2")
                       .arg(QString::fromLatin1(etag), QString::fromLatin1(md5));
        return failWith(e);
    }
    succeed(VerifyMethod::Md5Etag);
}

} // namespace haul
