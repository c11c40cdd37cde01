// The user guide's pictures, taken from the real window: a private s3rver with the buckets
// "demo" and "microscopy-2024", files with fixed names, a 1000×680 window. Each picture is
// taken only after the widgets shown are checked to be in the state the guide describes.
//
// HAUL_UPDATE_DOCS=1 writes the pictures into docs/images/ (README's main-window.png among
// them); otherwise into <build>/screenshots, where nothing is compared.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "browseractions.h"
#include "browserpanel.h"
#include "firstrun.h"
#include "messagebar.h"
#include "partbar.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "settingsdialog.h"
#include "sharedialog.h"
#include "synccontroller.h"
#include "syncdialog.h"
#include "syncpairs.h"
#include "syncpreview.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

const QString kServersScript = QStringLiteral(HAUL_SOURCE_DIR "/tests/servers/servers.sh");

QString outputDir()
{
    if (qEnvironmentVariableIntValue("HAUL_UPDATE_DOCS") == 1)
        return QStringLiteral(HAUL_SOURCE_DIR "/docs/images");
    return screenshotDir();
}

bool runServers(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("S3RVER_BUCKETS"), QStringLiteral("demo microscopy-2024"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"), QStringList{kServersScript} + args);
    return p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestGuideScreenshots : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_serversDir;
    QTemporaryDir m_files;
    TestServer m_server;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;
    QString m_out;

    /// A file of `size` reproducible bytes called `name` in the files folder.
    QString file(const QString &name, qint64 size, quint32 seed)
    {
        const QString path = m_files.filePath(name);
        if (!QFileInfo::exists(path))
            QFile::rename(makeRandomFile(m_files.path(), size, seed), path);
        return path;
    }

    void put(const QString &name, qint64 size, const QString &key)
    {
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"),
                                   file(name, size, quint32(size % 1000)), QStringLiteral("s3://demo/") + key}), 0);
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(50);
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("picture: %s", qPrintable(path));
    }

    QueueModel *queue() const { return m_window->queue()->model(); }

    int rowNamed(const QString &fileName) const
    {
        for (int row = 0; row < queue()->rowCount(); ++row) {
            if (QFileInfo(queue()->snapshot(row).localPath).fileName() == fileName)
                return row;
        }
        return -1;
    }

    void selectBrowserRows(const QStringList &names)
    {
        QTreeView *view = m_window->browser()->view();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (names.contains(index.data().toString()))
                view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    /// Limits the transfers as the Settings dialog would (the window applies it at once).
    void setLimits(int connections, int mibPerSecond)
    {
        Preferences p = m_app->preferences.preferences();
        p.connections = connections;
        p.bandwidthMiBps = mibPerSecond;
        m_app->preferences.setPreferences(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_serversDir.isValid() && m_files.isValid());
        QVERIFY2(runServers({QStringLiteral("start"), m_serversDir.path(), QStringLiteral("s3rver")}),
                 "could not start a private s3rver");
        qputenv("HAUL_SERVERS_ENV", m_serversDir.filePath(QStringLiteral("servers.env")).toLocal8Bit());
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY(!m_server.name.isEmpty());
        put(QStringLiteral("plate-01.tif"), 3 * 1024 * 1024, QStringLiteral("plate-01.tif"));
        put(QStringLiteral("plate-02.tif"), 3 * 1024 * 1024 + 1, QStringLiteral("plate-02.tif"));
        put(QStringLiteral("notes.txt"), 2200, QStringLiteral("notes.txt"));
        put(QStringLiteral("sample-A01.fastq.gz"), 1024 * 1024, QStringLiteral("run-2024-06-12/sample-A01.fastq.gz"));
        m_out = outputDir();
        QVERIFY(QDir().mkpath(m_out));
        installTranslators(QCoreApplication::instance());
        m_app = std::make_unique<AppFixture>();
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->resize(1000, 680);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
        runServers({QStringLiteral("stop"), m_serversDir.path()});
        // named so for the pictures (the queue shows the path), so not a QTemporaryDir
        QDir(QDir::temp().filePath(QStringLiteral("Lab data"))).removeRecursively();
    }

    void firstRun()
    {
        m_window->start();
        auto *wizard = m_window->findChild<FirstRunWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        AccountDialog *form = wizard->accountForm();
        form->nameEdit()->setText(QStringLiteral("Institute storage"));
        form->serviceBox()->setCurrentIndex(1);
        form->endpointEdit()->setText(QStringLiteral("https://s3.example.org"));
        form->accessKeyEdit()->setText(QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        form->secretEdit()->setText(QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        QVERIFY(form->validate());
        QVERIFY(form->endpointEdit()->isVisible());
        shoot(wizard, QStringLiteral("first-run-account"));

        // The pictures show example values; the assistant goes on with the demo store's.
        form->endpointEdit()->setText(m_server.endpoint.toString());
        form->accessKeyEdit()->setText(m_server.accessKey);
        form->secretEdit()->setText(m_server.secretKey);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QCOMPARE(wizard->connectMessage()->kind(), MessageBar::Kind::Success);
        QCOMPARE(wizard->connectMessage()->text(),
                 QStringLiteral("Connected: this account sees 2 buckets. The account is saved."));
        shoot(wizard, QStringLiteral("first-run-connected"));

        wizard->next();
        QCOMPARE(wizard->bucketList()->count(), 2);
        QCOMPARE(wizard->chosenBucket(), QStringLiteral("demo"));
        shoot(wizard, QStringLiteral("first-run-bucket"));
        wizard->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->browser()->bucket(), QStringLiteral("demo"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->browser()->isLoading(), 10000);
        QCOMPARE(m_window->browser()->model()->rowCount(), 4); // run-2024-06-12/, notes.txt, 2 plates
        QVERIFY(m_window->browser()->messageBar()->isHidden());
        shoot(m_window.get(), QStringLiteral("browse-bucket"));
    }

    void uploadByDragging()
    {
        QCOMPARE(m_window->account(), QStringLiteral("Institute storage"));
        setLimits(4, 24); // four parts at a time: the part bar shows done, sending and waiting parts
        dropFiles(m_window.get(), {file(QStringLiteral("scan-0042.tif"), 192 * 1024 * 1024, 42),
                                   file(QStringLiteral("plate-03.tif"), 3 * 1024 * 1024 + 3, 3),
                                   file(QStringLiteral("plate-04.tif"), 2 * 1024 * 1024 + 4, 4)});
        QTRY_COMPARE_WITH_TIMEOUT(queue()->rowCount(), 3, 10000);
        const int big = rowNamed(QStringLiteral("scan-0042.tif"));
        QVERIFY(big >= 0);
        m_window->queue()->view()->setCurrentIndex(queue()->index(big, 0));
        auto fraction = [this, big] {
            const TransferSnapshot &s = queue()->snapshot(big);
            return s.size > 0 ? double(s.transferred) / double(s.size) : 0.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fraction() >= 0.45 && queue()->totals().succeeded == 2, 60000);
        const TransferSnapshot s = queue()->snapshot(big);
        QCOMPARE(s.state, TransferState::Running);
        QVERIFY(fraction() < 0.8);
        QVERIFY2(s.partCount == 24 && s.partsDone > 4 && s.partsDone < 20,
                 qPrintable(QStringLiteral("%1 of %2 parts").arg(s.partsDone).arg(s.partCount)));
        QVERIFY(m_window->queue()->partBar()->isVisible());
        QCOMPARE(m_window->queue()->partBar()->parts().states.size(), 24);
        QVERIFY(!m_window->statusText().isEmpty());
        shoot(m_window.get(), QStringLiteral("main-window"));
    }

    void pauseAndResume()
    {
        const int row = rowNamed(QStringLiteral("scan-0042.tif"));
        QVERIFY(row >= 0);
        QVERIFY(!queue()->snapshot(row).isFinished());
        m_window->activateWindow(); // the assistant had the focus
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->queue()->view()->setFocus();
        QTest::keyClick(m_window->queue()->view(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->snapshot(row).state, TransferState::Paused, 10000);
        QTest::qWait(600); // the speed column settles
        QCOMPARE(queue()->index(row, QueueModel::State).data().toString(), QStringLiteral("Paused"));
        shoot(m_window.get(), QStringLiteral("pause-resume"));
        QTest::keyClick(m_window->queue()->view(), Qt::Key_Space);
        setLimits(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(queue()->totals().active == 0, 120000);
        QCOMPARE(queue()->totals().failed, 0);
    }

    void download()
    {
        m_app->transfers.clearFinished();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->rowCount(), 0, 10000);
        m_window->browser()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->browser()->isLoading(), 10000);
        QCOMPARE(m_window->browser()->model()->rowCount(), 7);
        selectBrowserRows({QStringLiteral("plate-01.tif"), QStringLiteral("plate-02.tif")});
        QCOMPARE(m_window->browser()->selectedEntries().size(), 2);
        const QString into = QDir::temp().filePath(QStringLiteral("Lab data"));
        QDir(into).removeRecursively();
        QVERIFY(QDir().mkpath(into));
        m_window->queueDownloads(m_window->browser()->selectedEntries(), into);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(queue()->totals().active == 0, 60000);
        QCOMPARE(queue()->totals().succeeded, 2);
        m_window->statusBar()->clearMessage();
        shoot(m_window.get(), QStringLiteral("download"));
        QCOMPARE(fileMd5(QDir(into).filePath(QStringLiteral("plate-01.tif"))),
                 fileMd5(m_files.filePath(QStringLiteral("plate-01.tif"))));
    }

    void shareLink()
    {
        selectBrowserRows({QStringLiteral("plate-01.tif")});
        m_window->browserActions()->shareAction()->trigger();
        ShareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShareDialog *>()) && dialog->isVisible());
        dialog->setExpiry(7 * 24 * 3600);
        dialog->copyLink();
        QVERIFY(dialog->link().contains(QStringLiteral("X-Amz-Expires=604800")));
        QVERIFY(!dialog->expiryText().isEmpty());
        shoot(dialog, QStringLiteral("share-link"));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        dialog->close();
    }

    void settings()
    {
        m_window->openSettings();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->preferences(), Preferences());
        shoot(dialog, QStringLiteral("settings"));
        dialog->reject();
    }

    void errorInTheQueue()
    {
        m_app->transfers.clearFinished();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->rowCount(), 0, 10000);
        m_window->queueUploadsTo({file(QStringLiteral("plate-05.tif"), 4096, 5)}, QStringLiteral("old-project"), {});
        QTRY_COMPARE_WITH_TIMEOUT(queue()->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(queue()->snapshot(0).isFinished(), 60000);
        QCOMPARE(queue()->snapshot(0).state, TransferState::Failed);
        QCOMPARE(queue()->snapshot(0).error.code, ErrorCode::NoSuchBucket);
        m_window->queue()->view()->setCurrentIndex(queue()->index(0, 0));
        QVERIFY(m_window->statusText().contains(QStringLiteral("does not exist")));
        shoot(m_window.get(), QStringLiteral("error"));
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    void syncAFolder()
    {
        if (m_window->account().isEmpty()) { // run on its own: the account the first run makes
            AccountConnection account = connectionFor(m_server);
            account.account.name = QStringLiteral("Institute storage");
            m_app->store.save(account.account);
            QVERIFY(await<void>([&](auto done) { m_app->memory.writeSecret(account.account.name, m_server.secretKey, done); }));
            m_window->start(account.account.name);
            QTRY_COMPARE_WITH_TIMEOUT(m_window->account(), account.account.name, 20000);
        }
        // In the bucket: one sample already there, an older RunInfo.xml, a sample sheet since removed.
        put(QStringLiteral("RunInfo-old.xml"), 1800, QStringLiteral("run-2024-06-12/RunInfo.xml"));
        put(QStringLiteral("SampleSheet-old.csv"), 900, QStringLiteral("run-2024-06-12/SampleSheet-v1.csv"));
        const QString local = QDir::temp().filePath(QStringLiteral("Lab data/run-2024-06-12"));
        QDir(local).removeRecursively();
        QVERIFY(QDir().mkpath(local));
        const QDateTime measured(QDate(2024, 6, 12), QTime(18, 40), Qt::UTC); // before the uploads
        const QList<std::pair<QString, qint64>> files = {{QStringLiteral("sample-A01.fastq.gz"), 1024 * 1024},
                                                         {QStringLiteral("sample-A02.fastq.gz"), 1024 * 1024 + 77},
                                                         {QStringLiteral("sample-B01.fastq.gz"), 2 * 1024 * 1024 + 5},
                                                         {QStringLiteral("RunInfo.xml"), 2300},
                                                         {QStringLiteral("SampleSheet.csv"), 1200}};
        for (const auto &[name, size] : files) {
            const QString path = QDir(local).filePath(name);
            QVERIFY(QFile::copy(file(name, size, quint32(size % 1000)), path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.setFileTime(measured, QFileDevice::FileModificationTime));
        }
        SavedSyncPair pair;
        pair.pair = SyncPair{m_window->account(), local, QStringLiteral("demo"), QStringLiteral("run-2024-06-12")};
        pair.deleteRemote = true;
        m_window->syncPairs()->add(pair);
        SyncDialog *dialog = m_window->openSyncDialog();
        QCOMPARE(dialog->pairList()->topLevelItemCount(), 1);
        SyncPreviewDialog *preview = m_window->syncController()->preview(pair, dialog);
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasPlan(), 30000);
        QCOMPARE(preview->summary().newFiles, 3);
        QCOMPARE(preview->summary().changedFiles, 1);
        QCOMPARE(preview->summary().alreadyThere, 1);
        QCOMPARE(preview->summary().deletions, 1);
        QCOMPARE(preview->fileList()->topLevelItemCount(), 5);
        shoot(preview, QStringLiteral("sync-preview"));
        const QStringList unnamed = unnamedControls(preview);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        preview->close();
        dialog->close();
    }
};

QTEST_MAIN(TestGuideScreenshots)
#include "tst_guide_screenshots.moc"
