// When the queue cannot be saved (a full disk, a folder Haul may not write to), the window says
// so above its panels, and the bar goes once the engine could save again by itself. The write
// failure is real: a lowered file-size limit makes the journal's write fail as a full disk does.
#include <QtTest>

#include "filesizelimit.h"
#include "guitest.h"
#include "queuesavebar.h"
#include "state/journal.h"

using namespace haul;
using namespace haul::test;

class TestQueueSaveBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saysSoAndGoesWhenSavedAgain()
    {
        QTemporaryDir data;
        const QString journal = data.filePath(QStringLiteral("queue.json"));
        EngineOptions options;
        options.journalPath = journal;
        AppFixture app(nullptr, {}, options);
        MainWindow window(app.context());
        window.show();
        auto *bar = window.findChild<QueueSaveBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        const QString file = data.filePath(QStringLiteral("scan.tif"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(1000, 'x')) == 1000);
        f.close();

        QPixmap seen;
        {
            FileSizeLimit limit(16); // the queue's JSON is longer
            // no account is set up: the transfer waits in the queue, which is what is saved
            app.transfers.addUploads(QStringLiteral("lab"), {file}, QStringLiteral("scans"), {});
            QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
            seen = window.grab();
        }
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QCOMPARE(bar->text(), QStringLiteral("Haul cannot save its queue in “%1”. Transfers go on, but if Haul is "
                                             "closed now, the unfinished ones will not continue. Make that folder "
                                             "writable again; Haul then saves the queue by itself.")
                                  .arg(QDir::toNativeSeparators(data.path())));
        QVERIFY(bar->toolTip().contains(QStringLiteral("DestinationNotWritable")));
        QVERIFY(!QFile::exists(journal)); // nothing half-written
        QVERIFY(seen.save(QDir(screenshotDir()).filePath(QStringLiteral("queue-not-saved.png"))));

        // the limit is gone: the engine's next try saves the queue, and the bar goes
        QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 15000);
        const JournalData saved = Journal(journal).load();
        QCOMPARE(saved.transfers.size(), 1);
        QCOMPARE(saved.transfers[0].snapshot.localPath, file);
    }

    void diskFullIsWordedSo()
    {
        Error full(ErrorCode::DiskFull, QStringLiteral("/home/lab/.local/share/Haul/Haul"),
                   QStringLiteral("No space left on device"));
        QCOMPARE(queueNotSavedText(full),
                 QStringLiteral("Haul cannot save its queue: the disk holding “/home/lab/.local/share/Haul/Haul” is "
                                "full. Transfers go on, but if Haul is closed now, the unfinished ones will not "
                                "continue. Free some space on that disk; Haul then saves the queue by itself."));
    }
};

QTEST_MAIN(TestQueueSaveBar)
#include "tst_queuesavebar.moc"
