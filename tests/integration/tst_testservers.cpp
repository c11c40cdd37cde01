// Documents the behaviour of the real test servers that the rest of the suite relies on:
// every S3 server answers aws-cli, s3rver-https is trusted only with its throw-away CA, only
// Ceph RGW refuses a wrong secret, and the private keyring stores and returns a secret.

#include "testenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using haul::test::TestServer;

class TestServers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allServersListed();
    void makeBucketAndList_data() { haul::test::addServerRows(); }
    void makeBucketAndList();
    void roundTripWithAws_data() { haul::test::addServerRows(); }
    void roundTripWithAws();
    void paginatedListing_data() { haul::test::addServerRows(); }
    void paginatedListing();
    void wrongSecret_data() { haul::test::addServerRows(); }
    void wrongSecret();
    void httpsNeedsTheTestCa();
    void randomFilesAreReproducible();
    void keyringStoresAndReadsBack();

private:
    QTemporaryDir m_tmp;
};

void TestServers::initTestCase()
{
    HAUL_REQUIRE_SERVERS();
    QVERIFY(m_tmp.isValid());
}

void TestServers::allServersListed()
{
    QStringList names;
    const QList<TestServer> servers = haul::test::testServers();
    for (const TestServer &server : servers) {
        names << server.name;
        QVERIFY2(server.endpoint.isValid(), qPrintable(server.name));
        QCOMPARE(server.endpoint.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!server.accessKey.isEmpty());
        QVERIFY(!server.secretKey.isEmpty());
        QCOMPARE(server.region, QStringLiteral("us-east-1"));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("s3rver"), QStringLiteral("s3rver-https"),
                                 QStringLiteral("moto"), QStringLiteral("rgw")}));
    QCOMPARE(haul::test::testServer(QStringLiteral("rgw")).verifiesSignatures, true);
    QCOMPARE(haul::test::testServer(QStringLiteral("s3rver")).verifiesSignatures, false);
    QVERIFY(QFile::exists(haul::test::testServer(QStringLiteral("s3rver-https")).caFile));
    QVERIFY(!haul::test::serverEnvValue("DBUS_SESSION_BUS_ADDRESS").isEmpty());
}

void TestServers::makeBucketAndList()
{
    QFETCH(TestServer, server);
    const QString bucket = haul::test::uniqueBucketName(QStringLiteral("tst-servers"));
    QByteArray out, err;
    QCOMPARE(haul::test::runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"),
                                         QStringLiteral("s3://") + bucket},
                                &out, &err),
             0);
    QVERIFY2(haul::test::runAws(server, {QStringLiteral("s3"), QStringLiteral("ls")}, &out, &err) == 0,
             err.constData());
    QVERIFY2(out.contains(bucket.toUtf8()), out.constData());
}

void TestServers::roundTripWithAws()
{
    QFETCH(TestServer, server);
    const QString bucket = haul::test::uniqueBucketName(QStringLiteral("tst-roundtrip"));
    const QString file = haul::test::makeRandomFile(m_tmp.filePath(server.name), 3 << 20, 7);
    QVERIFY(!file.isEmpty());
    const QString object = QStringLiteral("s3://%1/dir/odd key+ü.bin").arg(bucket);
    const QString back = m_tmp.filePath(server.name + QStringLiteral("/back.bin"));
    QByteArray out, err;
    const auto aws = [&](const QStringList &args) {
        return haul::test::runAws(server, args, &out, &err);
    };
    QCOMPARE(aws({QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
    QVERIFY2(aws({QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), file,
                  object}) == 0,
             err.constData());
    QVERIFY2(aws({QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"),
                  object, back}) == 0,
             err.constData());
    QCOMPARE(haul::test::fileMd5(back).toHex(), haul::test::fileMd5(file).toHex());
}

// ListObjectsV2 continuation tokens work everywhere (s3rver needs node's legacy OpenSSL provider
// for them: servers.sh starts it so).
void TestServers::paginatedListing()
{
    QFETCH(TestServer, server);
    const QString bucket = haul::test::uniqueBucketName(QStringLiteral("tst-pages"));
    const QString dir = m_tmp.filePath(server.name + QStringLiteral("-pages"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!haul::test::makeRandomFile(dir, 10 + i, 1).isEmpty());
    QByteArray out, err;
    QCOMPARE(haul::test::runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"),
                                         QStringLiteral("s3://") + bucket}, &out, &err),
             0);
    QVERIFY2(haul::test::runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                         QStringLiteral("--recursive"), QStringLiteral("--no-progress"),
                                         dir, QStringLiteral("s3://%1/p/").arg(bucket)},
                                &out, &err) == 0,
             err.constData());
    QVERIFY2(haul::test::runAws(server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"),
                                         QStringLiteral("--bucket"), bucket,
                                         QStringLiteral("--page-size"), QStringLiteral("2"),
                                         QStringLiteral("--query"), QStringLiteral("Contents[].Key"),
                                         QStringLiteral("--output"), QStringLiteral("text")},
                                &out, &err) == 0,
             err.constData());
    QCOMPARE(out.simplified().split(' ').size(), 5);
}

// s3rver checks only the access key id and moto nothing at all; RGW verifies the signature.
void TestServers::wrongSecret()
{
    QFETCH(TestServer, server);
    TestServer wrong = server;
    wrong.secretKey = QStringLiteral("wrong") + server.secretKey;
    QByteArray out, err;
    // --debug: aws-cli 1.x dies with "argument of type 'NoneType' is not iterable" on RGW's
    // empty <Message/>, so the S3 error code is only visible in the logged response body.
    const int rc = haul::test::runAws(
        wrong, {QStringLiteral("s3api"), QStringLiteral("list-buckets"), QStringLiteral("--debug")},
        &out, &err);
    if (server.verifiesSignatures) {
        QVERIFY2(rc != 0, "RGW accepted a wrong secret");
        QVERIFY2(err.contains("<Code>SignatureDoesNotMatch</Code>"), err.right(2000).constData());
        return;
    }
    QVERIFY2(rc == 0, err.right(2000).constData());
}

void TestServers::httpsNeedsTheTestCa()
{
    const TestServer server = haul::test::testServer(QStringLiteral("s3rver-https"));
    QVERIFY(!server.name.isEmpty());
    QCOMPARE(server.endpoint.scheme(), QStringLiteral("https"));

    TestServer untrusted = server;
    untrusted.caFile.clear();
    QByteArray out, err;
    QVERIFY(haul::test::runAws(untrusted, {QStringLiteral("s3"), QStringLiteral("ls")}, &out, &err) != 0);
    QVERIFY2(err.contains("SSL") || err.contains("certificate"), err.constData());

    QNetworkAccessManager nam;
    const auto get = [&](const QList<QSslCertificate> &extraCas) {
        QNetworkRequest request(server.endpoint);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!extraCas.isEmpty())
            tls.addCaCertificates(extraCas);
        request.setSslConfiguration(tls);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = finished.wait(10000);
        reply->deleteLater(); // not before the wait: its nested event loop would delete it
        return done ? reply->error() : QNetworkReply::TimeoutError;
    };
    QCOMPARE(get({}), QNetworkReply::SslHandshakeFailedError);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(server.caFile);
    QCOMPARE(ca.size(), 1);
    nam.clearConnectionCache();
    // trusted with the CA, and the certificate matches 127.0.0.1 (IP subjectAltName)
    const QNetworkReply::NetworkError error = get(ca);
    QVERIFY2(error == QNetworkReply::NoError || error == QNetworkReply::ContentAccessDenied,
             qPrintable(QString::number(error)));
}

void TestServers::randomFilesAreReproducible()
{
    const QString a = haul::test::makeRandomFile(m_tmp.filePath(QStringLiteral("a")), 5'000'001, 42);
    const QString b = haul::test::makeRandomFile(m_tmp.filePath(QStringLiteral("b")), 5'000'001, 42);
    const QString c = haul::test::makeRandomFile(m_tmp.filePath(QStringLiteral("c")), 5'000'001, 43);
    QCOMPARE(QFileInfo(a).size(), 5'000'001);
    QCOMPARE(haul::test::fileMd5(a), haul::test::fileMd5(b));
    QVERIFY(haul::test::fileMd5(a) != haul::test::fileMd5(c));
    const QString empty = haul::test::makeRandomFile(m_tmp.path(), 0, 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
    QCOMPARE(haul::test::fileMd5(empty).toHex(), QByteArray("d41d8cd98f00b204e9800998ecf8427e"));
    QVERIFY(haul::test::uniqueBucketName(QStringLiteral("X")) != haul::test::uniqueBucketName(QStringLiteral("X")));
    QVERIFY(haul::test::uniqueBucketName(QString(80, u'a')).size() <= 63);
}

void TestServers::keyringStoresAndReadsBack()
{
    const QByteArray bus = haul::test::serverEnvValue("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(!bus.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(bus));
    const auto secretTool = [&](const QStringList &args, const QByteArray &input) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("secret-tool"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(10000);
        return std::pair{p.exitCode(), p.readAllStandardOutput()};
    };
    const QStringList attrs{QStringLiteral("haul-test"), QStringLiteral("tst_testservers")};
    QCOMPARE(secretTool(QStringList{QStringLiteral("store"), QStringLiteral("--label=haul test")} + attrs,
                        "s3cr3t").first,
             0);
    QCOMPARE(secretTool(QStringList{QStringLiteral("lookup")} + attrs, {}).second, QByteArray("s3cr3t"));
    QCOMPARE(secretTool(QStringList{QStringLiteral("clear")} + attrs, {}).first, 0);
}

QTEST_GUILESS_MAIN(TestServers)
#include "tst_testservers.moc"
