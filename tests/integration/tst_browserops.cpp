// What the browser asks of the store, end to end against real servers and cross-checked with
// aws-cli and curl: share links that expire, folders deleted in batches of 1,000, server-side
// renames (CopyObject, and UploadPartCopy in parallel above the copy threshold), new folders.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "bucketservice.h"
#include "net/lanepool.h"
#include "net/s3client.h"
#include "proxyprocess.h"
#include "s3wait.h"
#include "testenv.h"
#include "transfermanager.h"
#include "transfertest.h"

using namespace haul;
using namespace haul::test;

namespace {

constexpr qint64 MiB = 1LL << 20;

/// Waits for the answer to `request` among the spy's signals (request id first); returns its
/// arguments, empty after 120 s.
QList<QVariant> answerTo(QSignalSpy &spy, quint64 request, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.value(0).toULongLong() == request)
                return args;
        }
        if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return {};
    }
}

/// curl's HTTP status for a GET of `url`, the body written to `out`.
int curlStatus(const QUrl &url, const QString &out)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), out, QStringLiteral("-w"),
                                        QStringLiteral("%{http_code}"), url.toString(QUrl::FullyEncoded)});
    if (!curl.waitForFinished(60000))
        return -1;
    return curl.readAllStandardOutput().toInt();
}

/// The most requests whose query contains `queryPart` that were in flight at the same time,
/// from the proxy log's start times and durations.
int mostAtOnce(const ProxyProcess &proxy, const QString &queryPart)
{
    QList<std::pair<double, int>> edges; // (time, +1 start / -1 end)
    for (const QJsonObject &r : proxy.requests()) {
        if (!r.value(QStringLiteral("query")).toString().contains(queryPart))
            continue;
        const double t = r.value(QStringLiteral("t")).toDouble();
        edges.append({t, 1});
        edges.append({t + r.value(QStringLiteral("duration")).toDouble(), -1});
    }
    std::sort(edges.begin(), edges.end(), [](auto a, auto b) { return a.first != b.first ? a.first < b.first : a.second < b.second; });
    int now = 0, most = 0;
    for (const auto &[t, delta] : edges) {
        now += delta;
        most = std::max(most, now);
    }
    return most;
}

} // namespace

class TestBrowserOps : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeBucket(const TestServer &server)
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-br"));
        return runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) == 0
            ? bucket : QString();
    }

    bool put(const TestServer &server, const QString &local, const QString &bucket, const QString &key,
             const QStringList &extra = {})
    {
        return runAws(server, QStringList{QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"),
                                          local, QStringLiteral("s3://%1/%2").arg(bucket, key)} + extra) == 0;
    }

    bool exists(const TestServer &server, const QString &bucket, const QString &key, QByteArray *out = nullptr)
    {
        return runAws(server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"),
                               bucket, QStringLiteral("--key"), key}, out) == 0;
    }

    /// The object, fetched with aws-cli, is the local file.
    bool sameAs(const TestServer &server, const QString &bucket, const QString &key, const QString &local)
    {
        const QString back = m_dir.filePath(QStringLiteral("back-%1").arg(++m_fetched));
        return runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"),
                               QStringLiteral("s3://%1/%2").arg(bucket, key), back}) == 0
            && fileMd5(back) == fileMd5(local);
    }
    int m_fetched = 0;

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
    }

    // A presigned link works with a plain HTTP client and stops working when it expires.
    // Ceph RGW and s3rver refuse an expired link (403 AccessDenied, s3rver: "Request has
    // expired"); moto does not check the expiry at all, so its row only checks the link works.
    void shareLinkWorksThenExpires_data() { addServerRows({QStringLiteral("s3rver"), QStringLiteral("moto"), QStringLiteral("rgw")}); }
    void shareLinkWorksThenExpires()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString local = makeRandomFile(m_dir.path(), 300000, 51);
        QVERIFY(put(server, local, bucket, QStringLiteral("share/plate 1+α.tif")));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        BucketService buckets(&manager);
        const QUrl url = buckets.shareLink(server.name, bucket, QStringLiteral("share/plate 1+α.tif"), 2);
        QVERIFY(url.isValid() && !url.isEmpty());
        const QString fetched = m_dir.filePath(QStringLiteral("shared.bin"));
        QCOMPARE(curlStatus(url, fetched), 200);
        QCOMPARE(fileMd5(fetched), fileMd5(local));
        if (server.name == QLatin1String("moto"))
            QSKIP("moto serves presigned URLs after they expire (it does not check X-Amz-Expires)");
        QTest::qWait(3500);
        QCOMPARE(curlStatus(url, fetched), 403);
        QVERIFY(buckets.shareLink(QStringLiteral("no such account"), bucket, QStringLiteral("k"), 60).isEmpty());
    }

    // A folder of 2,500 objects: every key is listed (no delimiter, 3 pages), then deleted with
    // exactly 3 DeleteObjects requests (1,000 + 1,000 + 500), counted in the proxy's log.
    void deleteFolderOf2500InThreeRequests()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        QTemporaryDir tree;
        for (int i = 0; i < 2500; ++i) {
            QFile f(tree.filePath(QStringLiteral("f%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(i)) > 0);
        }
        QElapsedTimer made;
        made.start();
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("sync"), QStringLiteral("--quiet"), tree.path(),
                                 QStringLiteral("s3://%1/run42/").arg(bucket)}, nullptr, nullptr, 300000), 0);
        QVERIFY(put(server, tree.filePath(QStringLiteral("f0001.txt")), bucket, QStringLiteral("run42-not-inside.txt")));
        qInfo("2,500 objects made with aws s3 sync in %lld ms", made.elapsed());

        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        BucketService buckets(&manager);
        // A listing cancelled after its first page asks for no more (2,500 keys: 3 pages).
        QSignalSpy pages(&buckets, &BucketService::objectsListed);
        const quint64 listing = buckets.listObjects(server.name, bucket, QStringLiteral("run42/"));
        QVERIFY(!answerTo(pages, listing).isEmpty());
        buckets.cancelListing(listing);
        QTest::qWait(1500);
        QCOMPARE(pages.size(), 1);
        QVERIFY(proxy.count(QStringLiteral("GET"), QStringLiteral("delimiter"), 200) <= 2); // the one in flight at most

        QSignalSpy listed(&buckets, &BucketService::keysListed);
        QList<QVariant> keys = answerTo(listed, buckets.listAllKeys(server.name, bucket, QStringLiteral("run42/")));
        QVERIFY(!keys.isEmpty());
        QVERIFY2(keys.at(3).value<Error>().ok(), qPrintable(keys.at(3).value<Error>().technical()));
        QCOMPARE(keys.at(1).toStringList().size(), 2500);

        QSignalSpy progress(&buckets, &BucketService::deleteProgress);
        QSignalSpy deleted(&buckets, &BucketService::objectsDeleted);
        const QList<QVariant> done = answerTo(deleted, buckets.deleteKeys(server.name, bucket, keys.at(1).toStringList()));
        QVERIFY(!done.isEmpty());
        QVERIFY2(done.at(3).value<Error>().ok(), qPrintable(done.at(3).value<Error>().technical()));
        QCOMPARE(done.at(1).toInt(), 2500);
        QVERIFY(done.at(2).value<QList<DeleteFailure>>().isEmpty());
        // the proxy writes its log line just after the answer: give the last one a moment
        QTRY_COMPARE_WITH_TIMEOUT(proxy.count(QStringLiteral("POST"), QStringLiteral("delete"), 200), 3, 5000);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 2500);

        keys = answerTo(listed, buckets.listAllKeys(server.name, bucket, QStringLiteral("run42/")));
        QCOMPARE(keys.at(1).toStringList(), QStringList());
        QVERIFY(exists(server, bucket, QStringLiteral("run42-not-inside.txt")));
    }

    // Rename of an object above the (lowered) copy threshold: UploadPartCopy of 5 MiB parts,
    // 3 at once; the copy is byte-identical, keeps its metadata, and the source is gone.
    void renameInPartsIsByteIdentical_data() { addServerRows({QStringLiteral("moto"), QStringLiteral("rgw")}); }
    void renameInPartsIsByteIdentical()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString local = makeRandomFile(m_dir.path(), 21 * MiB + 7, 52);
        // aws-cli uploads it in 8 MiB parts: the source is a multipart object too.
        QVERIFY(put(server, local, bucket, QStringLiteral("raw/big.bin"),
                    {QStringLiteral("--metadata"), QStringLiteral("sample=plate-7")}));
        ProxyProcess proxy; // to see the part copies in its log
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        BucketService buckets(&manager);
        buckets.setCopyOptions({8 * MiB, 5 * MiB, 3});
        QSignalSpy copied(&buckets, &BucketService::objectCopied);
        const QList<QVariant> done = answerTo(copied, buckets.copyObject(server.name, bucket, QStringLiteral("raw/big.bin"),
                                                                         bucket, QStringLiteral("done/big.bin"), true));
        QVERIFY(!done.isEmpty());
        QVERIFY2(done.at(2).value<Error>().ok(), qPrintable(done.at(2).value<Error>().technical()));
        const ObjectHead head = done.at(1).value<ObjectHead>();
        QCOMPARE(head.size, 21 * MiB + 7);
        QVERIFY2(head.etag.endsWith(QStringLiteral("-5")), qPrintable(head.etag)); // 5 parts of 5 MiB (the last 1 MiB + 7)
        QCOMPARE(head.metadata.value(QStringLiteral("sample")), QStringLiteral("plate-7"));
        QCOMPARE(proxy.count(QStringLiteral("PUT"), QStringLiteral("partNumber="), 200), 5);
        QVERIFY2(mostAtOnce(proxy, QStringLiteral("partNumber=")) >= 2, "the parts were not copied in parallel");
        QVERIFY(sameAs(server, bucket, QStringLiteral("done/big.bin"), local));
        QVERIFY(!exists(server, bucket, QStringLiteral("raw/big.bin")));
    }

    // s3rver 3.7 has no UploadPartCopy (501 NotImplemented): the rename fails in plain words
    // and, above all, the source is untouched.
    void renameInPartsFailsSafelyWithoutUploadPartCopy()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString local = makeRandomFile(m_dir.path(), 11 * MiB, 53);
        QVERIFY(put(server, local, bucket, QStringLiteral("big.bin")));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        BucketService buckets(&manager);
        buckets.setCopyOptions({8 * MiB, 5 * MiB, 3});
        QSignalSpy copied(&buckets, &BucketService::objectCopied);
        const QList<QVariant> done = answerTo(copied, buckets.copyObject(server.name, bucket, QStringLiteral("big.bin"),
                                                                         bucket, QStringLiteral("moved.bin"), true));
        QVERIFY(!done.isEmpty());
        const Error error = done.at(2).value<Error>();
        QCOMPARE(error.code, ErrorCode::BadRequest);
        QCOMPARE(error.httpStatus, 501);
        QVERIFY(sameAs(server, bucket, QStringLiteral("big.bin"), local));
    }

    // Below the threshold a rename is one CopyObject (metadata copied), then the source goes.
    // A rename onto an existing object is refused and leaves both alone.
    void renameWholeAndNeverOverwrite_data() { addServerRows({QStringLiteral("s3rver"), QStringLiteral("moto"), QStringLiteral("rgw")}); }
    void renameWholeAndNeverOverwrite()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString a = makeRandomFile(m_dir.path(), 70000, 54);
        const QString b = makeRandomFile(m_dir.path(), 1, 55);
        QVERIFY(put(server, a, bucket, QStringLiteral("a b.bin"), {QStringLiteral("--metadata"), QStringLiteral("run=42")}));
        QVERIFY(put(server, b, bucket, QStringLiteral("b.bin")));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        BucketService buckets(&manager);
        QSignalSpy copied(&buckets, &BucketService::objectCopied);
        QList<QVariant> done = answerTo(copied, buckets.copyObject(server.name, bucket, QStringLiteral("a b.bin"), bucket,
                                                                   QStringLiteral("b.bin"), true));
        QCOMPARE(done.at(2).value<Error>().code, ErrorCode::FileExists);
        QVERIFY(sameAs(server, bucket, QStringLiteral("b.bin"), b));

        done = answerTo(copied, buckets.copyObject(server.name, bucket, QStringLiteral("a b.bin"), bucket,
                                                   QStringLiteral("sub/ä c.bin"), true));
        QVERIFY2(done.at(2).value<Error>().ok(), qPrintable(done.at(2).value<Error>().technical()));
        QCOMPARE(done.at(1).value<ObjectHead>().metadata.value(QStringLiteral("run")), QStringLiteral("42"));
        QVERIFY(sameAs(server, bucket, QStringLiteral("sub/ä c.bin"), a));
        QVERIFY(!exists(server, bucket, QStringLiteral("a b.bin")));
    }

    // New folder: a zero-byte "name/" object, as the AWS console makes it; listed as a folder.
    void newFolderIsAMarkerObject_data() { addServerRows({QStringLiteral("s3rver"), QStringLiteral("rgw")}); }
    void newFolderIsAMarkerObject()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        BucketService buckets(&manager);
        QSignalSpy done(&buckets, &BucketService::operationDone);
        const QList<QVariant> created = answerTo(done, buckets.createFolder(server.name, bucket, QStringLiteral("plates/")));
        QVERIFY2(created.at(1).value<Error>().ok(), qPrintable(created.at(1).value<Error>().technical()));
        QByteArray head;
        QVERIFY(exists(server, bucket, QStringLiteral("plates/"), &head));
        QVERIFY2(head.contains("\"ContentLength\": 0"), head.constData());
        QSignalSpy listed(&buckets, &BucketService::objectsListed);
        const QList<QVariant> page = answerTo(listed, buckets.listObjects(server.name, bucket, {}));
        const ListPage p = page.at(1).value<ListPage>();
        QCOMPARE(p.prefixes.size(), 1);
        QCOMPARE(p.prefixes.first().key, QStringLiteral("plates/"));
    }

    // Restore from archive: the archived objects chosen and those under a folder (all levels)
    // are asked for, the others passed over; asked again, they are restored already (moto
    // restores at once, as S3 does after hours); a key that is gone is named.
    void restoreAsksForArchivedObjects()
    {
        const TestServer server = testServer(QStringLiteral("moto"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString f = makeRandomFile(m_dir.path(), 1000, 71);
        QVERIFY(put(server, f, bucket, QStringLiteral("top.bin"), {QStringLiteral("--storage-class"), QStringLiteral("GLACIER")}));
        QVERIFY(put(server, f, bucket, QStringLiteral("run/a.bin"), {QStringLiteral("--storage-class"), QStringLiteral("GLACIER")}));
        QVERIFY(put(server, f, bucket, QStringLiteral("run/sub/b.bin"), {QStringLiteral("--storage-class"), QStringLiteral("DEEP_ARCHIVE")}));
        QVERIFY(put(server, f, bucket, QStringLiteral("run/c.txt")));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        BucketService buckets(&manager);
        QSignalSpy restored(&buckets, &BucketService::objectsRestored);
        const auto restore = [&](const QStringList &keys, const QStringList &prefixes) {
            const QList<QVariant> a = answerTo(restored, buckets.restoreObjects(server.name, bucket, keys, prefixes, 3,
                                                                                QStringLiteral("Bulk")));
            RestoreSummary failed;
            failed.started = -1; // the request failed as a whole
            return a.size() == 3 && a.at(2).value<Error>().ok() ? a.at(1).value<RestoreSummary>() : failed;
        };
        RestoreSummary first = restore({QStringLiteral("top.bin")}, {QStringLiteral("run/")});
        QCOMPARE(first.started, 3);
        QCOMPARE(first.alreadyRestored + first.inProgress + first.notArchived + int(first.failures.size()), 0);
        QByteArray head;
        QVERIFY(exists(server, bucket, QStringLiteral("run/sub/b.bin"), &head));
        QVERIFY2(head.contains("expiry-date"), head.constData());
        LanePool lanes(1);
        S3Client direct(connectionFor(server), &lanes, 30000);
        auto h = await<ObjectHead>([&](auto cb) { direct.headObject(bucket, QStringLiteral("run/sub/b.bin"), cb); });
        QVERIFY(h);
        QVERIFY(!h->restoreOngoing);
        QVERIFY(h->restoredUntil > QDateTime::currentDateTimeUtc().addDays(2));

        RestoreSummary again = restore({QStringLiteral("top.bin")}, {QStringLiteral("run/")});
        QCOMPARE(again.alreadyRestored, 3);
        QCOMPARE(again.started, 0);

        RestoreSummary odd = restore({QStringLiteral("run/c.txt"), QStringLiteral("gone.bin")}, {});
        QCOMPARE(odd.notArchived, 1);
        QCOMPARE(odd.failures.size(), 1);
        QCOMPARE(odd.failures.first().first, QStringLiteral("gone.bin"));
        QCOMPARE(odd.failures.first().second.code, ErrorCode::NoSuchKey);
    }

    // A folder of 40 archived files, restored through the fault proxy: several requests at once
    // (at most 8), every 5th answered 503 SlowDown and asked again, progress from 0 to 40. Then
    // a refusal that is not about one file (400) stops the run: no request is sent after it but
    // those already under way.
    void restoreSeveralAtOnceThroughThrottling()
    {
        const TestServer server = testServer(QStringLiteral("moto"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        for (int i = 0; i < 40; ++i) {
            QFile f(tree.filePath(QStringLiteral("scan-%1.tif").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(i)) > 0);
        }
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("sync"), QStringLiteral("--quiet"),
                                 QStringLiteral("--storage-class"), QStringLiteral("GLACIER"), tree.path(),
                                 QStringLiteral("s3://%1/cold/").arg(bucket)}, nullptr, nullptr, 300000), 0);
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": [{"name": "slow", "match": {"method": "POST",
            "query": "restore", "every": 5}, "action": "status", "status": 503}]})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        BucketService buckets(&manager);
        QSignalSpy progress(&buckets, &BucketService::restoreProgress);
        QSignalSpy restored(&buckets, &BucketService::objectsRestored);
        QList<QVariant> a = answerTo(restored, buckets.restoreObjects(server.name, bucket, {}, {QStringLiteral("cold/")}, 1,
                                                                    QStringLiteral("Standard")));
        QCOMPARE(a.size(), 3);
        QVERIFY2(a.at(2).value<Error>().ok(), qPrintable(a.at(2).value<Error>().technical()));
        const RestoreSummary all = a.at(1).value<RestoreSummary>();
        QCOMPARE(all.started, 40);
        QVERIFY(all.failures.isEmpty());
        QCOMPARE(progress.size(), 41);
        QCOMPARE(progress.first().at(1).toInt(), 0);
        QCOMPARE(progress.first().at(2).toInt(), 40);
        QCOMPARE(progress.last().at(1).toInt(), 40);
        const int slowDowns = proxy.count(QStringLiteral("POST"), QStringLiteral("restore"), 503);
        QVERIFY2(slowDowns >= 8, qPrintable(QString::number(slowDowns)));
        QCOMPARE(proxy.count(QStringLiteral("POST"), QStringLiteral("restore"), 202), 40);
        const int most = mostAtOnce(proxy, QStringLiteral("restore"));
        QVERIFY2(most > 1 && most <= 8, qPrintable(QString::number(most)));

        ProxyProcess refusing;
        QVERIFY(refusing.start(server.endpoint, R"({"rules": [{"name": "refused", "match": {"method": "POST",
            "query": "restore", "nth": 10}, "action": "status", "status": 400, "code": "InvalidRequest"}]})"));
        manager.setAccount(through(server, refusing));
        a = answerTo(restored, buckets.restoreObjects(server.name, bucket, {}, {QStringLiteral("cold/")}, 1,
                                                     QStringLiteral("Standard")));
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.at(2).value<Error>().code, ErrorCode::BadRequest);
        const QList<QJsonObject> log = refusing.requests();
        const int sent = int(std::count_if(log.cbegin(), log.cend(), [](const QJsonObject &r) {
            return r.value(QStringLiteral("method")).toString() == QStringLiteral("POST")
                && r.value(QStringLiteral("query")).toString().contains(QStringLiteral("restore"));
        }));
        QVERIFY2(sent >= 10 && sent <= 10 + 7, qPrintable(QString::number(sent)));
    }
};

QTEST_MAIN(TestBrowserOps)
#include "tst_browserops.moc"
