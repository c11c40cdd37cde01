// A transfer that failed before Haul quit comes back failed, with its reason (not as a paused
// row that says nothing), and is tried again when asked: by "the same upload again", or by its
// folder started again after the restart — which then finishes instead of waiting for it.
// Against s3rver through the fault proxy, which refuses one key with 403 in the first run.
#include <QtTest>

#include "proxyprocess.h"
#include "s3wait.h"
#include "testenv.h"
#include "transfertest.h"

#include "engine/snapshot.h"
#include "sync/folderjournal.h"
#include "sync/folderservice.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

/// A scenario whose only rule answers every PUT of `key` (a path regex) 403 AccessDenied.
QByteArray refusing(const QString &keyPattern, int latencyMs)
{
    return QStringLiteral(R"({"latency_ms": %1, "rules": [{"name": "refuse", "match": {"method": "PUT",)"
                          R"( "path": "%2"}, "action": "status", "status": 403}]})")
        .arg(latencyMs)
        .arg(keyPattern)
        .toUtf8();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

bool stored(const TestServer &server, const QString &bucket, const QString &key)
{
    return runAws(server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"),
                           bucket, QStringLiteral("--key"), key}) == 0;
}

} // namespace

class TestFailedResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void failedFileComesBackFailedAndIsRetriedWhenAddedAgain()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fail"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString file = dir.filePath(QStringLiteral("scan 1.tif"));
        writeFile(file, QByteArray(100000, 'x'));
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, refusing(QStringLiteral("scan"), 0)));
        {
            TransferManager manager(options);
            manager.setAccount(through(server, proxy));
            Rows rows;
            rows.follow(manager);
            manager.addUploads(server.name, {file}, bucket, QStringLiteral("in/"));
            QTRY_VERIFY_WITH_TIMEOUT(!rows.withKey(QStringLiteral("in/scan 1.tif")).isEmpty()
                                         && rows.withKey(QStringLiteral("in/scan 1.tif")).first().state
                                             == TransferState::Failed,
                                     60000);
            QCOMPARE(rows.withKey(QStringLiteral("in/scan 1.tif")).first().error.code, ErrorCode::AccessDenied);
        } // Haul quits with the failed row in its queue

        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        QSignalSpy failedSignals(&manager, &TransferManager::transferFailed);
        QTRY_VERIFY_WITH_TIMEOUT(!rows.last.isEmpty(), 30000);
        QCOMPARE(rows.last.size(), 1);
        const TransferSnapshot back = rows.last.begin().value();
        QCOMPARE(back.state, TransferState::Failed); // what it was, not "Paused"
        QCOMPARE(back.error.code, ErrorCode::AccessDenied);
        QCOMPARE(back.error.httpStatus, 403);
        QCOMPARE(failedSignals.size(), 0); // not announced as a new failure

        ProxyProcess open; // the store takes it now
        QVERIFY(open.start(server.endpoint, "[]"));
        manager.setAccount(through(server, open));
        QSignalSpy removed(&manager, &TransferManager::transfersRemoved);
        manager.addUploads(server.name, {file}, bucket, QStringLiteral("in/")); // the same again
        QTRY_VERIFY_WITH_TIMEOUT(rows.last.value(back.id).state == TransferState::Verified, 60000);
        QCOMPARE(removed.size(), 1); // the new row went: the failed one was tried again
        QCOMPARE(rows.withKey(QStringLiteral("in/scan 1.tif")).size(), 1); // no second row
        QVERIFY(stored(server, bucket, QStringLiteral("in/scan 1.tif")));
    }

    void folderWithFailedFileFinishesAfterRestart()
    {
        constexpr int Files = 40;
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-ffail"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString src = dir.filePath(QStringLiteral("run9"));
        for (int i = 0; i < Files; ++i)
            writeFile(src + QStringLiteral("/f%1.txt").arg(i, 2, 10, QLatin1Char('0')), "file " + QByteArray::number(i));
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        const QString folderJournal = options.journalPath + QStringLiteral(".folders");
        const QString refusedKey = QStringLiteral("up/run9/f01.txt");
        FolderId id = 0;
        {
            // 250 ms a request over one connection: f01 fails early, the folder is far from done
            ProxyProcess proxy;
            QVERIFY(proxy.start(server.endpoint, refusing(QStringLiteral("/f01\\\\.txt$"), 250)));
            TransferManager manager(options);
            manager.setLimits(1, 0);
            manager.setAccount(through(server, proxy));
            Rows rows;
            rows.follow(manager);
            FolderService folders(&manager);
            folders.setJournal(folderJournal);
            id = folders.upload(server.name, {src}, bucket, QStringLiteral("up/"));
            QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).filesFailed == 1, 120000);
            QVERIFY(!folders.snapshot(id).isFinished());
            QCOMPARE(rows.withKey(refusedKey).first().state, TransferState::Failed);
        } // Haul quits: the failed file and the folder are in the journals

        ProxyProcess proxy; // the store takes everything now
        QVERIFY(proxy.start(server.endpoint, "[]"));
        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        manager.setAccount(through(server, proxy));
        QTRY_VERIFY_WITH_TIMEOUT(!rows.withKey(refusedKey).isEmpty(), 30000);
        QCOMPARE(rows.withKey(refusedKey).first().state, TransferState::Failed);
        FolderService folders(&manager);
        folders.setJournal(folderJournal);
        folders.resumeFolders(server.name);
        QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 120000); // not held by the failed file
        const FolderSnapshot end = folders.snapshot(id);
        QCOMPARE(end.state, FolderState::Finished);
        QCOMPARE(end.filesFailed, 0);
        QVERIFY(end.issues.isEmpty());
        QCOMPARE(end.filesDone, Files);
        const QList<TransferSnapshot> refused = rows.withKey(refusedKey);
        QCOMPARE(refused.size(), 1); // tried again in its row, not queued a second time
        QCOMPARE(refused.first().state, TransferState::Verified);
        QVERIFY(stored(server, bucket, refusedKey));
    }

    void failedFilesOfAFinishedFolderComeBackOnTheirOwn()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fend"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString src = dir.filePath(QStringLiteral("run3"));
        for (int i = 0; i < 5; ++i)
            writeFile(src + QStringLiteral("/f%1.txt").arg(i), "file " + QByteArray::number(i));
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        const QString folderJournal = options.journalPath + QStringLiteral(".folders");
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, refusing(QStringLiteral("/f3\\\\.txt$"), 0)));
        {
            TransferManager manager(options);
            manager.setAccount(through(server, proxy));
            FolderService folders(&manager);
            folders.setJournal(folderJournal);
            const FolderId id = folders.upload(server.name, {src}, bucket, QStringLiteral("up/"));
            QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 60000);
            QCOMPARE(folders.snapshot(id).state, FolderState::Finished);
            QCOMPARE(folders.snapshot(id).filesFailed, 1);
            QTRY_VERIFY(FolderJournal(folderJournal).load().uploads.isEmpty()); // the folder ended
        } // Haul quits with the failed file in its queue

        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        QTRY_VERIFY_WITH_TIMEOUT(!rows.last.isEmpty(), 30000);
        QCOMPARE(rows.last.size(), 1);
        const TransferSnapshot back = rows.last.begin().value();
        QCOMPARE(back.key, QStringLiteral("up/run3/f3.txt"));
        QCOMPARE(back.state, TransferState::Failed);
        QCOMPARE(back.error.code, ErrorCode::AccessDenied);
        QCOMPARE(back.groupId, 0ULL); // a row of its own, not under a folder nothing drives
    }
};

QTEST_GUILESS_MAIN(TestFailedResume)
#include "tst_failedresume.moc"
