// Network loss: with reachability changes injected into NetworkWatch, real uploads to s3rver
// pause when the network goes and continue when it is back — and a transfer the user paused
// stays paused. The uploads are slowed by the bandwidth limit so that they are mid-way.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "net/networkwatch.h"
#include "s3wait.h"
#include "testenv.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

/// The latest snapshot of every transfer of a manager.
class Tracker : public QObject {
public:
    explicit Tracker(TransferManager *m)
    {
        auto keep = [this](const QList<TransferSnapshot> &snaps) {
            for (const TransferSnapshot &s : snaps)
                last.insert(s.id, s);
        };
        connect(m, &TransferManager::transfersAdded, this, keep);
        connect(m, &TransferManager::transfersUpdated, this, keep);
    }
    TransferState state(TransferId id) const { return last.value(id).state; }
    qint64 sent(TransferId id) const { return last.value(id).transferred; }
    QHash<TransferId, TransferSnapshot> last;
};

EngineOptions slowOptions()
{
    EngineOptions options;
    options.bytesPerSecond = 2 * 1024 * 1024; // 8 MiB take about 4 s
    options.multipartThreshold = 5 * 1024 * 1024;
    options.partSize = 5 * 1024 * 1024;
    return options;
}

} // namespace

class TestNetworkWatch : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;

    bool objectExists(const QString &key)
    {
        return runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"),
                                 m_bucket, QStringLiteral("--key"), key}) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        m_bucket = uniqueBucketName(QStringLiteral("haul-netwatch"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
    }

    void lossPausesAndReturnResumesOnlyItsOwn()
    {
        TransferManager m(slowOptions());
        m.setAccount(connectionFor(m_server));
        Tracker t(&m);
        NetworkWatch watch(&m);
        watch.setPauseDelay(0);
        QSignalSpy paused(&watch, &NetworkWatch::transfersPaused);
        QSignalSpy resumed(&watch, &NetworkWatch::transfersResumed);
        const QString a = makeRandomFile(m_dir.path(), 8 * 1024 * 1024 + 1, 1);
        const QString b = makeRandomFile(m_dir.path(), 6 * 1024 * 1024 + 7, 2);
        const QList<TransferId> ids = m.addUploads(m_server.name, {a, b}, m_bucket, QStringLiteral("lab/"));
        const TransferId mine = ids[0], users = ids[1];
        QTRY_VERIFY_WITH_TIMEOUT(t.sent(mine) > 0 && t.sent(users) > 0, 30000);

        m.pause(users); // the user's own pause
        QTRY_COMPARE_WITH_TIMEOUT(t.state(users), TransferState::Paused, 10000);
        watch.setOnline(false);
        QTRY_COMPARE_WITH_TIMEOUT(t.state(mine), TransferState::Paused, 10000);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.first().first().toInt(), 1);
        QCOMPARE(watch.pausedTransfers(), QList<TransferId>{mine});

        // Queued while offline: paused as well, instead of failing against a dead network.
        const QString c = makeRandomFile(m_dir.path(), 1024 * 1024, 3);
        const TransferId late = m.addUploads(m_server.name, {c}, m_bucket, QStringLiteral("lab/")).first();
        QTRY_COMPARE_WITH_TIMEOUT(t.state(late), TransferState::Paused, 10000);
        const qint64 sentWhileOffline = t.sent(mine);
        QTest::qWait(1500);
        QVERIFY(t.sent(mine) <= sentWhileOffline); // nothing moves while offline

        watch.setOnline(true);
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(resumed.first().first().toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(t.last.value(mine).isFinished() && t.last.value(late).isFinished(), 60000);
        QVERIFY2(t.state(mine) == TransferState::Verified || t.state(mine) == TransferState::Done,
                 qPrintable(t.last.value(mine).error.technical()));
        QVERIFY(t.state(late) == TransferState::Verified || t.state(late) == TransferState::Done);
        QCOMPARE(t.state(users), TransferState::Paused); // still the user's decision
        QVERIFY(objectExists(QStringLiteral("lab/") + QFileInfo(a).fileName()));
        QVERIFY(!objectExists(QStringLiteral("lab/") + QFileInfo(b).fileName()));
        m.cancel(users);
    }

    void aResumeByTheUserWhileOfflineIsRespected()
    {
        TransferManager m(slowOptions());
        m.setAccount(connectionFor(m_server));
        Tracker t(&m);
        NetworkWatch watch(&m);
        watch.setPauseDelay(0);
        QSignalSpy resumed(&watch, &NetworkWatch::transfersResumed);
        const QString a = makeRandomFile(m_dir.path(), 6 * 1024 * 1024, 4);
        const TransferId id = m.addUploads(m_server.name, {a}, m_bucket, QStringLiteral("user/")).first();
        QTRY_VERIFY_WITH_TIMEOUT(t.sent(id) > 0, 30000);
        watch.setOnline(false);
        QTRY_COMPARE_WITH_TIMEOUT(t.state(id), TransferState::Paused, 10000);
        m.resume(id); // the user knows better (e.g. the store is on the local network)
        QTRY_VERIFY_WITH_TIMEOUT(t.state(id) != TransferState::Paused, 10000);
        QVERIFY(watch.pausedTransfers().isEmpty());
        watch.setOnline(true);
        QCOMPARE(resumed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(t.last.value(id).isFinished(), 60000);
        QVERIFY(t.state(id) == TransferState::Verified || t.state(id) == TransferState::Done);
    }

    void aShortBlipPausesNothing()
    {
        TransferManager m(slowOptions());
        m.setAccount(connectionFor(m_server));
        Tracker t(&m);
        NetworkWatch watch(&m);
        watch.setPauseDelay(500);
        QSignalSpy paused(&watch, &NetworkWatch::transfersPaused);
        const QString a = makeRandomFile(m_dir.path(), 6 * 1024 * 1024, 5);
        const TransferId id = m.addUploads(m_server.name, {a}, m_bucket, QStringLiteral("blip/")).first();
        QTRY_VERIFY_WITH_TIMEOUT(t.sent(id) > 0, 30000);
        watch.setOnline(false);
        QTest::qWait(100);
        watch.setOnline(true);
        QTest::qWait(800);
        QCOMPARE(paused.count(), 0);
        QVERIFY(t.state(id) != TransferState::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(t.last.value(id).isFinished(), 60000);
    }

    void systemBackend()
    {
        // What this machine offers (Debian 12: "glib" via GNetworkMonitor, or "networkmanager"
        // over D-Bus). Without a backend the watch stays online and does nothing by itself.
        TransferManager m;
        NetworkWatch watch(&m);
        const bool followed = watch.followSystem();
        qInfo("QNetworkInformation backend: %s", followed ? qPrintable(watch.backendName()) : "none");
        QCOMPARE(followed, !watch.backendName().isEmpty());
        if (!followed)
            QVERIFY(watch.isOnline());
    }
};

QTEST_GUILESS_MAIN(TestNetworkWatch)
#include "tst_networkwatch.moc"
