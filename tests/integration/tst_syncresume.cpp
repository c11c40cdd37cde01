// A sync of a saved pair (not a preview) stopped in the middle — the TransferManager and
// FolderService destroyed, as when Haul quits or crashes — and started again from the same
// journals: the sync comes back with its id and kind, every local file is stored, nothing the
// first run stored is sent again (PUTs counted in the fault proxy's log), and the remote files
// that vanished locally are still proposed for deletion and deleted only after confirmation.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "proxyprocess.h"
#include "s3wait.h"
#include "sync/folderjob.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfertest.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

const QDateTime Base = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);

/// `count` small files under root in five folders, modified in the past; their keys under
/// "mirror/", sorted.
QStringList makeFiles(const QString &root, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        const QString rel = QStringLiteral("d%1/f%2.txt").arg(i % 5).arg(i);
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).absolutePath());
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write("file " + QByteArray::number(i) + '\n') < 0 || !f.flush()
            || !f.setFileTime(Base.addSecs(i), QFileDevice::FileModificationTime))
            return {};
        keys << QStringLiteral("mirror/") + rel;
    }
    keys.sort();
    return keys;
}

/// The paths of the object PUTs (no query: not parts) among requests [from, to); with
/// `storedBefore` > 0 only those answered 200 that the proxy logged before that time (seconds
/// since the epoch, as in its log).
QStringList objectPuts(const QList<QJsonObject> &requests, qsizetype from, qsizetype to,
                       double storedBefore = 0)
{
    QStringList out;
    for (qsizetype i = from; i < std::min(to, requests.size()); ++i) {
        const QJsonObject &r = requests[i];
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("PUT")
            || !r.value(QStringLiteral("query")).toString().isEmpty())
            continue;
        if (storedBefore > 0 && (r.value(QStringLiteral("status")).toInt() != 200
                                 || r.value(QStringLiteral("t")).toDouble() >= storedBefore))
            continue;
        out << r.value(QStringLiteral("path")).toString();
    }
    return out;
}

/// The proxy's log once it has settled (it writes each line just after answering).
QList<QJsonObject> settledRequests(const ProxyProcess &proxy)
{
    qsizetype last = -1;
    for (int i = 0; i < 20; ++i) {
        const qsizetype now = proxy.requests().size();
        if (now == last)
            break;
        last = now;
        QTest::qWait(250);
    }
    return proxy.requests();
}

QStringList keysUnder(const TestServer &server, const QString &bucket, const QString &prefix)
{
    QByteArray out;
    if (runAws(server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"),
                        QStringLiteral("--bucket"), bucket, QStringLiteral("--prefix"), prefix,
                        QStringLiteral("--query"), QStringLiteral("Contents[].Key"),
                        QStringLiteral("--output"), QStringLiteral("text")}, &out) != 0)
        return {QStringLiteral("aws failed")};
    QStringList keys = QString::fromUtf8(out).trimmed().split(QRegularExpression(QStringLiteral("[\t\n]")),
                                                              Qt::SkipEmptyParts);
    keys.removeAll(QStringLiteral("None"));
    keys.sort();
    return keys;
}

} // namespace

class TestSyncResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void stoppedSyncCompletesAfterRestart_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("s3rver") << QStringLiteral("s3rver");
        QTest::newRow("moto") << QStringLiteral("moto");
    }

    void stoppedSyncCompletesAfterRestart()
    {
        QFETCH(QString, serverName);
        constexpr int Files = 600; // more than FolderJob::Window: some never reach the engine
        static_assert(Files > FolderJob::Window);
        const TestServer server = testServer(serverName);
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-sres"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString local = dir.filePath(QStringLiteral("run8"));
        const QStringList expected = makeFiles(local, Files);
        QCOMPARE(expected.size(), Files);
        // objects whose files vanished locally: proposed for deletion, deleted only when confirmed
        const QString body = dir.filePath(QStringLiteral("body.txt"));
        QFile b(body);
        QVERIFY(b.open(QIODevice::WriteOnly) && b.write("vanished\n") > 0);
        b.close();
        QStringList vanished = {QStringLiteral("mirror/gone 1.txt"), QStringLiteral("mirror/d2/gone2.txt"),
                                QStringLiteral("mirror/old/gone3.txt")};
        vanished.sort();
        for (const QString &key : std::as_const(vanished))
            QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                                     bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), body}), 0);
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        const QString folderJournal = options.journalPath + QStringLiteral(".folders");
        const SyncPair pair{server.name, local, bucket, QStringLiteral("mirror")};

        FolderId id = 0;
        QSet<QString> stored; // keys the first run saw stored
        double stoppedAt = 0;
        {
            TransferManager manager(options);
            manager.setLimits(2, 300); // slow: the sync is stopped long before its end
            manager.setAccount(through(server, proxy));
            Rows rows;
            rows.follow(manager);
            FolderService folders(&manager);
            folders.setJournal(folderJournal);
            id = folders.sync(pair, false);
            QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).filesDone >= 3, 120000);
            QTest::qWait(2500); // some files stored well before the stop
            QVERIFY(!folders.snapshot(id).isFinished());
            QCOMPARE(folders.snapshot(id).deleted, 0);
            for (const TransferSnapshot &s : std::as_const(rows.last)) {
                QCOMPARE(s.groupId, id);
                if (s.state == TransferState::Verified || s.state == TransferState::Done)
                    stored.insert(s.key);
            }
            stoppedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        } // destroyed as when Haul quits: the journals keep the sync and its files in the engine
        QVERIFY(stored.size() >= 3);
        QVERIFY(stored.size() < Files / 2);
        const qsizetype firstRunRequests = settledRequests(proxy).size();
        QCOMPARE(keysUnder(server, bucket, QStringLiteral("mirror/old/")), QStringList{vanished.last()});

        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        manager.setAccount(through(server, proxy));
        FolderService folders(&manager);
        QSignalSpy added(&folders, &FolderService::folderAdded);
        QSignalSpy proposals(&folders, &FolderService::deletionsProposed);
        folders.setJournal(folderJournal);
        QCOMPARE(added.size(), 0); // waits for its account
        folders.resumeFolders(server.name);
        QCOMPARE(added.size(), 1);
        const FolderSnapshot back = added.first().first().value<FolderSnapshot>();
        QCOMPARE(back.id, id);
        QCOMPARE(back.kind, FolderKind::Sync);
        QVERIFY(!back.dryRun);

        // the vanished files are proposed again; nothing is deleted before the answer
        QTRY_COMPARE_WITH_TIMEOUT(proposals.size(), 1, 120000);
        QCOMPARE(proposals.first().at(0).toULongLong(), id);
        QStringList proposed = proposals.first().at(1).toStringList();
        proposed.sort();
        QCOMPARE(proposed, vanished);
        QTRY_COMPARE_WITH_TIMEOUT(folders.snapshot(id).state, FolderState::WaitingForConfirmation, 300000);
        QCOMPARE(folders.snapshot(id).deleted, 0);
        QStringList all = expected + vanished;
        all.sort();
        QCOMPARE(keysUnder(server, bucket, QStringLiteral("mirror/")), all); // every file, nothing deleted yet
        for (const QJsonObject &r : settledRequests(proxy))
            QVERIFY(r.value(QStringLiteral("method")).toString() != QLatin1String("POST")); // no DeleteObjects

        folders.confirmDeletions(id);
        QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 120000);
        const FolderSnapshot end = folders.snapshot(id);
        QCOMPARE(end.state, FolderState::Finished);
        QVERIFY(end.issues.isEmpty());
        QCOMPARE(end.filesTotal, Files);
        QCOMPARE(end.filesDone, Files);
        QCOMPARE(end.deleted, vanished.size());
        QVERIFY(end.filesSkipped >= stored.size()); // stored before the stop: "already there"
        QCOMPARE(keysUnder(server, bucket, QStringLiteral("mirror/")), expected);

        // nothing the first run stored is sent again — neither what it saw stored nor what the
        // store answered a second before the stop (a PUT answered at the very end, with no time
        // for the engine to see the answer, may be sent once more) —, nothing is sent twice, and
        // every other file is sent now
        const QList<QJsonObject> requests = settledRequests(proxy);
        const QStringList again = objectPuts(requests, firstRunRequests, requests.size());
        const QStringList before = objectPuts(requests, 0, firstRunRequests, stoppedAt + 60);
        const QStringList longBefore = objectPuts(requests, 0, firstRunRequests, stoppedAt - 1);
        const QString root = QLatin1Char('/') + bucket + QLatin1Char('/');
        for (const QString &key : std::as_const(stored))
            QVERIFY2(!again.contains(root + key), qPrintable(key));
        for (const QString &path : longBefore)
            QVERIFY2(!again.contains(path), qPrintable(path));
        QCOMPARE(QSet<QString>(again.begin(), again.end()).size(), again.size());
        for (const QString &key : expected)
            QVERIFY2(again.contains(root + key) || before.contains(root + key), qPrintable(key));
        // each file either sent now or "already there", never both: a file the engine took up
        // again from its journal is the folder's, even when the store had it before the listing
        QCOMPARE(again.size() + end.filesSkipped, qint64(Files));
        int resent = 0;
        for (const QString &path : before)
            resent += again.contains(path);
        qInfo("the first run stored %d files (%d a second before the stop, %d seen), %d of them sent again",
              int(before.size()), int(longBefore.size()), int(stored.size()), resent);
        qInfo("first run: %d seen stored; second run: %d PUTs, %d already there, %d deleted",
              int(stored.size()), int(again.size()), int(end.filesSkipped), int(end.deleted));

        QTRY_VERIFY(FolderJournal(folderJournal).load().uploads.isEmpty()); // not started a third time
    }
};

QTEST_GUILESS_MAIN(TestSyncResume)
#include "tst_syncresume.moc"