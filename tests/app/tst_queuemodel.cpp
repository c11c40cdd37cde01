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
