// "Sync a folder" in the real window against a real s3rver, behind the fault proxy that logs
// every request: a pair is made through the dialog (fields typed, buttons clicked), the preview
// of a fresh folder counts every file as new and sends nothing, "Sync now" uploads them all
// through the queue, a second preview and sync find everything already there and send nothing,
// a changed file is the only one sent, and a file deleted locally is never deleted from the
// bucket unless the confirmation (listing exactly its key) is answered with "Delete".
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

#include "../app/guitest.h"
#include "browserpanel.h"
#include "messagebar.h"
#include "proxyprocess.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "syncconfirm.h"
#include "synccontroller.h"
#include "syncdialog.h"
#include "syncpaireditor.h"
#include "syncpairs.h"
#include "syncpreview.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

const QDateTime Base = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);

bool writeFile(const QString &path, const QByteArray &content, const QDateTime &mtime)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false;
    return f.setFileTime(mtime, QFileDevice::FileModificationTime);
}

/// Clicks a button the way a user does (it must be visible and enabled).
void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

template <typename T>
T *visibleChild(QWidget *parent)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

} // namespace

class TestGuiSync : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;
    QString m_local;
    ProxyProcess m_proxy;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    SyncDialog *m_dialog = nullptr;
    const QStringList m_files = {QStringLiteral("a.txt"), QStringLiteral("sub/b.bin"),
                                 QStringLiteral("sub/deep/c.txt"), QStringLiteral("with space.txt"),
                                 QStringLiteral("Zürich+1.csv")};

    int puts() const
    {
        int n = 0;
        for (const QJsonObject &r : m_proxy.requests())
            n += r.value(QStringLiteral("method")).toString() == QLatin1String("PUT");
        return n;
    }

    int posts() const
    {
        int n = 0;
        for (const QJsonObject &r : m_proxy.requests())
            n += r.value(QStringLiteral("method")).toString() == QLatin1String("POST");
        return n;
    }

    QStringList bucketKeys()
    {
        QByteArray out;
        if (runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
                              m_bucket, QStringLiteral("--query"), QStringLiteral("Contents[].Key"),
                              QStringLiteral("--output"), QStringLiteral("text")}, &out) != 0)
            return {QStringLiteral("aws failed")};
        QStringList keys = QString::fromUtf8(out).split(QRegularExpression(QStringLiteral("[\t\n]")), Qt::SkipEmptyParts);
        keys.removeAll(QStringLiteral("None"));
        keys.sort();
        return keys;
    }

    QStringList expectedKeys(const QStringList &files) const
    {
        QStringList keys;
        for (const QString &f : files)
            keys << QStringLiteral("mirror/") + f;
        keys.sort();
        return keys;
    }

    SyncPreviewDialog *openPreview()
    {
        const int before = int(m_dialog->findChildren<SyncPreviewDialog *>().size());
        QTest::mouseClick(m_dialog->previewButton(), Qt::LeftButton);
        const QList<SyncPreviewDialog *> all = m_dialog->findChildren<SyncPreviewDialog *>();
        if (all.size() != before + 1)
            return nullptr;
        SyncPreviewDialog *preview = all.last();
        return QTest::qWaitFor([preview] { return preview->hasPlan(); }, 60000) ? preview : nullptr;
    }

    /// Clicks "Sync now" and waits for the summary; returns the last snapshot.
    FolderSnapshot syncNow(QString *summary = nullptr)
    {
        QSignalSpy finished(m_window->syncController(), &SyncController::syncFinished);
        QTest::mouseClick(m_dialog->syncButton(), Qt::LeftButton);
        if (!finished.wait(120000))
            return {};
        if (summary)
            *summary = finished.at(0).at(1).toString();
        return finished.at(0).at(0).value<FolderSnapshot>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_bucket = uniqueBucketName(QStringLiteral("haul-gui-sync"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        m_local = m_dir.filePath(QStringLiteral("run42"));
        for (int i = 0; i < m_files.size(); ++i)
            QVERIFY(writeFile(m_local + QLatin1Char('/') + m_files[i], QByteArray(100 + i * 37, char('a' + i)),
                              Base.addSecs(i * 60)));
        QVERIFY(m_proxy.start(m_server.endpoint, R"({"rules": []})"));

        m_app = std::make_unique<AppFixture>();
        AccountConnection account = connectionFor(m_server);
        account.account.endpoint = m_proxy.url();
        m_app->store.save(account.account);
        QVERIFY(await<void>([&](auto done) { m_app->memory.writeSecret(account.account.name, m_server.secretKey, done); }));
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->show();
        QSignalSpy loaded(m_window->browser(), &BrowserPanel::loaded);
        m_window->start(account.account.name);
        QVERIFY(loaded.wait(30000));
        m_window->browser()->openLocation(m_bucket, {});
        QVERIFY(loaded.wait(30000));
    }

    void init()
    {
        // each step builds on the pair the first one made
        if (qstrcmp(QTest::currentTestFunction(), "createPairThroughTheDialog") != 0)
            QVERIFY2(m_dialog, "no sync dialog: the first step failed");
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
    }

    void createPairThroughTheDialog()
    {
        QAction *action = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions())
                action = a->text() == QStringLiteral("S&ync a folder…") ? a : action;
        }
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        action->trigger();
        QTRY_VERIFY((m_dialog = visibleChild<SyncDialog>(m_window.get())));
        QCOMPARE(m_dialog->pairList()->topLevelItemCount(), 0);
        QVERIFY(!m_dialog->syncButton()->isEnabled());

        click(m_dialog->addButton());
        SyncPairEditor *editor = nullptr;
        QTRY_VERIFY((editor = visibleChild<SyncPairEditor>(m_dialog)));
        QCOMPARE(editor->accountBox()->currentText(), m_window->account()); // the browser's location
        QCOMPARE(editor->bucketBox()->currentText(), m_bucket);
        QVERIFY(!editor->deleteBox()->isChecked()); // off unless ticked
        QDialogButtonBox *buttons = editor->findChild<QDialogButtonBox *>();
        click(buttons->button(QDialogButtonBox::Ok)); // no folder yet: refused, says why
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->messageBar()->isHidden());
        editor->folderEdit()->setFocus();
        QTest::keyClicks(editor->folderEdit(), m_local);
        QVERIFY(editor->messageBar()->isHidden()); // typing clears the refusal
        editor->prefixEdit()->setFocus();
        QTest::keyClicks(editor->prefixEdit(), QStringLiteral("mirror"));
        QVERIFY(editor->grab().save(QStringLiteral("/tmp/haul-sync-editor.png")));
        click(buttons->button(QDialogButtonBox::Ok));
        QTRY_VERIFY(!editor->isVisible());

        QCOMPARE(m_dialog->pairList()->topLevelItemCount(), 1);
        QCOMPARE(m_dialog->pairList()->topLevelItem(0)->text(1), QStringLiteral("s3://%1/mirror/").arg(m_bucket));
        QCOMPARE(m_dialog->currentPair(), 0);
        QSettings stored(m_app->settings.fileName(), QSettings::IniFormat);
        const QList<SavedSyncPair> pairs = loadSyncPairs(stored);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).pair.localFolder, m_local);
        QCOMPARE(pairs.at(0).pair.bucket, m_bucket);
        QCOMPARE(pairs.at(0).pair.prefix, QStringLiteral("mirror"));
        QVERIFY(!pairs.at(0).deleteRemote);
    }

    void previewOfAFreshFolder()
    {
        QSignalSpy added(&m_app->transfers, &TransferManager::transfersAdded);
        SyncPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->summary().newFiles, qint64(m_files.size()));
        QCOMPARE(preview->summary().changedFiles, 0);
        QCOMPARE(preview->summary().alreadyThere, 0);
        QCOMPARE(preview->summary().deletions, 0);
        QCOMPARE(preview->fileList()->topLevelItemCount(), m_files.size());
        QVERIFY2(preview->summaryText().contains(QStringLiteral("New files to upload: 5 (")), qPrintable(preview->summaryText()));
        QCOMPARE(added.size(), 0);
        QCOMPARE(puts(), 0);
        QCOMPARE(bucketKeys(), QStringList());
        preview->close();
    }

    void syncUploadsEverything()
    {
        QString summary;
        const FolderSnapshot s = syncNow(&summary);
        QCOMPARE(s.state, FolderState::Finished);
        QCOMPARE(s.filesDone, qint64(m_files.size()));
        QCOMPARE(s.filesSkipped, 0);
        QCOMPARE(s.filesFailed, 0);
        QCOMPARE(bucketKeys(), expectedKeys(m_files));
        QCOMPARE(summary, QStringLiteral("Sync of “run42” to s3://%1/mirror/ finished: 5 sent, 0 already there, "
                                         "0 deleted, 0 failed.").arg(m_bucket));
        QCOMPARE(m_dialog->resultBar()->text(), summary);
        QCOMPARE(m_window->statusBar()->currentMessage(), summary);
        QTRY_COMPARE(m_window->queue()->model()->totals().active, 0); // the files went through the queue
        QVERIFY(m_dialog->grab().save(QStringLiteral("/tmp/haul-sync-dialog.png")));
        QVERIFY(!modalOpen());
    }

    void secondPreviewAndSyncSendNothing()
    {
        QTest::qWait(300); // the proxy logs a request just after answering it
        const int putsBefore = puts();
        QSignalSpy added(&m_app->transfers, &TransferManager::transfersAdded);
        SyncPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->summary().alreadyThere, qint64(m_files.size()));
        QCOMPARE(preview->summary().newFiles + preview->summary().changedFiles, 0);
        QCOMPARE(preview->fileList()->topLevelItemCount(), 0);
        preview->close();
        QString summary;
        const FolderSnapshot s = syncNow(&summary);
        QCOMPARE(s.filesSkipped, qint64(m_files.size()));
        QVERIFY2(summary.contains(QStringLiteral("0 sent, 5 already there")), qPrintable(summary));
        QTest::qWait(300);
        QCOMPARE(puts(), putsBefore);
        QCOMPARE(added.size(), 0);
    }

    void changedFileIsTheOnlyOneSent()
    {
        QTest::qWait(300);
        const qsizetype logBefore = m_proxy.requests().size();
        QVERIFY(writeFile(m_local + QStringLiteral("/sub/b.bin"), QByteArray(999, 'z'), Base.addDays(1)));
        SyncPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->summary().changedFiles, 1);
        QCOMPARE(preview->summary().newFiles, 0);
        QCOMPARE(preview->summary().alreadyThere, qint64(m_files.size() - 1));
        QCOMPARE(preview->fileList()->topLevelItemCount(), 1);
        QCOMPARE(preview->fileList()->topLevelItem(0)->text(0), QStringLiteral("sub/b.bin"));
        QCOMPARE(preview->fileList()->topLevelItem(0)->text(2), QStringLiteral("Upload: size changed"));
        const QString shot = QStringLiteral("/tmp/haul-sync-preview.png");
        QVERIFY(preview->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        QSignalSpy finished(m_window->syncController(), &SyncController::syncFinished);
        click(preview->syncButton()); // "Sync now" from the preview
        QVERIFY(finished.wait(120000));
        const FolderSnapshot s = finished.at(0).at(0).value<FolderSnapshot>();
        QCOMPARE(s.filesDone - s.filesSkipped, 1);
        QTest::qWait(300);
        QStringList sent;
        const QList<QJsonObject> log = m_proxy.requests();
        for (qsizetype i = logBefore; i < log.size(); ++i) {
            if (log[i].value(QStringLiteral("method")).toString() == QLatin1String("PUT"))
                sent << log[i].value(QStringLiteral("path")).toString();
        }
        QCOMPARE(sent, QStringList{QStringLiteral("/%1/mirror/sub/b.bin").arg(m_bucket)});
    }

    void vanishedFileIsKeptWhenDeletingIsOff()
    {
        QVERIFY(QFile::remove(m_local + QStringLiteral("/a.txt")));
        QString summary;
        const FolderSnapshot s = syncNow(&summary);
        QCOMPARE(s.state, FolderState::Finished);
        QCOMPARE(s.deleted, 0);
        QVERIFY(!visibleChild<DeletionConfirmDialog>(m_dialog)); // never asked
        QVERIFY2(summary.contains(QStringLiteral("Kept in the bucket although gone from the folder: 1.")), qPrintable(summary));
        QCOMPARE(bucketKeys(), expectedKeys(m_files));
        QCOMPARE(posts(), 0);
    }

    void deletionIsConfirmedFirst()
    {
        click(m_dialog->editButton());
        SyncPairEditor *editor = nullptr;
        QTRY_VERIFY((editor = visibleChild<SyncPairEditor>(m_dialog)));
        QCOMPARE(editor->prefixEdit()->text(), QStringLiteral("mirror"));
        click(editor->deleteBox());
        QVERIFY(editor->deleteBox()->isChecked());
        click(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY(!editor->isVisible());
        QVERIFY(m_window->syncPairs()->pairs().at(0).deleteRemote);

        // "Keep them": nothing deleted
        QSignalSpy asked(m_window->syncController(), &SyncController::deletionQuestionOpened);
        QSignalSpy finished(m_window->syncController(), &SyncController::syncFinished);
        click(m_dialog->syncButton());
        QVERIFY(asked.wait(60000));
        DeletionConfirmDialog *confirm = visibleChild<DeletionConfirmDialog>(m_dialog);
        QVERIFY(confirm);
        const QString gone = QStringLiteral("mirror/a.txt");
        QCOMPARE(confirm->keys(), QStringList{gone});
        QCOMPARE(confirm->keyList()->count(), 1);
        QCOMPARE(confirm->keyList()->item(0)->text(), gone);
        QCOMPARE(confirm->countText(), QStringLiteral("Files to delete: 1"));
        QCOMPARE(confirm->deleteButton()->text(), QStringLiteral("&Delete 1 file")); // plural from haul_en.ts
        QVERIFY(confirm->keepButton()->isDefault());
        const QString shot = QStringLiteral("/tmp/haul-sync-confirm.png");
        QVERIFY(confirm->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        click(confirm->keepButton());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<FolderSnapshot>().deleted, 0);
        QCOMPARE(bucketKeys(), expectedKeys(m_files));
        QCOMPARE(posts(), 0);

        // "Delete 1 file": deleted, and only that
        click(m_dialog->syncButton());
        QVERIFY(asked.wait(60000));
        confirm = visibleChild<DeletionConfirmDialog>(m_dialog);
        QVERIFY(confirm);
        QCOMPARE(confirm->keys(), QStringList{gone});
        click(confirm->deleteButton());
        QVERIFY(finished.wait(60000));
        const FolderSnapshot s = finished.at(1).at(0).value<FolderSnapshot>();
        QCOMPARE(s.deleted, 1);
        QVERIFY2(finished.at(1).at(1).toString().contains(QStringLiteral("1 deleted, 0 failed")),
                 qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(bucketKeys(), expectedKeys(m_files.mid(1)));
        QTRY_COMPARE(posts(), 1); // one DeleteObjects
        QVERIFY(!modalOpen());
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
