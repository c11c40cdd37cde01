// Comparing by checksum where the store's ETag is a multipart one ("<hex>-N"), against stores
// that give such ETags (moto, Ceph RGW; s3rver gives the whole MD5): a folder synced by Haul in
// 5 MiB parts, then one file changed keeping its size and time, is seen changed (only by
// checksum: size and time say identical) and is the only file sent, although the part size
// setting changed meanwhile; an object aws-cli uploaded in its 8 MiB parts is recognised
// identical although its file's time says otherwise. Requests counted in the proxy's log.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "proxyprocess.h"
#include "s3wait.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

constexpr qint64 MiB = 1LL << 20;
const QDateTime Base = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);

bool writeFile(const QString &path, const QByteArray &content, const QDateTime &mtime)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false;
    return f.setFileTime(mtime, QFileDevice::FileModificationTime);
}

QByteArray pattern(qint64 size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < b.size(); ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x);
    }
    return b;
}

FolderSnapshot waitFinished(FolderService &folders, FolderId id, int timeoutMs = 300000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!folders.snapshot(id).isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return folders.snapshot(id);
}

/// A dry run's plan.
FolderPlan preview(FolderService &folders, const SyncPair &pair, const FolderOptions &options)
{
    QSignalSpy plans(&folders, &FolderService::planReady);
    const FolderSnapshot s = waitFinished(folders, folders.sync(pair, true, options));
    if (s.state != FolderState::Finished || plans.size() != 1)
        return {};
    return plans.first().first().value<FolderPlan>();
}

QStringList plannedKeys(const FolderPlan &plan)
{
    QStringList keys;
    for (const PlannedFile &f : plan.transfers)
        keys << f.key + QLatin1Char(' ') + compareReasonName(f.reason);
    keys.sort();
    return keys;
}

/// Paths of the PUTs and POSTs (object, part, create, complete) logged from request `from` on.
QStringList writes(const ProxyProcess &proxy, qsizetype from)
{
    QStringList out;
    const QList<QJsonObject> requests = proxy.requests();
    for (qsizetype i = from; i < requests.size(); ++i) {
        const QString method = requests[i].value(QStringLiteral("method")).toString();
        if (method == QLatin1String("PUT") || method == QLatin1String("POST"))
            out << method + QLatin1Char(' ') + requests[i].value(QStringLiteral("path")).toString();
    }
    return out;
}

/// The log once it has settled (the proxy writes each line just after answering).
qsizetype settledCount(const ProxyProcess &proxy)
{
    qsizetype last = -1;
    for (int i = 0; i < 20; ++i) {
        const qsizetype now = proxy.requests().size();
        if (now == last)
            return now;
        last = now;
        QTest::qWait(250);
    }
    return last;
}

QString etagOf(const TestServer &server, const QString &bucket, const QString &key)
{
    QByteArray out;
    if (runAws(server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket,
                        QStringLiteral("--key"), key, QStringLiteral("--query"), QStringLiteral("ETag"),
                        QStringLiteral("--output"), QStringLiteral("text")}, &out) != 0)
        return {};
    return QString::fromUtf8(out).trimmed().remove(QLatin1Char('"'));
}

} // namespace

class TestChecksumSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void multipartEtagsCompared_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("moto") << QStringLiteral("moto");
        QTest::newRow("rgw") << QStringLiteral("rgw");
    }

    void multipartEtagsCompared()
    {
        QFETCH(QString, serverName);
        const TestServer server = testServer(serverName);
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-csum"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString local = dir.filePath(QStringLiteral("run5"));
        const QStringList big = {QStringLiteral("big-1.bin"), QStringLiteral("big-2.bin"), QStringLiteral("sub/big-3.bin")};
        for (int i = 0; i < big.size(); ++i) // 3 parts of 5 MiB; 2 of 8 MiB
            QVERIFY(writeFile(local + QLatin1Char('/') + big[i], pattern(11 * MiB + i, i), Base.addSecs(i)));
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(local + QStringLiteral("/small-%1.txt").arg(i), "small " + QByteArray::number(i), Base));
        constexpr int Files = 3 + 5 + 1;
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        EngineOptions options;
        options.multipartThreshold = 5 * MiB; // the big files go up in 5 MiB parts
        options.partSize = 5 * MiB;
        TransferManager manager(options);
        AccountConnection account = connectionFor(server);
        account.account.endpoint = proxy.url();
        manager.setAccount(account);
        FolderService folders(&manager);
        const SyncPair pair{server.name, local, bucket, QStringLiteral("mirror")};
        FolderOptions byChecksum;
        byChecksum.method = CompareMethod::Checksum;

        FolderSnapshot s = waitFinished(folders, folders.sync(pair, false, byChecksum));
        QCOMPARE(s.state, FolderState::Finished);
        QVERIFY(s.issues.isEmpty());
        QCOMPARE(s.filesDone, Files - 1);
        for (const QString &name : big)
            QVERIFY2(etagOf(server, bucket, QStringLiteral("mirror/") + name).endsWith(QLatin1String("-3")), qPrintable(name));

        // aws-cli's own multipart upload (8 MiB parts); the file's time then says "changed"
        const QString awsFile = local + QStringLiteral("/aws.bin");
        QVERIFY(writeFile(awsFile, pattern(20 * MiB, 7), Base));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), awsFile,
                                 QStringLiteral("s3://%1/mirror/aws.bin").arg(bucket)}), 0);
        QVERIFY(etagOf(server, bucket, QStringLiteral("mirror/aws.bin")).endsWith(QLatin1String("-3")));
        QVERIFY(writeFile(awsFile, pattern(20 * MiB, 7), QDateTime::currentDateTimeUtc().addSecs(3600)));

        // one byte of big-2 changed, its size and time kept
        const QString changed = local + QStringLiteral("/big-2.bin");
        QByteArray bytes = pattern(11 * MiB + 1, 1);
        bytes[7 * MiB] = char(bytes[7 * MiB] ^ 0x55);
        QVERIFY(writeFile(changed, bytes, Base.addSecs(1)));
        manager.setPartSize(0); // the setting changed since: Haul's own plan is 8 MiB now

        // size and time see only aws.bin; the checksums see only big-2
        const FolderPlan byTime = preview(folders, pair, {});
        QCOMPARE(plannedKeys(byTime), QStringList{QStringLiteral("mirror/aws.bin MtimeDiffers")});
        const FolderPlan plan = preview(folders, pair, byChecksum);
        QCOMPARE(plannedKeys(plan), QStringList{QStringLiteral("mirror/big-2.bin ChecksumUnmatched")});
        QCOMPARE(plan.skipped, Files - 1);

        const qsizetype before = settledCount(proxy);
        s = waitFinished(folders, folders.sync(pair, false, byChecksum));
        QCOMPARE(s.state, FolderState::Finished);
        QVERIFY(s.issues.isEmpty());
        QCOMPARE(s.filesSkipped, Files - 1);
        settledCount(proxy);
        const QStringList sent = writes(proxy, before);
        QVERIFY(!sent.isEmpty());
        for (const QString &w : sent) // create, parts and complete of big-2 only
            QVERIFY2(w.endsWith(QStringLiteral("/%1/mirror/big-2.bin").arg(bucket)), qPrintable(w));
        QVERIFY(etagOf(server, bucket, QStringLiteral("mirror/big-2.bin")).endsWith(QLatin1String("-2")));

        // now everything is the same by checksum
        const FolderPlan after = preview(folders, pair, byChecksum);
        QCOMPARE(plannedKeys(after), QStringList());
        QCOMPARE(after.skipped, Files);
        qInfo("by checksum: %d requests writing big-2 (create, parts, complete); nothing else sent",
              int(sent.size()));
    }
};

QTEST_GUILESS_MAIN(TestChecksumSync)
#include "tst_checksumsync.moc"
