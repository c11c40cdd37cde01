#include "errortext.h"

#include <array>

#include <QCoreApplication>

#include "s3/bucketname.h"

namespace haul {
namespace {

/// The translation context of every error text (lupdate sees the QT_TRANSLATE_NOOP3 markers).
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

#define HAUL_T(text) QT_TRANSLATE_NOOP("ErrorText", text)

constexpr std::array kTexts{
    Texts{ErrorCode::None, nullptr, HAUL_T("Nothing went wrong."), HAUL_T("No action is needed.")},
    Texts{ErrorCode::ConnectionRefused, HAUL_T("Nothing answers at %1."),
          HAUL_T("Nothing answers at the storage address."),
          HAUL_T("Check the endpoint address and that the storage service is running.")},
    Texts{ErrorCode::HostNotFound, HAUL_T("The server name %1 cannot be found."),
          HAUL_T("The server name cannot be found."),
          HAUL_T("Check the endpoint address for typing mistakes and that this computer is on the network.")},
    Texts{ErrorCode::NetworkDown, HAUL_T("The network path to %1 cannot be reached."),
          HAUL_T("The network cannot be reached."),
          HAUL_T("Check that this computer is connected to the network, then retry.")},
    Texts{ErrorCode::Timeout, HAUL_T("%1 stopped answering."),
          HAUL_T("The storage service stopped answering."),
          HAUL_T("Retry later. If it keeps happening, check the network or use fewer connections.")},
    Texts{ErrorCode::ConnectionReset, HAUL_T("The connection to %1 was cut off."),
          HAUL_T("The connection to the storage service was cut off."),
          HAUL_T("Retry: Haul continues where it stopped.")},
    Texts{ErrorCode::TlsUntrusted, HAUL_T("The certificate of %1 is not trusted."),
          HAUL_T("The certificate of the storage service is not trusted."),
          HAUL_T("If your institute uses its own certificate authority, choose its certificate file in the account settings.")},
    Texts{ErrorCode::TlsFailed, HAUL_T("A secure connection to %1 cannot be set up."),
          HAUL_T("A secure connection to the storage service cannot be set up."),
          HAUL_T("Check whether the endpoint address should start with https:// or http://, or ask your storage administrator.")},
    Texts{ErrorCode::InvalidAccessKey, HAUL_T("The storage service does not know the access key id %1."),
          HAUL_T("The storage service does not know this account's access key id."),
          HAUL_T("Open the account settings and check the access key id.")},
    Texts{ErrorCode::SignatureMismatch, nullptr, HAUL_T("The secret key for this account is wrong."),
          HAUL_T("Open the account settings and paste the secret key again.")},
    Texts{ErrorCode::RequestTimeSkewed, nullptr,
          HAUL_T("This computer's clock differs too much from the storage service's clock."),
          HAUL_T("Set this computer's date and time correctly (automatic time is best), then retry.")},
    Texts{ErrorCode::AccessDenied, HAUL_T("This account is not allowed to do that with “%1”."),
          HAUL_T("This account is not allowed to do that."),
          HAUL_T("Ask the bucket's owner or your storage administrator for permission.")},
    Texts{ErrorCode::ExpiredToken, nullptr, HAUL_T("The temporary credentials of this account have expired."),
          HAUL_T("Get new credentials and enter them in the account settings.")},
    Texts{ErrorCode::CredentialsMissing, HAUL_T("No secret key is stored for the account “%1”."),
          HAUL_T("No secret key is stored for this account."),
          HAUL_T("Open the account settings and enter the secret key.")},
    Texts{ErrorCode::KeychainUnavailable, nullptr,
          HAUL_T("The system keychain cannot be reached, so the secret key cannot be kept there."),
          HAUL_T("Haul keeps the secret key for this session only. Start your desktop's keyring (GNOME Keyring or KWallet) to keep it.")},
    Texts{ErrorCode::NoSuchBucket, HAUL_T("The bucket “%1” does not exist."),
          HAUL_T("The bucket does not exist."),
          HAUL_T("Check the bucket name, or create the bucket first.")},
    Texts{ErrorCode::NoSuchKey, HAUL_T("There is no object “%1” in the bucket."),
          HAUL_T("The object is not in the bucket."),
          HAUL_T("Refresh the folder: someone may have moved or deleted the object.")},
    Texts{ErrorCode::NothingToDownload, HAUL_T("There is nothing to download under “%1”."),
          HAUL_T("There is nothing to download in that folder."),
          HAUL_T("Check the folder's name and its bucket: no object's name starts with it.")},
    Texts{ErrorCode::NoSuchUpload, HAUL_T("The unfinished upload of “%1” is gone from the server."),
          HAUL_T("The unfinished upload is gone from the server."),
          HAUL_T("Retry to upload the file again from the beginning.")},
    Texts{ErrorCode::BucketAlreadyExists, HAUL_T("The bucket name “%1” is already taken by someone else."),
          HAUL_T("The bucket name is already taken by someone else."),
          HAUL_T("Choose another name: bucket names are shared by everyone using the service.")},
    Texts{ErrorCode::BucketAlreadyOwned, HAUL_T("You already have a bucket named “%1”."),
          HAUL_T("You already have a bucket with that name."),
          HAUL_T("Open that bucket, or choose another name.")},
    Texts{ErrorCode::InvalidBucketName, HAUL_T("The bucket name “%1” is not allowed: %2."),
          HAUL_T("The bucket name is not allowed."),
          HAUL_T("Choose a name of 3 to 63 lower-case letters, digits, dots or hyphens.")},
    Texts{ErrorCode::BucketNotEmpty, HAUL_T("The bucket “%1” is not empty."),
          HAUL_T("The bucket is not empty."), HAUL_T("Delete the objects in it first.")},
    Texts{ErrorCode::PreconditionFailed, HAUL_T("“%1” changed on the server while Haul was working on it."),
          HAUL_T("The object changed on the server while Haul was working on it."),
          HAUL_T("Retry to transfer the current version.")},
    Texts{ErrorCode::InvalidRange, HAUL_T("Haul asked for bytes beyond the end of “%1”."),
          HAUL_T("Haul asked for bytes beyond the end of the object."),
          HAUL_T("Refresh the folder and retry: the object may have been replaced by a smaller one.")},
    Texts{ErrorCode::EntityTooSmall, HAUL_T("The storage service refused a part of “%1” as too small."),
          HAUL_T("The storage service refused a part as too small."),
          HAUL_T("Retry. If it happens again, report it to the Haul developers with the details.")},
    Texts{ErrorCode::EntityTooLarge, HAUL_T("“%1” is too large for the storage service."),
          HAUL_T("The file is too large for the storage service."),
          HAUL_T("Ask your storage administrator about the largest object size allowed.")},
    Texts{ErrorCode::InvalidPart, HAUL_T("The storage service is missing parts of “%1”."),
          HAUL_T("The storage service is missing parts of the upload."),
          HAUL_T("Retry: Haul sends the missing parts again.")},
    Texts{ErrorCode::ChecksumMismatch, HAUL_T("The bytes of “%1” arrived damaged: the checksums differ."),
          HAUL_T("The bytes arrived damaged: the checksums differ."),
          HAUL_T("Retry. If it keeps happening, check the network and the disk.")},
    Texts{ErrorCode::ChecksumUnsupported, nullptr,
          HAUL_T("The storage service does not accept the checksum Haul sends."),
          HAUL_T("In the account settings, set the checksum to MD5, then retry.")},
    Texts{ErrorCode::CopyNotVerified, HAUL_T("The copy of “%1” on the server does not match the original, so the original was kept."),
          HAUL_T("The copy on the server does not match the original, so the original was kept."),
          HAUL_T("Refresh the folder and try again. If it keeps happening, ask your storage administrator.")},
    Texts{ErrorCode::StoredObjectMismatch, HAUL_T("The object “%1” on the server is not the file Haul sent: their MD5 checksums differ."),
          HAUL_T("The object on the server is not the file Haul sent: their MD5 checksums differ."),
          HAUL_T("Retry to send the file again. If it happens again, make sure nothing changes the file while it is sent, and tell your storage administrator.")},
    Texts{ErrorCode::Throttled, nullptr, HAUL_T("The storage service asks Haul to slow down."),
          HAUL_T("Wait a few minutes and retry, or use fewer connections.")},
    Texts{ErrorCode::ServerError, HAUL_T("The storage service at %1 had an internal error."),
          HAUL_T("The storage service had an internal error."),
          HAUL_T("Retry later. If it keeps happening, tell your storage administrator.")},
    Texts{ErrorCode::Redirect, HAUL_T("The bucket is served at another address: %1."),
          HAUL_T("The bucket is in another region or at another address."),
          HAUL_T("Open the account settings and set the bucket's region or endpoint.")},
    Texts{ErrorCode::BadRequest, HAUL_T("The storage service refused the request for “%1”."),
          HAUL_T("The storage service refused the request."),
          HAUL_T("Check the account settings. If it stays, report it with the details.")},
    Texts{ErrorCode::ProtocolError, HAUL_T("The answer from %1 cannot be understood."),
          HAUL_T("The answer from the storage service cannot be understood."),
          HAUL_T("Check that the endpoint address points to an S3-compatible service.")},
    Texts{ErrorCode::FileUnreadable, HAUL_T("The file “%1” cannot be read."),
          HAUL_T("The file cannot be read."),
          HAUL_T("Check that the file exists and that you may read it.")},
    Texts{ErrorCode::FileVanished, HAUL_T("The file “%1” is gone: it was moved or deleted."),
          HAUL_T("The file is gone: it was moved or deleted."),
          HAUL_T("Put the file back and retry, or remove this transfer.")},
    Texts{ErrorCode::FileChanged, HAUL_T("The file “%1” changed while Haul was sending it."),
          HAUL_T("The file changed while Haul was sending it."),
          HAUL_T("Wait until the program writing the file has finished, then retry.")},
    Texts{ErrorCode::DestinationNotWritable, HAUL_T("Haul may not write into the folder “%1”."),
          HAUL_T("Haul may not write into the destination folder."),
          HAUL_T("Choose a folder you may write to, or ask for write permission.")},
    Texts{ErrorCode::DiskFull, HAUL_T("The disk holding “%1” is full."), HAUL_T("The disk is full."),
          HAUL_T("Free some space or choose another folder, then retry.")},
    Texts{ErrorCode::InvalidFileName, HAUL_T("The object name “%1” cannot be a file name on this computer."),
          HAUL_T("The object name cannot be a file name on this computer."),
          HAUL_T("Rename the object in the bucket, or download it to another kind of disk.")},
    Texts{ErrorCode::FileExists, HAUL_T("A file named “%1” is already there."),
          HAUL_T("A file with that name is already there."),
          HAUL_T("Move or rename the existing file, then retry.")},
    Texts{ErrorCode::InvalidInput, HAUL_T("Haul cannot use “%1”."), HAUL_T("Haul cannot use what was entered."),
          HAUL_T("Check what you entered and try again.")},
    Texts{ErrorCode::Cancelled, HAUL_T("The transfer of “%1” was cancelled."),
          HAUL_T("The transfer was cancelled."), HAUL_T("Retry to start it again.")},
    Texts{ErrorCode::Unknown, nullptr, HAUL_T("Something unexpected went wrong."),
          HAUL_T("Retry. If it happens again, report it to the Haul developers with the details.")},
};
#undef HAUL_T

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
        if (e.subject.isEmpty())
            e.subject = s.key;
        break;
    case ErrorCode::FileUnreadable:
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
