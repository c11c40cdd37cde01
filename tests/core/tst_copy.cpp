// The pure pieces of server-side copies: part plans, predicted ETags, answers, verification.
#include <QCryptographicHash>
#include <QTest>

#include "s3/copy.h"

Q_DECLARE_METATYPE(haul::ObjectHead)

using namespace haul;

namespace {

constexpr qint64 MiB = 1LL << 20;
constexpr qint64 GiB = 1LL << 30;
constexpr qint64 TiB = 1LL << 40;

ObjectHead head(qint64 size, const QString &etag)
{
    ObjectHead h;
    h.size = size;
    h.etag = etag;
    return h;
}

const QString Md5A = QStringLiteral("5319b7b85d3992709a778014d420c5c0");
const QString Md5B = QStringLiteral("7a14b6c7bf493b7367e1b2d763cb4937");

} // namespace

class TestCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void planCopyParts_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("partSize");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("firstSize");
        QTest::addColumn<qint64>("lastSize");
        QTest::newRow("0 bytes") << qint64(0) << 256 * MiB << 0 << qint64(0) << qint64(0);
        QTest::newRow("1 byte") << qint64(1) << 256 * MiB << 1 << qint64(1) << qint64(1);
        QTest::newRow("part − 1") << 256 * MiB - 1 << 256 * MiB << 1 << 256 * MiB - 1 << 256 * MiB - 1;
        QTest::newRow("one part") << 256 * MiB << 256 * MiB << 1 << 256 * MiB << 256 * MiB;
        QTest::newRow("part + 1") << 256 * MiB + 1 << 256 * MiB << 2 << 256 * MiB << qint64(1);
        QTest::newRow("1 MiB raised to 5 MiB") << 12 * MiB << 1 * MiB << 3 << 5 * MiB << 2 * MiB;
        QTest::newRow("6 GiB lowered to 5 GiB") << 12 * GiB << 6 * GiB << 3 << 5 * GiB << 2 * GiB;
        QTest::newRow("10,000 parts") << 10000 * 5 * MiB << 5 * MiB << 10000 << 5 * MiB << 5 * MiB;
        QTest::newRow("10,001 parts grow to 6 MiB") << 10000 * 5 * MiB + 1 << 5 * MiB << 8334 << 6 * MiB
                                                    << 10000 * 5 * MiB + 1 - 8333 * 6 * MiB;
        // 5 TiB / 10,000 = 524.288 MiB: 525 MiB parts.
        QTest::newRow("5 TiB") << 5 * TiB << 256 * MiB << 9987 << 525 * MiB << 5 * TiB - 9986 * 525 * MiB;
    }

    void planCopyParts()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, partSize);
        QFETCH(int, count);
        QFETCH(qint64, firstSize);
        QFETCH(qint64, lastSize);
        const QList<CopyPart> parts = haul::planCopyParts(size, partSize);
        QCOMPARE(parts.size(), count);
        if (count == 0)
            return;
        QCOMPARE(parts.first().first, qint64(0));
        QCOMPARE(parts.first().size(), firstSize);
        QCOMPARE(parts.last().size(), lastSize);
        QCOMPARE(parts.last().last, size - 1);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            QCOMPARE(parts.at(i).number, int(i) + 1);
            QCOMPARE(parts.at(i).first, parts.at(i - 1).last + 1);
        }
    }

    void multipartEtag_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("expected");
        // md5(bin(A) + bin(B)), as S3 computes it.
        QTest::newRow("two parts") << QStringList{Md5A, Md5B}
                                   << QString::fromLatin1(QCryptographicHash::hash(
                                          QByteArray(QByteArray::fromHex(Md5A.toLatin1()) + QByteArray::fromHex(Md5B.toLatin1())),
                                          QCryptographicHash::Md5).toHex()) + QStringLiteral("-2");
        QTest::newRow("quotes are ignored") << QStringList{QLatin1Char('"') + Md5A + QLatin1Char('"')}
                                            << QString::fromLatin1(QCryptographicHash::hash(
                                                   QByteArray::fromHex(Md5A.toLatin1()), QCryptographicHash::Md5).toHex())
                + QStringLiteral("-1");
        QTest::newRow("no parts") << QStringList{} << QString();
        QTest::newRow("a part ETag is not an MD5") << QStringList{Md5A, QStringLiteral("abc-2")} << QString();
    }

    void multipartEtag()
    {
        QFETCH(QStringList, parts);
        QFETCH(QString, expected);
        QCOMPARE(haul::multipartEtag(parts), expected);
    }

    void parseCopyResult_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("etag");
        QTest::addColumn<int>("code");
        QTest::newRow("CopyObjectResult (AWS, quoted)")
            << QByteArray("<?xml version=\"1.0\"?><CopyObjectResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                          "<LastModified>2024-05-01T12:00:00.000Z</LastModified><ETag>&quot;" + Md5A.toLatin1()
                          + "&quot;</ETag></CopyObjectResult>")
            << true << Md5A << 0;
        QTest::newRow("CopyPartResult (Ceph RGW, no quotes)")
            << QByteArray("<CopyPartResult><LastModified>2024-05-01T12:00:00.000Z</LastModified><ETag>" + Md5B.toLatin1()
                          + "</ETag></CopyPartResult>")
            << true << Md5B << 0;
        QTest::newRow("200 with an error inside")
            << QByteArray("\n\n<Error><Code>InternalError</Code><Message>x</Message></Error>")
            << false << QString() << int(ErrorCode::ServerError);
        QTest::newRow("ETag missing") << QByteArray("<CopyObjectResult></CopyObjectResult>") << false << QString()
                                      << int(ErrorCode::ProtocolError);
        QTest::newRow("empty body") << QByteArray() << false << QString() << int(ErrorCode::ProtocolError);
        QTest::newRow("another document") << QByteArray("<ListBucketResult/>") << false << QString()
                                          << int(ErrorCode::ProtocolError);
    }

    void parseCopyResult()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, etag);
        QFETCH(int, code);
        const Result<CopyResult> r = haul::parseCopyResult(body);
        QCOMPARE(bool(r), ok);
        if (ok) {
            QCOMPARE(r->etag, etag);
            QVERIFY(r->lastModified.isValid());
        } else {
            QCOMPARE(int(r.error().code), code);
        }
    }

    void copyMismatch_data()
    {
        QTest::addColumn<ObjectHead>("source");
        QTest::addColumn<ObjectHead>("copy");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("verified");
        QTest::newRow("same size and MD5") << head(10, Md5A) << head(10, Md5A) << QString() << true;
        QTest::newRow("MD5 in other case") << head(10, Md5A) << head(10, Md5A.toUpper()) << QString() << true;
        QTest::newRow("size differs") << head(10, Md5A) << head(9, Md5A) << QString() << false;
        QTest::newRow("MD5 differs") << head(10, Md5A) << head(10, Md5B) << QString() << false;
        QTest::newRow("multipart source copied whole: size only")
            << head(10, Md5A + QStringLiteral("-3")) << head(10, Md5B) << QString() << true;
        QTest::newRow("made in parts: predicted ETag")
            << head(10, Md5A) << head(10, Md5B + QStringLiteral("-2")) << Md5B + QStringLiteral("-2") << true;
        QTest::newRow("made in parts: other ETag")
            << head(10, Md5A) << head(10, Md5A + QStringLiteral("-2")) << Md5B + QStringLiteral("-2") << false;
        QTest::newRow("made in parts: size differs")
            << head(10, Md5A) << head(11, Md5B + QStringLiteral("-2")) << Md5B + QStringLiteral("-2") << false;
    }

    void copyMismatch()
    {
        QFETCH(ObjectHead, source);
        QFETCH(ObjectHead, copy);
        QFETCH(QString, expected);
        QFETCH(bool, verified);
        const QString why = haul::copyMismatch(source, copy, expected);
        QVERIFY2(why.isEmpty() == verified, qPrintable(why));
    }

    void copySourceHeader()
    {
        QCOMPARE(haul::copySourceHeader(QStringLiteral("lab"), QStringLiteral("run 42/plate+1.tif")),
                 QByteArray("/lab/run%2042/plate%2B1.tif"));
        QCOMPARE(haul::copySourceHeader(QStringLiteral("lab"), QStringLiteral("ä")), QByteArray("/lab/%C3%A4"));
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
