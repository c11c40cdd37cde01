// checkComplete(): what a store's answer to CompleteMultipartUpload lets Haul verify.
#include <QCryptographicHash>
#include <QtTest>

#include "engine/multipartupload.h"

using namespace haul;

Q_DECLARE_METATYPE(haul::CompleteCheck)

namespace {

QByteArray md5(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
}

const QList<QByteArray> PartMd5s = {md5("part one"), md5("part two"), md5("part three")};
const QList<quint32> PartCrcs = {0x11111111u, 0x22222222u, 0x33333333u};

QString expectedEtag() { return QString::fromLatin1(multipartEtag(PartMd5s)); }
QString composite() { return QString::fromLatin1(compositeCrc32c(PartCrcs)); }

} // namespace

class TestMultipartVerify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QString>("crc");
        QTest::addColumn<CompleteCheck>("expected");
        const QString whole = QString::fromLatin1(md5("part onepart twopart three").toHex());
        const QString noCount = expectedEtag().section(QLatin1Char('-'), 0, 0);
        QTest::newRow("S3: MD5-of-MD5s-3") << expectedEtag() << QString() << CompleteCheck::MultipartEtag;
        QTest::newRow("quoted, upper case") << u'"' + expectedEtag().toUpper() + u'"' << QString()
                                            << CompleteCheck::MultipartEtag;
        QTest::newRow("MD5-of-MD5s without -N") << noCount << QString() << CompleteCheck::MultipartEtag;
        QTest::newRow("wrong part count") << noCount + QStringLiteral("-4") << QString()
                                          << CompleteCheck::Mismatch;
        QTest::newRow("other MD5-of-MD5s") << QStringLiteral("0123456789abcdef0123456789abcdef-3")
                                           << QString() << CompleteCheck::Mismatch;
        QTest::newRow("s3rver: whole-object MD5") << whole << QString() << CompleteCheck::WholeMd5;
        QTest::newRow("quoted whole MD5") << u'"' + whole + u'"' << QString() << CompleteCheck::WholeMd5;
        QTest::newRow("composite CRC32C wins") << whole << composite() << CompleteCheck::CompositeCrc32c;
        QTest::newRow("composite CRC32C differs") << expectedEtag() << QStringLiteral("AAAAAA==-3")
                                                  << CompleteCheck::MultipartEtag;
        QTest::newRow("empty ETag") << QString() << QString() << CompleteCheck::NotComparable;
        QTest::newRow("not hex") << QStringLiteral("zz23456789abcdef0123456789abcdef") << QString()
                                 << CompleteCheck::NotComparable;
        QTest::newRow("too short") << QStringLiteral("0123456789abcdef") << QString()
                                   << CompleteCheck::NotComparable;
        QTest::newRow("opaque id") << QStringLiteral("v1:6f1e2a") << QString() << CompleteCheck::NotComparable;
    }
    void check()
    {
        QFETCH(QString, etag);
        QFETCH(QString, crc);
        QFETCH(CompleteCheck, expected);
        QCOMPARE(checkComplete(etag, crc, PartMd5s, PartCrcs), expected);
    }
};

QTEST_GUILESS_MAIN(TestMultipartVerify)
#include "tst_multipartverify.moc"
