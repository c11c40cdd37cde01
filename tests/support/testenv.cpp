#include "testenv.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

namespace haul::test {

namespace {

struct ServersEnv {
    bool loaded = false;
    QString reason;
    QHash<QByteArray, QByteArray> values;
};

ServersEnv readServersEnv()
{
    ServersEnv env;
    QFile file(serversEnvPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        env.reason = QStringLiteral("%1 is missing: run the tests through ctest or "
                                    "scripts/test.sh: the servers fixture did not start")
                         .arg(file.fileName());
        return env;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        env.values.insert(line.left(eq), line.mid(eq + 1));
    }
    env.loaded = true;
    return env;
}

const ServersEnv &serversEnv()
{
    static const ServersEnv env = readServersEnv();
    return env;
}

QString value(const QByteArray &key)
{
    return QString::fromUtf8(serverEnvValue(key.constData()));
}

// One server from its prefix in servers.env (S3RVER, MOTO, RGW); empty name if absent.
TestServer serverFromEnv(const QString &name, const char *urlKey, const QByteArray &prefix)
{
    TestServer server;
    const QString url = value(QByteArray(urlKey));
    if (url.isEmpty())
        return server;
    server.name = name;
    server.endpoint = QUrl(url);
    server.accessKey = value(prefix + "_ACCESS_KEY");
    server.secretKey = value(prefix + "_SECRET_KEY");
    server.region = value(prefix + "_REGION");
    if (server.region.isEmpty())
        server.region = QStringLiteral("us-east-1");
    return server;
}

// xorshift64* (Vigna): fast, and the same bytes on every run for one seed.
class XorShift {
public:
    explicit XorShift(quint32 seed)
        : m_state(0x9E3779B97F4A7C15ull ^ (quint64(seed) * 0xBF58476D1CE4E5B9ull))
    {
        if (m_state == 0)
            m_state = 1;
    }
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }

private:
    quint64 m_state;
};

} // namespace

QString serversEnvPath()
{
    const QByteArray overridden = qgetenv("HAUL_SERVERS_ENV");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return QStringLiteral(HAUL_SERVERS_ENV);
}

QString serversMissingReason()
{
    return serversEnv().reason;
}

QByteArray serverEnvValue(const char *key)
{
    return serversEnv().values.value(QByteArray(key));
}

QList<TestServer> testServers()
{
    QList<TestServer> servers;
    if (!serversEnv().loaded)
        return servers;
    TestServer s3rver = serverFromEnv(QStringLiteral("s3rver"), "S3RVER_URL", "S3RVER");
    if (!s3rver.name.isEmpty())
        servers.append(s3rver);
    TestServer https = serverFromEnv(QStringLiteral("s3rver-https"), "S3RVER_HTTPS_URL", "S3RVER");
    if (!https.name.isEmpty()) {
        https.caFile = value(QByteArrayLiteral("S3RVER_CA"));
        servers.append(https);
    }
    TestServer moto = serverFromEnv(QStringLiteral("moto"), "MOTO_URL", "MOTO");
    if (!moto.name.isEmpty())
        servers.append(moto);
    TestServer rgw = serverFromEnv(QStringLiteral("rgw"), "RGW_URL", "RGW");
    if (!rgw.name.isEmpty()) {
        rgw.verifiesSignatures = true;
        servers.append(rgw);
    }
    return servers;
}

TestServer testServer(const QString &name)
{
    const QList<TestServer> servers = testServers();
    for (const TestServer &server : servers) {
        if (server.name == name)
            return server;
    }
    return {};
}

bool applyKeyringEnvironment()
{
    const QByteArray bus = serverEnvValue("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty())
        return false;
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    // QtKeychain picks KWallet on KDE desktops; elsewhere the Secret Service (libsecret).
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION"})
        qunsetenv(name);
    return true;
}

void addServerRows(const QStringList &names)
{
    QTest::addColumn<TestServer>("server");
    if (testServers().isEmpty())
        QFAIL(qPrintable(serversMissingReason()));
    const QStringList wanted = names.isEmpty()
        ? QStringList{QStringLiteral("s3rver"), QStringLiteral("s3rver-https"),
                      QStringLiteral("moto"), QStringLiteral("rgw")}
        : names;
    for (const QString &name : wanted) {
        const TestServer server = testServer(name);
        if (server.name.isEmpty())
            QFAIL(qPrintable(QStringLiteral("server %1 is not running: %2 does not list it")
                                 .arg(name, serversEnvPath())));
        QTest::newRow(qPrintable(name)) << server;
    }
}

QString makeRandomFile(const QString &dir, qint64 size, quint32 seed)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("random-%1-%2.bin").arg(size).arg(seed));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    constexpr qsizetype blockWords = (1 << 20) / sizeof(quint64);
    QList<quint64> block(blockWords);
    XorShift rng(seed);
    for (qint64 left = size; left > 0;) {
        for (quint64 &word : block)
            word = qToLittleEndian(rng.next());
        const qint64 n = qMin<qint64>(left, blockWords * qsizetype(sizeof(quint64)));
        if (file.write(reinterpret_cast<const char *>(block.constData()), n) != n)
            return {};
        left -= n;
    }
    if (!file.flush())
        return {};
    return path;
}

QByteArray fileMd5(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

int runAws(const TestServer &server, const QStringList &args, QByteArray *out, QByteArray *err,
           int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("AWS_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), server.accessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), server.secretKey);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), server.region);
    env.insert(QStringLiteral("AWS_REGION"), server.region);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    // aws-cli's default flexible checksums send HTTPS bodies as aws-chunked with a trailing
    // checksum, which s3rver stores verbatim (framing included): ask only where required.
    env.insert(QStringLiteral("AWS_REQUEST_CHECKSUM_CALCULATION"), QStringLiteral("when_required"));
    env.insert(QStringLiteral("AWS_RESPONSE_CHECKSUM_VALIDATION"), QStringLiteral("when_required"));
    if (!server.caFile.isEmpty())
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), server.caFile);

    QProcess aws;
    aws.setProcessEnvironment(env);
    aws.setProcessChannelMode(QProcess::SeparateChannels);
    aws.start(QStringLiteral("aws"),
              QStringList{QStringLiteral("--endpoint-url"), server.endpoint.toString()} + args);
    if (!aws.waitForStarted(10000)) {
        if (err)
            *err = "could not start aws: " + aws.errorString().toUtf8();
        return -1;
    }
    aws.closeWriteChannel();
    const bool finished = aws.waitForFinished(timeoutMs);
    if (!finished) {
        aws.kill();
        aws.waitForFinished(5000);
    }
    if (out)
        *out = aws.readAllStandardOutput();
    if (err)
        *err = aws.readAllStandardError();
    if (!finished) {
        if (err)
            *err += "\naws timed out after " + QByteArray::number(timeoutMs) + " ms";
        return -1;
    }
    if (aws.exitStatus() != QProcess::NormalExit)
        return -1;
    return aws.exitCode();
}

QString uniqueBucketName(const QString &prefix)
{
    static QAtomicInt counter;
    QString clean;
    for (const QChar c : prefix.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            clean.append(c);
    }
    if (clean.isEmpty() || !clean.front().isLetterOrNumber())
        clean.prepend(u'b');
    const QString suffix = QStringLiteral("-%1-%2-%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1) + 1)
                               .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16,
                                    QLatin1Char('0'));
    return clean.left(63 - suffix.size()) + suffix;
}

TestServer secondRgwUser(const TestServer &rgw)
{
    TestServer second = rgw;
    second.accessKey = QString::fromUtf8(serverEnvValue("RGW_SECOND_ACCESS_KEY"));
    second.secretKey = QString::fromUtf8(serverEnvValue("RGW_SECOND_SECRET_KEY"));
    if (second.accessKey.isEmpty())
        second.name.clear();
    return second;
}

QString makeWriteOnlyBucket(const TestServer &rgw, const QString &prefix)
{
    const QString bucket = uniqueBucketName(prefix);
    const QString policy = QStringLiteral(
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
        "[\"arn:aws:iam:::user/seconduser\"]}, \"Action\": [\"s3:PutObject\", \"s3:AbortMultipartUpload\"], "
        "\"Resource\": [\"arn:aws:s3:::%1/*\"]}]}").arg(bucket);
    if (runAws(rgw, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) != 0
        || runAws(rgw, {QStringLiteral("s3api"), QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"), bucket,
                        QStringLiteral("--policy"), policy}) != 0)
        return {};
    return bucket;
}

} // namespace haul::test
