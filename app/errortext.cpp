#include "errortext.h"

#include <array>

#include <QCoreApplication>

#include "s3/bucketname.h"

namespace haul {
namespace {

/// The translation context of every error text: each is marked QT_TRANSLATE_NOOP("ErrorText", …)
/// where it is written, which lupdate reads (it expands no macro of ours).
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

/// The three texts of one code. `withSubject` has %1 for the subject; `plain` is used when the
/// error carries no subject. Codes whose sentence never names a subject leave `withSubject` null.
struct Texts {
    ErrorCode code;
    const char *withSubject;
    const char *plain;
    const char *nextStep;
};

constexpr std::array kTexts{
    Texts{ErrorCode::None, nullptr, QT_TRANSLATE_NOOP("ErrorText", "Nothing went wrong."), QT_TRANSLATE_NOOP("ErrorText", "No action is needed.")},
    Texts{ErrorCode::ConnectionRefused, QT_TRANSLATE_NOOP("ErrorText", "Nothing answers at %1."),
          QT_TRANSLATE_NOOP("ErrorText", "Nothing answers at the storage address."),
          QT_TRANSLATE_NOOP("ErrorText", "Check the endpoint address and that the storage service is running.")},
    Texts{ErrorCode::HostNotFound, QT_TRANSLATE_NOOP("ErrorText", "The server name %1 cannot be found."),
          QT_TRANSLATE_NOOP("ErrorText", "The server name cannot be found."),
          QT_TRANSLATE_NOOP("ErrorText", "Check the endpoint address for typing mistakes and that this computer is on the network.")},
    Texts{ErrorCode::NetworkDown, QT_TRANSLATE_NOOP("ErrorText", "The network path to %1 cannot be reached."),
          QT_TRANSLATE_NOOP("ErrorText", "The network cannot be reached."),
          QT_TRANSLATE_NOOP("ErrorText", "Check that this computer is connected to the network, then retry.")},
    Texts{ErrorCode::ProxyFailed, QT_TRANSLATE_NOOP("ErrorText", "The proxy server %1 does not let Haul through to the storage service."),
          QT_TRANSLATE_NOOP("ErrorText", "The proxy server does not let Haul through to the storage service."),
          QT_TRANSLATE_NOOP("ErrorText", "Haul uses this computer's proxy settings (http_proxy, https_proxy, no_proxy, or the desktop's network settings). Check them, or ask your IT department.")},
    Texts{ErrorCode::Timeout, QT_TRANSLATE_NOOP("ErrorText", "%1 stopped answering."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service stopped answering."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry later. If it keeps happening, check the network or use fewer connections.")},
    Texts{ErrorCode::ConnectionReset, QT_TRANSLATE_NOOP("ErrorText", "The connection to %1 was cut off."),
          QT_TRANSLATE_NOOP("ErrorText", "The connection to the storage service was cut off."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry: Haul continues where it stopped.")},
    Texts{ErrorCode::TlsUntrusted, QT_TRANSLATE_NOOP("ErrorText", "The certificate of %1 is not trusted."),
          QT_TRANSLATE_NOOP("ErrorText", "The certificate of the storage service is not trusted."),
          QT_TRANSLATE_NOOP("ErrorText", "If your institute uses its own certificate authority, choose its certificate file in the account settings.")},
    Texts{ErrorCode::TlsFailed, QT_TRANSLATE_NOOP("ErrorText", "A secure connection to %1 cannot be set up."),
          QT_TRANSLATE_NOOP("ErrorText", "A secure connection to the storage service cannot be set up."),
          QT_TRANSLATE_NOOP("ErrorText", "Check whether the endpoint address should start with https:// or http://, or ask your storage administrator.")},
    Texts{ErrorCode::InvalidAccessKey, QT_TRANSLATE_NOOP("ErrorText", "The storage service does not know the access key id %1."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service does not know this account's access key id."),
          QT_TRANSLATE_NOOP("ErrorText", "Open the account settings and check the access key id.")},
    Texts{ErrorCode::SignatureMismatch, nullptr, QT_TRANSLATE_NOOP("ErrorText", "The secret key for this account is wrong."),
          QT_TRANSLATE_NOOP("ErrorText", "Open the account settings and paste the secret key again.")},
    Texts{ErrorCode::RequestTimeSkewed, nullptr,
          QT_TRANSLATE_NOOP("ErrorText", "This computer's clock differs too much from the storage service's clock."),
          QT_TRANSLATE_NOOP("ErrorText", "Set this computer's date and time correctly (automatic time is best), then retry.")},
    Texts{ErrorCode::AccessDenied, QT_TRANSLATE_NOOP("ErrorText", "This account is not allowed to do that with “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "This account is not allowed to do that."),
          QT_TRANSLATE_NOOP("ErrorText", "Ask the bucket's owner or your storage administrator for permission.")},
    Texts{ErrorCode::ListBucketsDenied, nullptr, QT_TRANSLATE_NOOP("ErrorText", "This account is not allowed to list buckets."),
          QT_TRANSLATE_NOOP("ErrorText", "If it may use one bucket, enter that bucket's name under “Bucket” in the account settings, or open the bucket with View ▸ Open a bucket or folder.")},
    Texts{ErrorCode::ExpiredToken, nullptr, QT_TRANSLATE_NOOP("ErrorText", "The temporary credentials of this account have expired."),
          QT_TRANSLATE_NOOP("ErrorText", "Get new credentials and enter them in the account settings.")},
    Texts{ErrorCode::CredentialsMissing, QT_TRANSLATE_NOOP("ErrorText", "No secret key is stored for the account “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "No secret key is stored for this account."),
          QT_TRANSLATE_NOOP("ErrorText", "Open the account settings and enter the secret key.")},
    Texts{ErrorCode::KeychainUnavailable, nullptr,
          QT_TRANSLATE_NOOP("ErrorText", "The system keychain cannot be reached, so the secret key cannot be kept there."),
          QT_TRANSLATE_NOOP("ErrorText", "Haul keeps the secret key for this session only. Start your desktop's keyring (GNOME Keyring or KWallet) to keep it.")},
    Texts{ErrorCode::NoSuchBucket, QT_TRANSLATE_NOOP("ErrorText", "The bucket “%1” does not exist."),
          QT_TRANSLATE_NOOP("ErrorText", "The bucket does not exist."),
          QT_TRANSLATE_NOOP("ErrorText", "Check the bucket name, or create the bucket first.")},
    Texts{ErrorCode::NoSuchKey, QT_TRANSLATE_NOOP("ErrorText", "There is no object “%1” in the bucket."),
          QT_TRANSLATE_NOOP("ErrorText", "The object is not in the bucket."),
          QT_TRANSLATE_NOOP("ErrorText", "Refresh the folder: someone may have moved or deleted the object.")},
    Texts{ErrorCode::ObjectArchived, QT_TRANSLATE_NOOP("ErrorText", "“%1” is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored."),
          QT_TRANSLATE_NOOP("ErrorText", "The object is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored."),
          QT_TRANSLATE_NOOP("ErrorText", "Select it in Haul's browser and choose Edit ▸ Restore from archive…, then download it again once the restore is done: hours for Glacier, up to two days for Deep Archive.")},
    Texts{ErrorCode::NothingToDownload, QT_TRANSLATE_NOOP("ErrorText", "There is nothing to download under “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "There is nothing to download in that folder."),
          QT_TRANSLATE_NOOP("ErrorText", "Check the folder's name and its bucket: no object's name starts with it.")},
    Texts{ErrorCode::NoSuchUpload, QT_TRANSLATE_NOOP("ErrorText", "The unfinished upload of “%1” is gone from the server."),
          QT_TRANSLATE_NOOP("ErrorText", "The unfinished upload is gone from the server."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry to upload the file again from the beginning.")},
    Texts{ErrorCode::BucketAlreadyExists, QT_TRANSLATE_NOOP("ErrorText", "The bucket name “%1” is already taken by someone else."),
          QT_TRANSLATE_NOOP("ErrorText", "The bucket name is already taken by someone else."),
          QT_TRANSLATE_NOOP("ErrorText", "Choose another name: bucket names are shared by everyone using the service.")},
    Texts{ErrorCode::BucketAlreadyOwned, QT_TRANSLATE_NOOP("ErrorText", "You already have a bucket named “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "You already have a bucket with that name."),
          QT_TRANSLATE_NOOP("ErrorText", "Open that bucket, or choose another name.")},
    Texts{ErrorCode::InvalidBucketName, QT_TRANSLATE_NOOP("ErrorText", "The bucket name “%1” is not allowed: %2."),
          QT_TRANSLATE_NOOP("ErrorText", "The bucket name is not allowed."),
          QT_TRANSLATE_NOOP("ErrorText", "Choose a name of 3 to 63 lower-case letters, digits, dots or hyphens.")},
    Texts{ErrorCode::BucketNotEmpty, QT_TRANSLATE_NOOP("ErrorText", "The bucket “%1” is not empty."),
          QT_TRANSLATE_NOOP("ErrorText", "The bucket is not empty."), QT_TRANSLATE_NOOP("ErrorText", "Delete the objects in it first.")},
    Texts{ErrorCode::PreconditionFailed, QT_TRANSLATE_NOOP("ErrorText", "“%1” changed on the server while Haul was working on it."),
          QT_TRANSLATE_NOOP("ErrorText", "The object changed on the server while Haul was working on it."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry to transfer the current version.")},
    Texts{ErrorCode::InvalidRange, QT_TRANSLATE_NOOP("ErrorText", "Haul asked for bytes beyond the end of “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "Haul asked for bytes beyond the end of the object."),
          QT_TRANSLATE_NOOP("ErrorText", "Refresh the folder and retry: the object may have been replaced by a smaller one.")},
    Texts{ErrorCode::EntityTooSmall, QT_TRANSLATE_NOOP("ErrorText", "The storage service refused a part of “%1” as too small."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service refused a part as too small."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry. If it happens again, report it to the Haul developers with the details.")},
    Texts{ErrorCode::EntityTooLarge, QT_TRANSLATE_NOOP("ErrorText", "“%1” is too large for the storage service."),
          QT_TRANSLATE_NOOP("ErrorText", "The file is too large for the storage service."),
          QT_TRANSLATE_NOOP("ErrorText", "Ask your storage administrator about the largest object size allowed.")},
    Texts{ErrorCode::KeyTooLong, nullptr,
          QT_TRANSLATE_NOOP("ErrorText", "The object's name would be longer than S3 allows (1,024 bytes)."),
          QT_TRANSLATE_NOOP("ErrorText", "Upload into a folder with a shorter name, or give the file a shorter name.")},
    Texts{ErrorCode::InvalidPart, QT_TRANSLATE_NOOP("ErrorText", "The storage service is missing parts of “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service is missing parts of the upload."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry: Haul sends the missing parts again.")},
    Texts{ErrorCode::ChecksumMismatch, QT_TRANSLATE_NOOP("ErrorText", "The bytes of “%1” arrived damaged: the checksums differ."),
          QT_TRANSLATE_NOOP("ErrorText", "The bytes arrived damaged: the checksums differ."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry. If it keeps happening, check the network and the disk.")},
    Texts{ErrorCode::ChecksumUnsupported, nullptr,
          QT_TRANSLATE_NOOP("ErrorText", "The storage service does not accept the checksum Haul sends."),
          QT_TRANSLATE_NOOP("ErrorText", "In the account settings, set the checksum to MD5, then retry.")},
    Texts{ErrorCode::StorageClassUnsupported, QT_TRANSLATE_NOOP("ErrorText", "The storage service does not offer the storage class “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service does not offer the storage class chosen in Settings."),
          QT_TRANSLATE_NOOP("ErrorText", "Choose another storage class in Settings (Standard is offered everywhere), then retry.")},
    Texts{ErrorCode::CopyNotVerified, QT_TRANSLATE_NOOP("ErrorText", "The copy of “%1” on the server does not match the original, so the original was kept."),
          QT_TRANSLATE_NOOP("ErrorText", "The copy on the server does not match the original, so the original was kept."),
          QT_TRANSLATE_NOOP("ErrorText", "Refresh the folder and try again. If it keeps happening, ask your storage administrator.")},
    Texts{ErrorCode::StoredObjectMismatch, QT_TRANSLATE_NOOP("ErrorText", "The object “%1” on the server is not the file Haul sent: their MD5 checksums differ."),
          QT_TRANSLATE_NOOP("ErrorText", "The object on the server is not the file Haul sent: their MD5 checksums differ."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry to send the file again. If it happens again, make sure nothing changes the file while it is sent, and tell your storage administrator.")},
    Texts{ErrorCode::Throttled, nullptr, QT_TRANSLATE_NOOP("ErrorText", "The storage service asks Haul to slow down."),
          QT_TRANSLATE_NOOP("ErrorText", "Wait a few minutes and retry, or use fewer connections.")},
    Texts{ErrorCode::ServerError, QT_TRANSLATE_NOOP("ErrorText", "The storage service at %1 had an internal error."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service had an internal error."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry later. If it keeps happening, tell your storage administrator.")},
    Texts{ErrorCode::Redirect, QT_TRANSLATE_NOOP("ErrorText", "The bucket is served at another address: %1."),
          QT_TRANSLATE_NOOP("ErrorText", "The bucket is in another region or at another address."),
          QT_TRANSLATE_NOOP("ErrorText", "Open the account settings and set the bucket's region or endpoint.")},
    Texts{ErrorCode::BadRequest, QT_TRANSLATE_NOOP("ErrorText", "The storage service refused the request for “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "The storage service refused the request."),
          QT_TRANSLATE_NOOP("ErrorText", "Check the account settings. If it stays, report it with the details.")},
    Texts{ErrorCode::ProtocolError, QT_TRANSLATE_NOOP("ErrorText", "The answer from %1 cannot be understood."),
          QT_TRANSLATE_NOOP("ErrorText", "The answer from the storage service cannot be understood."),
          QT_TRANSLATE_NOOP("ErrorText", "Check that the endpoint address points to an S3-compatible service.")},
    Texts{ErrorCode::FileUnreadable, QT_TRANSLATE_NOOP("ErrorText", "The file “%1” cannot be read."),
          QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read."),
          QT_TRANSLATE_NOOP("ErrorText", "Check that the file exists and that you may read it.")},
    Texts{ErrorCode::NotAFile, QT_TRANSLATE_NOOP("ErrorText", "“%1” is a socket, pipe or device, not a file."),
          QT_TRANSLATE_NOOP("ErrorText", "That is a socket, pipe or device, not a file."),
          QT_TRANSLATE_NOOP("ErrorText", "It holds no data to upload: remove this transfer, and choose files or folders.")},
    Texts{ErrorCode::FileVanished, QT_TRANSLATE_NOOP("ErrorText", "The file “%1” is gone: it was moved or deleted."),
          QT_TRANSLATE_NOOP("ErrorText", "The file is gone: it was moved or deleted."),
          QT_TRANSLATE_NOOP("ErrorText", "Put the file back and retry, or remove this transfer.")},
    Texts{ErrorCode::FileChanged, QT_TRANSLATE_NOOP("ErrorText", "The file “%1” changed while Haul was sending it."),
          QT_TRANSLATE_NOOP("ErrorText", "The file changed while Haul was sending it."),
          QT_TRANSLATE_NOOP("ErrorText", "Wait until the program writing the file has finished, then retry.")},
    Texts{ErrorCode::DestinationNotWritable, QT_TRANSLATE_NOOP("ErrorText", "Haul may not write into the folder “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "Haul may not write into the destination folder."),
          QT_TRANSLATE_NOOP("ErrorText", "Choose a folder you may write to, or ask for write permission.")},
    Texts{ErrorCode::DiskFull, QT_TRANSLATE_NOOP("ErrorText", "The disk holding “%1” is full."), QT_TRANSLATE_NOOP("ErrorText", "The disk is full."),
          QT_TRANSLATE_NOOP("ErrorText", "Free some space or choose another folder, then retry.")},
    Texts{ErrorCode::FileTooLarge, QT_TRANSLATE_NOOP("ErrorText", "The disk holding “%1” cannot store a file this large."),
          QT_TRANSLATE_NOOP("ErrorText", "The disk cannot store a file this large."),
          QT_TRANSLATE_NOOP("ErrorText", "Disks formatted as FAT32, as many USB drives are, take at most 4 GiB per file: download to another disk, or have this one formatted as exFAT.")},
    Texts{ErrorCode::InvalidFileName, QT_TRANSLATE_NOOP("ErrorText", "The object name “%1” cannot be a file name on this computer."),
          QT_TRANSLATE_NOOP("ErrorText", "The object name cannot be a file name on this computer."),
          QT_TRANSLATE_NOOP("ErrorText", "Rename the object in the bucket, or download it to another kind of disk.")},
    Texts{ErrorCode::FileExists, QT_TRANSLATE_NOOP("ErrorText", "A file named “%1” is already there."),
          QT_TRANSLATE_NOOP("ErrorText", "A file with that name is already there."),
          QT_TRANSLATE_NOOP("ErrorText", "Move or rename the existing file, then retry.")},
    Texts{ErrorCode::DuplicateTarget, QT_TRANSLATE_NOOP("ErrorText", "Another file in the queue is being uploaded to the same name, “%1”."),
          QT_TRANSLATE_NOOP("ErrorText", "Another file in the queue is being uploaded to the same name."),
          QT_TRANSLATE_NOOP("ErrorText", "Only one of them can be stored there: upload this one into another folder, or rename it and add it again.")},
    Texts{ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("ErrorText", "Haul cannot use “%1”."), QT_TRANSLATE_NOOP("ErrorText", "Haul cannot use what was entered."),
          QT_TRANSLATE_NOOP("ErrorText", "Check what you entered and try again.")},
    Texts{ErrorCode::Cancelled, QT_TRANSLATE_NOOP("ErrorText", "The transfer of “%1” was cancelled."),
          QT_TRANSLATE_NOOP("ErrorText", "The transfer was cancelled."), QT_TRANSLATE_NOOP("ErrorText", "Retry to start it again.")},
    Texts{ErrorCode::Unknown, nullptr, QT_TRANSLATE_NOOP("ErrorText", "Something unexpected went wrong."),
          QT_TRANSLATE_NOOP("ErrorText", "Retry. If it happens again, report it to the Haul developers with the details.")},
};

static_assert(kTexts.size() == std::size_t(ErrorCode::Unknown) + 1, "one entry per ErrorCode");

const Texts &textsFor(ErrorCode code)
{
    const auto index = std::size_t(code);
    if (index < kTexts.size() && kTexts[index].code == code)
        return kTexts[index];
    return kTexts.back();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}

/// "a space" or “_”: the first character a bucket name may not contain.
QString describeBadCharacter(const QString &name)
{
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
        if (ok)
            continue;
        if (c.isSpace())
            return ErrorText::tr("a space");
        return ErrorText::tr("“%1”").arg(c);
    }
    return ErrorText::tr("a character that is not allowed");
}

} // namespace

QString bucketNameProblem(const QString &name)
{
    switch (checkBucketName(name)) {
    case BucketNameProblem::None:
        return {};
    case BucketNameProblem::TooShort:
    case BucketNameProblem::TooLong:
        return ErrorText::tr("it has %n character(s), but 3 to 63 are needed", nullptr, int(name.size()));
    case BucketNameProblem::UpperCase:
        return ErrorText::tr("it contains capital letters, and only lower-case letters are allowed");
    case BucketNameProblem::InvalidCharacter:
        return ErrorText::tr("it contains %1, and only letters, digits, dots and hyphens are allowed")
            .arg(describeBadCharacter(name));
    case BucketNameProblem::BadStartOrEnd:
        return ErrorText::tr("it must begin and end with a letter or a digit");
    case BucketNameProblem::AdjacentPeriods:
        return ErrorText::tr("it must not have two dots in a row");
    case BucketNameProblem::PeriodDash:
        return ErrorText::tr("a dot and a hyphen must not stand next to each other");
    case BucketNameProblem::LooksLikeIpAddress:
        return ErrorText::tr("it must not look like an IP address");
    case BucketNameProblem::ReservedPrefix:
        return ErrorText::tr("it begins with a prefix reserved by Amazon (such as “xn--”)");
    case BucketNameProblem::ReservedSuffix:
        return ErrorText::tr("it ends with a suffix reserved by Amazon (such as “-s3alias”)");
    }
    return {};
}

QString errorSentence(const Error &error)
{
    const Texts &texts = textsFor(error.code);
    if (error.subject.isEmpty() || !texts.withSubject)
        return translated(texts.plain);
    if (error.code != ErrorCode::InvalidBucketName)
        return translated(texts.withSubject).arg(error.subject);
    QString rule = bucketNameProblem(error.subject);
    if (rule.isEmpty())
        rule = error.detail.isEmpty() ? ErrorText::tr("the storage service refuses it") : error.detail;
    return translated(texts.withSubject).arg(error.subject, rule);
}

bool awaitsAnswer(const TransferSnapshot &s)
{
    return s.state == TransferState::Failed && s.direction == Direction::Download
        && s.error.code == ErrorCode::FileExists;
}

Error transferError(const TransferSnapshot &s)
{
    Error e = s.error;
    switch (e.code) {
    case ErrorCode::NoSuchBucket:
    case ErrorCode::InvalidBucketName:
    case ErrorCode::BucketNotEmpty:
        e.subject = s.bucket;
        break;
    case ErrorCode::NoSuchKey:
    case ErrorCode::ObjectArchived:
        if (e.subject.isEmpty())
            e.subject = s.key;
        break;
    case ErrorCode::FileUnreadable:
    case ErrorCode::NotAFile:
    case ErrorCode::FileVanished:
    case ErrorCode::FileChanged:
    case ErrorCode::FileExists:
        if (e.subject.isEmpty())
            e.subject = s.localPath;
        break;
    default:
        break;
    }
    return e;
}

QString errorNextStep(const Error &error)
{
    return translated(textsFor(error.code).nextStep);
}

QString errorDetails(const Error &error)
{
    return error.technical();
}

QString errorToolTip(const Error &error)
{
    return ErrorText::tr("%1\n%2\n\nDetails: %3")
        .arg(errorSentence(error), errorNextStep(error), errorDetails(error));
}

} // namespace haul
