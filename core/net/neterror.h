#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>

#include "error.h"

namespace haul {

/// Maps a failed exchange that got no HTTP answer to an Error: refused, host not found, reset,
/// time-out (`timedOut`: the engine's own flag, since Qt reports its transfer time-out as
/// OperationCanceledError, like an abort), TLS (untrusted certificate vs other failures).
/// `answeredBefore`: the endpoint has answered in this session (see Error::answeredBefore).
/// `proxyHostPort`: the HTTP proxy the request went through (http_proxy, the desktop's
/// settings), else empty; a connection that failed there is ProxyFailed, naming the proxy.
/// `retryable` is set by isRetryable().
Error errorFromNetwork(QNetworkReply::NetworkError code, bool timedOut,
                       const QList<QSslError> &sslErrors, const QString &hostPort,
                       const QString &message, bool answeredBefore, const QString &proxyHostPort = {});

} // namespace haul
