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
        QVERIFY(!h.restoreOngoing);
        QVERIFY(!h.restoredUntil.isValid());
    }

    // x-amz-restore of an archived object, as S3 documents it.
    void restore_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ongoing");
        QTest::addColumn<QDateTime>("until");
        QTest::newRow("under way") << QByteArray("ongoing-request=\"true\"") << true << QDateTime();
        QTest::newRow("done") << QByteArray("ongoing-request=\"false\", expiry-date=\"Fri, 21 Dec 2012 00:00:00 GMT\"")
                              << false << QDateTime(QDate(2012, 12, 21), QTime(0, 0), QTimeZone::utc());
    }

    void restore()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, ongoing);
        QFETCH(QDateTime, until);
        S3Response r;
        r.headers = {{"x-amz-storage-class", "DEEP_ARCHIVE"}, {"x-amz-restore", header}};
        const ObjectHead h = S3Client::headFromResponse(r);
        QCOMPARE(h.restoreOngoing, ongoing);
        QCOMPARE(h.restoredUntil, until);
    }
};

QTEST_GUILESS_MAIN(TestS3Head)
#include "tst_s3head.moc"
