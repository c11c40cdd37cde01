#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "error.h"

namespace haul {

/// Turns a failed S3 answer into an Error.
///
/// The S3 error code in the body decides first (e.g. SignatureDoesNotMatch → SignatureMismatch,
/// SlowDown → Throttled, BadDigest → ChecksumMismatch); an unknown code or a body that is not an
/// S3 <Error> document (HEAD answers have none; proxies send HTML) falls back to the HTTP status:
/// 3xx → Redirect, 401/403 → AccessDenied, 404 → NoSuchKey without a parsable body and
/// BadRequest with an unknown code, 408 → Timeout, 412 → PreconditionFailed, 416 → InvalidRange,
/// 429 and 503 → Throttled, 501 (NotImplemented) → BadRequest, other 5xx → ServerError, other
/// 4xx → BadRequest, a 2xx carrying an <Error> (CompleteMultipartUpload) → ServerError, anything
/// else → ProtocolError.
///
/// Fills httpStatus, s3Code, message, requestId (the body's RequestId, else requestIdHeader, the
/// x-amz-request-id header), subject and, for a body that is no S3 error, its start as detail.
/// For a Redirect the subject becomes the endpoint or region the store names, when it names one
/// (a HEAD's 301 has no body: read x-amz-bucket-region instead). AuthorizationHeaderMalformed is
/// a Redirect only when the body names a region. retryable is set by isRetryable(), the one
/// place that decides it.
Error errorFromResponse(int httpStatus, QByteArrayView body, const QByteArray &requestIdHeader,
                        const QString &subject);

/// A refusal of the checksum header itself (ChecksumUnsupported, or a 400 whose message names a
/// checksum: aws/aws-cli#9214), after which an upload falls back to MD5: not a refusal of the
/// storage class or of anything else the request asked for.
bool refusesChecksumHeader(const Error &error);

} // namespace haul
