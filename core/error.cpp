#include "error.h"

#include <QMetaEnum>

namespace haul {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
#define HAUL_CASE(x) case ErrorCode::x: return QStringLiteral(#x);
    HAUL_CASE(None) HAUL_CASE(ConnectionRefused) HAUL_CASE(HostNotFound) HAUL_CASE(NetworkDown) HAUL_CASE(ProxyFailed)
    HAUL_CASE(Timeout) HAUL_CASE(ConnectionReset) HAUL_CASE(TlsUntrusted) HAUL_CASE(TlsFailed)
    HAUL_CASE(InvalidAccessKey) HAUL_CASE(SignatureMismatch) HAUL_CASE(RequestTimeSkewed)
    HAUL_CASE(AccessDenied) HAUL_CASE(ListBucketsDenied) HAUL_CASE(ExpiredToken) HAUL_CASE(CredentialsMissing)
    HAUL_CASE(KeychainUnavailable) HAUL_CASE(NoSuchBucket) HAUL_CASE(NoSuchKey) HAUL_CASE(ObjectArchived)
    HAUL_CASE(NothingToDownload)
    HAUL_CASE(NoSuchUpload) HAUL_CASE(BucketAlreadyExists) HAUL_CASE(BucketAlreadyOwned)
    HAUL_CASE(InvalidBucketName) HAUL_CASE(BucketNotEmpty) HAUL_CASE(PreconditionFailed)
    HAUL_CASE(InvalidRange) HAUL_CASE(EntityTooSmall) HAUL_CASE(EntityTooLarge) HAUL_CASE(KeyTooLong)
    HAUL_CASE(InvalidPart) HAUL_CASE(ChecksumMismatch) HAUL_CASE(ChecksumUnsupported) HAUL_CASE(StorageClassUnsupported)
    HAUL_CASE(CopyNotVerified) HAUL_CASE(StoredObjectMismatch)
    HAUL_CASE(Throttled) HAUL_CASE(ServerError) HAUL_CASE(Redirect) HAUL_CASE(BadRequest)
    HAUL_CASE(ProtocolError) HAUL_CASE(FileUnreadable) HAUL_CASE(NotAFile) HAUL_CASE(FileVanished)
    HAUL_CASE(FileChanged) HAUL_CASE(DestinationNotWritable) HAUL_CASE(DiskFull)
    HAUL_CASE(FileTooLarge)
    HAUL_CASE(InvalidFileName) HAUL_CASE(FileExists) HAUL_CASE(DuplicateTarget) HAUL_CASE(InvalidInput)
    HAUL_CASE(Cancelled) HAUL_CASE(Unknown)
#undef HAUL_CASE
    }
    return QStringLiteral("Unknown");
}

ErrorCode errorCodeFromName(QStringView name)
{
    for (int c = 0; c <= int(ErrorCode::Unknown); ++c) {
        if (errorCodeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    }
    return ErrorCode::Unknown;
}

QString Error::technical() const
{
    QString s = errorCodeName(code);
    QStringList parts;
    if (httpStatus)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!s3Code.isEmpty())
        parts << QStringLiteral("S3 %1").arg(s3Code);
    if (!requestId.isEmpty())
        parts << QStringLiteral("request id %1").arg(requestId);
    if (!subject.isEmpty())
        parts << subject;
    if (!parts.isEmpty())
        s += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!detail.isEmpty())
        s += QStringLiteral(" [") + detail + QLatin1Char(']');
    return s;
}

} // namespace haul
