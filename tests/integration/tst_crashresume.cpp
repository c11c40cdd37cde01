// The real program killed (SIGKILL) in the middle of a multipart upload and started again:
// it continues from the journal, and only the parts the store does not have are sent; a
// transfer of another account or one paused in the window, left in the journal, does not hold
// up the next command, nor does one that failed in an earlier command.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "haulprocess.h"
#include "proxyprocess.h"
#include "testenv.h"

using namespace haul::test;

namespace {

/// The part numbers the journal at `path` records as stored, over all its multipart uploads.
QSet<int> journalParts(const QString &path)
{
    QFile f(path);
    QSet<int> parts;
    if (!f.open(QIODevice::ReadOnly))
        return parts;
    for (const QJsonValue &t : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("transfers")).toArray()) {
        for (const QJsonValue &p : t.toObject().value(QStringLiteral("multipart")).toObject().value(QStringLiteral("parts")).toArray())
            parts.insert(p.toObject().value(QStringLiteral("n")).toInt());
    }
    return parts;
}

} // namespace

class TestCrashResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    // With ListParts refused (an account that may upload but not list parts, as a drop-box
    // policy of s3:PutObject alone allows), the parts the journal recorded are trusted instead.
    void killedMidUploadContinues_data()
    {
        QTest::addColumn<bool>("listPartsRefused");
        QTest::newRow("ListParts") << false;
        QTest::newRow("ListParts refused") << true;
    }

    void killedMidUploadContinues()
    {
        QFETCH(bool, listPartsRefused);
        const TestServer server = testServer(QStringLiteral("rgw"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-crash"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        ProxyProcess proxy; // 1.5 MB/s per connection, 16 connections: a 200 MiB file takes ~9 s
        QVERIFY(proxy.start(server.endpoint, listPartsRefused
            ? R"({"rate_per_conn": 1500000, "rules": [{"name": "no-list-parts", "match": {"method": "GET",
                 "query": "(^|&)uploadId="}, "action": "status", "status": 403, "code": "AccessDenied"}]})"
            : R"({"rate_per_conn": 1500000, "rules": []})"));
        const QString file = makeRandomFile(dir.path(), 200LL * 1024 * 1024 + 3, 41); // 26 parts of 8 MiB
        const QProcessEnvironment env = haulEnvironment(server, proxy.url(), dir.filePath(QStringLiteral("home")));
        const QStringList args = {QStringLiteral("--account"), QStringLiteral("environment"), file,
                                  QStringLiteral("--to"), QStringLiteral("s3://%1/").arg(bucket),
                                  QStringLiteral("--quit-when-done")};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(haulProgram(), args);
        QVERIFY(first.waitForStarted());
        // wait until a few parts are stored, then kill it without warning
        QTRY_VERIFY_WITH_TIMEOUT(proxy.count(QStringLiteral("PUT"), QStringLiteral("partNumber="), 200) >= 4, 60000);
        QTest::qWait(1200); // the journal is written a second after changes
        QCOMPARE(first.state(), QProcess::Running); // still uploading
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        const double restartedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QSet<int> storedBefore;
        for (const QJsonObject &r : proxy.requests()) {
            const QString q = r.value(QStringLiteral("query")).toString();
            if (r.value(QStringLiteral("method")).toString() == QLatin1String("PUT")
                && q.startsWith(QLatin1String("partNumber=")) && r.value(QStringLiteral("status")).toInt() == 200)
                storedBefore.insert(q.section(QLatin1Char('&'), 0, 0).section(QLatin1Char('='), 1).toInt());
        }
        if (listPartsRefused) {
            // what Haul can know of then: the parts its journal recorded before the kill
            storedBefore = journalParts(dir.filePath(QStringLiteral("home/.local/share/Haul/Haul/queue.json")));
            QVERIFY(storedBefore.size() >= 3);
        }

        QProcess second; // the same command again: the queue comes back from the journal
        second.setProcessEnvironment(env);
        second.start(haulProgram(), args);
        QVERIFY(second.waitForFinished(120000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        int resent = 0, sentAfter = 0;
        for (const QJsonObject &r : proxy.requests()) {
            const QString q = r.value(QStringLiteral("query")).toString();
            if (r.value(QStringLiteral("method")).toString() != QLatin1String("PUT")
                || !q.startsWith(QLatin1String("partNumber="))
                || r.value(QStringLiteral("t")).toDouble() < restartedAt)
                continue;
            ++sentAfter;
            resent += storedBefore.contains(q.section(QLatin1Char('&'), 0, 0).section(QLatin1Char('='), 1).toInt());
        }
        if (listPartsRefused)
            QVERIFY(proxy.count(QStringLiteral("GET"), QStringLiteral("uploadId="), 403) >= 1);
        QCOMPARE(resent, 0);                         // nothing the store had was sent again
        QCOMPARE(sentAfter, 26 - int(storedBefore.size())); // and everything it lacked was
        const QString back = dir.filePath(QStringLiteral("back"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                 QStringLiteral("s3://%1/%2").arg(bucket, QFileInfo(file).fileName()), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(file));
    }

    // A transfer left in the journal that is not this command's to do: one of another account
    // (queued in the window, say) or one paused in the window. The command for this account
    // finishes its own work and exits, leaving that one as it was; the paused one given again
    // goes on.
    void leftInTheJournalDoesNotHoldUpTheCommand_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("another account") << QStringLiteral("account") << QJsonValue(QStringLiteral("another lab"));
        QTest::newRow("paused in the window") << QStringLiteral("paused") << QJsonValue(true);
    }
    void leftInTheJournalDoesNotHoldUpTheCommand()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-left"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        ProxyProcess proxy; // slow, so that it is stopped mid-way
        QVERIFY(proxy.start(server.endpoint, R"({"rate_per_conn": 500000, "rules": []})"));
        const QString big = makeRandomFile(dir.path(), 100LL * 1024 * 1024, 42);
        const QProcessEnvironment env = haulEnvironment(server, proxy.url(), dir.filePath(QStringLiteral("home")));
        auto args = [&](const QString &file, const QString &to) {
            return QStringList{QStringLiteral("--account"), QStringLiteral("environment"), file, QStringLiteral("--to"),
                               QStringLiteral("s3://%1/%2").arg(bucket, to), QStringLiteral("--quit-when-done")};
        };
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(haulProgram(), args(big, QStringLiteral("big/")));
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(proxy.count(QStringLiteral("PUT"), QStringLiteral("partNumber="), 200) >= 1, 60000);
        QTest::qWait(1200); // the journal is written a second after changes
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        // the queued upload becomes what the row names (the journal as the window would leave it)
        const QString journal = dir.filePath(QStringLiteral("home/.local/share/Haul/Haul/queue.json"));
        auto entries = [&journal] {
            QFile f(journal);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        };
        QJsonObject root = entries();
        QJsonArray transfers = root.value(QStringLiteral("transfers")).toArray();
        QCOMPARE(transfers.size(), 1);
        QJsonObject entry = transfers.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("account")).toString(), QStringLiteral("environment"));
        QCOMPARE(entry.value(QStringLiteral("paused")).toBool(), false);
        entry.insert(field, value);
        transfers.replace(0, entry);
        root.insert(QStringLiteral("transfers"), transfers);
        QFile f(journal);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(root).toJson()) > 0);
        f.close();

        const QString small = dir.filePath(QStringLiteral("small.txt"));
        QFile s(small);
        QVERIFY(s.open(QIODevice::WriteOnly) && s.write("small\n") == 6);
        s.close();
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(haulProgram(), args(small, QStringLiteral("small/")));
        QVERIFY2(second.waitForFinished(60000), "haul did not exit: the transfer left in the journal held it up");
        const QByteArray out = second.readAllStandardOutput();
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QVERIFY2(out.contains("1 transfer succeeded, 0 failed; 6 bytes"), out.constData()); // its own only
        const QString back = dir.filePath(QStringLiteral("back.txt"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                 QStringLiteral("s3://%1/small/small.txt").arg(bucket), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(small));
        const QJsonArray left = entries().value(QStringLiteral("transfers")).toArray(); // still there, as it was
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(field), value);
        if (field != QLatin1String("paused"))
            return;
        QProcess third; // the paused one, given again: it goes on and is stored
        third.setProcessEnvironment(env);
        third.start(haulProgram(), args(big, QStringLiteral("big/")));
        QVERIFY(third.waitForFinished(300000));
        QVERIFY2(third.exitCode() == 0, third.readAllStandardError().constData());
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                 QStringLiteral("s3://%1/big/%2").arg(bucket, QFileInfo(big).fileName()), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(big));
        QVERIFY(entries().value(QStringLiteral("transfers")).toArray().isEmpty());
    }

    // A transfer that failed in an earlier command stays in the queue, failed (the window offers
    // Retry): the next, different command neither waits for it nor reports it; the same command
    // again tries it again.
    void anEarlierFailureIsNotTheNextCommands()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-next"));
        const QString missing = uniqueBucketName(QStringLiteral("haul-none"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString small = dir.filePath(QStringLiteral("small.txt"));
        QFile s(small);
        QVERIFY(s.open(QIODevice::WriteOnly) && s.write("small\n") == 6);
        s.close();
        const QProcessEnvironment env = haulEnvironment(server, server.endpoint, dir.filePath(QStringLiteral("home")));
        auto haul = [&env](const QStringList &args) {
            return runHaul(QStringList{QStringLiteral("--account"), QStringLiteral("environment")} + args
                               + QStringList{QStringLiteral("--quit-when-done")},
                           env);
        };
        const QStringList toMissing{small, QStringLiteral("--to"), QStringLiteral("s3://%1/x/").arg(missing)};

        Run r = haul(toMissing);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist. Check the bucket name, or create the bucket first.")), qPrintable(r.err));
        r = haul({small, QStringLiteral("--to"), QStringLiteral("s3://%1/y/").arg(bucket)}); // another command
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 transfer succeeded, 0 failed")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(missing), qPrintable(r.err));
        const QString made = dir.filePath(QStringLiteral("fresh/made")); // not there yet: made
        r = haul({QStringLiteral("--download"), QStringLiteral("s3://%1/y/small.txt").arg(bucket), QStringLiteral("--to"), made});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(fileMd5(made + QStringLiteral("/small.txt")), fileMd5(small));
        r = haul(toMissing); // the same command: tried again, and still failing
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.contains(QStringLiteral("0 transfers succeeded, 1 failed")), qPrintable(r.out));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + missing}), 0);
        r = haul(toMissing); // and once the bucket is there, stored
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 transfer succeeded, 0 failed")), qPrintable(r.out));
        const QString back = dir.filePath(QStringLiteral("back.txt"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                 QStringLiteral("s3://%1/x/small.txt").arg(missing), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(small));
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
