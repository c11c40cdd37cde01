#include <QTemporaryDir>
#include <QtTest>

#include "filesizelimit.h"
#include "state/journal.h"
#include "sync/folderjournal.h"

using namespace haul;
using namespace haul::test;

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("sub/queue.json")));
        QVERIFY(journal.load().transfers.isEmpty()); // no file yet: an empty queue, no error
        JournalEntry up;
        up.snapshot.direction = Direction::Upload;
        up.snapshot.accountName = QStringLiteral("lab ceph");
        up.snapshot.localPath = QStringLiteral("/data/run 42/ü.fastq");
        up.snapshot.bucket = QStringLiteral("seq");
        up.snapshot.key = QStringLiteral("runs/ü.fastq");
        up.snapshot.storageClass = QStringLiteral("DEEP_ARCHIVE");
        up.snapshot.state = TransferState::Paused;
        up.snapshot.groupId = 0x1'0000'0007ULL; // a file of a folder transfer (64-bit id)
        up.multipart.uploadId = QStringLiteral("2~abc");
        up.multipart.partSize = 8 << 20;
        up.multipart.fileSize = 100 << 20;
        up.multipart.mtime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        up.multipart.doneParts = {{1, 8 << 20, QStringLiteral("e1"), QStringLiteral("c1==")},
                                  {3, 8 << 20, QStringLiteral("e3"), QStringLiteral("c3==")}};
        up.multipart.doneMd5s = {"m1", "m3"};
        JournalEntry down;
        down.snapshot.direction = Direction::Download;
        down.snapshot.key = QStringLiteral("k");
        down.snapshot.groupId = 9; // a file of a folder download
        down.snapshot.state = TransferState::Running; // saved as "continue"
        down.download = {QStringLiteral("/data/.k.haul-7-x1.part"), QStringLiteral("abc-2"), 5LL << 30,
                         {{0, 3 << 20}, {4LL << 30, 123}}};
        const StaleUpload stale{QStringLiteral("lab ceph"), QStringLiteral("seq"), QStringLiteral("old"),
                                QStringLiteral("2~zzz")};
        QVERIFY(journal.save({{up, down}, {stale}}));

        const JournalData data = journal.load();
        QCOMPARE(data.staleUploads, QList<StaleUpload>{stale});
        const QList<JournalEntry> &back = data.transfers;
        QCOMPARE(back.size(), 2);
        const JournalEntry &a = back[0];
        QCOMPARE(a.snapshot.localPath, up.snapshot.localPath);
        QCOMPARE(a.snapshot.key, up.snapshot.key);
        QCOMPARE(a.snapshot.storageClass, QStringLiteral("DEEP_ARCHIVE"));
        QCOMPARE(a.snapshot.accountName, up.snapshot.accountName);
        QCOMPARE(a.snapshot.state, TransferState::Paused);
        QCOMPARE(a.snapshot.groupId, up.snapshot.groupId);
        QCOMPARE(a.multipart.uploadId, up.multipart.uploadId);
        QCOMPARE(a.multipart.mtime, up.multipart.mtime);
        QCOMPARE(a.multipart.doneParts.size(), 2);
        QCOMPARE(a.multipart.doneParts[1].number, 3);
        QCOMPARE(a.multipart.doneParts[1].etag, QStringLiteral("e3"));
        QCOMPARE(a.multipart.doneMd5s[1], QByteArray("m3"));
        QCOMPARE(back[1].snapshot.direction, Direction::Download);
        QCOMPARE(back[1].snapshot.state, TransferState::Queued);
        QCOMPARE(back[1].snapshot.groupId, 9ULL); // comes back under its folder too
        QCOMPARE(back[1].download.tempPath, down.download.tempPath);
        QCOMPARE(back[1].download.etag, down.download.etag);
        QCOMPARE(back[1].download.size, down.download.size);
        QCOMPARE(back[1].download.done, down.download.done); // finished spans, 64-bit offsets
    }

    void failedKeepsItsReason()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(QStringLiteral("queue.json")));
        JournalEntry failed;
        failed.snapshot.localPath = QStringLiteral("/data/a.tif");
        failed.snapshot.key = QStringLiteral("a.tif");
        failed.snapshot.state = TransferState::Failed;
        failed.snapshot.error = Error(ErrorCode::FileUnreadable, QStringLiteral("/data/a.tif"),
                                      QStringLiteral("Permission denied"));
        failed.snapshot.error.httpStatus = 403;
        failed.snapshot.error.s3Code = QStringLiteral("AccessDenied");
        JournalEntry paused;
        paused.snapshot.key = QStringLiteral("b.tif");
        paused.snapshot.state = TransferState::Paused;
        QVERIFY(journal.save({{failed, paused}, {}}));

        const QList<JournalEntry> back = journal.load().transfers;
        QCOMPARE(back.size(), 2);
        const TransferSnapshot &a = back[0].snapshot;
        QCOMPARE(a.state, TransferState::Failed); // not "paused": it shows why, with "Retry"
        QCOMPARE(a.error.code, ErrorCode::FileUnreadable);
        QCOMPARE(a.error.subject, QStringLiteral("/data/a.tif"));
        QCOMPARE(a.error.message, QStringLiteral("Permission denied"));
        QCOMPARE(a.error.httpStatus, 403);
        QCOMPARE(a.error.s3Code, QStringLiteral("AccessDenied"));
        QCOMPARE(back[1].snapshot.state, TransferState::Paused);
        QVERIFY(back[1].snapshot.error.ok());
        QCOMPARE(errorCodeFromName(u"NoSuchKey"), ErrorCode::NoSuchKey);
        QCOMPARE(errorCodeFromName(u"not a code"), ErrorCode::Unknown);
    }

    void corruptFileIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"transfers\":[{");
        f.close();
        Error e;
        QVERIFY(Journal(path).load(&e).transfers.isEmpty());
        QCOMPARE(e.code, ErrorCode::ProtocolError);
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt")));
        QVERIFY(!QFile::exists(path));
    }

    // A write that fails (here: over the file-size limit, as ENOSPC on a full disk) must leave
    // the journal saved before whole. Qt 6.4's QSaveFile committed the empty file when the
    // failure came while close() flushed its buffer, so the queue was lost at the next start.
    void failedWriteKeepsThePreviousJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        Journal journal(path);
        JournalEntry one;
        one.snapshot.localPath = QStringLiteral("/data/one.bin");
        one.snapshot.key = QStringLiteral("one.bin");
        QVERIFY(journal.save({{one}, {}}));
        const qint64 savedSize = QFileInfo(path).size();
        FolderJournal folders(path + QStringLiteral(".folders"));
        SavedFolderUpload folder;
        folder.id = 7;
        folder.paths = {QStringLiteral("/data/run")};
        QVERIFY(folders.save({{folder}, {}, 8}));

        JournalEntry two = one;
        two.snapshot.localPath = QStringLiteral("/data/two.bin");
        Error queueError, foldersError;
        bool queueSaved = true, foldersSaved = true;
        {
            FileSizeLimit limit(16); // every write of more than 16 bytes to any file fails
            queueSaved = journal.save({{one, two}, {}}, &queueError);
            foldersSaved = folders.save({{folder, folder}, {}, 9}, &foldersError);
        }
        QVERIFY(!queueSaved);
        QCOMPARE(queueError.code, ErrorCode::DestinationNotWritable);
        QCOMPARE(queueError.subject, dir.path());
        QVERIFY(!queueError.message.isEmpty());
        QVERIFY(!foldersSaved);
        QCOMPARE(foldersError.code, ErrorCode::DestinationNotWritable);

        QCOMPARE(QFileInfo(path).size(), savedSize);
        Error loadError;
        const JournalData back = journal.load(&loadError);
        QVERIFY(loadError.ok());
        QCOMPARE(back.transfers.size(), 1);
        QCOMPARE(back.transfers[0].snapshot.localPath, one.snapshot.localPath);
        QCOMPARE(folders.load().uploads.size(), 1);
        QCOMPARE(folders.load().nextId, FolderId(8));
    }

    void unwritablePlaceIsReported()
    {
        Error e;
        QVERIFY(!Journal(QStringLiteral("/proc/haul/queue.json")).save({}, &e));
        QCOMPARE(e.code, ErrorCode::DestinationNotWritable);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
