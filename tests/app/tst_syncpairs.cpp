// Saved sync pairs in QSettings (round trip through a real file, defaults, damaged entries,
// other settings untouched), the store's changes, and the words the sync shows: the preview's
// counts of a plan, the summary at the end of a sync, and the pair editor's checks.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "../app/guitest.h"
#include "appsettings.h"
#include "filesizelimit.h"
#include "format.h"
#include "messagebar.h"
#include "synccontroller.h"
#include "syncpaireditor.h"
#include "syncdialog.h"
#include "syncpairs.h"
#include "syncpreview.h"
#include "translations.h"

using namespace haul;

namespace {

SavedSyncPair makePair(const QString &folder, const QString &bucket, const QString &prefix)
{
    SavedSyncPair p;
    p.pair.localFolder = folder;
    p.pair.accountName = QStringLiteral("Institute storage");
    p.pair.bucket = bucket;
    p.pair.prefix = prefix;
    return p;
}

PlannedFile planned(const QString &key, qint64 size, CompareReason reason)
{
    PlannedFile f;
    f.localPath = QStringLiteral("/data/") + key;
    f.key = key;
    f.size = size;
    f.reason = reason;
    return f;
}

} // namespace

class TestSyncPairs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("haul-%1.ini").arg(++m_file)); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(QCoreApplication::instance());
    }

    void defaults()
    {
        const SavedSyncPair p;
        QCOMPARE(p.method, CompareMethod::SizeAndMtime);
        QVERIFY(!p.deleteRemote);
        QSettings settings(freshFile(), QSettings::IniFormat);
        QVERIFY(loadSyncPairs(settings).isEmpty());
    }

    void roundTripThroughAFile()
    {
        SavedSyncPair a = makePair(QStringLiteral("/data/run42"), QStringLiteral("lab"), QStringLiteral("runs/run42"));
        SavedSyncPair b = makePair(QStringLiteral("/home/me/Zürich data"), QStringLiteral("archive"), QString());
        b.method = CompareMethod::Checksum;
        b.deleteRemote = true;
        const QString file = freshFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("preferences/connections"), 8);
            saveSyncPairs(settings, {a, b});
        }
        QSettings again(file, QSettings::IniFormat);
        const QList<SavedSyncPair> loaded = loadSyncPairs(again);
        QCOMPARE(loaded.size(), 2);
        QVERIFY(loaded.at(0) == a);
        QVERIFY(loaded.at(1) == b);
        QCOMPARE(loaded.at(1).pair.localFolder, QStringLiteral("/home/me/Zürich data"));
        QCOMPARE(loaded.at(1).method, CompareMethod::Checksum);
        QVERIFY(loaded.at(1).deleteRemote);
        QVERIFY(!loaded.at(0).deleteRemote);
        QCOMPARE(again.value(QStringLiteral("preferences/connections")).toInt(), 8); // untouched
        // nothing but names and places: no key or secret of any kind
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll().toLower();
        QVERIFY(!text.contains("secret") && !text.contains("key"));
    }

    void fewerPairsLeaveNoStaleEntries()
    {
        const QString file = freshFile();
        QSettings settings(file, QSettings::IniFormat);
        saveSyncPairs(settings, {makePair(QStringLiteral("/a"), QStringLiteral("b1"), {}),
                                 makePair(QStringLiteral("/b"), QStringLiteral("b2"), {}),
                                 makePair(QStringLiteral("/c"), QStringLiteral("b3"), {})});
        saveSyncPairs(settings, {makePair(QStringLiteral("/z"), QStringLiteral("b9"), {})});
        QSettings again(file, QSettings::IniFormat);
        const QList<SavedSyncPair> loaded = loadSyncPairs(again);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).pair.bucket, QStringLiteral("b9"));
    }

    void incompleteAndUnknownValues()
    {
        const QString file = freshFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("syncPairs"), 2);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("localFolder"), QStringLiteral("/data")); // no bucket
            settings.setValue(QStringLiteral("account"), QStringLiteral("x"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("localFolder"), QStringLiteral("/data"));
            settings.setValue(QStringLiteral("account"), QStringLiteral("x"));
            settings.setValue(QStringLiteral("bucket"), QStringLiteral("lab"));
            settings.setValue(QStringLiteral("compare"), QStringLiteral("telepathy"));
            settings.endArray();
        }
        QSettings again(file, QSettings::IniFormat);
        const QList<SavedSyncPair> loaded = loadSyncPairs(again);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).method, CompareMethod::SizeAndMtime);
        QVERIFY(!loaded.at(0).deleteRemote);
    }

    void storeWritesEveryChange()
    {
        const QString file = freshFile();
        QSettings settings(file, QSettings::IniFormat);
        SyncPairStore store(&settings);
        QSignalSpy changed(&store, &SyncPairStore::changed);
        QCOMPARE(store.add(makePair(QStringLiteral("/a"), QStringLiteral("one"), {})), 0);
        QCOMPARE(store.add(makePair(QStringLiteral("/b"), QStringLiteral("two"), QStringLiteral("x/"))), 1);
        SavedSyncPair edited = store.pairs().at(0);
        edited.deleteRemote = true;
        store.replace(0, edited);
        store.replace(7, edited); // out of range: ignored
        store.remove(1);
        store.remove(-1);
        QCOMPARE(changed.size(), 4);
        QSettings again(file, QSettings::IniFormat);
        SyncPairStore reopened(&again);
        QCOMPARE(reopened.pairs().size(), 1);
        QVERIFY(reopened.pairs().at(0) == edited);
        QVERIFY(reopened.pairs().at(0).deleteRemote);
    }

    // A pair that cannot be written (a full disk; here a file-size limit) is said in the sync
    // dialog; it stays listed, and the next change that can be written saves it too.
    void pairNotWrittenIsSaid()
    {
        test::AppFixture app;
        MainWindow window(app.context());
        SyncDialog *dialog = window.openSyncDialog();
        QSignalSpy notSaved(window.syncPairs(), &SyncPairStore::notSaved);
        {
            test::FileSizeLimit limit(16);
            window.syncPairs()->add(makePair(QStringLiteral("/data/run-1"), QStringLiteral("lab"), {}));
        }
        QCOMPARE(notSaved.size(), 1);
        QCOMPARE(notSaved.at(0).at(0).value<Error>().code, ErrorCode::DestinationNotWritable);
        QCOMPARE(dialog->resultBar()->kind(), MessageBar::Kind::Error);
        const QString folder = QFileInfo(app.settings.fileName()).absolutePath();
        QVERIFY2(dialog->resultBar()->text().startsWith(QStringLiteral("Haul may not write into the folder “%1”.").arg(folder)),
                 qPrintable(dialog->resultBar()->text()));
        QCOMPARE(dialog->pairList()->topLevelItemCount(), 1);
        QVERIFY(!test::saveScreenshot(dialog, QStringLiteral("sync-pair-not-written")).isEmpty());
        auto onDisk = [&] {
            QFile f(app.settings.fileName()); // the file itself, not QSettings' memory
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(!onDisk().contains("run-1"));
        window.syncPairs()->add(makePair(QStringLiteral("/data/run-2"), QStringLiteral("lab"), {}));
        QCOMPARE(notSaved.size(), 1);
        QVERIFY(onDisk().contains("run-1"));
        QVERIFY(onDisk().contains("run-2"));
    }

    void memoryOnlyStore()
    {
        SyncPairStore store;
        store.add(makePair(QStringLiteral("/a"), QStringLiteral("one"), {}));
        QCOMPARE(store.pairs().size(), 1);
    }

    void destinationAndName_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("name");
        QTest::newRow("whole bucket") << "/data/run42" << "" << "s3://lab/" << "run42";
        QTest::newRow("prefix without slash") << "/data/run42" << "runs/run42" << "s3://lab/runs/run42/" << "run42";
        QTest::newRow("prefix with slash") << "/data/run42/" << "runs/" << "s3://lab/runs/" << "run42";
    }

    void destinationAndName()
    {
        QFETCH(QString, folder);
        QFETCH(QString, prefix);
        QFETCH(QString, destination);
        QFETCH(QString, name);
        const SavedSyncPair p = makePair(folder, QStringLiteral("lab"), prefix);
        QCOMPARE(p.destination(), destination);
        QCOMPARE(p.folderName(), name);
    }

    void planIsCounted()
    {
        FolderPlan plan;
        plan.transfers = {planned(QStringLiteral("p/new1"), 100, CompareReason::New),
                          planned(QStringLiteral("p/new2"), 50, CompareReason::New),
                          planned(QStringLiteral("p/size"), 7, CompareReason::SizeDiffers),
                          planned(QStringLiteral("p/time"), 3, CompareReason::MtimeDiffers)};
        plan.skipped = 38;
        plan.deletions = {QStringLiteral("p/gone1"), QStringLiteral("p/gone2")};
        plan.issues = {FolderIssue{}};
        const PlanSummary s = summarizePlan(plan);
        QCOMPARE(s.newFiles, 2);
        QCOMPARE(s.newBytes, 150);
        QCOMPARE(s.changedFiles, 2);
        QCOMPARE(s.changedBytes, 10);
        QCOMPARE(s.alreadyThere, 38);
        QCOMPARE(s.deletions, 2);
        QCOMPARE(s.problems, 1);
    }

    void previewWordsThePlan()
    {
        SavedSyncPair pair = makePair(QStringLiteral("/data/run42"), QStringLiteral("lab"), QStringLiteral("p"));
        FolderPlan plan;
        plan.transfers = {planned(QStringLiteral("p/new1"), 2048, CompareReason::New),
                          planned(QStringLiteral("p/sub/changed"), 10, CompareReason::SizeDiffers)};
        plan.skipped = 5;
        plan.deletions = {QStringLiteral("p/gone")};
        SyncPreviewDialog dialog(pair);
        QVERIFY(!dialog.syncButton()->isEnabled());
        dialog.setPlan(plan);
        QVERIFY(dialog.syncButton()->isEnabled());
        const QString text = dialog.summaryText();
        QVERIFY2(text.contains(QStringLiteral("New files to upload: 1 (%1)").arg(format::size(2048))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Changed files to upload: 1 (10 bytes)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Already there, not sent again: 5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("kept in the bucket (deleting is off for this pair): 1")), qPrintable(text));
        QCOMPARE(dialog.fileList()->topLevelItemCount(), 3);
        QCOMPARE(dialog.fileList()->topLevelItem(1)->text(0), QStringLiteral("sub/changed")); // without the prefix
        QCOMPARE(dialog.fileList()->topLevelItem(2)->text(2), QStringLiteral("Keep in the bucket"));

        pair.deleteRemote = true;
        SyncPreviewDialog deleting(pair);
        deleting.setPlan(plan);
        QVERIFY(deleting.summaryText().contains(QStringLiteral("deleted from the bucket after you confirm: 1")));
    }

    void previewSaysHowManyItDoesNotList()
    {
        const SavedSyncPair pair = makePair(QStringLiteral("/data/run42"), QStringLiteral("lab"), QStringLiteral("p"));
        FolderPlan plan;
        for (int i = 0; i < SyncPreviewDialog::MaxListedFiles + 3; ++i)
            plan.transfers.append(planned(QStringLiteral("p/f%1").arg(i), 1, CompareReason::New));
        SyncPreviewDialog dialog(pair);
        dialog.setPlan(plan);
        QTreeWidget *list = dialog.fileList();
        QCOMPARE(list->topLevelItemCount(), SyncPreviewDialog::MaxListedFiles + 1);
        QCOMPARE(list->topLevelItem(SyncPreviewDialog::MaxListedFiles)->text(0),
                 QStringLiteral("… and 3 more files, not listed here"));
        const QString all = QStringLiteral("New files to upload: ") + QLocale().toString(SyncPreviewDialog::MaxListedFiles + 3);
        QVERIFY2(dialog.summaryText().contains(all), qPrintable(dialog.summaryText())); // the counts cover every file
    }

    void summaryOfASync_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<QString>("expected");
        const QString head = QStringLiteral("Sync of “run42” to s3://lab/p/ finished: ");
        QTest::newRow("first sync") << int(FolderState::Finished) << 5 << 0 << 0 << 0 << 0
                                    << head + QStringLiteral("5 sent, 0 already there, 0 deleted, 0 failed.");
        QTest::newRow("nothing changed") << int(FolderState::Finished) << 1200 << 1200 << 0 << 0 << 0
                                         << head + QStringLiteral("0 sent, 1,200 already there, 0 deleted, 0 failed.");
        QTest::newRow("deleted, one failed") << int(FolderState::Finished) << 4 << 3 << 1 << 0 << 2
                                             << head + QStringLiteral("1 sent, 3 already there, 2 deleted, 1 failed.");
        QTest::newRow("kept") << int(FolderState::Finished) << 4 << 4 << 0 << 2 << 0
                              << head + QStringLiteral("0 sent, 4 already there, 0 deleted, 0 failed. "
                                                       "Kept in the bucket although gone from the folder: 2.");
        QTest::newRow("cancelled") << int(FolderState::Cancelled) << 0 << 0 << 0 << 0 << 0
                                   << QStringLiteral("The sync of “run42” was cancelled.");
    }

    void summaryOfASync()
    {
        QFETCH(int, state);
        QFETCH(int, done);
        QFETCH(int, skipped);
        QFETCH(int, failed);
        QFETCH(int, kept);
        QFETCH(int, deleted);
        QFETCH(QString, expected);
        FolderSnapshot s;
        s.kind = FolderKind::Sync;
        s.state = FolderState(state);
        s.filesDone = done;
        s.filesSkipped = skipped;
        s.filesFailed = failed;
        s.deleted = deleted;
        const SavedSyncPair pair = makePair(QStringLiteral("/data/run42"), QStringLiteral("lab"), QStringLiteral("p"));
        QCOMPARE(SyncController::summaryText(pair, s, kept), expected);
    }

    void editorChecksAndTidiesThePair()
    {
        test::AppFixture app;
        Account account;
        account.name = QStringLiteral("Lab");
        app.store.save(account);
        SyncPairEditor editor(&app.accounts, &app.buckets);
        QCOMPARE(editor.accountBox()->currentText(), QStringLiteral("Lab"));
        QVERIFY(!editor.deleteBox()->isChecked());
        editor.bucketBox()->setCurrentText(QStringLiteral("lab-data"));
        editor.folderEdit()->setText(m_dir.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!editor.validate());
        QVERIFY(editor.messageBar()->text().contains(QStringLiteral("folder")));
        editor.folderEdit()->setText(m_dir.path() + QStringLiteral("/"));
        editor.bucketBox()->setCurrentText(QStringLiteral("lab/data"));
        QVERIFY(!editor.validate());
        QVERIFY(editor.messageBar()->text().contains(QStringLiteral("bucket")));
        editor.bucketBox()->setCurrentText(QStringLiteral(" lab-data "));
        editor.prefixEdit()->setText(QStringLiteral("/runs/run42/"));
        editor.compareBox()->setCurrentIndex(1);
        QVERIFY(editor.validate());
        const SavedSyncPair p = editor.pair();
        QCOMPARE(p.pair.localFolder, QDir::cleanPath(m_dir.path()));
        QCOMPARE(p.pair.bucket, QStringLiteral("lab-data"));
        QCOMPARE(p.pair.prefix, QStringLiteral("runs/run42/"));
        QCOMPARE(p.pair.accountName, QStringLiteral("Lab"));
        QCOMPARE(p.method, CompareMethod::Checksum);
        QVERIFY(!p.deleteRemote);
        SyncPairEditor again(&app.accounts, &app.buckets); // a stored pair comes back as it was
        again.setPair(p);
        QVERIFY(again.pair() == p);
    }

    void failedSyncSaysWhy()
    {
        FolderSnapshot s;
        s.state = FolderState::Failed;
        s.error = Error(ErrorCode::NoSuchBucket, QStringLiteral("lab"));
        const SavedSyncPair pair = makePair(QStringLiteral("/data/run42"), QStringLiteral("lab"), {});
        const QString text = SyncController::summaryText(pair, s);
        QVERIFY2(text.startsWith(QStringLiteral("The sync of “run42” failed: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("does not exist")), qPrintable(text));
    }
};

QTEST_MAIN(TestSyncPairs)
#include "tst_syncpairs.moc"
