// A computer whose clock is an hour off (instrument PCs often are). Ceph RGW checks request
// times as S3 does (at most 15 minutes off) and refuses such requests as RequestTimeTooSkewed;
// Haul takes the store's time from the answer's Date header and signs with it from then on.
// The real `haul` runs under libfaketime (Debian's faketime package, installed by
// scripts/setup.sh), an hour slow and an hour fast: a small file (its body in memory, sent
// again by the client), a multipart file (parts streamed from the file, retried by the engine),
// then the folder downloaded, byte-identical.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "haulprocess.h"
#include "testenv.h"

using namespace haul::test;

namespace {

QString fakeTimeLibrary()
{
    const QStringList triplets = QDir(QStringLiteral("/usr/lib")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &triplet : triplets) {
        const QString path = QStringLiteral("/usr/lib/%1/faketime/libfaketime.so.1").arg(triplet);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QByteArray md5Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

class TestClockSkew : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_library = fakeTimeLibrary();
        QVERIFY2(!m_library.isEmpty(), "libfaketime is missing: apt-get install faketime (scripts/setup.sh does)");
        m_server = testServer(QStringLiteral("rgw"));
        QVERIFY(m_server.verifiesSignatures); // the only one of the three that checks the time
        QVERIFY(m_work.isValid());
        m_small = m_work.filePath(QStringLiteral("run/small.txt"));
        m_big = m_work.filePath(QStringLiteral("run/big.bin")); // above the 64 MiB multipart threshold
        QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("run"))));
        QFile small(m_small);
        QVERIFY(small.open(QIODevice::WriteOnly) && small.write("skewed\n") == 7);
        small.close();
        QFile big(m_big);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 66; ++i) {
            for (qsizetype j = 0; j < block.size(); j += 4)
                *reinterpret_cast<quint32 *>(block.data() + j) = QRandomGenerator::global()->generate();
            QVERIFY(big.write(block) == block.size());
        }
    }

    void signsWithTheStoresTime_data()
    {
        QTest::addColumn<QString>("shift");
        QTest::addColumn<int>("seconds");
        QTest::newRow("an hour slow") << QStringLiteral("-1h") << -3600;
        QTest::newRow("an hour fast") << QStringLiteral("+1h") << 3600;
    }
    void signsWithTheStoresTime()
    {
        QFETCH(QString, shift);
        QFETCH(int, seconds);
        QTemporaryDir home;
        QProcessEnvironment env = haulEnvironment(m_server, m_server.endpoint, home.path());
        env.insert(QStringLiteral("LD_PRELOAD"), m_library);
        env.insert(QStringLiteral("FAKETIME"), shift);
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1")); // timers as they are

        // the clock the program sees really is off
        QProcess date;
        date.setProcessEnvironment(env);
        date.start(QStringLiteral("date"), {QStringLiteral("+%s")});
        QVERIFY(date.waitForFinished(10000));
        const qint64 seen = date.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY2(qAbs(seen - QDateTime::currentSecsSinceEpoch() - seconds) < 60, qPrintable(QString::number(seen)));

        const QString bucket = uniqueBucketName(QStringLiteral("haul-skew"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const Run up = runHaul({QStringLiteral("--account"), QStringLiteral("environment"), m_small, m_big,
                                QStringLiteral("--to"), QStringLiteral("s3://%1/in/").arg(bucket),
                                QStringLiteral("--quit-when-done")},
                               env);
        QVERIFY2(up.status == 0, qPrintable(QString::number(up.status) + up.out + up.err));
        QVERIFY2(up.out.contains(QStringLiteral("2 transfers succeeded, 0 failed")), qPrintable(up.out));

        QTemporaryDir into;
        const Run down = runHaul({QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--download"),
                                  QStringLiteral("s3://%1/in/").arg(bucket), QStringLiteral("--to"), into.path(),
                                  QStringLiteral("--quit-when-done")},
                                 env);
        QVERIFY2(down.status == 0, qPrintable(QString::number(down.status) + down.out + down.err));
        QCOMPARE(md5Of(into.filePath(QStringLiteral("in/small.txt"))), md5Of(m_small));
        QCOMPARE(md5Of(into.filePath(QStringLiteral("in/big.bin"))), md5Of(m_big));
    }

private:
    TestServer m_server;
    QString m_library;
    QTemporaryDir m_work;
    QString m_small;
    QString m_big;
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
