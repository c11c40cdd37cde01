// The real window against a real server (s3rver): a file dropped onto the window ends up in the
// bucket, verified; and the `haul` program itself, driven by its command line as scripts do.
#include <QDragEnterEvent>
#include <QMimeData>
#include <QProcess>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "browserpanel.h"
#include "messagebar.h"
#include "queuemodel.h"
#include "partbar.h"
#include "queuepanel.h"
#include "haulprocess.h"
#include "proxyprocess.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

class TestGuiUpload : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;

    QString makeBucket()
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-gui"));
        return runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) == 0
            ? bucket : QString();
    }

    /// Saves `account` with its secret in the fixture's stores, starts `window` on it and opens
    /// `bucket` in the browser; false (with a test failure) when something does not load.
    static bool openBucket(AppFixture &app, MainWindow &window, const AccountConnection &account,
                           const QString &secret, const QString &bucket)
    {
        app.store.save(account.account);
        if (!await<void>([&](auto done) { app.memory.writeSecret(account.account.name, secret, done); }))
            return false;
        window.resize(1000, 680);
        window.show();
        QSignalSpy loaded(window.browser(), &BrowserPanel::loaded);
        window.start(account.account.name);
        if (!loaded.wait(30000))
            return false;
        window.browser()->openLocation(bucket, {});
        return loaded.wait(30000);
    }

    bool objectExists(const QString &bucket, const QString &key, qint64 size)
    {
        QByteArray out;
        const int rc = runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"),
                                         bucket, QStringLiteral("--key"), key}, &out);
        return rc == 0 && out.contains(QByteArray(QByteArray("\"ContentLength\": ") + QByteArray::number(size)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
    }

    void droppedFileLandsInTheBucket()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        const QString readme = makeRandomFile(m_dir.path(), 2048, 7);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), readme,
                                   QStringLiteral("s3://%1/raw/plate-01.tif").arg(bucket)}), 0);
        // (one level only: s3rver 3.7.1 leaves out common prefixes of keys nested deeper)

        AppFixture app;
        AccountConnection account = connectionFor(m_server);
        app.store.save(account.account);
        QVERIFY(await<void>([&](auto done) { app.memory.writeSecret(account.account.name, m_server.secretKey, done); }));
        MainWindow window(app.context());
        window.show();
        QSignalSpy loaded(window.browser(), &BrowserPanel::loaded);
        window.start(account.account.name);
        QVERIFY(loaded.wait(30000));
        QVERIFY2(window.browser()->messageBar()->isHidden(), qPrintable(window.browser()->messageBar()->text()));
        window.browser()->openLocation(bucket, {});
        QVERIFY(loaded.wait(30000));
        QVERIFY2(window.browser()->messageBar()->isHidden(), qPrintable(window.browser()->messageBar()->text()));
        QCOMPARE(window.browser()->model()->rowCount(), 1); // the folder raw/

        const QString file = makeRandomFile(m_dir.path(), 5 * 1024 * 1024 + 3, 11);
        dropFiles(&window, {file});
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE(queue->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).isFinished(), 120000);
        const TransferSnapshot s = queue->snapshot(0);
        QVERIFY2(s.state == TransferState::Verified, qPrintable(QueueModel::stateText(s) + QLatin1Char(' ') + s.error.technical()));
        QCOMPARE(queue->index(0, QueueModel::State).data().toString(), QStringLiteral("Verified"));
        const QString key = QFileInfo(file).fileName();
        QVERIFY(objectExists(bucket, key, 5 * 1024 * 1024 + 3));
        QVERIFY(!modalOpen());

        // The folder shown is listed again by itself once the upload into it is stored.
        QTRY_COMPARE_WITH_TIMEOUT(window.browser()->model()->rowCount(), 2, 20000);
        QTRY_VERIFY(!window.browser()->isLoading());
        window.queue()->view()->setCurrentIndex(queue->index(0, 0));
        QTest::qWait(300);
        const QString shot = saveScreenshot(&window, QStringLiteral("main-window"));
        QVERIFY(!shot.isEmpty());
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void twoDroppedFilesOnePausedAndResumed()
    {
        // Ceph RGW behind the shaping proxy: slow enough to pause, and multipart ETags to verify
        const TestServer rgw = testServer(QStringLiteral("rgw"));
        const QString bucket = uniqueBucketName(QStringLiteral("haul-gui-pause"));
        QCOMPARE(runAws(rgw, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        ProxyProcess proxy;
        QVERIFY(proxy.start(rgw.endpoint, R"({"rate_per_conn": 2000000, "rules": []})"));
        EngineOptions options;
        options.multipartThreshold = 5 * 1024 * 1024;
        options.partSize = 5 * 1024 * 1024;
        options.maxConnections = 4;
        AppFixture app(nullptr, {}, options);
        AccountConnection account = connectionFor(rgw);
        account.account.endpoint = proxy.url();
        MainWindow window(app.context());
        QVERIFY(openBucket(app, window, account, rgw.secretKey, bucket));

        const QString a = makeRandomFile(m_dir.path(), 20 * 1024 * 1024, 51);
        const QString b = makeRandomFile(m_dir.path(), 20 * 1024 * 1024 + 7, 52);
        dropFiles(&window, {a, b});
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE(queue->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).transferred > 0, 30000);
        window.queue()->view()->setCurrentIndex(queue->index(0, 0));
        QVERIFY(window.queue()->pauseAction()->isEnabled());
        window.queue()->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(queue->snapshot(0).state, TransferState::Paused, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(1).transferred > 4 * 1024 * 1024, 30000);
        QTest::qWait(300);
        QVERIFY(!window.queue()->partBar()->isHidden());
        QVERIFY(!saveScreenshot(&window, QStringLiteral("queue-one-paused")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(1).isFinished(), 60000);
        QCOMPARE(queue->snapshot(0).state, TransferState::Paused); // still waiting for the user
        window.queue()->view()->setCurrentIndex(queue->index(0, 0));
        QVERIFY(window.queue()->resumeAction()->isEnabled());
        window.queue()->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).isFinished(), 60000);
        for (int row = 0; row < 2; ++row) {
            const TransferSnapshot s = queue->snapshot(row);
            QVERIFY2(s.state == TransferState::Verified, qPrintable(s.error.technical()));
            QCOMPARE(s.verifiedBy, VerifyMethod::MultipartEtag);
            QCOMPARE(s.partCount, row == 0 ? 4 : 5); // 20 MiB, 20 MiB + 7 in 5 MiB parts
        }
        for (int n = 1; n <= 5; ++n) // pausing sent no stored part twice
            QCOMPARE(proxy.count(QStringLiteral("PUT"), QStringLiteral("partNumber=%1&").arg(n), 200), n <= 4 ? 2 : 1);
        QVERIFY(!modalOpen());
    }

    void pauseAllAndResumeAllFromTheToolbar()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        ProxyProcess proxy; // 1 MB/s per connection: both uploads are mid-way when paused
        QVERIFY(proxy.start(m_server.endpoint, R"({"rate_per_conn": 1000000, "rules": []})"));
        EngineOptions options;
        options.multipartThreshold = 5 * 1024 * 1024;
        options.partSize = 5 * 1024 * 1024;
        options.maxConnections = 4;
        AppFixture app(nullptr, {}, options);
        AccountConnection account = connectionFor(m_server);
        account.account.endpoint = proxy.url();
        MainWindow window(app.context());
        QVERIFY(openBucket(app, window, account, m_server.secretKey, bucket));

        dropFiles(&window, {makeRandomFile(m_dir.path(), 12 * 1024 * 1024, 61),
                            makeRandomFile(m_dir.path(), 8 * 1024 * 1024 + 5, 62)});
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE(queue->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).transferred > 0, 30000);
        auto *toolbar = window.findChild<QToolBar *>();
        QVERIFY(toolbar);
        auto buttonFor = [&](const QString &text) -> QWidget * {
            for (QAction *a : toolbar->actions()) {
                if (a->text() == text)
                    return toolbar->widgetForAction(a);
            }
            return nullptr;
        };
        QWidget *pauseAll = buttonFor(QStringLiteral("Pause &all"));
        QWidget *resumeAll = buttonFor(QStringLiteral("Resume a&ll"));
        QVERIFY(pauseAll && resumeAll);
        QTest::mouseClick(pauseAll, Qt::LeftButton);
        for (int row = 0; row < 2; ++row)
            QTRY_COMPARE_WITH_TIMEOUT(queue->snapshot(row).state, TransferState::Paused, 10000);
        const qint64 pausedAt = queue->snapshot(0).transferred;
        QTest::qWait(1500);
        QCOMPARE(queue->snapshot(0).state, TransferState::Paused); // nothing moves while paused
        QVERIFY(queue->snapshot(0).transferred <= pausedAt);
        QTest::mouseClick(resumeAll, Qt::LeftButton);
        for (int row = 0; row < 2; ++row) {
            QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(row).isFinished(), 120000);
            const TransferSnapshot s = queue->snapshot(row);
            QVERIFY2(s.state == TransferState::Verified, qPrintable(s.error.technical()));
        }
    }

    void commandLineUploadsAndQuits()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        const QString a = makeRandomFile(m_dir.path(), 300000, 21);
        const QString b = makeRandomFile(m_dir.path(), 1, 22);
        QTemporaryDir home;
        const QString shot = QDir(screenshotDir()).filePath(QStringLiteral("command-line-upload.png"));
        QFile::remove(shot);
        const Run run = runHaul({a, b, QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--to"),
                                 QStringLiteral("s3://%1/in").arg(bucket), QStringLiteral("--quit-when-done"),
                                 QStringLiteral("--screenshot"), shot, QStringLiteral("--screenshot-at"), QStringLiteral("100")},
                                haulEnvironment(m_server, m_server.endpoint, home.path()));
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        QVERIFY(objectExists(bucket, QStringLiteral("in/") + QFileInfo(a).fileName(), 300000));
        QVERIFY(objectExists(bucket, QStringLiteral("in/") + QFileInfo(b).fileName(), 1));
        QVERIFY2(run.out.contains(QStringLiteral("2 transfers succeeded")), qPrintable(run.out));
        QVERIFY(QFileInfo(shot).size() > 0);
    }

    void commandLineDownloadsAFolder()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        const QString a = makeRandomFile(m_dir.path(), 4000, 31);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), a,
                                   QStringLiteral("s3://%1/set/sub/a.bin").arg(bucket)}), 0);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), a,
                                   QStringLiteral("s3://%1/set/top.bin").arg(bucket)}), 0);
        QTemporaryDir home, into;
        const Run run = runHaul({QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--download"),
                                 QStringLiteral("s3://%1/set/").arg(bucket), QStringLiteral("--to"), into.path(),
                                 QStringLiteral("--quit-when-done")},
                                haulEnvironment(m_server, m_server.endpoint, home.path()));
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        // the folder arrives as itself: DIR/set/…
        QCOMPARE(fileMd5(into.filePath(QStringLiteral("set/top.bin"))), fileMd5(a));
        QCOMPARE(fileMd5(into.filePath(QStringLiteral("set/sub/a.bin"))), fileMd5(a));
        QVERIFY(!QFileInfo::exists(into.filePath(QStringLiteral("top.bin"))));
    }

    void commandLineFailureIsExplained()
    {
        const QString a = makeRandomFile(m_dir.path(), 1000, 41);
        QTemporaryDir home;
        const QString missing = uniqueBucketName(QStringLiteral("haul-missing"));
        const Run run = runHaul({a, QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--to"),
                                 QStringLiteral("s3://%1/").arg(missing), QStringLiteral("--quit-when-done")},
                                haulEnvironment(m_server, m_server.endpoint, home.path()));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("The bucket “%1” does not exist.").arg(missing)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("NoSuchBucket")), qPrintable(run.err)); // the technical detail
    }

    /// A store whose ETag is not an MD5 (the proxy replaces s3rver's for the first file): that
    /// file is stored but not verified, so the status is 3, not 0, and a line says why.
    void commandLineNotVerifiedHasItsOwnStatus()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        ProxyProcess proxy;
        const QByteArray scenario = R"({"rules": [
            {"match": {"method": "PUT", "path": "/opaque[.]bin$"}, "action": "set_headers",
             "headers": {"ETag": "'not-an-md5'"}}]})";
        QVERIFY(proxy.start(m_server.endpoint, scenario));
        QDir local(m_dir.filePath(QStringLiteral("nv")));
        QVERIFY(local.mkpath(QStringLiteral(".")));
        const QString opaque = local.filePath(QStringLiteral("opaque.bin"));
        QVERIFY(QFile::rename(makeRandomFile(local.path(), 2000, 51), opaque));
        const QString plain = makeRandomFile(local.path(), 3000, 52);
        QTemporaryDir home;
        QProcessEnvironment env = haulEnvironment(m_server, m_server.endpoint, home.path());
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), proxy.url().toString());
        const QStringList args{QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--to"),
                               QStringLiteral("s3://%1/nv/").arg(bucket), QStringLiteral("--quit-when-done")};
        Run run = runHaul(QStringList{opaque, plain} + args, env);
        QVERIFY2(run.status == 3, qPrintable(QString::number(run.status) + run.err + run.out));
        QVERIFY2(run.err.contains(opaque + QStringLiteral(": stored, but not verified")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(plain), qPrintable(run.err)); // that one was verified
        QVERIFY(objectExists(bucket, QStringLiteral("nv/opaque.bin"), 2000));
        run = runHaul(QStringList{plain} + args, env); // the same through the proxy: verified
        QVERIFY2(run.status == 0, qPrintable(QString::number(run.status) + run.err + run.out));
    }

    /// --if-exists for an object and for a folder: skip keeps a different file that is there,
    /// the default (skip-identical) and overwrite replace it; all exit 0.
    void commandLineIfExists()
    {
        const QString bucket = makeBucket();
        QVERIFY(!bucket.isEmpty());
        const QString a = makeRandomFile(m_dir.path(), 4000, 61);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), a,
                                   QStringLiteral("s3://%1/set/a.bin").arg(bucket)}), 0);
        QTemporaryDir home, into;
        const QProcessEnvironment env = haulEnvironment(m_server, m_server.endpoint, home.path());
        auto download = [&](const QString &what, const QString &ifExists) {
            QStringList args{QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--download"),
                             QStringLiteral("s3://%1/%2").arg(bucket, what), QStringLiteral("--to"), into.path(),
                             QStringLiteral("--quit-when-done")};
            if (!ifExists.isEmpty())
                args << QStringLiteral("--if-exists") << ifExists;
            return runHaul(args, env);
        };
        auto write = [](const QString &path, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
        };
        auto contents = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray mine("a different file of the same name");
        const QString object = into.filePath(QStringLiteral("a.bin"));
        QVERIFY(write(object, mine));
        Run run = download(QStringLiteral("set/a.bin"), QStringLiteral("skip"));
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        QCOMPARE(contents(object), mine);
        run = download(QStringLiteral("set/a.bin"), {}); // skip-identical: it differs, so replaced
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        QCOMPARE(fileMd5(object), fileMd5(a));

        const QString inFolder = into.filePath(QStringLiteral("set/a.bin")); // DIR/<folder>/…
        QVERIFY(write(inFolder, mine));
        run = download(QStringLiteral("set/"), QStringLiteral("skip"));
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        QCOMPARE(contents(inFolder), mine);
        run = download(QStringLiteral("set/"), QStringLiteral("overwrite"));
        QVERIFY2(run.status == 0, qPrintable(run.err + run.out));
        QCOMPARE(fileMd5(inFolder), fileMd5(a));
    }

    void commandLineBadArguments()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = haulEnvironment(m_server, m_server.endpoint, home.path());
        Run run = runHaul({QStringLiteral("/no/such/file"), QStringLiteral("--account"), QStringLiteral("environment"),
                           QStringLiteral("--to"), QStringLiteral("s3://b/")}, env);
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QStringLiteral("/no/such/file")));
        run = runHaul({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("--download"),
                       QStringLiteral("s3://b/k"), QStringLiteral("--to"), home.path()}, env);
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QStringLiteral("nobody")));
        QProcessEnvironment noDisplay = env;
        noDisplay.remove(QStringLiteral("QT_QPA_PLATFORM"));
        noDisplay.remove(QStringLiteral("DISPLAY"));
        noDisplay.remove(QStringLiteral("WAYLAND_DISPLAY"));
        run = runHaul({QStringLiteral("--version")}, noDisplay);
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Haul ")));
    }
};

QTEST_MAIN(TestGuiUpload)
#include "tst_gui_upload.moc"
