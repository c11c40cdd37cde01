#include <QAbstractItemModelTester>
#include <QtTest>

#include "queuemodel.h"

using namespace haul;

namespace {

TransferSnapshot upload(TransferId id, qint64 size = 1000)
{
    TransferSnapshot s;
    s.id = id;
    s.direction = Direction::Upload;
    s.accountName = QStringLiteral("lab");
    s.localPath = QStringLiteral("/data/run-%1.tif").arg(id);
    s.bucket = QStringLiteral("images");
    s.key = QStringLiteral("2024/run-%1.tif").arg(id);
    s.size = size;
    return s;
}

/// A file of folder `folder` (FolderService's id in groupId).
TransferSnapshot inFolder(TransferId id, FolderId folder, qint64 size = 1000)
{
    TransferSnapshot s = upload(id, size);
    s.localPath = QStringLiteral("/data/run42/lane-%1.fastq").arg(id);
    s.key = QStringLiteral("projects/run42/lane-%1.fastq").arg(id);
    s.groupId = folder;
    return s;
}

FolderSnapshot folder(FolderId id, FolderState state = FolderState::Transferring)
{
    FolderSnapshot f;
    f.id = id;
    f.kind = FolderKind::Upload;
    f.state = state;
    f.accountName = QStringLiteral("lab");
    f.bucket = QStringLiteral("images");
    f.prefix = QStringLiteral("projects/");
    f.localPath = QStringLiteral("/data/run42");
    return f;
}

/// The (first row, last row) pairs of every dataChanged the spy saw.
QList<QPair<int, int>> spans(const QSignalSpy &spy)
{
    QList<QPair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row()});
    return result;
}

} // namespace

/// The queue model under QAbstractItemModelTester, fed with snapshot batches.
class TestQueueModel : public QObject {
    Q_OBJECT
private:
    QueueModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    void addRows(int count)
    {
        QList<TransferSnapshot> batch;
        for (int i = 1; i <= count; ++i)
            batch.append(upload(TransferId(i)));
        m_model->applyAdded(batch);
    }

private Q_SLOTS:
    void init()
    {
        m_model = new QueueModel(this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
    }

    void addsRowsInOrder()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        addRows(3);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowOf(2), 1);
        QCOMPARE(m_model->index(0, QueueModel::Name).data().toString(), QStringLiteral("run-1.tif"));
        QCOMPARE(m_model->index(0, QueueModel::Destination).data().toString(), QStringLiteral("s3://images/2024/"));
        QCOMPARE(m_model->index(0, QueueModel::State).data().toString(), QStringLiteral("Queued"));
        QCOMPARE(m_model->columnCount(), int(QueueModel::ColumnCount));
    }

    void addingAKnownIdUpdatesIt()
    {
        addRows(2);
        TransferSnapshot again = upload(1);
        again.transferred = 500;
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->applyAdded({again});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(changed.count(), 1);
    }

    void onlyChangedRowsAreSignalled()
    {
        addRows(10);
        QList<TransferSnapshot> batch;
        for (int id : {2, 3, 4, 7, 10}) {
            TransferSnapshot s = upload(TransferId(id));
            s.state = TransferState::Running;
            s.transferred = 100 * id;
            batch.append(s);
        }
        batch.append(upload(5)); // unchanged: not signalled
        batch.append(upload(99)); // unknown: ignored
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->applyUpdated(batch);
        const QList<QPair<int, int>> expected{{1, 3}, {6, 6}, {9, 9}};
        QCOMPARE(spans(changed), expected);
        for (const QList<QVariant> &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().column(), 0);
            QCOMPARE(args.at(1).toModelIndex().column(), QueueModel::ColumnCount - 1);
        }
    }

    void unchangedBatchSignalsNothing()
    {
        addRows(4);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->applyUpdated({upload(1), upload(2), upload(3), upload(4)});
        QCOMPARE(changed.count(), 0);
    }

    void removesInContiguousSpans()
    {
        addRows(8);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        m_model->applyRemoved({2, 3, 7, 42});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(1), 0);
        QCOMPARE(m_model->rowOf(4), 1);
        QCOMPARE(m_model->rowOf(8), 4);
        QCOMPARE(m_model->rowOf(7), -1);
        QCOMPARE(m_model->snapshot(2).id, TransferId(5));
    }

    void progressAndStateRoles()
    {
        addRows(1);
        TransferSnapshot s = upload(1, 2000);
        s.state = TransferState::Running;
        s.transferred = 500;
        s.bytesPerSecond = 100;
        m_model->applyUpdated({s});
        const QModelIndex progress = m_model->index(0, QueueModel::Progress);
        QCOMPARE(progress.data(QueueModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(progress.data(QueueModel::StateRole).toInt(), int(TransferState::Running));
        QCOMPARE(progress.data().toString(), QStringLiteral("25 %"));
        QCOMPARE(m_model->index(0, QueueModel::State).data().toString(), QStringLiteral("Uploading"));
        QVERIFY(!m_model->index(0, QueueModel::Speed).data().toString().isEmpty());
        QVERIFY(!m_model->index(0, QueueModel::TimeLeft).data().toString().isEmpty());
        s.size = -1;
        m_model->applyUpdated({s});
        QCOMPARE(progress.data(QueueModel::ProgressRole).toDouble(), -1.0);
    }

    void failedRowSaysWhyAndWhatNext()
    {
        addRows(1);
        TransferSnapshot s = upload(1);
        s.state = TransferState::Failed;
        s.error = Error(ErrorCode::FileVanished, s.localPath);
        m_model->applyUpdated({s});
        const QModelIndex state = m_model->index(0, QueueModel::State);
        const QString text = state.data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("Failed: ")), qPrintable(text));
        QVERIFY2(text.contains(s.localPath), qPrintable(text));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Put the file back")));
        QCOMPARE(state.data(QueueModel::ErrorRole).value<Error>().code, ErrorCode::FileVanished);
    }

    void downloadWaitingForAnAnswerSaysSo()
    {
        addRows(1);
        TransferSnapshot s = upload(1);
        s.direction = Direction::Download;
        s.state = TransferState::Failed;
        s.error = Error(ErrorCode::FileExists, s.localPath);
        m_model->applyUpdated({s});
        const QString text = m_model->index(0, QueueModel::State).data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("Waiting for your answer: ")), qPrintable(text));
        QVERIFY2(text.contains(QFileInfo(s.localPath).fileName()), qPrintable(text));
    }

    void totalsFollowTheBatches()
    {
        addRows(3); // 3 × 1000 bytes
        TransferSnapshot a = upload(1);
        a.state = TransferState::Running;
        a.transferred = 400;
        a.bytesPerSecond = 50;
        TransferSnapshot b = upload(2);
        b.state = TransferState::Verified;
        b.transferred = 1000;
        QSignalSpy totalsSpy(m_model, &QueueModel::totalsChanged);
        m_model->applyUpdated({a, b});
        QCOMPARE(totalsSpy.count(), 1);
        const QueueTotals t = m_model->totals();
        QCOMPARE(t.transfers, 3);
        QCOMPARE(t.active, 2);
        QCOMPARE(t.succeeded, 1);
        QCOMPARE(t.totalBytes, qint64(3000));
        QCOMPARE(t.doneBytes, qint64(1400));
        QCOMPARE(t.bytesLeft(), qint64(1600));
        QCOMPARE(t.bytesPerSecond, 50.0);
    }

    void aFolderIsOneRowOverItsFiles()
    {
        addRows(2);
        m_model->applyFolder(folder(7));
        QList<TransferSnapshot> files;
        for (int i = 0; i < 1000; ++i)
            files.append(inFolder(TransferId(100 + i), 7));
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->applyAdded(files);
        QCOMPARE(inserted.count(), 1); // one span under the folder
        QCOMPARE(m_model->rowCount(), 3);
        const QModelIndex row = m_model->folderIndex(7);
        QCOMPARE(row.row(), 2);
        QCOMPARE(inserted.at(0).at(0).toModelIndex(), row);
        QCOMPARE(m_model->rowCount(row), 1000);
        QVERIFY(m_model->hasChildren(row));
        QVERIFY(!m_model->hasChildren(m_model->index(0, 0)));
        const QModelIndex child = m_model->index(5, QueueModel::Name, row);
        QCOMPARE(child.parent(), row);
        QCOMPARE(child.data().toString(), QStringLiteral("lane-105.fastq")); // the path inside run42/
        QCOMPARE(m_model->indexOf(105), child.siblingAtColumn(0));
        QCOMPARE(m_model->rowOf(105), -1); // not a top-level row
        QCOMPARE(m_model->transferAt(child)->id, TransferId(105));
        QVERIFY(!m_model->transferAt(row));
        QCOMPARE(m_model->folderAt(row)->id, FolderId(7));
        QCOMPARE(row.data(QueueModel::FolderIdRole).value<FolderId>(), FolderId(7));
        QCOMPARE(child.data(QueueModel::FolderIdRole).value<FolderId>(), FolderId(7));
        QCOMPARE(m_model->index(0, QueueModel::Name, row.siblingAtColumn(1)), QModelIndex()); // only column 0 has children
    }

    void filesShowTheirPathInsideTheFolder()
    {
        m_model->applyFolder(folder(7));
        TransferSnapshot nested = inFolder(1, 7);
        nested.key = QStringLiteral("projects/run42/lane 1/qc/report.html");
        m_model->applyAdded({nested});
        QCOMPARE(m_model->index(0, QueueModel::Name, m_model->folderIndex(7)).data().toString(),
                 QStringLiteral("lane 1/qc/report.html"));
        FolderSnapshot down = folder(8);
        down.kind = FolderKind::Download;
        down.prefix = QStringLiteral("projects/run42/");
        down.localPath = QStringLiteral("/home/me/in/run42");
        m_model->applyFolder(down);
        TransferSnapshot fetched = inFolder(2, 8);
        fetched.direction = Direction::Download;
        fetched.key = QStringLiteral("projects/run42/lane 2/x.fastq");
        m_model->applyAdded({fetched});
        QCOMPARE(m_model->index(0, QueueModel::Name, m_model->folderIndex(8)).data().toString(),
                 QStringLiteral("lane 2/x.fastq"));
        QCOMPARE(m_model->folderIndex(8).data().toString(), QStringLiteral("run42"));
        QCOMPARE(m_model->folderIndex(8).siblingAtColumn(QueueModel::Destination).data().toString(),
                 QStringLiteral("/home/me/in"));
    }

    void folderRowShowsItsProgress()
    {
        FolderSnapshot f = folder(7);
        f.filesTotal = 40;
        f.filesDone = 12;
        f.filesSkipped = 10;
        f.filesFailed = 1;
        f.bytesTotal = 4000;
        f.bytesDone = 1000;
        f.bytesPerSecond = 500;
        m_model->applyFolder(f);
        const QModelIndex row = m_model->folderIndex(7);
        QCOMPARE(row.data().toString(), QStringLiteral("run42"));
        QCOMPARE(row.siblingAtColumn(QueueModel::Destination).data().toString(), QStringLiteral("s3://images/projects/"));
        // (plural forms come from the English translation, which unit tests do not load)
        const QString state = row.siblingAtColumn(QueueModel::State).data().toString();
        QVERIFY2(state.startsWith(QStringLiteral("Uploading: 12 of 40 file")), qPrintable(state));
        QVERIFY2(state.endsWith(QStringLiteral(", 10 already there, 1 failed")), qPrintable(state));
        QCOMPARE(row.siblingAtColumn(QueueModel::Progress).data(QueueModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(row.siblingAtColumn(QueueModel::Progress).data().toString(), QStringLiteral("25 %"));
        QVERIFY(!row.siblingAtColumn(QueueModel::Speed).data().toString().isEmpty());
        QVERIFY(!row.siblingAtColumn(QueueModel::TimeLeft).data().toString().isEmpty());
        QCOMPARE(row.data(QueueModel::StateRole).toInt(), int(TransferState::Running));

        f.state = FolderState::Finished;
        f.filesDone = 40;
        f.filesFailed = 0;
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->applyFolder(f);
        QCOMPARE(changed.count(), 1);
        const QString done = row.siblingAtColumn(QueueModel::State).data().toString();
        QVERIFY2(done.startsWith(QStringLiteral("Done: 40 file")), qPrintable(done));
        QVERIFY2(done.endsWith(QStringLiteral(", 10 already there")), qPrintable(done));
        QCOMPARE(row.data(QueueModel::StateRole).toInt(), int(TransferState::Verified));
        QCOMPARE(row.data(QueueModel::ProgressRole).toDouble(), 1.0);
        QVERIFY(row.siblingAtColumn(QueueModel::Speed).data().toString().isEmpty());
    }

    void folderSentWithoutComparingSaysWhy()
    {
        FolderSnapshot f = folder(7, FolderState::Finished);
        f.filesTotal = f.filesDone = 3;
        f.notCompared = true; // the account may write, not list
        FolderIssue pipe;
        pipe.kind = FolderIssueKind::Walk;
        pipe.walkIssue = WalkIssue::NotRegularFile;
        pipe.subject = QStringLiteral("/data/run42/pipe");
        f.issues = {pipe};
        m_model->applyFolder(f);
        const QModelIndex state = m_model->folderIndex(7).siblingAtColumn(QueueModel::State);
        QVERIFY2(state.data().toString().endsWith(QStringLiteral(", all sent")), qPrintable(state.data().toString()));
        QCOMPARE(state.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("This account may not list the bucket, so Haul could not see which files were already "
                                "there and sent every file.\nNot transferred:\n/data/run42/pipe"));
        QCOMPARE(state.data(QueueModel::StateRole).toInt(), int(TransferState::Verified));
    }

    void syncPreviewsAreNotRows()
    {
        FolderSnapshot preview = folder(5);
        preview.kind = FolderKind::Sync;
        preview.dryRun = true;
        m_model->applyFolder(preview);
        QCOMPARE(m_model->rowCount(), 0);
        FolderSnapshot sync = folder(6);
        sync.kind = FolderKind::Sync;
        m_model->applyFolder(sync);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->folderIndex(6).data().toString(), QStringLiteral("run42"));
    }

    void filesBeforeTheirFolderGetAPlaceholder()
    {
        m_model->applyAdded({inFolder(1, 9), inFolder(2, 9)});
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex row = m_model->folderIndex(9);
        QCOMPARE(m_model->rowCount(row), 2);
        m_model->applyFolder(folder(9));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(row.data().toString(), QStringLiteral("run42"));
    }

    void folderWaitingForItsAccount()
    {
        // a folder an earlier run left unfinished, before its account opens
        m_model->applyFolder(folder(9, FolderState::Waiting));
        m_model->applyAdded({inFolder(1, 9)}); // restored from the journal
        const QModelIndex row = m_model->folderIndex(9);
        QCOMPARE(row.data().toString(), QStringLiteral("run42"));
        QCOMPARE(row.siblingAtColumn(QueueModel::State).data().toString(), QStringLiteral("Waiting for account “lab”"));
        QVERIFY(row.siblingAtColumn(QueueModel::Size).data().toString().isEmpty()); // not "0 bytes"
        QVERIFY(row.siblingAtColumn(QueueModel::Progress).data().toString().isEmpty());
        QCOMPARE(row.data(QueueModel::StateRole).toInt(), int(TransferState::Queued));
        QCOMPARE(m_model->totals().folders, 1);
        QCOMPARE(m_model->totals().active, 1); // its restored file, not the folder itself
        FolderSnapshot started = folder(9, FolderState::Scanning); // the account opened
        m_model->applyFolder(started);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->totals().active, 2);
    }

    void childUpdatesAreSpansUnderTheFolder()
    {
        m_model->applyFolder(folder(7));
        QList<TransferSnapshot> files;
        for (int i = 1; i <= 10; ++i)
            files.append(inFolder(TransferId(i), 7));
        m_model->applyAdded(files);
        QList<TransferSnapshot> batch;
        for (int id : {2, 3, 4, 9}) {
            TransferSnapshot s = inFolder(TransferId(id), 7);
            s.state = TransferState::Running;
            s.transferred = 10 * id;
            batch.append(s);
        }
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->applyUpdated(batch);
        const QList<QPair<int, int>> expected{{1, 3}, {8, 8}};
        QCOMPARE(spans(changed), expected);
        for (const QList<QVariant> &args : changed)
            QCOMPARE(args.at(0).toModelIndex().parent(), m_model->folderIndex(7));
    }

    void totalsCountFilesInsideFolders()
    {
        addRows(1);
        FolderSnapshot f = folder(7);
        f.filesSkipped = 5;
        m_model->applyFolder(f);
        TransferSnapshot a = inFolder(10, 7);
        a.state = TransferState::Verified;
        TransferSnapshot b = inFolder(11, 7);
        b.state = TransferState::Running;
        b.transferred = 250;
        b.bytesPerSecond = 25;
        m_model->applyAdded({a, b});
        QueueTotals t = m_model->totals();
        QCOMPARE(t.transfers, 3);
        QCOMPARE(t.folders, 1);
        QCOMPARE(t.skipped, qint64(5));
        QCOMPARE(t.succeeded, 1);
        QCOMPARE(t.active, 3); // the queued file, the running file, the folder
        QCOMPARE(t.totalBytes, qint64(3000));
        QCOMPARE(t.doneBytes, qint64(1250));
        QCOMPARE(t.bytesPerSecond, 25.0);
        b.state = TransferState::Verified;
        m_model->applyUpdated({b});
        f.state = FolderState::Finished;
        m_model->applyFolder(f);
        QCOMPARE(m_model->totals().active, 1); // the file on its own
    }

    void totalsOfOneAccount()
    {
        TransferSnapshot mine = upload(1);
        mine.state = TransferState::Verified;
        TransferSnapshot other = upload(2, 5000); // restored, waiting for its account
        other.accountName = QStringLiteral("other lab");
        FolderSnapshot theirs = folder(7, FolderState::Waiting);
        theirs.accountName = QStringLiteral("other lab");
        theirs.filesSkipped = 3;
        m_model->applyFolder(theirs);
        TransferSnapshot inTheirs = inFolder(10, 7);
        inTheirs.accountName = QStringLiteral("other lab");
        m_model->applyAdded({mine, other, inTheirs});
        const QueueTotals all = m_model->totals();
        QCOMPARE(all.transfers, 3);
        QCOMPARE(all.active, 2);
        const QueueTotals lab = m_model->totalsOf(QStringLiteral("lab"));
        QCOMPARE(lab.transfers, 1);
        QCOMPARE(lab.active, 0);
        QCOMPARE(lab.succeeded, 1);
        QCOMPARE(lab.folders, 0);
        QCOMPARE(lab.skipped, qint64(0));
        QCOMPARE(lab.totalBytes, qint64(1000));
        const QueueTotals them = m_model->totalsOf(QStringLiteral("other lab"));
        QCOMPARE(them.transfers, 2);
        QCOMPARE(them.active, 2);
        QCOMPARE(them.folders, 1);
        QCOMPARE(them.skipped, qint64(3));
    }

    void removingFilesAndFinishedFolders()
    {
        addRows(2);
        m_model->applyFolder(folder(7));
        m_model->applyFolder(folder(8));
        QList<TransferSnapshot> files;
        for (int i = 10; i < 20; ++i)
            files.append(inFolder(TransferId(i), 7));
        m_model->applyAdded(files);
        m_model->applyAdded({inFolder(30, 8)});
        m_model->applyRemoved({11, 12, 15, 1});
        QCOMPARE(m_model->rowCount(), 3);
        const QModelIndex row = m_model->folderIndex(7);
        QCOMPARE(row.row(), 1);
        QCOMPARE(m_model->rowCount(row), 7);
        QCOMPARE(m_model->indexOf(16).row(), 3);
        QCOMPARE(m_model->indexOf(16).parent(), row);
        QVERIFY(!m_model->indexOf(12).isValid());

        QList<TransferSnapshot> done;
        for (const TransferSnapshot &s : m_model->filesOf(7)) {
            TransferSnapshot d = s;
            d.state = TransferState::Verified;
            done.append(d);
        }
        m_model->applyUpdated(done);
        m_model->applyFolder(folder(7, FolderState::Finished));
        m_model->removeFinishedFolders(); // folder 8 still runs
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_model->folderIndex(7).isValid());
        QCOMPARE(m_model->folderIndex(8).row(), 1);
        QCOMPARE(m_model->indexOf(30).parent(), m_model->folderIndex(8));
        QVERIFY(!m_model->indexOf(16).isValid());
        m_model->applyRemoved({16, 17}); // late removals of the folder's files are ignored
        QCOMPARE(m_model->rowCount(), 2);
    }

    void hundredThousandFilesStayOneRow()
    {
        m_model->applyFolder(folder(7));
        delete m_tester; // the tester checks every row of every batch: too slow for this size
        m_tester = nullptr;
        QElapsedTimer clock;
        clock.start();
        for (int batch = 0; batch < 10; ++batch) {
            QList<TransferSnapshot> files;
            for (int i = 0; i < 10000; ++i)
                files.append(inFolder(TransferId(1 + batch * 10000 + i), 7));
            m_model->applyAdded(files);
        }
        const qint64 addMs = clock.restart();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowCount(m_model->folderIndex(7)), 100000);
        QCOMPARE(m_model->indexOf(76543).row(), 76542);
        QCOMPARE(m_model->totals().transfers, 100000);
        // a progress batch: 200 running files here and there (a few times a second in the app)
        QList<TransferSnapshot> running;
        for (int i = 0; i < 200; ++i) {
            TransferSnapshot s = inFolder(TransferId(1 + i * 499), 7);
            s.state = TransferState::Running;
            s.transferred = 10;
            running.append(s);
        }
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        clock.restart();
        m_model->applyUpdated(running);
        const qint64 updateUs = clock.nsecsElapsed() / 1000;
        QCOMPARE(changed.count(), 200);
        QCOMPARE(m_model->totals().active, 100001); // every file is unfinished, and the folder
        QCOMPARE(m_model->index(499, QueueModel::State, m_model->folderIndex(7)).data().toString(),
                 QStringLiteral("Uploading"));
        qInfo("100,000 files added in %lld ms; a batch of 200 changes (with totals) in %lld µs", addMs, updateUs);
    }

    void downloadRows()
    {
        TransferSnapshot s = upload(1);
        s.direction = Direction::Download;
        s.localPath = QStringLiteral("/home/me/in/run-1.tif");
        m_model->applyAdded({s});
        QCOMPARE(m_model->index(0, QueueModel::Name).data().toString(), QStringLiteral("run-1.tif"));
        QCOMPARE(m_model->index(0, QueueModel::Destination).data().toString(), QStringLiteral("/home/me/in"));
        s.state = TransferState::Running;
        m_model->applyUpdated({s});
        QCOMPARE(m_model->index(0, QueueModel::State).data().toString(), QStringLiteral("Downloading"));
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
