#include <QTest>

#include "engine/retrypolicy.h"
#include "net/neterror.h"

using namespace haul;
using namespace std::chrono_literals;

namespace {

Error make(ErrorCode code, int httpStatus = 0, const char *s3Code = "")
{
    Error e(code);
    e.httpStatus = httpStatus;
    e.s3Code = QString::fromLatin1(s3Code);
    return e;
}

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isRetryable_data();
    void isRetryable();
    void nextDelay_data();
    void nextDelay();
    void unreachableWaitsAtLeast35s();
    void delayNeverExceedsCap();
    void failureAtTheProxyNamesIt();
};

// With an HTTP proxy in between, a refused or unknown connection is the proxy's (Haul talks to
// nothing else); Qt 6.4 reports a refused tunnel (https) as UnknownNetworkError. Like a refused
// store, it is retried only where the proxy let requests through before.
void TestRetryPolicy::failureAtTheProxyNamesIt()
{
    const QString store = QStringLiteral("s3.example.org");
    const QString proxy = QStringLiteral("proxy.lab:3128");
    for (const auto code : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
                            QNetworkReply::UnknownNetworkError, QNetworkReply::ProxyConnectionRefusedError,
                            QNetworkReply::ProxyAuthenticationRequiredError}) {
        const Error first = errorFromNetwork(code, false, {}, store, QStringLiteral("refused"), false, proxy);
        QCOMPARE(first.code, ErrorCode::ProxyFailed);
        QCOMPARE(first.subject, proxy);
        QVERIFY(!first.retryable);
        QVERIFY(errorFromNetwork(code, false, {}, store, {}, true, proxy).retryable);
    }
    const Error direct = errorFromNetwork(QNetworkReply::ConnectionRefusedError, false, {}, store, {}, false);
    QCOMPARE(direct.code, ErrorCode::ConnectionRefused);
    QCOMPARE(direct.subject, store);
    // the store's own answers through the proxy stay the store's
    QCOMPARE(errorFromNetwork(QNetworkReply::RemoteHostClosedError, false, {}, store, {}, true, proxy).code,
             ErrorCode::ConnectionReset);
    QCOMPARE(errorFromNetwork(QNetworkReply::OperationCanceledError, true, {}, store, {}, true, proxy).code,
             ErrorCode::Timeout);
}

void TestRetryPolicy::isRetryable_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("throttled") << make(ErrorCode::Throttled, 503, "SlowDown") << true;
    QTest::newRow("server error") << make(ErrorCode::ServerError, 500, "InternalError") << true;
    QTest::newRow("200 with InternalError") << make(ErrorCode::ServerError, 200, "InternalError") << true;
    QTest::newRow("timeout") << make(ErrorCode::Timeout) << true;
    QTest::newRow("S3 RequestTimeout") << make(ErrorCode::Timeout, 400, "RequestTimeout") << true;
    QTest::newRow("connection reset") << make(ErrorCode::ConnectionReset) << true;
    QTest::newRow("network down") << make(ErrorCode::NetworkDown) << true;
    QTest::newRow("BadDigest from server") << make(ErrorCode::ChecksumMismatch, 400, "BadDigest") << true;
    QTest::newRow("checksum header mismatch")
        << make(ErrorCode::ChecksumMismatch, 400, "XAmzContentChecksumMismatch") << true;
    QTest::newRow("InvalidDigest (our bug)")
        << make(ErrorCode::ChecksumMismatch, 400, "InvalidDigest") << false;
    QTest::newRow("local checksum mismatch") << make(ErrorCode::ChecksumMismatch) << false;
    QTest::newRow("invalid access key") << make(ErrorCode::InvalidAccessKey, 403) << false;
    QTest::newRow("signature mismatch") << make(ErrorCode::SignatureMismatch, 403) << false;
    QTest::newRow("clock skew") << make(ErrorCode::RequestTimeSkewed, 403) << false;
    Error skewCorrected = make(ErrorCode::RequestTimeSkewed, 403);
    skewCorrected.correctedByClient = true; // the client took the store's time from the answer
    QTest::newRow("clock skew, clock corrected") << skewCorrected << true;
    Error regionLearnt = make(ErrorCode::Redirect, 301);
    regionLearnt.correctedByClient = true; // the bucket's region, from x-amz-bucket-region
    QTest::newRow("redirect, region learnt") << regionLearnt << true;
    QTest::newRow("access denied") << make(ErrorCode::AccessDenied, 403) << false;
    QTest::newRow("expired token") << make(ErrorCode::ExpiredToken, 400) << false;
    QTest::newRow("no such bucket") << make(ErrorCode::NoSuchBucket, 404) << false;
    QTest::newRow("no such key") << make(ErrorCode::NoSuchKey, 404) << false;
    QTest::newRow("no such upload") << make(ErrorCode::NoSuchUpload, 404) << false;
    QTest::newRow("bad request") << make(ErrorCode::BadRequest, 400) << false;
    QTest::newRow("invalid part") << make(ErrorCode::InvalidPart, 400) << false;
    QTest::newRow("entity too small") << make(ErrorCode::EntityTooSmall, 400) << false;
    QTest::newRow("redirect") << make(ErrorCode::Redirect, 301) << false;
    QTest::newRow("protocol error") << make(ErrorCode::ProtocolError, 200) << false;
    QTest::newRow("tls untrusted") << make(ErrorCode::TlsUntrusted) << false;
    QTest::newRow("tls failed") << make(ErrorCode::TlsFailed) << false;
    QTest::newRow("host not found, first contact") << make(ErrorCode::HostNotFound) << false;
    QTest::newRow("connection refused, first contact") << make(ErrorCode::ConnectionRefused) << false;
    Error refusedLater = make(ErrorCode::ConnectionRefused);
    refusedLater.answeredBefore = true; // the store restarting
    QTest::newRow("connection refused, after answers") << refusedLater << true;
    Error lostLater = make(ErrorCode::HostNotFound);
    lostLater.answeredBefore = true; // DNS gone while a VPN reconnects
    QTest::newRow("host not found, after answers") << lostLater << true;
    Error deniedLater = make(ErrorCode::AccessDenied, 403);
    deniedLater.answeredBefore = true; // only those two codes read it
    QTest::newRow("access denied, after answers") << deniedLater << false;
    QTest::newRow("cancelled") << make(ErrorCode::Cancelled) << false;
    QTest::newRow("file unreadable") << make(ErrorCode::FileUnreadable) << false;
    QTest::newRow("file changed") << make(ErrorCode::FileChanged) << false;
    QTest::newRow("disk full") << make(ErrorCode::DiskFull) << false;
    QTest::newRow("file too large for the disk") << make(ErrorCode::FileTooLarge) << false;
    QTest::newRow("invalid input") << make(ErrorCode::InvalidInput) << false;
    QTest::newRow("none") << make(ErrorCode::None) << false;
}

void TestRetryPolicy::isRetryable()
{
    QFETCH(Error, error);
    QFETCH(bool, retryable);
    QCOMPARE(haul::isRetryable(error), retryable);
}

void TestRetryPolicy::nextDelay_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("attemptsSoFar");
    QTest::addColumn<double>("random01");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delayMs");

    const Error server = make(ErrorCode::ServerError, 500, "InternalError");
    const Error slowDown = make(ErrorCode::Throttled, 503, "SlowDown");
    const Error badDigest = make(ErrorCode::ChecksumMismatch, 400, "BadDigest");

    QTest::newRow("1st retry, r=1: base") << server << 1 << 1.0 << true << qint64(250);
    QTest::newRow("1st retry, r=0.5") << server << 1 << 0.5 << true << qint64(125);
    QTest::newRow("1st retry, r=0: no wait") << server << 1 << 0.0 << true << qint64(0);
    QTest::newRow("2nd retry doubles") << server << 2 << 1.0 << true << qint64(500);
    QTest::newRow("3rd retry doubles again") << server << 3 << 1.0 << true << qint64(1000);
    QTest::newRow("7th retry: 250 ms × 2^6") << server << 7 << 1.0 << true << qint64(16000);
    QTest::newRow("7th retry, r=0.25") << server << 7 << 0.25 << true << qint64(4000);
    QTest::newRow("8 attempts: give up") << server << 8 << 1.0 << false << qint64(0);
    QTest::newRow("0 attempts counts as 1") << server << 0 << 1.0 << true << qint64(250);
    QTest::newRow("random above 1 clamped") << server << 1 << 7.0 << true << qint64(250);
    QTest::newRow("random below 0 clamped") << server << 1 << -3.0 << true << qint64(0);
    QTest::newRow("throttled: larger base") << slowDown << 1 << 1.0 << true << qint64(1000);
    QTest::newRow("throttled 3rd retry") << slowDown << 3 << 1.0 << true << qint64(4000);
    QTest::newRow("throttled capped") << slowDown << 6 << 1.0 << true << qint64(20000);
    QTest::newRow("BadDigest retried once") << badDigest << 1 << 1.0 << true << qint64(250);
    QTest::newRow("BadDigest not twice") << badDigest << 2 << 1.0 << false << qint64(0);
    Error refused = make(ErrorCode::ConnectionRefused);
    refused.answeredBefore = true;
    QTest::newRow("unreachable, r=0: half of 1 s") << refused << 1 << 0.0 << true << qint64(500);
    QTest::newRow("unreachable, r=1: 1 s") << refused << 1 << 1.0 << true << qint64(1000);
    QTest::newRow("unreachable 7th retry, r=0: half the cap") << refused << 7 << 0.0 << true << qint64(10000);
    QTest::newRow("unreachable: 8 attempts, give up") << refused << 8 << 0.0 << false << qint64(0);
    QTest::newRow("network down, r=0.5") << make(ErrorCode::NetworkDown) << 2 << 0.5 << true << qint64(1500);
    QTest::newRow("reset: full jitter") << make(ErrorCode::ConnectionReset) << 2 << 0.0 << true << qint64(0);
    QTest::newRow("not retryable") << make(ErrorCode::AccessDenied, 403) << 1 << 1.0 << false
                                   << qint64(0);
}

void TestRetryPolicy::nextDelay()
{
    QFETCH(Error, error);
    QFETCH(int, attemptsSoFar);
    QFETCH(double, random01);
    QFETCH(bool, retry);
    QFETCH(qint64, delayMs);

    const auto delay = haul::nextDelay(RetryPolicy{}, error, attemptsSoFar, random01);
    QCOMPARE(delay.has_value(), retry);
    if (delay)
        QCOMPARE(delay->count(), delayMs);
}

void TestRetryPolicy::unreachableWaitsAtLeast35s()
{
    Error refused = make(ErrorCode::ConnectionRefused);
    refused.answeredBefore = true;
    qint64 least = 0;
    int attempts = 1;
    while (const auto delay = haul::nextDelay(RetryPolicy{}, refused, attempts, 0.0)) {
        least += delay->count();
        ++attempts;
    }
    QCOMPARE(attempts, RetryPolicy{}.maxAttempts);
    QVERIFY2(least >= 35000, qPrintable(QString::number(least)));
}

void TestRetryPolicy::delayNeverExceedsCap()
{
    RetryPolicy policy;
    policy.maxAttempts = 1000;
    const Error e = make(ErrorCode::Throttled, 503);
    for (int attempts = 1; attempts < 1000; attempts += 37) {
        const auto delay = haul::nextDelay(policy, e, attempts, 1.0);
        QVERIFY(delay);
        QVERIFY(*delay <= policy.cap);
        QVERIFY(*delay >= 0ms);
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
