#include "endpoint.h"

#include "creds/account.h"
#include "uriencode.h"

namespace haul {

static QByteArray encodedQuery(const QueryItems &query)
{
    QByteArray out;
    for (const auto &[name, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += uriEncode(QByteArrayView(name));
        if (!value.isEmpty()) // "?uploads", as the AWS SDKs send it; signed as "uploads="
            out += '=' + uriEncode(QByteArrayView(value));
    }
    return out;
}

QUrl s3Url(const Account &account, const QString &bucket, const QString &key,
           const QueryItems &query)
{
    const QUrl base = account.effectiveEndpoint();
    QByteArray basePath = base.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);

    QByteArray host = base.host(QUrl::FullyEncoded).toUtf8();
    QByteArray path = basePath;
    if (!bucket.isEmpty()) {
        if (account.usesPathStyle(bucket))
            path += '/' + uriEncode(bucket);
        else
            host = uriEncode(bucket) + '.' + host;
    }
    if (!key.isEmpty() || path.isEmpty())
        path += '/' + uriEncode(key, true);

    QByteArray url = base.scheme().toUtf8() + "://" + host;
    if (base.port() != -1)
        url += ':' + QByteArray::number(base.port());
    url += path;
    if (!query.isEmpty())
        url += '?' + encodedQuery(query);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace haul
