#include "s3client.h"

#include <algorithm>
#include <memory>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

#include "lanepool.h"
#include "neterror.h"
#include "nodelay.h"
#include "s3/s3error.h"
#include "s3/sigv4.h"
#include "s3/xml.h"

namespace haul {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray S3Response::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void S3Call::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

S3Client::S3Client(const AccountConnection &connection, LanePool *lanes, int transferTimeoutMs,
                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_lanes(lanes)
    , m_transferTimeoutMs(transferTimeoutMs)
{
    setConnection(connection);
}

void S3Client::setConnection(const AccountConnection &connection)
{
    if (connection.account.endpoint != m_connection.account.endpoint)
        m_answered = false; // a new address: a refusal may mean a wrong one again
    m_connection = connection;
    const QString ca = connection.account.caFile;
    m_extraCas = ca.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(ca, QSsl::Pem);
}

/// Aborts `reply` once nothing has moved for `timeoutMs` (0: never), as
/// QNetworkRequest::setTransferTimeout() would, but without its cost: Qt 6.4 restarts that timer
/// for every 16 KiB of a request body, about one more posted event per chunk (0.06-0.19 CPU s
/// per GiB uploaded, docs/BENCHMARKS.md). finish() reads the abort as a time-out:
/// OperationCanceledError without an abort of ours.
/// The HTTP proxy requests to `url` go through, as "host:port", or empty: the application's
/// proxy settings (main() has them follow the system's, so http_proxy and friends are obeyed).
static QString proxyFor(const QUrl &url)
{
    for (const QNetworkProxy &p : QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url))) {
        if (p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::Socks5Proxy)
            return p.hostName() + QLatin1Char(':') + QString::number(p.port());
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy)
            return {};
    }
    return {};
}

static void watchTransfer(QNetworkReply *reply, int timeoutMs)
{
    if (timeoutMs <= 0)
        return;
    auto *timer = new QTimer(reply); // goes with the reply
    timer->setSingleShot(true);
    auto idle = std::make_shared<QElapsedTimer>();
    idle->start();
    const auto moved = [idle] { idle->start(); };
    QObject::connect(reply, &QNetworkReply::uploadProgress, timer, moved);
    QObject::connect(reply, &QNetworkReply::downloadProgress, timer, moved);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, timer, moved);
    QObject::connect(reply, &QNetworkReply::readyRead, timer, moved);
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timer, idle, timeoutMs] {
        const qint64 since = idle->elapsed();
        if (since < timeoutMs)
            return timer->start(int(timeoutMs - since)); // it moved meanwhile
        reply->abort();
    });
    timer->start(timeoutMs);
}

static bool isSigned(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n.startsWith("x-amz-") || n == "content-md5" || n == "range" || n == "if-match";
}

QNetworkRequest S3Client::buildRequest(const S3Request &request, const QUrl &url,
                                       const QString &region) const
{
    QNetworkRequest nr(url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Haul/" HAUL_VERSION));
    if (request.device) {
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.deviceSize);
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    } else if (request.method == "PUT" || request.method == "POST") {
        nr.setHeader(QNetworkRequest::ContentLengthHeader, qint64(request.body.size()));
    }
    if ((request.device || !request.body.isEmpty()) && nr.header(QNetworkRequest::ContentTypeHeader).isNull())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.device
                         ? QByteArrayLiteral("application/octet-stream")
                         : QByteArrayLiteral("application/xml"));

    Headers toSign{{"host", sigv4::hostHeader(url)}};
    for (const auto &[name, value] : request.headers) {
        nr.setRawHeader(name, value);
        if (isSigned(name))
            toSign.append({name, value});
    }
    const auto &creds = m_connection.credentials;
    const Headers auth = sigv4::signHeaders(request.method, url, toSign, creds,
                                            region, QStringLiteral("s3"), now());
    for (const auto &[name, value] : auth)
        nr.setRawHeader(name, value);

    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        nr.setSslConfiguration(tls);
    }
    return nr;
}

QNetworkReply *S3Client::start(QNetworkAccessManager *lane, const S3Request &request,
                               const QNetworkRequest &nr)
{
    const QByteArray &m = request.method;
    if (m == "GET")
        return lane->get(nr);
    if (m == "HEAD")
        return lane->head(nr);
    if (m == "DELETE")
        return lane->deleteResource(nr);
    if (request.device)
        return lane->sendCustomRequest(nr, m, request.device);
    return lane->sendCustomRequest(nr, m, request.body);
}

QDateTime S3Client::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

bool S3Client::learnClock(const QNetworkReply *reply, qint64 signedWithOffsetMs)
{
    // Whole seconds, so only a difference of 2 s or more counts.
    const QDateTime server = httpDate(reply->rawHeader("Date"));
    if (server.isValid()) {
        const qint64 offset = QDateTime::currentDateTimeUtc().msecsTo(server);
        if (std::abs(offset - m_clockOffsetMs) >= 2000)
            m_clockOffsetMs = offset;
    }
    // Requests in flight together all fail: the first teaches the offset, the others were
    // signed before it was known and are sent again too.
    return std::abs(m_clockOffsetMs - signedWithOffsetMs) >= 2000;
}

Account S3Client::accountFor(const QString &bucket) const
{
    const QString region = m_bucketRegions.value(bucket);
    return region.isEmpty() ? m_connection.account : m_connection.account.inRegion(region);
}

bool S3Client::learnRegion(const QString &bucket, const QNetworkReply *reply, const QByteArray &body,
                           const QString &signedRegion)
{
    if (bucket.isEmpty())
        return false;
    QString region = QString::fromLatin1(reply->rawHeader("x-amz-bucket-region")).trimmed();
    if (region.isEmpty()) {
        if (const auto parsed = parseS3Error(body))
            region = parsed->region.trimmed();
    }
    // A region names a host of AWS's (Account::inRegion): letters, digits and dashes only.
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9-]{1,63}$"));
    if (region == signedRegion || !plain.match(region).hasMatch())
        return false;
    m_bucketRegions.insert(bucket, region);
    return true;
}

S3Call *S3Client::send(S3Request request, Callback<S3Response> done)
{
    auto *call = new S3Call(this);
    dispatch(call, request, done, false);
    return call;
}

void S3Client::dispatch(S3Call *call, const S3Request &request, const Callback<S3Response> &done,
                        bool resent)
{
    const Account account = accountFor(request.bucket);
    const QUrl url = s3Url(account, request.bucket, request.key, request.query);
    QNetworkAccessManager *lane = m_lanes->acquire();
    QNetworkReply *reply = start(lane, request, buildRequest(request, url, account.region));
    if (request.readBufferSize > 0)
        reply->setReadBufferSize(request.readBufferSize);
    call->m_reply = reply;
    watchTransfer(reply, m_transferTimeoutMs * std::max(1, request.stallTimeoutFactor));
    // A new connection gets Nagle off once its socket exists, which is surely so when the
    // request has gone out (its last piece may be the one waiting in the kernel: nodelay.h).
    auto connecting = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::socketStartedConnecting, call, [connecting] { *connecting = true; });
    connect(reply, &QNetworkReply::requestSent, call, [connecting] {
        if (std::exchange(*connecting, false))
            disableNagleOnTcpSockets();
    });

    auto collected = std::make_shared<QByteArray>();
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, call,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::readyRead, call, [call, reply, request, collected] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        if (status / 100 == 2 && request.onData) {
            if (!request.onData(chunk))
                call->abort();
            return;
        }
        collected->append(chunk);
    });
    if (request.onProgress) {
        auto progress = request.onProgress;
        if (request.device || !request.body.isEmpty())
            connect(reply, &QNetworkReply::uploadProgress, call,
                    [progress](qint64 sent, qint64) { progress(sent); });
        else
            connect(reply, &QNetworkReply::downloadProgress, call,
                    [progress](qint64 received, qint64) { progress(received); });
    }
    const Signing signing{resent, m_clockOffsetMs, account.region}; // what it was signed with
    connect(reply, &QNetworkReply::finished, call,
            [this, call, reply, lane, request, collected, sslErrors, done, url, signing] {
                if (!sslErrors->isEmpty())
                    reply->setProperty("haulSslErrors", QVariant::fromValue(*sslErrors));
                finish(call, reply, lane, request, *collected, done, signing);
            });
}

static Error httpError(int status, const QByteArray &body, QNetworkReply *reply,
                       const S3Request &request)
{
    Error e = errorFromResponse(status, body, reply->rawHeader("x-amz-request-id"), request.subject);
    // HEAD answers carry no body: a 404 on a bucket is NoSuchBucket, not NoSuchKey.
    if (request.method == "HEAD" && status == 404 && request.key.isEmpty())
        e.code = ErrorCode::NoSuchBucket;
    if (e.code == ErrorCode::NoSuchBucket || e.code == ErrorCode::BucketAlreadyExists
        || e.code == ErrorCode::BucketAlreadyOwned || e.code == ErrorCode::InvalidBucketName)
        e.subject = request.bucket; // about the bucket, whatever the request was for
    return e;
}

void S3Client::finish(S3Call *call, QNetworkReply *reply, QNetworkAccessManager *lane,
                      const S3Request &request, const QByteArray &collected,
                      const Callback<S3Response> &done, Signing signing)
{
    m_lanes->release(lane);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = collected;
    if (reply->isOpen())
        body += reply->readAll();

    if (call->m_aborted) {
        call->deleteLater();
        done(fail(ErrorCode::Cancelled, request.subject));
        return;
    }
    if (status != 0)
        m_answered = true;
    if (status >= 300) {
        Error e = httpError(status, body, reply, request);
        // Signed again with the store's time, or for the bucket's region. A body in memory is
        // sent again here, once; a streamed body is read again by whoever retries it.
        const bool corrected = (e.code == ErrorCode::RequestTimeSkewed && learnClock(reply, signing.clockOffsetMs))
            || (e.code == ErrorCode::Redirect && learnRegion(request.bucket, reply, body, signing.region));
        if (corrected) {
            if (!request.device && !signing.resent)
                return dispatch(call, request, done, true);
            e.correctedByClient = true;
            e.retryable = true;
        }
        call->deleteLater();
        done(std::unexpected(e));
        return;
    }
    call->deleteLater();
    if (reply->error() != QNetworkReply::NoError || status == 0) {
        const QUrl url = reply->url();
        const QString hostPort = url.port() == -1
            ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
        const auto ssl = reply->property("haulSslErrors").value<QList<QSslError>>();
        // watchTransfer() aborted it (Qt reports an abort as OperationCanceledError); we did not.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        done(std::unexpected(errorFromNetwork(reply->error(), timedOut, ssl, hostPort,
                                              reply->errorString(), m_answered, proxyFor(url))));
        return;
    }
    S3Response response;
    response.status = status;
    response.body = std::move(body);
    response.headers = reply->rawHeaderPairs();
    done(std::move(response));
}

} // namespace haul
