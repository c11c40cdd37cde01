// FolderService's failures that need no server: each ends the folder as Failed with its Error,
// and the snapshots say so (the working paths are in tests/integration/tst_folders.cpp).
#include <algorithm>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "sync/folderjournal.h"
#include "sync/folderservice.h"
#include "transfermanager.h"

using namespace haul;

namespace {

AccountConnection nowhere()
{
    AccountConnection c;
    c.account.name = QStringLiteral("nowhere");
    c.account.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9")); // never asked: fails first
    c.account.region = QStringLiteral("us-east-1");
    c.account.addressing = Addressing::Path;
    c.credentials = {QStringLiteral("k"), QStringLiteral("s"), {}};
    return c;
}

/// Waits (10 s at most) until this folder finished: another one finishing does not count.
FolderSnapshot waitFinished(FolderService &folders, FolderId id)
{
    QDeadlineTimer deadline(10000);
    while (!folders.snapshot(id).isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return folders.snapshot(id);
}

} // namespace

class TestFolderService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unknownAccount()
    {
        TransferManager manager;
        FolderService folders(&manager);
        QSignalSpy added(&folders, &FolderService::folderAdded);
        const FolderId id = folders.upload(QStringLiteral("nobody"), {QDir::tempPath()}, QStringLiteral("b"), QStringLiteral("p"));
        QCOMPARE(added.size(), 1);
        const FolderSnapshot first = added.at(0).at(0).value<FolderSnapshot>();
        QCOMPARE(first.id, id);
        QCOMPARE(first.prefix, QStringLiteral("p/"));
        QCOMPARE(first.state, FolderState::Scanning);
        const FolderSnapshot s = waitFinished(folders, id);
        QCOMPARE(s.state, FolderState::Failed);
        QCOMPARE(s.error.code, ErrorCode::CredentialsMissing);
    }

    void syncOfMissingFolderIsNotAnEmptyOne()
    {
        TransferManager manager;
        manager.setAccount(nowhere());
        FolderService folders(&manager);
        QTemporaryDir dir;
        const SyncPair pair{QStringLiteral("nowhere"), dir.filePath(QStringLiteral("gone")), QStringLiteral("b"), {}};
        const FolderSnapshot s = waitFinished(folders, folders.sync(pair, false));
        QCOMPARE(s.state, FolderState::Failed);
        QCOMPARE(s.error.code, ErrorCode::FileVanished);
        QCOMPARE(s.deletionsProposed, 0);
    }

    void downloadNamesItsFolder()
    {
        TransferManager manager;
        FolderService folders(&manager);
        QTemporaryDir dir;
        const FolderId id = folders.download(QStringLiteral("nobody"), QStringLiteral("bucket"), QStringLiteral("projects/run42"), dir.path());
        QCOMPARE(folders.snapshot(id).localPath, dir.path() + QStringLiteral("/run42"));
        QCOMPARE(folders.snapshot(id).prefix, QStringLiteral("projects/run42/"));
        const FolderId whole = folders.download(QStringLiteral("nobody"), QStringLiteral("bucket"), QString(), dir.path());
        QCOMPARE(folders.snapshot(whole).localPath, dir.path() + QStringLiteral("/bucket"));
        QCOMPARE(waitFinished(folders, whole).state, FolderState::Failed);
    }

    void prefixNamedParentIsRefused()
    {
        TransferManager manager;
        manager.setAccount(nowhere());
        FolderService folders(&manager);
        QTemporaryDir dir;
        const FolderSnapshot s = waitFinished(folders, folders.download(QStringLiteral("nowhere"), QStringLiteral("b"), QStringLiteral("a/../"), dir.path()));
        QCOMPARE(s.state, FolderState::Failed);
        QCOMPARE(s.error.code, ErrorCode::InvalidFileName);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void downloadIsKeptUntilItEnds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state/queue.json.folders"));
        const QString dest = dir.filePath(QStringLiteral("to"));
        FolderOptions options;
        options.existing = ExistingFiles::Ask;
        options.method = CompareMethod::Checksum;
        FolderId id = 0;
        {
            TransferManager manager;
            FolderService folders(&manager);
            folders.setJournal(path);
            id = folders.download(QStringLiteral("nobody"), QStringLiteral("b"), QStringLiteral("p/run1"), dest, options);
            QCOMPARE(waitFinished(folders, id).error.code, ErrorCode::CredentialsMissing);
        } // its account was missing: kept for the next start
        const FolderJournalData data = FolderJournal(path).load();
        QCOMPARE(data.downloads.size(), 1);
        const SavedFolderDownload &d = data.downloads.first();
        QCOMPARE(d.id, id);
        QCOMPARE(d.accountName, QStringLiteral("nobody"));
        QCOMPARE(d.bucket, QStringLiteral("b"));
        QCOMPARE(d.prefix, QStringLiteral("p/run1/"));
        QCOMPARE(d.destDir, dest);
        QCOMPARE(d.options.existing, ExistingFiles::Ask);
        QCOMPARE(d.options.method, CompareMethod::Checksum);
        QVERIFY(d.startedMs > 0 && d.startedMs <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(data.uploads.isEmpty());
        QVERIFY(data.nextId > id);

        TransferManager manager;
        manager.setAccount(nowhere());
        FolderService folders(&manager);
        QSignalSpy added(&folders, &FolderService::folderAdded);
        QSignalSpy finished(&folders, &FolderService::folderFinished);
        auto announced = [&finished](FolderId f) { // folderFinished() comes after the snapshot
            return std::any_of(finished.cbegin(), finished.cend(), [f](const QList<QVariant> &args) {
                return args.first().value<FolderSnapshot>().id == f;
            });
        };
        folders.setJournal(path);
        QCOMPARE(folders.resumeFolders(QStringLiteral("nowhere")), QList<FolderId>()); // not its account
        QCOMPARE(added.size(), 0);
        // the same download again: the saved folder, with its id, not a second one
        QCOMPARE(folders.download(QStringLiteral("nobody"), QStringLiteral("b"), QStringLiteral("p/run1/"), dest, options), id);
        QCOMPARE(added.size(), 1);
        QCOMPARE(folders.snapshot(id).localPath, dest + QStringLiteral("/run1"));
        QCOMPARE(waitFinished(folders, id).error.code, ErrorCode::CredentialsMissing);
        QTRY_VERIFY(announced(id));
        QCOMPARE(FolderJournal(path).load().downloads.size(), 1);
        // other options make another folder
        const FolderId other = folders.download(QStringLiteral("nobody"), QStringLiteral("b"), QStringLiteral("p/run1/"), dest);
        QVERIFY(other != id);
        QVERIFY(waitFinished(folders, other).isFinished());
        QTRY_VERIFY(announced(other));
        QCOMPARE(FolderJournal(path).load().downloads.size(), 2);

        // a download that ends (here: refused) is no longer kept
        const FolderId refused = folders.download(QStringLiteral("nowhere"), QStringLiteral("b"), QStringLiteral("a/../"), dest);
        QCOMPARE(FolderJournal(path).load().downloads.size(), 3); // kept from the start
        QCOMPARE(waitFinished(folders, refused).error.code, ErrorCode::InvalidFileName);
        QTRY_VERIFY(announced(refused));
        QCOMPARE(FolderJournal(path).load().downloads.size(), 2);
    }

    void clearFinishedForgets()
    {
        TransferManager manager;
        FolderService folders(&manager);
        const FolderId id = folders.upload(QStringLiteral("nobody"), {QDir::tempPath()}, QStringLiteral("b"), {});
        QVERIFY(waitFinished(folders, id).isFinished());
        folders.clearFinished();
        QCOMPARE(folders.snapshot(id).id, FolderId(0));
    }
};

QTEST_GUILESS_MAIN(TestFolderService)
#include "tst_folderservice.moc"
