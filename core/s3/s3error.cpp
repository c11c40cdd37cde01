#include "s3error.h"

#include <algorithm>
#include <optional>

#include <QHash>

#include "engine/retrypolicy.h"
#include "s3/xml.h"

namespace haul {

namespace {

/// How much of a body that is no S3 error (HTML from a proxy, say) goes into Error::detail.
constexpr qsizetype MaxBodyInDetail = 200;

const QHash<QString, ErrorCode> &s3Codes()
{
    static const QHash<QString, ErrorCode> codes = {
        {QStringLiteral("InvalidAccessKeyId"), ErrorCode::InvalidAccessKey},
        {QStringLiteral("SignatureDoesNotMatch"), ErrorCode::SignatureMismatch},
        {QStringLiteral("RequestTimeTooSkewed"), ErrorCode::RequestTimeSkewed},
        {QStringLiteral("AccessDenied"), ErrorCode::AccessDenied},
        {QStringLiteral("AllAccessDisabled"), ErrorCode::AccessDenied},
        {QStringLiteral("ExpiredToken"), ErrorCode::ExpiredToken},
        {QStringLiteral("TokenRefreshRequired"), ErrorCode::ExpiredToken},
        {QStringLiteral("NoSuchBucket"), ErrorCode::NoSuchBucket},
        {QStringLiteral("NoSuchKey"), ErrorCode::NoSuchKey},
        {QStringLiteral("NoSuchUpload"), ErrorCode::NoSuchUpload},
        {QStringLiteral("InvalidObjectState"), ErrorCode::ObjectArchived},
        {QStringLiteral("BucketAlreadyExists"), ErrorCode::BucketAlreadyExists},
        {QStringLiteral("BucketAlreadyOwnedByYou"), ErrorCode::BucketAlreadyOwned},
        {QStringLiteral("InvalidBucketName"), ErrorCode::InvalidBucketName},
        {QStringLiteral("BucketNotEmpty"), ErrorCode::BucketNotEmpty},
        {QStringLiteral("PreconditionFailed"), ErrorCode::PreconditionFailed},
        {QStringLiteral("InvalidRange"), ErrorCode::InvalidRange},
        {QStringLiteral("EntityTooSmall"), ErrorCode::EntityTooSmall},
        {QStringLiteral("EntityTooLarge"), ErrorCode::EntityTooLarge},
        {QStringLiteral("KeyTooLongError"), ErrorCode::KeyTooLong},
        {QStringLiteral("InvalidPart"), ErrorCode::InvalidPart},
        {QStringLiteral("InvalidPartOrder"), ErrorCode::InvalidPart},
        {QStringLiteral("BadDigest"), ErrorCode::ChecksumMismatch},
        {QStringLiteral("InvalidDigest"), ErrorCode::ChecksumMismatch},
        {QStringLiteral("XAmzContentChecksumMismatch"), ErrorCode::ChecksumMismatch},
        {QStringLiteral("XAmzContentSHA256Mismatch"), ErrorCode::ChecksumMismatch},
        {QStringLiteral("InvalidStorageClass"), ErrorCode::StorageClassUnsupported},
        {QStringLiteral("SlowDown"), ErrorCode::Throttled},
        {QStringLiteral("Throttling"), ErrorCode::Throttled},
        {QStringLiteral("ThrottlingException"), ErrorCode::Throttled},
        {QStringLiteral("RequestLimitExceeded"), ErrorCode::Throttled},
        {QStringLiteral("InternalError"), ErrorCode::ServerError},
        {QStringLiteral("ServiceUnavailable"), ErrorCode::ServerError},
        {QStringLiteral("RequestTimeout"), ErrorCode::Timeout},
        {QStringLiteral("PermanentRedirect"), ErrorCode::Redirect},
        {QStringLiteral("TemporaryRedirect"), ErrorCode::Redirect},
        {QStringLiteral("Redirect"), ErrorCode::Redirect},
        // The store lacks a feature we used: asking again will not help.
        {QStringLiteral("NotImplemented"), ErrorCode::BadRequest},
    };
    return codes;
}

std::optional<ErrorCode> codeFromS3(const S3ErrorBody &body)
{
    if (body.code == QLatin1String("AuthorizationHeaderMalformed") && !body.region.isEmpty())
        return ErrorCode::Redirect;
    const auto it = s3Codes().constFind(body.code);
    if (it == s3Codes().constEnd())
        return std::nullopt;
    return *it;
}

ErrorCode codeFromStatus(int status, bool hasS3Body)
{
    switch (status) {
    case 301: case 302: case 307: case 308:
        return ErrorCode::Redirect;
    case 401: case 403:
        return ErrorCode::AccessDenied;
    case 404:
        return hasS3Body ? ErrorCode::BadRequest : ErrorCode::NoSuchKey;
    case 408:
        return ErrorCode::Timeout;
    case 412:
        return ErrorCode::PreconditionFailed;
    case 416:
        return ErrorCode::InvalidRange;
    case 429: case 503:
        return ErrorCode::Throttled;
    case 501:
        return ErrorCode::BadRequest;
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return ErrorCode::ServerError;
    if (status >= 400 && status < 500)
        return ErrorCode::BadRequest;
    if (status >= 200 && status < 300 && hasS3Body)
        return ErrorCode::ServerError;
    return ErrorCode::ProtocolError;
}

void fillFromBody(Error &e, const S3ErrorBody &body)
{
    e.s3Code = body.code;
    e.message = body.message;
    e.requestId = body.requestId;
    if (!body.resource.isEmpty())
        e.detail = QStringLiteral("resource %1").arg(body.resource);
    if (e.code != ErrorCode::Redirect)
        return;
    if (!body.endpoint.isEmpty())
        e.subject = body.endpoint;
    else if (!body.region.isEmpty())
        e.subject = body.region;
    if (!body.endpoint.isEmpty() && !body.region.isEmpty())
        e.detail = QStringLiteral("region %1").arg(body.region);
}

} // namespace

Error errorFromResponse(int httpStatus, QByteArrayView body, const QByteArray &requestIdHeader,
                        const QString &subject)
{
    const std::optional<S3ErrorBody> parsed = parseS3Error(body);
    Error e(ErrorCode::Unknown, subject);
    e.httpStatus = httpStatus;
    const std::optional<ErrorCode> fromS3 = parsed ? codeFromS3(*parsed) : std::nullopt;
    e.code = fromS3.value_or(codeFromStatus(httpStatus, parsed.has_value()));
    if (parsed)
        fillFromBody(e, *parsed);
    else if (!body.trimmed().isEmpty())
        e.detail = QString::fromUtf8(body.first(std::min(body.size(), MaxBodyInDetail)))
                       .simplified();
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(requestIdHeader).trimmed();
    e.retryable = isRetryable(e);
    return e;
}

bool refusesChecksumHeader(const Error &error)
{
    return error.code == ErrorCode::ChecksumUnsupported
        || (error.code == ErrorCode::BadRequest && error.message.contains(QLatin1String("checksum"), Qt::CaseInsensitive));
}

} // namespace haul
