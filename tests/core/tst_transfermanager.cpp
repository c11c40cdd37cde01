// What the queue learns about uploads as they are queued, before any of them starts (no server:
// the account is unknown, so nothing is sent).
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "transfermanager.h"

using namespace haul;

class TestTransferManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The totals ("… to go") and each queued row need every file's size: known at once, also
    // for files waiting behind others, whether they go up in one PUT or in parts.
    void queuedUploadsKnowTheirSize()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("notes.txt"));
        const QString big = dir.filePath(QStringLiteral("scan.tif"));
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(3000, 'n')) == 3000);
        f.close();
        EngineOptions options;
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly) && b.resize(options.multipartThreshold + 1)); // sparse
        b.close();
        TransferManager manager(options);
        QSignalSpy added(&manager, &TransferManager::transfersAdded);
        manager.addUploads(QStringLiteral("nobody"), {small, big, dir.filePath(QStringLiteral("gone.bin"))},
                           QStringLiteral("lab"), {});
        QVERIFY(added.wait(5000));
        const auto snaps = added.at(0).at(0).value<QList<TransferSnapshot>>();
        QCOMPARE(snaps.size(), 3);
        QCOMPARE(snaps[0].size, 3000);
        QCOMPARE(snaps[1].size, options.multipartThreshold + 1);
        QCOMPARE(snaps[2].size, -1); // not there: said when it would start
    }

    // Downloads take the sizes the browser's listing (or a folder's) gave, until they start.
    void queuedDownloadsShowTheListedSize()
    {
        QTemporaryDir dir;
        TransferManager manager{EngineOptions()};
        QSignalSpy added(&manager, &TransferManager::transfersAdded);
        manager.addDownloads(QStringLiteral("nobody"), QStringLiteral("lab"),
                             {QStringLiteral("a.tif"), QStringLiteral("b.tif")}, dir.path(), {5LL << 30, 7});
        QVERIFY(added.wait(5000));
        auto snaps = added.at(0).at(0).value<QList<TransferSnapshot>>();
        QCOMPARE(snaps.size(), 2);
        QCOMPARE(snaps[0].size, 5LL << 30);
        QCOMPARE(snaps[1].size, 7);
        manager.addTransfers(Direction::Download, QStringLiteral("nobody"), QStringLiteral("lab"),
                             {{dir.filePath(QStringLiteral("run/c.tif")), QStringLiteral("run/c.tif"), 42}});
        QVERIFY(added.wait(5000));
        snaps = added.at(1).at(0).value<QList<TransferSnapshot>>();
        QCOMPARE(snaps.size(), 1);
        QCOMPARE(snaps[0].size, 42);
    }
};

QTEST_GUILESS_MAIN(TestTransferManager)
#include "tst_transfermanager.moc"
