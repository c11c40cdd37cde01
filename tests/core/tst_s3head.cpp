// What HeadObject's answer headers say, as S3Client::headFromResponse reads them.
#include <QTest>
#include <QTimeZone>

#include "net/s3client.h"

using namespace haul;

class TestS3Head : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("lastModified");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2026, 11, 25), QTime(13, 46, 41), QTimeZone::utc());
        // Every S3 server sends "GMT", which Qt 6.4's RFC 2822 parser alone refuses.
        QTest::newRow("GMT (AWS, s3rver, RGW, moto)") << QByteArray("Wed, 25 Nov 2026 13:46:41 GMT") << t;
        QTest::newRow("numeric zone") << QByteArray("Wed, 25 Nov 2026 14:46:41 +0100") << t;
        QTest::newRow("missing") << QByteArray() << QDateTime();
    }

    void headers()
    {
        QFETCH(QByteArray, lastModified);
        QFETCH(QDateTime, expected);
        S3Response r;
        r.headers = {{"Content-Length", "150000"}, {"ETag", "\"abc\""}, {"Last-Modified", lastModified},
                     {"x-amz-meta-Sample", "plate-7"}, {"x-amz-storage-class", "GLACIER"}};
        const ObjectHead h = S3Client::headFromResponse(r);
        QCOMPARE(h.size, 150000);
        QCOMPARE(h.etag, QStringLiteral("abc"));
        QCOMPARE(h.lastModified, expected);
        QCOMPARE(h.storageClass, QStringLiteral("GLACIER"));
        QCOMPARE(h.metadata.value(QStringLiteral("sample")), QStringLiteral("plate-7"));
    }
};

QTEST_GUILESS_MAIN(TestS3Head)
#include "tst_s3head.moc"
