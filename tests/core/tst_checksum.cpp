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

    void md5_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // RFC 1321 A.5
        QTest::newRow("empty") << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("a") << QByteArray("a") << QByteArray("0cc175b9c0f1b6a831c399e269772661");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
        QTest::newRow("alphabet") << QByteArray("abcdefghijklmnopqrstuvwxyz")
                                  << QByteArray("c3fcd3d76192e4007dfb496cca67e13b");
        QTest::newRow("80 digits") << QByteArray("1234567890").repeated(8)
                                   << QByteArray("57edf4a22be3c955ac49da2e2107b67a");
        // lengths around the block and padding edges, against Qt's MD5
        for (int n : {55, 56, 63, 64, 65, 119, 120, 128, 1000, 70001}) {
            QByteArray bytes(n, Qt::Uninitialized);
            for (int i = 0; i < n; ++i)
                bytes[i] = char((i * 2654435761u) >> 11);
            QTest::addRow("%d bytes", n) << bytes << QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
        }
    }
    void md5()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        Md5 whole;
        whole.add(input);
        QCOMPARE(whole.result().toHex(), expected);
        for (int step : {1, 7, 63, 64, 100}) { // any chunking gives the same value
            Md5 pieces;
            for (int i = 0; i < input.size(); i += step)
                pieces.add(QByteArrayView(input).sliced(i, std::min<qsizetype>(step, input.size() - i)));
            QCOMPARE(pieces.result().toHex(), expected);
        }
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

    void fileRanges_data()
    {
        QTest::addColumn<QList<qint64>>("offsets");
        QTest::addColumn<QList<qint64>>("lengths");
        const qint64 chunk = 256 * 1024; // what the function reads per range and turn
        QTest::newRow("one range") << QList<qint64>{1000} << QList<qint64>{2 * 1024 * 1024};
        QTest::newRow("16 equal parts, several turns")
            << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
            << QList<qint64>(16, 2 * chunk + 100);
        QTest::newRow("lengths around a 64-byte block")
            << QList<qint64>{0, 7, 64, 99, 1000, 5, 3, 1, 0, 64, 128, 129, 4096, 77, 2, 9}
            << QList<qint64>{0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 12345};
        QTest::newRow("around a read chunk")
            << QList<qint64>{0, 100, 200, 300, 400}
            << QList<qint64>{chunk - 1, chunk, chunk + 1, 2 * chunk, 2 * chunk + 63};
        QTest::newRow("17 ranges: two groups") << QList<qint64>(17, 4096) << QList<qint64>(17, chunk + 640);
        QTest::newRow("three ranges: no SIMD") << QList<qint64>{0, 64, 128} << QList<qint64>(3, chunk + 1);
        QTest::newRow("one past the end: only it fails")
            << QList<qint64>{0, 1000, 3 * 1024 * 1024, 50, 60}
            << QList<qint64>(5, 64 * 1024);
    }
    void fileRanges()
    {
        QFETCH(QList<qint64>, offsets);
        QFETCH(QList<qint64>, lengths);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i)
            data[i] = char((i * 2654435761u) >> 13);
        f.write(data);
        f.close();
        QList<FileRange> ranges;
        for (int i = 0; i < offsets.size(); ++i)
            ranges.append({offsets[i], lengths[i]});
        for (bool withMd5 : {true, false}) {
            const auto digests = digestFileRanges(path, ranges, withMd5);
            QCOMPARE(digests.size(), ranges.size());
            for (int i = 0; i < ranges.size(); ++i) {
                if (offsets[i] + lengths[i] > data.size()) {
                    QVERIFY(!digests[i]);
                    QCOMPARE(digests[i].error().code, ErrorCode::FileChanged);
                    continue;
                }
                QVERIFY2(digests[i], qPrintable(QString::number(i)));
                const QByteArray bytes = data.mid(offsets[i], lengths[i]);
                Crc32c crc;
                crc.add(bytes);
                QCOMPARE(digests[i]->crc32c, crc.value());
                QCOMPARE(digests[i]->md5, withMd5 ? QCryptographicHash::hash(bytes, QCryptographicHash::Md5) : QByteArray());
            }
        }
        const auto missing = digestFileRanges(dir.filePath(QStringLiteral("nope")), ranges, true);
        QCOMPARE(missing.size(), ranges.size());
        for (const auto &d : missing)
            QCOMPARE(d.error().code, ErrorCode::FileVanished);
    }

    void md5Together()
    {
        // more than one group of lanes; sizes around the 64-byte block and the 56-byte tail
        // limit; several of one size, so the SIMD path runs, and some lanes empty or short
        QList<QByteArray> buffers;
        const int sizes[] = {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 65536, 65536, 65536, 65536,
                             65536, 4096, 4096, 4096, 4096, 70000, 3};
        quint32 seed = 1;
        for (int size : sizes) {
            QByteArray b(size, Qt::Uninitialized);
            for (char &c : b)
                c = char((seed = seed * 1103515245u + 12345u) >> 16);
            buffers.append(b);
        }
        const QList<QByteArrayView> views(buffers.cbegin(), buffers.cend());
        const QList<QByteArray> md5s = haul::md5Together(views);
        QCOMPARE(md5s.size(), buffers.size());
        for (qsizetype i = 0; i < buffers.size(); ++i)
            QCOMPARE(md5s[i], QCryptographicHash::hash(buffers[i], QCryptographicHash::Md5));
        QVERIFY(haul::md5Together({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
