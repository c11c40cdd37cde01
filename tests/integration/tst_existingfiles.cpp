// Downloads onto a file that is already there (issue 4: "Existing file: ask / overwrite / skip if
// identical, per the user's setting"), against s3rver through the fault proxy, whose log shows
// whether the object was fetched. The engine under TransferManager, then the real window.
#include <QPushButton>
#include <QtTest>

#include "../app/guitest.h"
#include "browserpanel.h"
#include "existingfilesbar.h"
#include "messagebar.h"
#include "proxyprocess.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

constexpr qint64 Size = 300000;

/// Collects the snapshots of one manager.
struct Watch {
    QHash<TransferId, TransferSnapshot> last;
    explicit Watch(TransferManager &m)
    {
        auto keep = [this](const QList<TransferSnapshot> &snaps) {
            for (const TransferSnapshot &s : snaps)
                last.insert(s.id, s);
        };
        QObject::connect(&m, &TransferManager::transfersAdded, &m, keep);
        QObject::connect(&m, &TransferManager::transfersUpdated, &m, keep);
    }
    bool finished(TransferId id, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!last.value(id).isFinished() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        return last.value(id).isFinished();
    }
};

/// Requests of `method` the proxy logged so far, once its log has settled (it writes a line
/// just after each answer).
int settledCount(const ProxyProcess &proxy, const QString &method)
{
    auto count = [&] {
        int n = 0;
        for (const QJsonObject &r : proxy.requests())
            n += r.value(QStringLiteral("method")).toString() == method;
        return n;
    };
    int last = count();
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(150);
        if (count() == last)
            break;
        last = count();
    }
    return last;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExistingFiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestServer m_server;
    QString m_bucket;
    QString m_object;   ///< the local original of s3://bucket/obj.bin
    std::unique_ptr<ProxyProcess> m_proxy;

    AccountConnection throughProxy() const
    {
        AccountConnection c = connectionFor(m_server);
        c.account.endpoint = m_proxy->url();
        return c;
    }

    /// Downloads obj.bin into dir with `policy`; returns the final snapshot.
    TransferSnapshot download(const QString &dir, WhenFileExists policy)
    {
        TransferManager m;
        m.setAccount(throughProxy());
        m.setWhenFileExists(policy);
        Watch w(m);
        const TransferId id = m.addDownloads(m_server.name, m_bucket, {QStringLiteral("obj.bin")}, dir).value(0);
        w.finished(id);
        return w.last.value(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        m_bucket = uniqueBucketName(QStringLiteral("haul-exists"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        m_object = makeRandomFile(m_dir.path(), Size, 71);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), m_object,
                                   QStringLiteral("s3://%1/obj.bin").arg(m_bucket)}), 0);
        m_proxy = std::make_unique<ProxyProcess>();
        QVERIFY(m_proxy->start(m_server.endpoint, "[]"));
    }

    void identicalFileIsNotFetchedAgain()
    {
        const QString dir = m_dir.filePath(QStringLiteral("same"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("obj.bin"));
        TransferSnapshot s = download(dir, WhenFileExists::SkipIdentical); // nothing there yet
        QVERIFY2(s.state == TransferState::Verified, qPrintable(s.error.technical()));
        const QDateTime mtime = QFileInfo(file).lastModified();
        const int gets = settledCount(*m_proxy, QStringLiteral("GET"));

        for (WhenFileExists policy : {WhenFileExists::SkipIdentical, WhenFileExists::Ask, WhenFileExists::Skip}) {
            s = download(dir, policy);
            QCOMPARE(s.state, TransferState::Done);
            QCOMPARE(s.verifiedBy, VerifyMethod::AlreadyThere);
            QCOMPARE(settledCount(*m_proxy, QStringLiteral("GET")), gets); // only a HEAD
        }
        QCOMPARE(QFileInfo(file).lastModified(), mtime);
        QCOMPARE(fileMd5(file), fileMd5(m_object));

        s = download(dir, WhenFileExists::Overwrite); // today's behaviour: fetched again
        QCOMPARE(s.state, TransferState::Verified);
        QVERIFY(settledCount(*m_proxy, QStringLiteral("GET")) > gets);
        QCOMPARE(fileMd5(file), fileMd5(m_object));
    }

    void differentFileByPolicy()
    {
        const QString dir = m_dir.filePath(QStringLiteral("different"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("obj.bin"));
        const QByteArray mine("the lab's own notes, not the object");
        writeFile(file, mine);
        int gets = settledCount(*m_proxy, QStringLiteral("GET"));

        TransferSnapshot s = download(dir, WhenFileExists::Skip);
        QCOMPARE(s.state, TransferState::Done);
        QCOMPARE(s.verifiedBy, VerifyMethod::KeptExisting);
        QCOMPARE(settledCount(*m_proxy, QStringLiteral("GET")), gets);
        QCOMPARE(contents(file), mine);

        s = download(dir, WhenFileExists::SkipIdentical); // differs: replaced
        QVERIFY2(s.state == TransferState::Verified, qPrintable(s.error.technical()));
        QCOMPARE(fileMd5(file), fileMd5(m_object));
        QVERIFY(settledCount(*m_proxy, QStringLiteral("GET")) > gets);
    }

    void askStopsThatDownloadUntilAnswered()
    {
        const QString dir = m_dir.filePath(QStringLiteral("ask"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("obj.bin"));
        const QByteArray mine("an older version");
        writeFile(file, mine);
        TransferManager m;
        m.setAccount(throughProxy());
        m.setWhenFileExists(WhenFileExists::Ask);
        Watch w(m);
        TransferId id = m.addDownloads(m_server.name, m_bucket, {QStringLiteral("obj.bin")}, dir).value(0);
        QVERIFY(w.finished(id));
        QCOMPARE(w.last.value(id).state, TransferState::Failed);
        QCOMPARE(w.last.value(id).error.code, ErrorCode::FileExists);
        QCOMPARE(contents(file), mine);
        m.keepExisting({id});
        QTRY_COMPARE(w.last.value(id).state, TransferState::Done);
        QCOMPARE(w.last.value(id).verifiedBy, VerifyMethod::KeptExisting);
        QCOMPARE(contents(file), mine);

        id = m.addDownloads(m_server.name, m_bucket, {QStringLiteral("obj.bin")}, dir).value(0);
        QVERIFY(w.finished(id));
        QCOMPARE(w.last.value(id).error.code, ErrorCode::FileExists);
        m.overwriteExisting({id});
        QTRY_COMPARE_WITH_TIMEOUT(w.last.value(id).state, TransferState::Verified, 60000);
        QCOMPARE(fileMd5(file), fileMd5(m_object));
    }

    /// The window asks without a modal dialog: a message bar with Overwrite and Skip, for all
    /// the downloads waiting; the rest of the queue goes on.
    void windowAsks()
    {
        const QString dir = m_dir.filePath(QStringLiteral("window"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("obj.bin"));
        const QByteArray mine("kept by the user");
        writeFile(file, mine);
        AppFixture app; // preferences: "ask" is the default
        QCOMPARE(app.preferences.preferences().existingFile, ExistingFile::Ask);
        const AccountConnection account = throughProxy();
        app.store.save(account.account);
        QVERIFY(await<void>([&](auto done) { app.memory.writeSecret(account.account.name, m_server.secretKey, done); }));
        MainWindow window(app.context());
        window.show();
        QSignalSpy ready(&window, &MainWindow::accountReady);
        window.start(account.account.name);
        QVERIFY(ready.wait(30000));
        auto *bar = window.findChild<ExistingFilesBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isHidden());

        BrowserModel::Entry entry;
        entry.key = QStringLiteral("obj.bin");
        window.browser()->openLocation(m_bucket, {});
        QTRY_COMPARE(window.browser()->bucket(), m_bucket);
        window.queueDownloads({entry}, dir);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 60000);
        QVERIFY2(bar->message()->text().contains(QStringLiteral("“obj.bin” is already in")), qPrintable(bar->message()->text()));
        QCOMPARE(bar->skipButton()->text(), QStringLiteral("&Skip"));
        QVERIFY(!modalOpen());
        QTest::mouseClick(bar->skipButton(), Qt::LeftButton);
        QVERIFY(bar->isHidden());
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE(queue->snapshot(0).state, TransferState::Done);
        QCOMPARE(queue->index(0, QueueModel::State).data().toString(), QStringLiteral("Skipped: your file was kept"));
        QCOMPARE(contents(file), mine);

        window.queueDownloads({entry}, dir);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 60000);
        QTest::mouseClick(bar->overwriteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queue->snapshot(1).state, TransferState::Verified, 60000);
        QCOMPARE(fileMd5(file), fileMd5(m_object));
        QVERIFY(bar->isHidden());

        window.queueDownloads({entry}, dir); // now identical: not asked, not fetched
        QTRY_COMPARE_WITH_TIMEOUT(queue->snapshot(2).state, TransferState::Done, 60000);
        QCOMPARE(queue->index(2, QueueModel::State).data().toString(), QStringLiteral("Already there"));
        QVERIFY(bar->isHidden());
    }
};

QTEST_MAIN(TestExistingFiles)
#include "tst_existingfiles.moc"
