// A folder upload stopped in the middle (the TransferManager and FolderService destroyed, as when
// Haul quits) and started again from the same journal, against s3rver: the folder comes back
// with its id, the files the engine continues are followed by it (not top-level rows), the
// files never handed to the engine are still sent, and every file is counted exactly once.
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "s3wait.h"
#include "sync/folderjob.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

/// Each transfer's last snapshot, as the manager reports them.
struct Rows {
    QHash<TransferId, TransferSnapshot> last;
    void follow(TransferManager &manager)
    {
        auto take = [this](const QList<TransferSnapshot> &list) {
            for (const TransferSnapshot &s : list)
                last.insert(s.id, s);
        };
        QObject::connect(&manager, &TransferManager::transfersAdded, &manager, take);
        QObject::connect(&manager, &TransferManager::transfersUpdated, &manager, take);
    }
};

QStringList makeFiles(const QString &root, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        const QString rel = QStringLiteral("d%1/f %2.txt").arg(i % 5).arg(i);
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).absolutePath());
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write("file " + QByteArray::number(i) + '\n') < 0)
            return {};
        keys << QStringLiteral("up/run7/") + rel;
    }
    keys.sort();
    return keys;
}

} // namespace

class TestFolderResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void stoppedFolderUploadCompletesAfterRestart()
    {
        constexpr int Files = 700; // more than FolderJob::Window: some never reach the engine
        static_assert(Files > FolderJob::Window);
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fres"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString src = dir.filePath(QStringLiteral("run7"));
        const QStringList expected = makeFiles(src, Files);
        QCOMPARE(expected.size(), Files);
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        const QString folderJournal = options.journalPath + QStringLiteral(".folders");

        FolderId id = 0;
        QSet<QString> handedOver; // keys the first run gave the engine
        QSet<QString> stored;     // of those, the ones it saw stored
        {
            TransferManager manager(options);
            manager.setLimits(2, 300); // slow: the folder is stopped long before its end
            manager.setAccount(connectionFor(server));
            Rows rows;
            rows.follow(manager);
            FolderService folders(&manager);
            folders.setJournal(folderJournal);
            id = folders.upload(server.name, {src}, bucket, QStringLiteral("up/"));
            QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).filesDone >= 3, 120000);
            QVERIFY(!folders.snapshot(id).isFinished());
            for (const TransferSnapshot &s : std::as_const(rows.last)) {
                QCOMPARE(s.groupId, id);
                handedOver.insert(s.key);
                if (s.state == TransferState::Verified || s.state == TransferState::Done)
                    stored.insert(s.key);
            }
        } // destroyed as when Haul quits: the journal keeps the files in the engine
        QVERIFY2(handedOver.size() < Files, "every file reached the engine: nothing left to forget");
        QVERIFY(stored.size() >= 3);

        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        manager.setAccount(connectionFor(server));
        QTRY_VERIFY_WITH_TIMEOUT(!rows.last.isEmpty(), 30000); // the journal's files are back
        for (const TransferSnapshot &s : std::as_const(rows.last))
            QCOMPARE(s.groupId, id); // under their folder, not top-level rows
        FolderService folders(&manager);
        QSignalSpy added(&folders, &FolderService::folderAdded);
        folders.setJournal(folderJournal);
        QCOMPARE(added.size(), 0); // waits for its account
        folders.resumeFolders(QStringLiteral("another account"));
        QCOMPARE(added.size(), 0);
        folders.resumeFolders(server.name);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<FolderSnapshot>().id, id);
        QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 300000);
        const FolderSnapshot end = folders.snapshot(id);
        QCOMPARE(end.state, FolderState::Finished);
        QVERIFY(end.issues.isEmpty());
        QCOMPARE(end.filesTotal, Files);
        QCOMPARE(end.filesDone, Files);
        QVERIFY(end.filesSkipped >= 3); // stored before the stop: "already there"

        // every file once: nothing stored by the first run is sent again, nothing is sent twice,
        // and the files the first run never gave the engine are sent now
        QSet<QString> sent;
        for (const TransferSnapshot &s : std::as_const(rows.last)) {
            QCOMPARE(s.groupId, id);
            if (s.state == TransferState::Verified || s.state == TransferState::Done) {
                QVERIFY2(!sent.contains(s.key), qPrintable(s.key));
                QVERIFY2(!stored.contains(s.key), qPrintable(s.key));
                sent.insert(s.key);
            }
        }
        for (const QString &key : expected) {
            if (!handedOver.contains(key))
                QVERIFY2(sent.contains(key), qPrintable(key));
        }
        qInfo("first run: %d files handed to the engine, %d stored; second run: %d sent, %d already there",
              int(handedOver.size()), int(stored.size()), int(sent.size()), int(end.filesSkipped));
        QVERIFY(sent.size() + end.filesSkipped >= Files); // restored files stored before the
                                                          // listing count as already there

        QByteArray out;
        QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"),
                                 QStringLiteral("--bucket"), bucket, QStringLiteral("--query"),
                                 QStringLiteral("Contents[].Key"), QStringLiteral("--output"),
                                 QStringLiteral("text")}, &out), 0);
        QStringList keys = QString::fromUtf8(out).trimmed().split(QRegularExpression(QStringLiteral("[\t\n]")));
        keys.sort();
        QCOMPARE(keys, expected);

        // the finished folder is no longer kept: a third start restores nothing
        QTRY_VERIFY(FolderJournal(folderJournal).load().uploads.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFolderResume)
#include "tst_folderresume.moc"
