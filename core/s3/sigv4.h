#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <utility>

/// AWS Signature Version 4 as pure functions: no clock, no network, no state.
///
/// Two ways to sign: headers (signHeaders → Authorization, x-amz-date, …) and query string
/// (presign → a URL that carries its own authentication). Both are built on the byte-level
/// signRequest / presignRequest, which also hand back the canonical request and the string to
/// sign so that tests can compare them with AWS's published vectors.
namespace haul::sigv4 {

using Header = std::pair<QByteArray, QByteArray>;
using HeaderList = QList<Header>;

/// An access key; sessionToken is empty for long-term keys.
struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
};

/// The payload hash S3 accepts when the body is not hashed.
inline constexpr QByteArrayView UnsignedPayload = "UNSIGNED-PAYLOAD";
/// The longest validity of a presigned URL: seven days.
inline constexpr int MaxPresignSeconds = 604800;

/// How a service canonicalises a request. defaultOptions() gives AWS's rules per service.
struct Options {
    bool normalizePath = false;       ///< remove "." and ".." segments, collapse "//" (not S3)
    bool encodePath = false;          ///< URI-encode the wire path once more (not S3)
    bool contentSha256Header = false; ///< header signing adds and signs x-amz-content-sha256
    bool signSessionToken = true;     ///< false: the token is sent but added after signing
};

/// S3: path signed exactly as on the wire, x-amz-content-sha256 added. Any other service:
/// path normalised and encoded again, no x-amz-content-sha256. The session token is signed.
Options defaultOptions(QStringView service);

/// A request as it goes on the wire, in bytes.
struct Request {
    QByteArray method;  ///< used as given (methods are case-sensitive)
    QByteArray path;    ///< percent-encoded as sent; empty means "/"
    QByteArray query;   ///< percent-encoded as sent, without '?'; may be empty
    HeaderList headers; ///< every header to sign, names in any case; must include host
};

/// The time, region and service a signature is made for.
struct Scope {
    QDateTime time; ///< converted to UTC
    QString region;
    QString service;
};

/// The outcome of one signing, with its intermediate texts. An empty signature means the input
/// was rejected (see signRequest / presignRequest); every other field is then empty too.
struct Signed {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; ///< 64 lower-case hex digits
    HeaderList headers;   ///< header signing: the headers to add to the request
    QByteArray query;     ///< query signing: the request's query plus every X-Amz-* parameter
};

/// The SigV4 time stamp, yyyyMMdd'T'HHmmss'Z', of `time` converted to UTC; empty if invalid.
QByteArray amzDate(const QDateTime &time);

/// Lower-case hex SHA-256 of `data`: the payload hash of a body held in memory.
QByteArray payloadHash(QByteArrayView data);

/// The Host header value QNetworkAccessManager sends for `url`: lower-case ACE host, plus
/// ":port" when the URL names a port. Empty for a URL without host.
QByteArray hostHeader(const QUrl &url);

/// The wire form of a request to `url`: path and query exactly as url.toEncoded() sends them.
/// `headers` are kept; a host header is added from the URL when none is given.
Request requestFromUrl(QByteArrayView method, const QUrl &url, const HeaderList &headers);

/// The canonical URI of a wire path: "/" when empty; dot segments removed and duplicate slashes
/// collapsed when options.normalizePath; URI-encoded (so "%" becomes "%25") when
/// options.encodePath. Neither option: returned unchanged, as S3 requires.
QByteArray canonicalPath(QByteArrayView wirePath, const Options &options);

/// The canonical query of a wire query: each name and value percent-decoded, then encoded by
/// AWS rules (uriEncode), "name=value" pairs sorted by name then value, joined by '&'. A name
/// without '=' gets an empty value; '+' is a literal plus (RFC 3986), not a space.
QByteArray canonicalQuery(QByteArrayView wireQuery);

/// The canonical header block ("name:value\n" per header, names lower-case and sorted, values
/// trimmed with whitespace runs (folded lines included) collapsed to one space, repeated names
/// joined with ',') and, through `signedHeaders`, the ';'-joined names.
QByteArray canonicalHeaders(const HeaderList &headers, QByteArray *signedHeaders);

/// The SigV4 signing key: HMAC-SHA256 chain over "AWS4"+secret, date (yyyyMMdd), region,
/// service and "aws4_request".
QByteArray signingKey(const QString &secret, QByteArrayView date, const QString &region,
                      const QString &service);

/// Signs `request` for the Authorization header. Adds x-amz-date, x-amz-content-sha256 (when
/// options.contentSha256Header; value `payloadHash`) and x-amz-security-token (when the
/// credentials carry one; signed unless options.signSessionToken is false); headers of those
/// names and Authorization already in the request are replaced. Returns an empty Signed when
/// the key id or secret is empty, the time is invalid, or region, service or method is empty.
Signed signRequest(const Request &request, const Credentials &creds, const Scope &scope,
                   QByteArrayView payloadHash, const Options &options);

/// Signs `request` in its query string (a presigned URL), signing every header of the request
/// and `payloadHash`; Signed::query is the new query (the old one plus X-Amz-Algorithm,
/// -Credential, -Date, -Expires, -SignedHeaders, -Security-Token, -Signature). The request's
/// query must not already carry X-Amz-* signing parameters. Returns an empty Signed for the
/// inputs signRequest rejects and when expiresSeconds is outside 1..MaxPresignSeconds.
Signed presignRequest(const Request &request, const Credentials &creds, const Scope &scope,
                      int expiresSeconds, QByteArrayView payloadHash, const Options &options);

/// Headers to add to a request so that it is signed: Authorization, x-amz-date,
/// x-amz-content-sha256 (S3, or options.contentSha256Header) and x-amz-security-token when the
/// credentials carry a session token. `headers` are the other headers that will be sent; all
/// are signed (names in any case; host is derived from `url` when missing). `url`'s path is
/// taken as it goes on the wire (url.path(QUrl::FullyEncoded)) — for S3 build it with
/// uriEncode(key, true) — and its query is decoded and re-encoded by AWS rules. Returns an
/// empty list on bad input: invalid URL or time, empty key id, secret, region or service.
HeaderList signHeaders(QByteArrayView method, const QUrl &url, const HeaderList &headers,
                       const Credentials &creds, const QString &region, const QString &service,
                       const QDateTime &nowUtc, QByteArrayView payloadHash = UnsignedPayload);

/// signHeaders with explicit canonicalisation options instead of defaultOptions(service).
HeaderList signHeaders(QByteArrayView method, const QUrl &url, const HeaderList &headers,
                       const Credentials &creds, const QString &region, const QString &service,
                       const QDateTime &nowUtc, QByteArrayView payloadHash,
                       const Options &options);

/// A presigned URL: `url` plus X-Amz-Algorithm … X-Amz-Signature, valid `expiresSeconds` from
/// nowUtc, signing only the host header. The payload is UNSIGNED-PAYLOAD for S3 and the hash of
/// an empty body for other services. Returns an empty QUrl when expiresSeconds is outside
/// 1..604800 (AWS refuses longer URLs) and on the bad inputs signHeaders rejects.
QUrl presign(QByteArrayView method, const QUrl &url, const Credentials &creds,
             const QString &region, const QString &service, const QDateTime &nowUtc,
             int expiresSeconds);

/// presign with explicit canonicalisation options (contentSha256Header is ignored).
QUrl presign(QByteArrayView method, const QUrl &url, const Credentials &creds,
             const QString &region, const QString &service, const QDateTime &nowUtc,
             int expiresSeconds, const Options &options);

} // namespace haul::sigv4
