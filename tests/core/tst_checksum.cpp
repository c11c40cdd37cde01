#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/checksum.h"

using namespace haul;

class TestChecksum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32c_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("expected");
        // RFC 3720 B.4 and the standard check value
        QTest::newRow("check value") << QByteArray("123456789") << 0xE3069283u;
        QTest::newRow("empty") << QByteArray() << 0x00000000u;
        QTest::newRow("32 zero bytes") << QByteArray(32, '\0') << 0x8A9136AAu;
        QTest::newRow("32 0xFF bytes") << QByteArray(32, '\xff') << 0x62A8AB43u;
    }
    void crc32c()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint32, expected);
        Crc32c whole;
        whole.add(input);
        QCOMPARE(whole.value(), expected);
        Crc32c pieces; // any chunking gives the same value
        for (int i = 0; i < input.size(); i += 5)
            pieces.add(QByteArrayView(input).sliced(i, std::min<qsizetype>(5, input.size() - i)));
        QCOMPARE(pieces.value(), expected);
    }

    void base64()
    {
        // aws s3api put-object --checksum-algorithm CRC32C of "hello world" gives yZRlqg==
        Crc32c c;
        c.add("hello world");
        QCOMPARE(Crc32c::toBase64(c.value()), QByteArray("yZRlqg=="));
    }

    void multipartEtag()
    {
        const QByteArray a(5 * 1024 * 1024, 'a'), b("tail");
        const QByteArray etag = haul::multipartEtag(
            {QCryptographicHash::hash(a, QCryptographicHash::Md5),
             QCryptographicHash::hash(b, QCryptographicHash::Md5)});
        QVERIFY(etag.endsWith("-2"));
        QCOMPARE(etag.size(), 32 + 2);
    }

    void composite()
    {
        Crc32c a, b;
        a.add("hello ");
        b.add("world");
        const QByteArray composite = compositeCrc32c({a.value(), b.value()});
        QVERIFY(composite.endsWith("-2"));
        QCOMPARE(QByteArray::fromBase64(composite.left(composite.indexOf('-'))).size(), 4);
    }

    void fileRange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 31 + 7);
        f.write(data);
        f.close();
        auto d = digestFileRange(path, 1000, 2 * 1024 * 1024, true);
        QVERIFY(d);
        Crc32c expected;
        expected.add(QByteArrayView(data).sliced(1000, 2 * 1024 * 1024));
        QCOMPARE(d->crc32c, expected.value());
        QCOMPARE(d->md5, QCryptographicHash::hash(data.mid(1000, 2 * 1024 * 1024), QCryptographicHash::Md5));
        auto tooLong = digestFileRange(path, data.size() - 10, 20, false);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::FileChanged);
        auto missing = digestFileRange(dir.filePath(QStringLiteral("nope")), 0, 1, false);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::FileVanished);
    }
};

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
