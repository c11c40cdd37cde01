#include <QAction>
#include <QHeaderView>
#include <QTreeView>
#include <QtTest>

#include "guitest.h"
#include "partbar.h"
#include "queuemodel.h"
#include "queuepanel.h"

using namespace haul;
using namespace haul::test;

namespace {

TransferSnapshot row(TransferId id, TransferState state, double fraction, const QString &name)
{
    TransferSnapshot s;
    s.id = id;
    s.direction = id % 3 == 0 ? Direction::Download : Direction::Upload;
    s.localPath = s.direction == Direction::Upload ? QStringLiteral("/data/microscopy/") + name
                                                   : QStringLiteral("/home/lab/Downloads/") + name;
    s.bucket = QStringLiteral("imaging-core");
    s.key = QStringLiteral("2024/run-17/") + name;
    s.size = qint64(3) << 30;
    s.transferred = qint64(double(s.size) * fraction);
    s.state = state;
    s.partCount = 384;
    s.partsDone = int(384 * fraction);
    if (state == TransferState::Running)
        s.bytesPerSecond = 48.0 * 1024 * 1024;
    return s;
}

/// Counts the pixels in `rect` of `image` that are close to `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int d = qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) + qAbs(c.blue() - colour.blue());
            count += d < 60 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

/// The queue panel: rows from snapshots, progress bars painted by the delegate (not empty), the
/// per-part bar for the selected row, and row actions that fit each state.
class TestQueuePanel : public QObject {
    Q_OBJECT
private:
    void fill(QueuePanel &panel)
    {
        TransferSnapshot failed = row(5, TransferState::Failed, 0.3, QStringLiteral("stack-005.tif"));
        failed.error = Error(ErrorCode::FileVanished, failed.localPath);
        panel.model()->applyAdded({row(1, TransferState::Verified, 1.0, QStringLiteral("stack-001.tif")),
                                   row(2, TransferState::Running, 0.425, QStringLiteral("stack-002.tif")),
                                   row(3, TransferState::Running, 0.8, QStringLiteral("stack-003.tif")),
                                   row(4, TransferState::Paused, 0.1, QStringLiteral("stack-004.tif")), failed,
                                   row(7, TransferState::Queued, 0.0, QStringLiteral("stack-007.tif"))});
    }

private Q_SLOTS:
    void progressBarsArePainted()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        panel.resize(1000, 260);
        fill(panel);
        panel.show();
        const QImage image = panel.view()->viewport()->grab().toImage();
        const QColor highlight = panel.palette().color(QPalette::Highlight);
        const QRect cell = panel.view()->visualRect(panel.model()->index(1, QueueModel::Progress)); // 42 %
        QVERIFY(cell.width() > 40);
        const QRect done(cell.left() + 4, cell.top() + 4, cell.width() * 30 / 100, cell.height() - 8);
        const QRect toDo(cell.left() + cell.width() * 60 / 100, cell.top() + 4, cell.width() * 35 / 100, cell.height() - 8);
        QVERIFY2(pixelsNear(image, done, highlight) > done.width() * done.height() / 3, "the done part is not filled");
        QVERIFY(pixelsNear(image, toDo, highlight) < toDo.width() * toDo.height() / 10);
        QCOMPARE(panel.model()->index(1, QueueModel::Progress).data().toString(), QStringLiteral("42 %"));
    }

    void selectedRowShowsItsParts()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        panel.resize(1000, 300);
        fill(panel);
        panel.show();
        QVERIFY(!panel.partBar()->isVisible());
        panel.view()->setCurrentIndex(panel.model()->index(1, 0));
        QVERIFY(panel.partBar()->isVisible());
        QCOMPARE(panel.partBar()->transfer(), TransferId(2));
        PartsSnapshot parts;
        parts.id = 2;
        parts.states = QVector<PartState>(384, PartState::Waiting);
        parts.fill = QVector<float>(384, 0.0f);
        for (int i = 0; i < 161; ++i)
            parts.states[i] = PartState::Done;
        for (int i = 161; i < 177; ++i) {
            parts.states[i] = PartState::Sending;
            parts.fill[i] = float(i % 4) / 4.0f;
        }
        parts.states[170] = PartState::Retrying;
        Q_EMIT app.transfers.partsUpdated(parts);
        QCOMPARE(panel.partBar()->parts().states.size(), 384);
        QTest::qWait(20);
        QVERIFY(!saveScreenshot(&panel, QStringLiteral("queue")).isEmpty());
    }

    void actionsFitTheState()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        fill(panel);
        panel.show();
        panel.view()->setCurrentIndex(panel.model()->index(4, 0)); // failed
        QVERIFY(panel.retryAction()->isEnabled());
        QVERIFY(!panel.pauseAction()->isEnabled());
        QVERIFY(!panel.resumeAction()->isEnabled());
        panel.view()->setCurrentIndex(panel.model()->index(3, 0)); // paused
        QVERIFY(panel.resumeAction()->isEnabled());
        QVERIFY(!panel.retryAction()->isEnabled());
        panel.view()->setCurrentIndex(panel.model()->index(1, 0)); // running
        QVERIFY(panel.pauseAction()->isEnabled());
        QVERIFY(panel.cancelAction()->isEnabled());
        panel.view()->setCurrentIndex(panel.model()->index(0, 0)); // verified
        QVERIFY(!panel.pauseAction()->isEnabled());
        QVERIFY(!panel.cancelAction()->isEnabled());
    }

    void failedRowSaysWhy()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        fill(panel);
        const QModelIndex state = panel.model()->index(4, QueueModel::State);
        QCOMPARE(state.data().toString(),
                 QStringLiteral("Failed: The file “/data/microscopy/stack-005.tif” is gone: it was moved or deleted."));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Put the file back")));
    }

    void folderRowAndItsFiles()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        FolderSnapshot folder;
        folder.id = 9;
        folder.state = FolderState::Transferring;
        folder.bucket = QStringLiteral("imaging-core");
        folder.prefix = QStringLiteral("2024/");
        folder.localPath = QStringLiteral("/data/microscopy/run-17");
        folder.filesTotal = 2;
        panel.model()->applyFolder(folder);
        TransferSnapshot a = row(11, TransferState::Running, 0.5, QStringLiteral("stack-011.tif"));
        TransferSnapshot b = row(12, TransferState::Failed, 0.2, QStringLiteral("stack-012.tif"));
        a.groupId = b.groupId = 9;
        panel.model()->applyAdded({a, b});
        panel.show();
        QVERIFY(panel.view()->rootIsDecorated());
        const QModelIndex folderRow = panel.model()->folderIndex(9);
        panel.view()->expand(folderRow);
        // a file inside the folder: its parts below, its own commands
        panel.view()->selectionModel()->select(panel.model()->indexOf(11),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedIds(), QList<TransferId>{11});
        QCOMPARE(panel.partBar()->transfer(), TransferId(11));
        QVERIFY(panel.pauseAction()->isEnabled());
        // the folder: no part bar; pause (it moves), no retry yet
        panel.view()->selectionModel()->select(folderRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        panel.view()->setCurrentIndex(folderRow);
        QCOMPARE(panel.selectedFolders(), QList<FolderId>{9});
        QVERIFY(panel.selectedIds().isEmpty());
        QCOMPARE(panel.partBar()->transfer(), TransferId(0));
        QVERIFY(panel.pauseAction()->isEnabled());
        QVERIFY(!panel.resumeAction()->isEnabled());
        QVERIFY(!panel.retryAction()->isEnabled());
        // finished with a failed file: retry is offered for the folder
        folder.state = FolderState::Finished;
        folder.filesDone = 1;
        folder.filesFailed = 1;
        panel.model()->applyFolder(folder);
        QVERIFY(panel.retryAction()->isEnabled());
        QVERIFY(!panel.pauseAction()->isEnabled());
        QVERIFY(!panel.cancelAction()->isEnabled());
        QVERIFY(!saveScreenshot(&panel, QStringLiteral("queue-folder")).isEmpty());
    }

    // Files on their own start at the left edge; the expand arrows' column is there only while a
    // folder row is.
    void arrowsColumnOnlyWithFolders()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        fill(panel);
        panel.show();
        QVERIFY(!panel.view()->rootIsDecorated());
        FolderSnapshot folder;
        folder.id = 5;
        folder.state = FolderState::Transferring;
        folder.localPath = QStringLiteral("/data/run-18");
        panel.model()->applyFolder(folder);
        QVERIFY(panel.view()->rootIsDecorated());
        folder.state = FolderState::Finished;
        panel.model()->applyFolder(folder);
        panel.model()->removeFinishedFolders();
        QVERIFY(!panel.model()->folderIndex(5).isValid());
        QVERIFY(!panel.view()->rootIsDecorated());
    }

    void uniformRowsAndModelTester()
    {
        AppFixture app;
        QueuePanel panel(&app.transfers);
        QVERIFY(panel.view()->uniformRowHeights());
    }
};

QTEST_MAIN(TestQueuePanel)
#include "tst_queuepanel.moc"
