#include "sigv4.h"

#include <algorithm>

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>

#include "uriencode.h"

namespace haul::sigv4 {

namespace {

constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";

bool isS3(QStringView service)
{
    // "s3" and its variants (s3-outposts, s3express, s3-object-lambda) sign paths unchanged.
    return service.startsWith(u"s3");
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool acceptable(const Request &request, const Credentials &creds, const Scope &scope)
{
    return !request.method.isEmpty() && !creds.accessKeyId.isEmpty()
        && !creds.secretAccessKey.isEmpty() && scope.time.isValid() && !scope.region.isEmpty()
        && !scope.service.isEmpty();
}

QByteArray credentialScope(const Scope &scope)
{
    return amzDate(scope.time).left(8) + '/' + scope.region.toUtf8() + '/'
        + scope.service.toUtf8() + "/aws4_request";
}

QByteArray normalizedPath(QByteArrayView path)
{
    QByteArrayList segments;
    const QByteArrayList parts = path.toByteArray().split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == QByteArrayView(".")) {
            continue;
        }
        if (part == QByteArrayView("..")) {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
            continue;
        }
        segments.append(part);
    }
    QByteArray out = '/' + segments.join('/');
    const bool trailingSlash = path.endsWith('/') || path.endsWith("/.") || path.endsWith("/..");
    if (trailingSlash && !segments.isEmpty()) {
        out += '/';
    }
    return out;
}

HeaderList withoutNames(const HeaderList &headers, const QByteArrayList &lowerNames)
{
    HeaderList out;
    for (const Header &header : headers) {
        if (!lowerNames.contains(header.first.trimmed().toLower())) {
            out.append(header);
        }
    }
    return out;
}

/// signingKey() of the last scope signed for on this thread: its four HMACs change only with
/// the day (or the account), and were about half of what signing a request cost.
const QByteArray &lastSigningKey(const QString &secret, QByteArrayView date, const QString &region,
                                 const QString &service)
{
    struct Last {
        QString secret;
        QByteArray date;
        QString region;
        QString service;
        QByteArray key;
    };
    thread_local Last last;
    if (last.key.isEmpty() || last.date != date || last.secret != secret || last.region != region
        || last.service != service)
        last = {secret, date.toByteArray(), region, service, signingKey(secret, date, region, service)};
    return last.key;
}

void appendParam(QByteArray &query, QByteArrayView name, QByteArrayView value)
{
    if (!query.isEmpty()) {
        query += '&';
    }
    query += uriEncode(name) + '=' + uriEncode(value);
}

/// Fills canonicalRequest, stringToSign and signature of `out`.
void computeSignature(Signed &out, const Request &request, QByteArrayView wireQuery,
                      const HeaderList &headers, QByteArrayView payloadHash,
                      const Credentials &creds, const Scope &scope, const Options &options,
                      QByteArray *signedNames)
{
    const QByteArray headerBlock = canonicalHeaders(headers, signedNames);
    out.canonicalRequest = request.method + '\n' + canonicalPath(request.path, options) + '\n'
        + canonicalQuery(wireQuery) + '\n' + headerBlock + '\n' + *signedNames + '\n'
        + payloadHash.toByteArray();
    const QByteArray date = amzDate(scope.time);
    out.stringToSign = Algorithm.toByteArray() + '\n' + date + '\n' + credentialScope(scope)
        + '\n' + sigv4::payloadHash(out.canonicalRequest);
    const QByteArray &key =
        lastSigningKey(creds.secretAccessKey, QByteArrayView(date).first(8), scope.region, scope.service);
    out.signature = hmacSha256(key, out.stringToSign).toHex();
}

} // namespace

Options defaultOptions(QStringView service)
{
    if (isS3(service)) {
        return {.normalizePath = false, .encodePath = false, .contentSha256Header = true};
    }
    return {.normalizePath = true, .encodePath = true, .contentSha256Header = false};
}

QByteArray amzDate(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999) { // not a time a request is signed at; as Qt writes it
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    }
    // by hand: QDateTime::toString() parses its format on every call (4 calls a request)
    char text[16];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    put(4, d.month(), 2);
    put(6, d.day(), 2);
    text[8] = 'T';
    put(9, t.hour(), 2);
    put(11, t.minute(), 2);
    put(13, t.second(), 2);
    text[15] = 'Z';
    return QByteArray(text, 16);
}

QByteArray payloadHash(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1().toLower();
    if (host.contains(':')) {
        host = '[' + host + ']'; // IPv6 literal
    }
    if (!host.isEmpty() && url.port() != -1) {
        host += ':' + QByteArray::number(url.port());
    }
    return host;
}

Request requestFromUrl(QByteArrayView method, const QUrl &url, const HeaderList &headers)
{
    Request request{method.toByteArray(), url.path(QUrl::FullyEncoded).toLatin1(),
                    url.query(QUrl::FullyEncoded).toLatin1(), headers};
    const bool hasHost = std::any_of(headers.cbegin(), headers.cend(), [](const Header &h) {
        return h.first.trimmed().compare("host", Qt::CaseInsensitive) == 0;
    });
    if (!hasHost) {
        request.headers.prepend({QByteArrayLiteral("host"), hostHeader(url)});
    }
    return request;
}

QByteArray canonicalPath(QByteArrayView wirePath, const Options &options)
{
    QByteArray path = wirePath.isEmpty() ? QByteArrayLiteral("/") : wirePath.toByteArray();
    if (options.normalizePath) {
        path = normalizedPath(path);
    }
    if (options.encodePath) {
        path = uriEncode(QByteArrayView(path), true);
    }
    return path;
}

QByteArray canonicalQuery(QByteArrayView wireQuery)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const QByteArrayList pieces = wireQuery.toByteArray().split('&');
    for (const QByteArray &piece : pieces) {
        if (piece.isEmpty()) {
            continue;
        }
        const qsizetype eq = piece.indexOf('=');
        const QByteArray name = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        pairs.append({uriEncode(QByteArrayView(QByteArray::fromPercentEncoding(name))),
                      uriEncode(QByteArrayView(QByteArray::fromPercentEncoding(value)))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList joined;
    for (const auto &[name, value] : pairs) {
        joined.append(name + '=' + value);
    }
    return joined.join('&');
}

QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders)
{
    QMap<QByteArray, QByteArray> merged; // sorted by lower-case name
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.trimmed().toLower();
        if (key.isEmpty()) {
            continue;
        }
        const auto it = merged.find(key);
        if (it == merged.end()) {
            merged.insert(key, value.simplified());
        } else {
            *it += ',' + value.simplified();
        }
    }
    QByteArray block;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        block += it.key() + ':' + it.value() + '\n';
    }
    if (signedHeaders) {
        *signedHeaders = merged.keys().join(';');
    }
    return block;
}

QByteArray signingKey(const QString &secret, QByteArrayView date, const QString &region,
                      const QString &service)
{
    QByteArray key = hmacSha256("AWS4" + secret.toUtf8(), date.toByteArray());
    key = hmacSha256(key, region.toUtf8());
    key = hmacSha256(key, service.toUtf8());
    return hmacSha256(key, QByteArrayLiteral("aws4_request"));
}

Signed signRequest(const Request &request, const Credentials &creds, const Scope &scope,
                   QByteArrayView payloadHash, const Options &options)
{
    if (!acceptable(request, creds, scope)) {
        return {};
    }
    const QByteArray token = creds.sessionToken.toUtf8();
    HeaderList added{{QByteArrayLiteral("x-amz-date"), amzDate(scope.time)}};
    if (options.contentSha256Header) {
        added.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash.toByteArray()});
    }
    if (!token.isEmpty() && options.signSessionToken) {
        added.append({QByteArrayLiteral("x-amz-security-token"), token});
    }
    const QByteArrayList replaced{"authorization", "x-amz-date", "x-amz-content-sha256",
                                  "x-amz-security-token"};
    const HeaderList toSign = withoutNames(request.headers, replaced) + added;

    Signed out;
    QByteArray signedNames;
    computeSignature(out, request, request.query, toSign, payloadHash, creds, scope, options,
                     &signedNames);
    if (!token.isEmpty() && !options.signSessionToken) {
        added.append({QByteArrayLiteral("x-amz-security-token"), token});
    }
    const QByteArray authorization = Algorithm.toByteArray()
        + " Credential=" + creds.accessKeyId.toUtf8() + '/' + credentialScope(scope)
        + ", SignedHeaders=" + signedNames + ", Signature=" + out.signature;
    out.headers = added;
    out.headers.append({QByteArrayLiteral("Authorization"), authorization});
    return out;
}

Signed presignRequest(const Request &request, const Credentials &creds, const Scope &scope,
                      int expiresSeconds, QByteArrayView payloadHash, const Options &options)
{
    if (!acceptable(request, creds, scope) || expiresSeconds < 1
        || expiresSeconds > MaxPresignSeconds) {
        return {};
    }
    const QByteArray token = creds.sessionToken.toUtf8();
    QByteArray signedNames;
    canonicalHeaders(request.headers, &signedNames);
    QByteArray query = request.query;
    appendParam(query, "X-Amz-Algorithm", Algorithm);
    appendParam(query, "X-Amz-Credential",
                QByteArray(creds.accessKeyId.toUtf8() + '/' + credentialScope(scope)));
    appendParam(query, "X-Amz-Date", amzDate(scope.time));
    appendParam(query, "X-Amz-Expires", QByteArray::number(expiresSeconds));
    appendParam(query, "X-Amz-SignedHeaders", signedNames);
    if (!token.isEmpty() && options.signSessionToken) {
        appendParam(query, "X-Amz-Security-Token", token);
    }
    Signed out;
    computeSignature(out, request, query, request.headers, payloadHash, creds, scope, options,
                     &signedNames);
    if (!token.isEmpty() && !options.signSessionToken) {
        appendParam(query, "X-Amz-Security-Token", token);
    }
    appendParam(query, "X-Amz-Signature", out.signature);
    out.query = query;
    return out;
}

HeaderList signHeaders(QByteArrayView method, const QUrl &url, const HeaderList &headers,
                       const Credentials &creds, const QString &region, const QString &service,
                       const QDateTime &nowUtc, QByteArrayView payloadHash)
{
    return signHeaders(method, url, headers, creds, region, service, nowUtc, payloadHash,
                       defaultOptions(service));
}

HeaderList signHeaders(QByteArrayView method, const QUrl &url, const HeaderList &headers,
                       const Credentials &creds, const QString &region, const QString &service,
                       const QDateTime &nowUtc, QByteArrayView payloadHash,
                       const Options &options)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const Request request = requestFromUrl(method, url, headers);
    return signRequest(request, creds, {nowUtc, region, service}, payloadHash, options).headers;
}

QUrl presign(QByteArrayView method, const QUrl &url, const Credentials &creds,
             const QString &region, const QString &service, const QDateTime &nowUtc,
             int expiresSeconds)
{
    return presign(method, url, creds, region, service, nowUtc, expiresSeconds,
                   defaultOptions(service));
}

QUrl presign(QByteArrayView method, const QUrl &url, const Credentials &creds,
             const QString &region, const QString &service, const QDateTime &nowUtc,
             int expiresSeconds, const Options &options)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return {};
    }
    const Request request = requestFromUrl(method, url, {});
    const QByteArray hash =
        isS3(service) ? UnsignedPayload.toByteArray() : sigv4::payloadHash({});
    const Signed result =
        presignRequest(request, creds, {nowUtc, region, service}, expiresSeconds, hash, options);
    if (result.signature.isEmpty()) {
        return {};
    }
    QUrl signedUrl = url;
    signedUrl.setQuery(QString::fromLatin1(result.query), QUrl::StrictMode);
    return signedUrl;
}

} // namespace haul::sigv4
