#include <QTest>

#include "s3/s3error.h"

using namespace haul;

namespace {

QByteArray errorBody(const char *code, const char *extra = "")
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>") + code
        + "</Code><Message>m</Message>" + extra + "<RequestId>BODYID</RequestId></Error>";
}

} // namespace

class TestS3Error : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void details_data();
    void details();
    void checksumHeaderRefusal_data();
    void checksumHeaderRefusal();
};

void TestS3Error::mapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");

    const auto row = [](const char *tag, int status, const QByteArray &body, const char *code,
                        bool retryable) {
        QTest::newRow(tag) << status << body << QString::fromLatin1(code) << retryable;
    };
    // By S3 code.
    row("InvalidAccessKeyId", 403, errorBody("InvalidAccessKeyId"), "InvalidAccessKey", false);
    row("SignatureDoesNotMatch", 403, errorBody("SignatureDoesNotMatch"), "SignatureMismatch", false);
    row("RequestTimeTooSkewed", 403, errorBody("RequestTimeTooSkewed"), "RequestTimeSkewed", false);
    row("AccessDenied", 403, errorBody("AccessDenied"), "AccessDenied", false);
    row("AllAccessDisabled", 403, errorBody("AllAccessDisabled"), "AccessDenied", false);
    row("ExpiredToken", 400, errorBody("ExpiredToken"), "ExpiredToken", false);
    row("TokenRefreshRequired", 400, errorBody("TokenRefreshRequired"), "ExpiredToken", false);
    row("NoSuchBucket", 404, errorBody("NoSuchBucket"), "NoSuchBucket", false);
    row("NoSuchKey", 404, errorBody("NoSuchKey"), "NoSuchKey", false);
    row("archived (Glacier), not refused", 403, errorBody("InvalidObjectState"), "ObjectArchived", false);
    row("NoSuchUpload", 404, errorBody("NoSuchUpload"), "NoSuchUpload", false);
    row("BucketAlreadyExists", 409, errorBody("BucketAlreadyExists"), "BucketAlreadyExists", false);
    row("BucketAlreadyOwnedByYou", 409, errorBody("BucketAlreadyOwnedByYou"), "BucketAlreadyOwned",
        false);
    row("InvalidBucketName", 400, errorBody("InvalidBucketName"), "InvalidBucketName", false);
    row("BucketNotEmpty", 409, errorBody("BucketNotEmpty"), "BucketNotEmpty", false);
    row("PreconditionFailed", 412, errorBody("PreconditionFailed"), "PreconditionFailed", false);
    row("InvalidRange", 416, errorBody("InvalidRange"), "InvalidRange", false);
    row("EntityTooSmall", 400, errorBody("EntityTooSmall"), "EntityTooSmall", false);
    row("EntityTooLarge", 400, errorBody("EntityTooLarge"), "EntityTooLarge", false);
    row("KeyTooLongError", 400, errorBody("KeyTooLongError"), "KeyTooLong", false);
    row("InvalidPart", 400, errorBody("InvalidPart"), "InvalidPart", false);
    row("InvalidPartOrder", 400, errorBody("InvalidPartOrder"), "InvalidPart", false);
    row("BadDigest: retried once", 400, errorBody("BadDigest"), "ChecksumMismatch", true);
    row("XAmzContentChecksumMismatch", 400, errorBody("XAmzContentChecksumMismatch"),
        "ChecksumMismatch", true);
    row("XAmzContentSHA256Mismatch", 400, errorBody("XAmzContentSHA256Mismatch"),
        "ChecksumMismatch", true);
    row("InvalidDigest: our bug", 400, errorBody("InvalidDigest"), "ChecksumMismatch", false);
    row("SlowDown", 503, errorBody("SlowDown"), "Throttled", true);
    row("Throttling", 400, errorBody("Throttling"), "Throttled", true);
    row("RequestLimitExceeded", 400, errorBody("RequestLimitExceeded"), "Throttled", true);
    row("InternalError", 500, errorBody("InternalError"), "ServerError", true);
    row("ServiceUnavailable", 503, errorBody("ServiceUnavailable"), "ServerError", true);
    row("RequestTimeout", 400, errorBody("RequestTimeout"), "Timeout", true);
    row("PermanentRedirect", 301, errorBody("PermanentRedirect"), "Redirect", false);
    row("TemporaryRedirect", 307, errorBody("TemporaryRedirect"), "Redirect", false);
    row("AuthorizationHeaderMalformed with region", 400,
        errorBody("AuthorizationHeaderMalformed", "<Region>eu-west-1</Region>"), "Redirect", false);
    row("AuthorizationHeaderMalformed without region", 400,
        errorBody("AuthorizationHeaderMalformed"), "BadRequest", false);
    row("NotImplemented", 501, errorBody("NotImplemented"), "BadRequest", false);
    row("code beats status", 500, errorBody("NoSuchKey"), "NoSuchKey", false);
    // Unknown codes fall back to the status.
    row("unknown 400", 400, errorBody("InvalidArgument"), "BadRequest", false);
    row("unknown 404", 404, errorBody("NoSuchBucketPolicy"), "BadRequest", false);
    row("unknown 409", 409, errorBody("OperationAborted"), "BadRequest", false);
    row("unknown 403", 403, errorBody("AccountProblem"), "AccessDenied", false);
    row("unknown 5xx", 500, errorBody("SomethingBroke"), "ServerError", true);
    row("unknown, in a 200", 200, errorBody("SomethingNew"), "ServerError", true);
    // No body, or one that is not an S3 error: the status decides.
    row("HEAD 404", 404, QByteArray(), "NoSuchKey", false);
    row("HEAD 403", 403, QByteArray(), "AccessDenied", false);
    row("HEAD 301", 301, QByteArray(), "Redirect", false);
    row("HEAD 412", 412, QByteArray(), "PreconditionFailed", false);
    row("416 without body", 416, QByteArray(), "InvalidRange", false);
    row("400 without body", 400, QByteArray(), "BadRequest", false);
    row("401 without body", 401, QByteArray(), "AccessDenied", false);
    row("408 without body", 408, QByteArray(), "Timeout", true);
    row("429", 429, QByteArray(), "Throttled", true);
    row("503 without body", 503, QByteArray(), "Throttled", true);
    row("500 without body", 500, QByteArray(), "ServerError", true);
    row("502 HTML from a proxy", 502, QByteArray("<html><body>Bad Gateway</body></html>"),
        "ServerError", true);
    row("504 plain text", 504, QByteArray("Gateway Timeout"), "ServerError", true);
    row("501 without body", 501, QByteArray(), "BadRequest", false);
    row("truncated XML body", 500, QByteArray("<Error><Code>Slow"), "ServerError", true);
    row("200 without error", 200, QByteArray(), "ProtocolError", false);
    row("no HTTP status", 0, QByteArray(), "ProtocolError", false);
}

void TestS3Error::mapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(bool, retryable);

    const Error e = errorFromResponse(status, body, QByteArray("HEADERID"), QStringLiteral("b/k"));
    QCOMPARE(errorCodeName(e.code), code);
    QCOMPARE(e.retryable, retryable);
    QCOMPARE(e.httpStatus, status);
}

void TestS3Error::details_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("s3Code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("detailContains");

    QTest::newRow("AWS NoSuchKey")
        << 404
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
                      "<Message>The specified key does not exist.</Message><Key>photos/a.jpg</Key>"
                      "<RequestId>4442587FB7D0A2F9</RequestId><HostId>H</HostId></Error>")
        << QByteArray("4442587FB7D0A2F9") << QStringLiteral("NoSuchKey")
        << QStringLiteral("The specified key does not exist.") << QStringLiteral("4442587FB7D0A2F9")
        << QStringLiteral("bucket/photos/a.jpg") << QStringLiteral("photos/a.jpg");
    QTest::newRow("request id from header when the body has none")
        << 404 << QByteArray() << QByteArray("TX123") << QString() << QString()
        << QStringLiteral("TX123") << QStringLiteral("bucket/photos/a.jpg") << QString();
    QTest::newRow("body's request id wins")
        << 500 << errorBody("InternalError") << QByteArray("HEADERID")
        << QStringLiteral("InternalError") << QStringLiteral("m") << QStringLiteral("BODYID")
        << QStringLiteral("bucket/photos/a.jpg") << QString();
    QTest::newRow("PermanentRedirect: subject is the endpoint")
        << 301
        << QByteArray("<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting"
                      " to access must be addressed using the specified endpoint.</Message>"
                      "<Endpoint>bucket.s3.eu-west-1.amazonaws.com</Endpoint><Bucket>bucket"
                      "</Bucket><RequestId>R</RequestId></Error>")
        << QByteArray() << QStringLiteral("PermanentRedirect")
        << QStringLiteral("The bucket you are attempting to access must be addressed using the "
                          "specified endpoint.")
        << QStringLiteral("R") << QStringLiteral("bucket.s3.eu-west-1.amazonaws.com") << QString();
    QTest::newRow("AuthorizationHeaderMalformed: subject is the region")
        << 400
        << QByteArray("<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization"
                      " header is malformed; the region 'us-east-1' is wrong; expecting "
                      "'eu-central-1'</Message><Region>eu-central-1</Region><RequestId>R"
                      "</RequestId></Error>")
        << QByteArray() << QStringLiteral("AuthorizationHeaderMalformed")
        << QStringLiteral("The authorization header is malformed; the region 'us-east-1' is "
                          "wrong; expecting 'eu-central-1'")
        << QStringLiteral("R") << QStringLiteral("eu-central-1") << QString();
    QTest::newRow("HEAD 301: subject kept")
        << 301 << QByteArray() << QByteArray("R") << QString() << QString() << QStringLiteral("R")
        << QStringLiteral("bucket/photos/a.jpg") << QString();
    QTest::newRow("Ceph RGW: no message")
        << 404
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
                      "<BucketName>bucket</BucketName><RequestId>tx0000-default</RequestId>"
                      "<HostId>1036-default-default</HostId></Error>")
        << QByteArray("tx0000-default") << QStringLiteral("NoSuchBucket") << QString()
        << QStringLiteral("tx0000-default") << QStringLiteral("bucket/photos/a.jpg")
        << QStringLiteral("bucket");
    QTest::newRow("HTML body kept as detail")
        << 502 << QByteArray("<html>\n<head><title>502 Bad Gateway</title></head>\n</html>")
        << QByteArray() << QString() << QString() << QString()
        << QStringLiteral("bucket/photos/a.jpg") << QStringLiteral("502 Bad Gateway");
}

void TestS3Error::details()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, s3Code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(QString, subject);
    QFETCH(QString, detailContains);

    const Error e = errorFromResponse(status, body, header, QStringLiteral("bucket/photos/a.jpg"));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.s3Code, s3Code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(e.subject, subject);
    QVERIFY2(e.detail.contains(detailContains), qPrintable(e.detail));
}

void TestS3Error::checksumHeaderRefusal_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refused");
    const auto row = [](const char *name, const char *code, const char *message, bool refused) {
        QTest::newRow(name) << QByteArray("<Error><Code>") + code + "</Code><Message>" + message
                                   + "</Message></Error>"
                            << refused;
    };
    row("unknown checksum algorithm", "InvalidRequest", "Unsupported checksum algorithm: CRC32C", true);
    row("checksum header named", "InvalidArgument", "x-amz-checksum-crc32c is not supported", true);
    row("storage class (Ceph RGW: no message)", "InvalidArgument", "", false);
    row("another bad argument", "InvalidArgument", "Invalid part number", false);
}

void TestS3Error::checksumHeaderRefusal()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, refused);
    const Error e = errorFromResponse(400, body, QByteArray(), QStringLiteral("b/k"));
    QCOMPARE(refusesChecksumHeader(e), refused);
    QVERIFY(!refusesChecksumHeader(errorFromResponse(403, body, QByteArray(), QStringLiteral("b/k"))));
}

QTEST_GUILESS_MAIN(TestS3Error)
#include "tst_s3error.moc"
