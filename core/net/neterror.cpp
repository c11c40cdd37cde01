#include "neterror.h"

#include "engine/retrypolicy.h"

namespace haul {

static bool isTrustProblem(const QSslError &e)
{
    switch (e.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::HostNameMismatch:
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

static ErrorCode codeFor(QNetworkReply::NetworkError code, bool timedOut,
                         const QList<QSslError> &sslErrors)
{
    if (timedOut)
        return ErrorCode::Timeout;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCode::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ErrorCode::Timeout;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return ErrorCode::ConnectionReset;
    case QNetworkReply::SslHandshakeFailedError:
        for (const QSslError &e : sslErrors) {
            if (isTrustProblem(e))
                return ErrorCode::TlsUntrusted;
        }
        return sslErrors.isEmpty() ? ErrorCode::TlsFailed : ErrorCode::TlsUntrusted;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return ErrorCode::ProtocolError;
    default:
        return ErrorCode::NetworkDown;
    }
}

/// Whether `code` says the connection to the proxy itself failed (with a proxy in between, the
/// client connects to nothing else).
static bool isProxyFailure(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError: // Qt 6.4's "Proxy connection refused" for a tunnel (https)
        return true;
    default:
        return false;
    }
}

Error errorFromNetwork(QNetworkReply::NetworkError code, bool timedOut,
                       const QList<QSslError> &sslErrors, const QString &hostPort,
                       const QString &message, bool answeredBefore, const QString &proxyHostPort)
{
    const bool proxyFailed = !proxyHostPort.isEmpty() && !timedOut && isProxyFailure(code);
    Error e(proxyFailed ? ErrorCode::ProxyFailed : codeFor(code, timedOut, sslErrors),
            proxyFailed ? proxyHostPort : hostPort, message);
    e.answeredBefore = answeredBefore;
    QStringList ssl;
    for (const QSslError &s : sslErrors)
        ssl << s.errorString();
    e.detail = ssl.join(QStringLiteral("; "));
    e.retryable = isRetryable(e);
    return e;
}

} // namespace haul
