// The command line's exit status: 0 only when every transfer was verified.
#include <QtTest>

#include "exitstatus.h"

using namespace haul;

Q_DECLARE_METATYPE(haul::TransferOutcome)
Q_DECLARE_METATYPE(haul::ExitStatus)
Q_DECLARE_METATYPE(haul::TransferState)
Q_DECLARE_METATYPE(haul::VerifyMethod)

class TestExitStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outcome_data()
    {
        QTest::addColumn<TransferState>("state");
        QTest::addColumn<VerifyMethod>("method");
        QTest::addColumn<TransferOutcome>("expected");
        QTest::newRow("verified by MD5") << TransferState::Verified << VerifyMethod::Md5Etag << TransferOutcome::Verified;
        QTest::newRow("verified by whole MD5") << TransferState::Verified << VerifyMethod::WholeMd5
                                               << TransferOutcome::Verified;
        QTest::newRow("done, nothing to compare") << TransferState::Done << VerifyMethod::None
                                                  << TransferOutcome::NotVerified;
        QTest::newRow("done, size only") << TransferState::Done << VerifyMethod::Size << TransferOutcome::NotVerified;
        QTest::newRow("already there") << TransferState::Done << VerifyMethod::AlreadyThere
                                       << TransferOutcome::Verified;
        QTest::newRow("kept the file there") << TransferState::Done << VerifyMethod::KeptExisting
                                             << TransferOutcome::Verified;
        QTest::newRow("failed") << TransferState::Failed << VerifyMethod::None << TransferOutcome::Failed;
        QTest::newRow("cancelled") << TransferState::Cancelled << VerifyMethod::None << TransferOutcome::Failed;
        QTest::newRow("paused") << TransferState::Paused << VerifyMethod::None << TransferOutcome::Failed;
    }
    void outcome()
    {
        QFETCH(TransferState, state);
        QFETCH(VerifyMethod, method);
        QFETCH(TransferOutcome, expected);
        TransferSnapshot s;
        s.state = state;
        s.verifiedBy = method;
        QCOMPARE(outcomeOf(s), expected);
    }

    void status_data()
    {
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("notVerified");
        QTest::addColumn<ExitStatus>("expected");
        QTest::newRow("all verified") << 0 << 0 << ExitStatus::AllVerified;
        QTest::newRow("one not verified") << 0 << 1 << ExitStatus::NotVerified;
        QTest::newRow("one failed") << 1 << 0 << ExitStatus::Failed;
        QTest::newRow("failure wins") << 2 << 3 << ExitStatus::Failed;
    }
    void status()
    {
        QFETCH(int, failed);
        QFETCH(int, notVerified);
        QFETCH(ExitStatus, expected);
        QCOMPARE(exitStatusFor(failed, notVerified), expected);
        QCOMPARE(int(ExitStatus::AllVerified), 0);
        QCOMPARE(int(ExitStatus::NotVerified), 3);
    }
};

QTEST_GUILESS_MAIN(TestExitStatus)
#include "tst_exitstatus.moc"
