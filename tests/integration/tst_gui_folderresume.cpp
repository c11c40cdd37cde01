// The real window, offscreen, against s3rver behind the fault proxy, quit and started again on
// the same state folder (transfer journal and <journal>.folders) as Haul is:
// - a folder download stopped mid-way comes back as the same one expandable row when the new
//   window opens the account, finishes, every file byte-identical, nothing fetched twice;
// - the question about different files there, asked again after the restart, disappears from
//   the window when the command line (--if-exists skip, the real Launcher) answers it, and when
//   its folder is cancelled from the queue.
#include <QDirIterator>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTextStream>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "browsermodel.h"
#include "browserpanel.h"
#include "launcher.h"
#include "proxyprocess.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfertest.h"

using namespace haul;
using namespace haul::test;

namespace {

constexpr int Files = 600; // more than FolderJob::Window: some never reach the first run's engine

/// The object GETs the proxy answered 2xx, by key: before `since` (Unix seconds), and after.
std::pair<QHash<QString, int>, QHash<QString, int>> objectGets(const ProxyProcess &proxy, const QString &bucket,
                                                               double since)
{
    std::pair<QHash<QString, int>, QHash<QString, int>> gets;
    const QString start = QLatin1Char('/') + bucket + QLatin1Char('/');
    for (const QJsonObject &r : proxy.requests()) {
        const QString path = QUrl::fromPercentEncoding(r.value(QStringLiteral("path")).toString().toUtf8());
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("GET")
            || r.value(QStringLiteral("status")).toInt() / 100 != 2 || !path.startsWith(start)
            || path.size() == start.size())
            continue;
        ++(r.value(QStringLiteral("t")).toDouble() < since ? gets.first : gets.second)[path.mid(start.size())];
    }
    return gets;
}

BrowserModel::Entry folderEntry(const QString &key)
{
    BrowserModel::Entry e;
    e.kind = BrowserModel::Kind::Folder;
    e.name = key.section(QLatin1Char('/'), -2, -2);
    e.key = key;
    return e;
}

/// One start of the app: the objects runApplication() builds, journals in `stateDir`.
struct Run {
    static EngineOptions engineOptions(const QString &stateDir)
    {
        EngineOptions options;
        options.journalPath = QDir(stateDir).filePath(QStringLiteral("queue.json"));
        return options;
    }

    Run(const QString &stateDir, const AccountConnection &account, const QString &secret)
        : app(nullptr, QProcessEnvironment(), engineOptions(stateDir))
        , folders(&app.transfers)
    {
        folders.setJournal(engineOptions(stateDir).journalPath + QStringLiteral(".folders"));
        app.store.save(account.account);
        // The window exists before any event loop runs, as in runApplication(): the transfers
        // restored from the journal reach its queue (awaiting the secret first lost them).
        window = std::make_unique<MainWindow>(context());
        window->resize(1100, 700);
        secretSaved = bool(await<void>([&](auto done) { app.memory.writeSecret(account.account.name, secret, done); }));
    }

    AppContext context()
    {
        AppContext c = app.context();
        c.folders = &folders;
        return c;
    }

    /// Opens the account as the window does at start; true once it is ready.
    bool open(const QString &name)
    {
        if (!secretSaved)
            return false;
        window->show();
        QSignalSpy ready(window.get(), &MainWindow::accountReady);
        window->start(name);
        return ready.wait(30000);
    }

    /// Downloads the folder at `key` shown in the browser's listing of its parent.
    bool download(const QString &bucket, const QString &key, const QString &dest)
    {
        QSignalSpy loaded(window->browser(), &BrowserPanel::loaded);
        window->browser()->openLocation(bucket, key.section(QLatin1Char('/'), 0, -3) + QLatin1Char('/'));
        if (!loaded.wait(30000))
            return false;
        window->queueDownloads({folderEntry(key)}, dest);
        return queue()->rowCount() > 0;
    }

    QueueModel *queue() const { return window->queue()->model(); }
    QMessageBox *openQuestion() const
    {
        for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

    AppFixture app;
    FolderService folders; ///< destroyed after the window, before the TransferManager
    std::unique_ptr<MainWindow> window;
    bool secretSaved = false;
};

} // namespace

class TestGuiFolderResume : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;
    QStringList m_rels; ///< run9/…, sorted
    ProxyProcess m_proxy;
    AccountConnection m_account;

    QString source(const QString &rel) const { return m_dir.filePath(QStringLiteral("src/") + rel); }

    /// A first run downloads data/run9/ into dest slowly and quits once a few files are
    /// complete (the window and app context destroyed, as when Haul quits; the journals stay).
    struct Stopped {
        QString state, dest; ///< the journals' folder, the download's
        FolderId id = 0;
        QSet<QString> fetched; ///< complete in the first run's queue
        double restartedAt = 0; ///< proxy-log time just after it
    };
    Stopped stopMidway(const QString &tag)
    {
        Stopped stopped;
        stopped.state = m_dir.filePath(QStringLiteral("state") + tag);
        stopped.dest = m_dir.filePath(QStringLiteral("dest") + tag);
        if (QDir().mkpath(stopped.dest)) {
            Run first(stopped.state, m_account, m_server.secretKey);
            runMidway(first, stopped.dest, stopped.id, stopped.fetched);
        }
        QTest::qWait(500); // the proxy logs a request just after answering it
        stopped.restartedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        return stopped;
    }
    void runMidway(Run &first, const QString &dest, FolderId &id, QSet<QString> &fetched)
    {
        QVERIFY(first.open(m_account.account.name));
        first.app.transfers.setLimits(2, 0); // slow: stopped long before its end
        QVERIFY(first.download(m_bucket, QStringLiteral("data/run9/"), dest));
        QCOMPARE(first.queue()->rowCount(), 1);
        const QModelIndex row = first.queue()->index(0, 0);
        QVERIFY(first.queue()->folderAt(row));
        id = first.queue()->folderAt(row)->id;
        auto complete = [&] {
            fetched.clear();
            for (int r = 0; r < first.queue()->rowCount(row); ++r) {
                const TransferSnapshot *s = first.queue()->transferAt(first.queue()->index(r, 0, row));
                if (s && s->state == TransferState::Verified)
                    fetched.insert(s->key);
            }
            return fetched.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(complete() >= 3, 120000);
        QVERIFY(!first.folders.snapshot(id).isFinished());
        QVERIFY(first.folders.snapshot(id).filesDone < Files / 2);
    }

    /// Every file of the folder there before and different, with an old time.
    bool putDifferentFiles(const QString &dest)
    {
        for (const QString &rel : std::as_const(m_rels)) {
            QDir().mkpath(QFileInfo(dest + QLatin1Char('/') + rel).absolutePath());
            QFile old(dest + QLatin1Char('/') + rel);
            // flushed first: closing would write and set the time to now, maybe the second
            // the listing shows, which makes the file "identical"
            if (!old.open(QIODevice::WriteOnly) || old.write(contents(source(rel)).toUpper()) < 0 || !old.flush()
                || !old.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-gui-fres"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        for (int i = 0; i < Files; ++i) {
            const QString rel = QStringLiteral("run9/d%1/f %2.txt").arg(i % 5).arg(i);
            QVERIFY(QDir().mkpath(QFileInfo(source(rel)).absolutePath()));
            QFile f(source(rel));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("file " + QByteArray::number(i) + '\n') > 0);
            m_rels << rel;
        }
        m_rels.sort();
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--recursive"),
                                   QStringLiteral("--only-show-errors"), source(QStringLiteral("run9")),
                                   QStringLiteral("s3://%1/data/run9/").arg(m_bucket)}, nullptr, nullptr, 600000), 0);
        // 150 ms before every answer: two connections fetch a few files a second
        QVERIFY(m_proxy.start(m_server.endpoint, R"({"latency_ms": 150, "rules": []})"));
        m_account = connectionFor(m_server);
        m_account.account.endpoint = m_proxy.url();
    }

    void stoppedDownloadComesBackWhenTheAccountOpens();
    void questionAnsweredByTheCommandLineCloses();
    void questionOfACancelledFolderCloses();
    void waitingFolderCancelledBeforeItsAccountOpens();
};

void TestGuiFolderResume::stoppedDownloadComesBackWhenTheAccountOpens()
{
    const auto [state, dest, id, fetched, restartedAt] = stopMidway(QStringLiteral("1"));
    if (QTest::currentTestFailed())
        return;

    Run second(state, m_account, m_server.secretKey);
    // Before its account opens, the folder is there as its one row, with the files restored
    // from the journal under it (as when Haul starts).
    QTRY_COMPARE(second.queue()->rowCount(), 1);
    const QModelIndex waiting = second.queue()->index(0, 0);
    QVERIFY(second.queue()->folderAt(waiting));
    QCOMPARE(second.queue()->folderAt(waiting)->id, id);
    QCOMPARE(second.queue()->folderAt(waiting)->state, FolderState::Waiting);
    QTRY_VERIFY(second.queue()->rowCount(waiting) > 0); // the files the engine restored
    QCOMPARE(waiting.data().toString(), QStringLiteral("run9"));
    QCOMPARE(waiting.siblingAtColumn(QueueModel::Destination).data().toString(), dest);
    QCOMPARE(waiting.siblingAtColumn(QueueModel::State).data().toString(),
             QStringLiteral("Waiting for account “%1”").arg(m_account.account.name));
    QVERIFY(waiting.siblingAtColumn(QueueModel::Size).data().toString().isEmpty());
    second.window->show();
    second.window->queue()->view()->setCurrentIndex(waiting);
    QVERIFY(second.window->queue()->cancelAction()->isEnabled()); // only Cancel acts on it
    QVERIFY(!second.window->queue()->pauseAction()->isEnabled());
    second.window->queue()->view()->expand(waiting);
    QVERIFY(!saveScreenshot(second.window.get(), QStringLiteral("queue-folder-before-account")).isEmpty());
    second.window->queue()->view()->collapse(waiting);
    second.window->queue()->view()->clearSelection();
    QVERIFY(second.open(m_account.account.name));
    QTRY_COMPARE(second.queue()->rowCount(), 1); // one row, the same folder
    const QModelIndex row = second.queue()->index(0, 0);
    QVERIFY(second.queue()->folderAt(row));
    QCOMPARE(second.queue()->folderAt(row)->id, id);
    QCOMPARE(second.queue()->folderAt(row)->prefix, QStringLiteral("data/run9/"));
    QTRY_VERIFY_WITH_TIMEOUT(second.queue()->folderAt(row)->isFinished(), 300000);
    const FolderSnapshot end = *second.queue()->folderAt(row);
    QCOMPARE(end.state, FolderState::Finished);
    QVERIFY(end.issues.isEmpty());
    QCOMPARE(end.filesTotal, qint64(Files));
    QCOMPARE(end.filesDone, qint64(Files));
    QCOMPARE(end.filesFailed, qint64(0));
    QVERIFY(end.filesSkipped >= fetched.size()); // on disk before the quit: already there
    QCOMPARE(second.queue()->rowCount(), 1);
    // every file fetched, before the quit or after it, is a row of the folder and counted
    QCOMPARE(second.queue()->rowCount(row), int(Files - end.filesSkipped));
    QCOMPARE(second.queue()->totals().transfers, int(Files - end.filesSkipped));
    QCOMPARE(second.queue()->totals().skipped, end.filesSkipped);
    QVERIFY(!second.openQuestion());

    QCOMPARE(filesUnder(dest), m_rels); // every file, no temporary one left
    for (const QString &rel : std::as_const(m_rels))
        QVERIFY2(contents(dest + QLatin1Char('/') + rel) == contents(source(rel)), qPrintable(rel));
    QTest::qWait(500);
    const auto gets = objectGets(m_proxy, m_bucket, restartedAt);
    const QHash<QString, int> &after = gets.second;
    for (const QString &key : std::as_const(fetched))
        QVERIFY2(!after.contains(key), qPrintable(key)); // complete before the quit
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key())); // nothing twice after it
    for (const QString &rel : std::as_const(m_rels)) { // what was not fetched now, was before
        const QString key = QStringLiteral("data/") + rel;
        QVERIFY2(after.contains(key) || gets.first.contains(key), qPrintable(key));
    }
    qInfo("first run: %d files complete; second run: %d fetched, %d already there", int(fetched.size()),
          int(after.size()), int(end.filesSkipped));

    QTreeView *view = second.window->queue()->view();
    view->expand(row);
    view->setCurrentIndex(row);
    QTest::qWait(300);
    QVERIFY(view->isExpanded(row));
    QVERIFY(!saveScreenshot(second.window.get(), QStringLiteral("queue-folder-resumed")).isEmpty());
}

void TestGuiFolderResume::questionAnsweredByTheCommandLineCloses()
{
    const QString state = m_dir.filePath(QStringLiteral("state2"));
    const QString dest = m_dir.filePath(QStringLiteral("dest2"));
    QVERIFY(putDifferentFiles(dest));
    FolderId id = 0;
    {
        Run first(state, m_account, m_server.secretKey);
        QVERIFY(first.open(m_account.account.name));
        QCOMPARE(first.window->settings()->preferences().existingFile, ExistingFile::Ask);
        QVERIFY(first.download(m_bucket, QStringLiteral("data/run9/"), dest));
        id = first.queue()->folderAt(first.queue()->index(0, 0))->id;
        QTRY_VERIFY_WITH_TIMEOUT(first.openQuestion(), 120000);
        QCOMPARE(first.folders.snapshot(id).state, FolderState::WaitingForAnswers);
    } // quit without answering

    // haul --download s3://bucket/data/run9/ --to dest --if-exists skip, in the window
    Run second(state, m_account, m_server.secretKey);
    LaunchOptions options;
    options.account = m_account.account.name;
    options.download = S3Location{m_bucket, QStringLiteral("data/run9/")};
    options.toDir = dest;
    options.ifExists = WhenFileExists::Skip;
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    Launcher launcher(options, second.window.get(), second.context(), &out, &err);
    bool windowAsked = false; // after the window's and the command line's own handlers
    connect(&second.folders, &FolderService::questionsAsked, this, [&](quint64 asked) {
        windowAsked = asked == id && second.openQuestion();
    });
    QSignalSpy ready(second.window.get(), &MainWindow::accountReady);
    launcher.start();
    QVERIFY(ready.wait(30000));
    QCOMPARE(second.queue()->rowCount(), 1); // the saved folder, not a second one
    QTRY_VERIFY_WITH_TIMEOUT(second.folders.snapshot(id).isFinished(), 120000);
    QVERIFY(windowAsked); // the window showed the question: the command line answered it
    QTRY_VERIFY(!second.openQuestion()); // and it went away
    const FolderSnapshot end = second.folders.snapshot(id);
    QCOMPARE(end.state, FolderState::Finished);
    QCOMPARE(end.filesSkipped, qint64(Files)); // "keep all"
    QCOMPARE(second.queue()->rowCount(), 1);
    for (const QString &rel : std::as_const(m_rels))
        QVERIFY2(contents(dest + QLatin1Char('/') + rel) == contents(source(rel)).toUpper(), qPrintable(rel));
    QTest::qWait(300);
    QVERIFY(!saveScreenshot(second.window.get(), QStringLiteral("folder-question-answered-elsewhere")).isEmpty());
}

void TestGuiFolderResume::questionOfACancelledFolderCloses()
{
    const QString dest = m_dir.filePath(QStringLiteral("dest3"));
    QVERIFY(putDifferentFiles(dest));
    Run run(m_dir.filePath(QStringLiteral("state3")), m_account, m_server.secretKey);
    QVERIFY(run.open(m_account.account.name));
    QVERIFY(run.download(m_bucket, QStringLiteral("data/run9/"), dest));
    const QModelIndex row = run.queue()->index(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(run.openQuestion(), 120000);
    QTreeView *view = run.window->queue()->view();
    view->setCurrentIndex(row);
    QVERIFY(run.window->queue()->cancelAction()->isEnabled());
    run.window->queue()->cancelAction()->trigger(); // the queue's Cancel, on its selection
    QTRY_COMPARE(run.queue()->folderAt(row)->state, FolderState::Cancelled);
    QTRY_VERIFY(!run.openQuestion());
    for (const QString &rel : std::as_const(m_rels))
        QVERIFY2(contents(dest + QLatin1Char('/') + rel) == contents(source(rel)).toUpper(), qPrintable(rel));
}

void TestGuiFolderResume::waitingFolderCancelledBeforeItsAccountOpens()
{
    const Stopped first = stopMidway(QStringLiteral("4"));
    if (QTest::currentTestFailed())
        return;
    const QString &state = first.state;
    {
        Run second(state, m_account, m_server.secretKey);
        QTRY_COMPARE(second.queue()->rowCount(), 1);
        const QModelIndex row = second.queue()->index(0, 0);
        QTRY_VERIFY(second.queue()->rowCount(row) > 0);
        second.window->show();
        second.window->queue()->view()->setCurrentIndex(row);
        second.window->queue()->cancelAction()->trigger(); // before the account opens
        QTRY_COMPARE(second.queue()->folderAt(row)->state, FolderState::Cancelled);
        auto unfinished = [&] { // its files go with it
            int n = 0;
            for (int r = 0; r < second.queue()->rowCount(row); ++r)
                n += !second.queue()->transferAt(second.queue()->index(r, 0, row))->isFinished();
            return n;
        };
        QTRY_COMPARE(unfinished(), 0);
        QTest::qWait(1500); // the journals are saved at most once a second
    }
    Run third(state, m_account, m_server.secretKey);
    QVERIFY(third.open(m_account.account.name));
    QTest::qWait(1500);
    QCOMPARE(third.queue()->rowCount(), 0); // nothing comes back
    QVERIFY(third.folders.waitingFolders().isEmpty());
    QVERIFY(objectGets(m_proxy, m_bucket, first.restartedAt).second.isEmpty()); // nothing fetched after it
}

QTEST_MAIN(TestGuiFolderResume)
#include "tst_gui_folderresume.moc"
