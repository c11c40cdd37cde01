// Desktop notifications: the transfer manager's signals are injected (emitted by the test) and
// the notifications are what Notifier::notify carries — the tray only shows them.
#include <QSignalSpy>
#include <QtTest>

#include "../app/guitest.h"
#include "notifier.h"
#include "trayicon.h"

using namespace haul;
using namespace haul::test;

namespace {

TransferSnapshot snapshot(TransferId id, Direction direction, TransferState state, const QString &name)
{
    TransferSnapshot s;
    s.id = id;
    s.direction = direction;
    s.state = state;
    s.bucket = QStringLiteral("demo");
    s.localPath = QStringLiteral("/data/") + name;
    s.key = QStringLiteral("run/") + name;
    if (state == TransferState::Failed)
        s.error = Error(ErrorCode::AccessDenied, QStringLiteral("demo"));
    return s;
}

} // namespace

class TestNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summaryReadsLikeASentence_data()
    {
        QTest::addColumn<int>("uploaded");
        QTest::addColumn<int>("downloaded");
        QTest::addColumn<int>("failed");
        QTest::addColumn<QString>("text");
        QTest::newRow("12 up, 1 failed") << 12 << 0 << 1 << QStringLiteral("12 files uploaded, 1 failed");
        QTest::newRow("1 up") << 1 << 0 << 0 << QStringLiteral("1 file uploaded");
        QTest::newRow("3 down") << 0 << 3 << 0 << QStringLiteral("3 files downloaded");
        QTest::newRow("both, 2 failed") << 2 << 5 << 2 << QStringLiteral("2 files uploaded, 5 files downloaded, 2 failed");
        QTest::newRow("only failures") << 0 << 0 << 4 << QStringLiteral("4 transfers failed");
    }

    void summaryReadsLikeASentence()
    {
        installTranslators(QCoreApplication::instance());
        QFETCH(int, uploaded);
        QFETCH(int, downloaded);
        QFETCH(int, failed);
        QFETCH(QString, text);
        QCOMPARE(Notifier::summary(uploaded, downloaded, failed), text);
    }

    void finishedQueueGetsOneSummary()
    {
        AppFixture app;
        Notifier notifier(&app.transfers);
        QSignalSpy notes(&notifier, &Notifier::notify);
        QList<TransferSnapshot> added;
        for (TransferId id = 1; id <= 13; ++id)
            added << snapshot(id, Direction::Upload, TransferState::Running, QStringLiteral("f%1.tif").arg(id));
        Q_EMIT app.transfers.transfersAdded(added);
        for (TransferId id = 1; id <= 12; ++id)
            Q_EMIT app.transfers.transferFinished(snapshot(id, Direction::Upload, TransferState::Verified, {}));
        Q_EMIT app.transfers.transferFailed(snapshot(13, Direction::Upload, TransferState::Failed, QStringLiteral("f13.tif")));
        Q_EMIT app.transfers.queueIdle(12, 1);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.first().at(0).toString(), QStringLiteral("Transfers finished"));
        const QString text = notes.first().at(1).toString();
        QVERIFY2(text.startsWith(QStringLiteral("12 files uploaded, 1 failed\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“f13.tif” could not be uploaded: This account is not allowed")), qPrintable(text));
        QCOMPARE(notes.first().at(2).value<Notifier::Kind>(), Notifier::Kind::Failed);
        QTest::qWait(50);
        Q_EMIT app.transfers.queueIdle(12, 1); // nothing new: no second summary
        QCOMPARE(notes.count(), 1);
    }

    void failuresDuringABatchAreCollected()
    {
        AppFixture app;
        Notifier notifier(&app.transfers);
        notifier.setFailureDelay(100);
        QSignalSpy notes(&notifier, &Notifier::notify);
        for (TransferId id = 1; id <= 5; ++id)
            Q_EMIT app.transfers.transferFailed(snapshot(id, Direction::Download, TransferState::Failed, QStringLiteral("d%1.bin").arg(id)));
        QVERIFY(notes.wait(2000));
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.first().at(0).toString(), QStringLiteral("5 transfers failed"));
        const QStringList lines = notes.first().at(1).toString().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first(), QStringLiteral("“d1.bin” could not be downloaded: This account is not allowed to do that with “demo”."));
        QCOMPARE(lines.last(), QStringLiteral("… and 2 more"));
    }

    void aDownloadWaitingForAnAnswerIsNoFailure()
    {
        AppFixture app;
        Notifier notifier(&app.transfers);
        notifier.setFailureDelay(50);
        QSignalSpy notes(&notifier, &Notifier::notify);
        TransferSnapshot waiting = snapshot(1, Direction::Download, TransferState::Failed, QStringLiteral("x.bin"));
        waiting.error = Error(ErrorCode::FileExists, QStringLiteral("/data/x.bin"));
        Q_EMIT app.transfers.transferFailed(waiting); // the existing-files bar asks; no failure
        QTest::qWait(200);
        QCOMPARE(notes.count(), 0);
        TransferSnapshot kept = snapshot(1, Direction::Download, TransferState::Done, {});
        kept.verifiedBy = VerifyMethod::KeptExisting;
        Q_EMIT app.transfers.transferFinished(kept); // answered "Skip"
        Q_EMIT app.transfers.queueIdle(1, 0);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.first().at(1).toString(), QStringLiteral("1 file downloaded"));
        QCOMPARE(notes.first().at(2).value<Notifier::Kind>(), Notifier::Kind::Finished);
    }

    void aPausedQueueHasNotFinished()
    {
        AppFixture app;
        Notifier notifier(&app.transfers);
        QSignalSpy notes(&notifier, &Notifier::notify);
        Q_EMIT app.transfers.transfersAdded({snapshot(1, Direction::Upload, TransferState::Running, QStringLiteral("a")),
                                             snapshot(2, Direction::Upload, TransferState::Running, QStringLiteral("b"))});
        Q_EMIT app.transfers.transferFinished(snapshot(1, Direction::Upload, TransferState::Verified, {}));
        Q_EMIT app.transfers.transfersUpdated({snapshot(2, Direction::Upload, TransferState::Paused, QStringLiteral("b"))});
        Q_EMIT app.transfers.queueIdle(1, 0);
        QCOMPARE(notes.count(), 0);
        Q_EMIT app.transfers.transfersUpdated({snapshot(2, Direction::Upload, TransferState::Running, QStringLiteral("b"))});
        Q_EMIT app.transfers.transferFinished(snapshot(2, Direction::Upload, TransferState::Done, {}));
        Q_EMIT app.transfers.queueIdle(2, 0);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.first().at(1).toString(), QStringLiteral("2 files uploaded"));
        QCOMPARE(notes.first().at(2).value<Notifier::Kind>(), Notifier::Kind::Finished);
    }

    void switchedOffMeansSilence()
    {
        AppFixture app;
        Preferences p;
        p.notifications = false;
        app.preferences.setPreferences(p);
        MainWindow window(app.context());
        QSignalSpy notes(window.notifier(), &Notifier::notify);
        Q_EMIT app.transfers.transferFinished(snapshot(1, Direction::Upload, TransferState::Verified, {}));
        Q_EMIT app.transfers.queueIdle(1, 0);
        QCOMPARE(notes.count(), 0);
        p.notifications = true;
        app.preferences.setPreferences(p); // applied at once
        Q_EMIT app.transfers.transferFinished(snapshot(2, Direction::Upload, TransferState::Verified, {}));
        Q_EMIT app.transfers.queueIdle(1, 0);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.first().at(1).toString(), QStringLiteral("1 file uploaded"));
    }

    void withoutATrayNothingIsShown()
    {
        // Offscreen there is no system tray: the icon is not created and no dialog opens instead.
        QWidget window;
        TrayIcon tray(&window, {});
        QVERIFY(!tray.isAvailable());
        tray.showMessage(QStringLiteral("Transfers finished"), QStringLiteral("1 file uploaded"), Notifier::Kind::Finished);
        QVERIFY(!modalOpen());
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
