// At start, the window offers to clean up the multipart uploads Haul left behind (issue 3): a
// real upload to moto is cancelled while the store refuses the abort (the fault proxy answers
// 403), so the journal keeps it; the next start shows the offer, and "Clean up" aborts it.
#include <QPushButton>
#include <QtTest>

#include "../app/guitest.h"
#include "messagebar.h"
#include "net/lanepool.h"
#include "net/s3client.h"
#include "proxyprocess.h"
#include "staleuploadsbar.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

constexpr qint64 Part = 5 * 1024 * 1024;

EngineOptions options(const QString &journal)
{
    EngineOptions o;
    o.multipartThreshold = Part;
    o.partSize = Part;
    o.maxConnections = 2;
    o.journalPath = journal;
    return o;
}

/// The unfinished multipart uploads of a bucket, straight from the store.
int uploadsListed(const TestServer &server, const QString &bucket)
{
    LanePool lanes(1);
    S3Client direct(connectionFor(server), &lanes, 30000);
    auto page = await<UploadsPage>([&](auto cb) { direct.listMultipartUploads(bucket, {}, {}, {}, cb); });
    return page ? int(page->uploads.size()) : -1;
}

} // namespace

class TestStaleUploadsGui : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestServer m_server;

    /// Cancels a real upload while the store refuses AbortMultipartUpload; returns its bucket.
    QString leaveAnUploadBehind(const QString &journal)
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-stale"));
        if (runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) != 0)
            return {};
        ProxyProcess proxy;
        if (!proxy.start(m_server.endpoint, R"({"rate_per_conn": 3000000, "rules": [
            {"match": {"method": "DELETE", "query": "uploadId="}, "action": "status", "status": 403}]})"))
            return {};
        TransferManager m(options(journal));
        AccountConnection c = connectionFor(m_server);
        c.account.endpoint = proxy.url();
        m.setAccount(c);
        TransferSnapshot last;
        auto keep = [&last](const QList<TransferSnapshot> &snaps) {
            for (const TransferSnapshot &s : snaps)
                last = s;
        };
        connect(&m, &TransferManager::transfersAdded, &m, keep);
        connect(&m, &TransferManager::transfersUpdated, &m, keep);
        const QString file = makeRandomFile(m_dir.path(), 4 * Part, 61);
        const TransferId id = m.addUploads(m_server.name, {file}, bucket, QStringLiteral("left/"))[0];
        QDeadlineTimer deadline(120000);
        auto spinUntil = [&](auto pred) {
            while (!pred() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
            return pred();
        };
        if (!spinUntil([&] { return last.id == id && last.partsDone >= 1; }))
            return {};
        m.cancel(id);
        if (!spinUntil([&] { return proxy.count(QStringLiteral("DELETE"), QStringLiteral("uploadId="), 403) >= 1; }))
            return {};
        return bucket; // the manager saves the journal as it goes away
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("moto")); // lists and aborts uploads (s3rver does not)
        QVERIFY2(!m_server.name.isEmpty(), "moto is not running");
        QVERIFY(m_dir.isValid());
    }

    void offeredAtStartAndCleanedUp()
    {
        const QString journal = m_dir.filePath(QStringLiteral("queue.json"));
        const QString bucket = leaveAnUploadBehind(journal);
        QVERIFY(!bucket.isEmpty());
        QCOMPARE(uploadsListed(m_server, bucket), 1);

        AppFixture app(nullptr, {}, options(journal));
        const AccountConnection account = connectionFor(m_server);
        app.store.save(account.account);
        QVERIFY(await<void>([&](auto done) { app.memory.writeSecret(account.account.name, m_server.secretKey, done); }));
        MainWindow window(app.context());
        window.show();
        auto *bar = window.findChild<StaleUploadsBar *>();
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        const QString offer = bar->message()->text();
        QVERIFY2(offer.contains(QStringLiteral("1 unfinished upload on %1").arg(bucket)), qPrintable(offer));
        QVERIFY2(offer.contains(QStringLiteral("Its parts cost storage until it is cleaned up.")), qPrintable(offer));
        QVERIFY(bar->notNowButton()->isVisible());
        QVERIFY(!modalOpen());

        QTest::mouseClick(bar->cleanUpButton(), Qt::LeftButton); // the account is opened for it
        QTRY_COMPARE_WITH_TIMEOUT(bar->message()->kind(), MessageBar::Kind::Success, 30000);
        QCOMPARE(bar->message()->text(), QStringLiteral("Cleaned up 1 unfinished upload."));
        QVERIFY(bar->cleanUpButton()->isHidden());
        QCOMPARE(uploadsListed(m_server, bucket), 0);
        QVERIFY(app.transfers.staleUploads().isEmpty());
        QTest::mouseClick(bar->notNowButton(), Qt::LeftButton); // now "Close"
        QVERIFY(bar->isHidden());
    }

    void notNowKeepsThemForTheNextStart()
    {
        const QString journal = m_dir.filePath(QStringLiteral("queue-2.json"));
        const QString bucket = leaveAnUploadBehind(journal);
        QVERIFY(!bucket.isEmpty());
        {
            AppFixture app(nullptr, {}, options(journal));
            MainWindow window(app.context());
            window.show();
            auto *bar = window.findChild<StaleUploadsBar *>();
            QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
            QTest::mouseClick(bar->notNowButton(), Qt::LeftButton);
            QVERIFY(bar->isHidden());
        }
        QCOMPARE(uploadsListed(m_server, bucket), 1);
        AppFixture again(nullptr, {}, options(journal));
        MainWindow window(again.context());
        auto *bar = window.findChild<StaleUploadsBar *>();
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000); // offered again
    }
};

QTEST_MAIN(TestStaleUploadsGui)
#include "tst_staleuploads_gui.moc"
