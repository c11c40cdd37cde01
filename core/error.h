#pragma once

#include <expected>

#include <QMetaType>
#include <QString>

namespace haul {

/// What went wrong, as a code the app maps to one plain sentence and a next step.
/// The core never builds user text: it only fills in codes and technical detail.
enum class ErrorCode {
    None,
    // network
    ConnectionRefused,     ///< nothing listens at the endpoint (subject: host:port)
    HostNotFound,          ///< DNS could not resolve the endpoint's host
    NetworkDown,           ///< no route / network unreachable / generic network failure
    ProxyFailed,           ///< the HTTP proxy refused, was not found or wants a password (subject: its host:port)
    Timeout,               ///< no progress within the transfer time-out
    ConnectionReset,       ///< the server or a middle box dropped the connection
    TlsUntrusted,          ///< the server's certificate is not trusted (subject: host)
    TlsFailed,             ///< another TLS failure (handshake, protocol)
    // credentials and permissions
    InvalidAccessKey,      ///< the access key id is unknown to the server
    SignatureMismatch,     ///< the secret key is wrong (or the clock is far off)
    RequestTimeSkewed,     ///< this computer's clock differs too much from the server's
    AccessDenied,          ///< the key is valid but may not do this
    ListBucketsDenied,     ///< AccessDenied for ListBuckets, and the account names no bucket of its own
    ExpiredToken,          ///< the session token has expired
    CredentialsMissing,    ///< no secret key is stored for the account
    KeychainUnavailable,   ///< the OS keychain cannot be reached
    // the store
    NoSuchBucket,
    NoSuchKey,
    ObjectArchived,        ///< InvalidObjectState: in Glacier / Deep Archive, to be restored before a GET (subject: key)
    NothingToDownload,     ///< no object at all under the folder asked for (subject: s3://bucket/prefix/)
    NoSuchUpload,          ///< the multipart upload no longer exists
    BucketAlreadyExists,   ///< owned by someone else
    BucketAlreadyOwned,    ///< owned by you already
    InvalidBucketName,     ///< S3 refuses the name (detail: which rule)
    BucketNotEmpty,
    PreconditionFailed,    ///< If-Match failed: the object changed
    InvalidRange,
    EntityTooSmall,
    EntityTooLarge,
    KeyTooLong,            ///< an object name over S3's 1,024 bytes of UTF-8 (subject: the key)
    InvalidPart,
    ChecksumMismatch,      ///< the server or Haul found the bytes differ
    ChecksumUnsupported,   ///< the store rejected the checksum header
    StorageClassUnsupported, ///< the store does not offer the storage class asked for (subject: the class)
    CopyNotVerified,       ///< a server-side copy does not match its source (detail: what differs)
    StoredObjectMismatch,  ///< the object stored after an upload is not the file sent (its MD5 differs)
    Throttled,             ///< SlowDown / 503
    ServerError,           ///< 5xx, InternalError
    Redirect,              ///< 301/307: wrong region or endpoint (subject: suggested host)
    BadRequest,            ///< another 4xx the client caused
    ProtocolError,         ///< the answer could not be understood (bad XML, missing field)
    // local files
    FileUnreadable,        ///< subject: path
    NotAFile,              ///< a socket, pipe or device given as a file to upload (subject: path)
    FileVanished,          ///< subject: path
    FileChanged,           ///< size or mtime changed while sending (subject: path)
    DestinationNotWritable,///< subject: folder
    DiskFull,              ///< subject: folder
    FileTooLarge,          ///< EFBIG: the disk takes no file this large (FAT32: 4 GiB) (subject: folder)
    InvalidFileName,       ///< the key is not a valid file name here (subject: key)
    FileExists,            ///< a file exists and the policy says not to overwrite
    DuplicateTarget,       ///< another file in the queue uploads to the same object (subject: key; message: that file)
    // other
    InvalidInput,          ///< bad user input (detail says what)
    Cancelled,             ///< the user cancelled
    Unknown,
};

/// An error: a code, whether retrying can help, and the technical detail for "Details…".
struct Error {
    ErrorCode code = ErrorCode::None;
    bool retryable = false;
    /// ConnectionRefused, HostNotFound: the endpoint had answered before in this session, so the
    /// failure is more likely a restart or a blip than a wrong address (then it is retried).
    bool answeredBefore = false;
    /// RequestTimeSkewed, Redirect: the client has since taken the store's time, or the bucket's
    /// region, from its answer, so the same request signed again can succeed (then it is retried).
    bool correctedByClient = false;
    int httpStatus = 0;       ///< 0 when no HTTP answer came
    QString s3Code;           ///< e.g. "SignatureDoesNotMatch"
    QString message;          ///< the server's or the system's technical message (not for users)
    QString requestId;        ///< x-amz-request-id, for support
    QString subject;          ///< what it concerns: a host, a bucket, a path, a key
    QString detail;           ///< any further technical detail

    Error() = default;
    Error(ErrorCode c, QString subj = {}, QString msg = {})
        : code(c), message(std::move(msg)), subject(std::move(subj)) {}

    bool ok() const { return code == ErrorCode::None; }
    /// One line for logs and stderr: "NoSuchBucket (HTTP 404, S3 NoSuchBucket, id …): message".
    QString technical() const;
};

/// Stable identifier of a code ("SignatureMismatch"), for logs, tests and the journal.
QString errorCodeName(ErrorCode code);
/// The code errorCodeName() names; Unknown for a name it does not give.
ErrorCode errorCodeFromName(QStringView name);

/// A value or an Error.
template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error e) { return std::unexpected<Error>(std::move(e)); }
inline std::unexpected<Error> fail(ErrorCode c, QString subject = {}, QString message = {})
{
    return std::unexpected<Error>(Error(c, std::move(subject), std::move(message)));
}

} // namespace haul

Q_DECLARE_METATYPE(haul::Error)
