// The real program killed (SIGKILL) in the middle of a folder upload of 600 small files, or of a
// folder download of 600 objects, and started again with the same command: the folder comes
// back (one folder, not a second one), every file arrives, and no file that was complete before
// the kill is sent or fetched again.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include "haulprocess.h"
#include "proxyprocess.h"
#include "testenv.h"
#include "transfertest.h"

using namespace haul::test;

namespace {

/// Paths of the object PUTs the store accepted before `before`, and of all object PUTs after
/// `since` (seconds since the epoch, as the proxy logs them).
void objectPuts(const ProxyProcess &proxy, double before, double since, QSet<QString> *stored,
                QStringList *after)
{
    for (const QJsonObject &r : proxy.requests()) {
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("PUT")
            || !r.value(QStringLiteral("query")).toString().isEmpty())
            continue;
        const QString path = r.value(QStringLiteral("path")).toString();
        const double t = r.value(QStringLiteral("t")).toDouble();
        if (stored && r.value(QStringLiteral("status")).toInt() == 200 && t < before)
            stored->insert(path);
        if (after && t >= since)
            after->append(path);
    }
}

/// Keys of the objects (bucket/key paths, decoded) fetched whole (GET, 2xx) before `before`, and
/// of all object GETs after `since`.
void objectGets(const ProxyProcess &proxy, const QString &bucket, double before, double since,
                QSet<QString> *fetched, QStringList *after)
{
    const QString start = QLatin1Char('/') + bucket + QLatin1Char('/');
    for (const QJsonObject &r : proxy.requests()) {
        const QString path = QUrl::fromPercentEncoding(r.value(QStringLiteral("path")).toString().toUtf8());
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("GET") || !path.startsWith(start)
            || path.size() == start.size())
            continue;
        const double t = r.value(QStringLiteral("t")).toDouble();
        const bool whole = r.value(QStringLiteral("status")).toInt() / 100 == 2
            && r.value(QStringLiteral("error")).isNull();
        if (fetched && whole && t < before)
            fetched->insert(path.mid(start.size()));
        if (after && t >= since)
            after->append(path.mid(start.size()));
    }
}

} // namespace

class TestFolderKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void killedMidFolderContinues()
    {
        constexpr int Files = 600;
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fkill"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString src = dir.filePath(QStringLiteral("run9"));
        QDir().mkpath(src + QStringLiteral("/sub"));
        for (int i = 0; i < Files; ++i) {
            QFile f(src + (i % 2 ? QStringLiteral("/sub/f%1") : QStringLiteral("/f%1")).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(100, char('a' + i % 26))) == 100);
        }
        ProxyProcess proxy; // slow connections: the first run is killed long before its end
        QVERIFY(proxy.start(server.endpoint, R"({"latency_ms": 500, "rules": []})"));
        const QProcessEnvironment env = haulEnvironment(server, proxy.url(), dir.filePath(QStringLiteral("home")));
        const QStringList args = {QStringLiteral("--account"), QStringLiteral("environment"), src,
                                  QStringLiteral("--to"), QStringLiteral("s3://%1/up/").arg(bucket),
                                  QStringLiteral("--quit-when-done")};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(haulProgram(), args);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(proxy.count(QStringLiteral("PUT"), QString(), 200) >= 40, 120000);
        QTest::qWait(4000);
        QCOMPARE(first.state(), QProcess::Running);
        // The journal is written a second after changes: a file stored in the last moments
        // before the kill may still be listed as unfinished, and sent once more. Files stored
        // 3 s before it must not be.
        const double killedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QTest::qWait(500); // the proxy logs a request just after answering it
        const double restartedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        QSet<QString> storedBefore;
        objectPuts(proxy, killedAt - 3, restartedAt, &storedBefore, nullptr);
        QVERIFY(storedBefore.size() >= 20);
        QVERIFY(storedBefore.size() < Files - 100);

        QProcess second; // the same command again
        second.setProcessEnvironment(env);
        second.start(haulProgram(), args);
        QVERIFY(second.waitForFinished(300000));
        const QString out = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        // one folder (the restored one, not a second for the same command), every file counted
        QCOMPARE(out.count(QStringLiteral(" → s3://")), 1);
        QVERIFY2(out.contains(QStringLiteral(": total %1,").arg(Files)) && out.contains(QStringLiteral("failed 0,")),
                 qPrintable(out));
        QStringList after;
        objectPuts(proxy, killedAt - 3, restartedAt, nullptr, &after);
        for (const QString &path : std::as_const(after))
            QVERIFY2(!storedBefore.contains(path), qPrintable(path)); // nothing stored is sent again
        QCOMPARE(QSet<QString>(after.begin(), after.end()).size(), after.size()); // nor twice
        QByteArray listing;
        QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"),
                                 QStringLiteral("--bucket"), bucket, QStringLiteral("--query"),
                                 QStringLiteral("length(Contents)")}, &listing), 0);
        QCOMPARE(listing.trimmed().toInt(), Files);
        qInfo("before the kill: %d stored; after: %d sent. Output: %s", int(storedBefore.size()),
              int(after.size()), qPrintable(out));
    }

    void killedMidFolderDownloadContinues();
};

void TestFolderKill::killedMidFolderDownloadContinues()
{
    constexpr int Files = 600;
    const TestServer server = testServer(QStringLiteral("s3rver"));
    QTemporaryDir dir;
    const QString bucket = uniqueBucketName(QStringLiteral("haul-fdkill"));
    QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
    const QString src = dir.filePath(QStringLiteral("src/run9"));
    QStringList expected;
    for (int i = 0; i < Files; ++i) {
        const QString rel = (i % 2 ? QStringLiteral("run9/sub/f %1") : QStringLiteral("run9/f %1")).arg(i);
        QDir().mkpath(QFileInfo(dir.filePath(QStringLiteral("src/") + rel)).absolutePath());
        QFile f(dir.filePath(QStringLiteral("src/") + rel));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(100 + i, char('a' + i % 26))) == 100 + i);
        expected.append(rel);
    }
    expected.sort();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--recursive"),
                             QStringLiteral("--only-show-errors"), src, QStringLiteral("s3://%1/run9/").arg(bucket)},
                    nullptr, nullptr, 120000), 0);
    qInfo("aws s3 cp of %d files: %.1f s", Files, double(clock.elapsed()) / 1000.0);
    ProxyProcess proxy; // slow answers: the first run is killed long before its end
    QVERIFY(proxy.start(server.endpoint, R"({"latency_ms": 500, "rules": []})"));
    const QProcessEnvironment env = haulEnvironment(server, proxy.url(), dir.filePath(QStringLiteral("home")));
    const QString dest = dir.filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(dest));
    const QStringList args = {QStringLiteral("--account"), QStringLiteral("environment"), QStringLiteral("--download"),
                              QStringLiteral("s3://%1/run9/").arg(bucket), QStringLiteral("--to"), dest,
                              QStringLiteral("--quit-when-done")};
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(haulProgram(), args);
    QVERIFY(first.waitForStarted());
    auto fetchedSoFar = [&] {
        QSet<QString> fetched;
        objectGets(proxy, bucket, 1e12, 0, &fetched, nullptr);
        return fetched.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(fetchedSoFar() >= 40, 120000);
    QTest::qWait(4000);
    QCOMPARE(first.state(), QProcess::Running);
    // The journal is written a second after changes: a file fetched in the last moments before
    // the kill may still be listed as unfinished, and fetched once more. Files fetched 3 s
    // before it must not be.
    const double killedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QTest::qWait(500); // the proxy logs a request just after answering it
    const double restartedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QSet<QString> fetchedBefore;
    objectGets(proxy, bucket, killedAt - 3, restartedAt, &fetchedBefore, nullptr);
    QVERIFY(fetchedBefore.size() >= 20);
    QVERIFY(fetchedBefore.size() < Files - 100);

    const QStringList atKill = filesUnder(dest);
    const qsizetype temporaries = std::count_if(atKill.begin(), atKill.end(), [](const QString &rel) {
        return QFileInfo(rel).fileName().startsWith(QLatin1Char('.'));
    });

    QProcess second; // the same command again
    second.setProcessEnvironment(env);
    second.start(haulProgram(), args);
    QVERIFY(second.waitForFinished(300000));
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    // one folder (the restored one, not a second for the same command), every file counted
    QCOMPARE(out.count(QStringLiteral("s3://%1/run9/ → ").arg(bucket)), 1);
    QVERIFY2(out.contains(QStringLiteral(": total %1,").arg(Files)) && out.contains(QStringLiteral("failed 0,")),
             qPrintable(out));
    QTest::qWait(500);
    QStringList after;
    objectGets(proxy, bucket, killedAt - 3, restartedAt, nullptr, &after);
    for (const QString &key : std::as_const(after))
        QVERIFY2(!fetchedBefore.contains(key), qPrintable(key)); // nothing complete is fetched again
    QCOMPARE(QSet<QString>(after.begin(), after.end()).size(), after.size()); // nor twice
    // every file, byte-identical, inside the destination, and nothing else: the temporary files
    // begun in the last second before the kill (not in the journal yet) are removed at the end
    QCOMPARE(filesUnder(dest), expected);
    for (const QString &rel : std::as_const(expected))
        QVERIFY2(contents(dest + QLatin1Char('/') + rel) == contents(dir.filePath(QStringLiteral("src/")) + rel),
                 qPrintable(rel));
    QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("run9")});
    qInfo("before the kill: %d fetched, %d temporary files; after: %d fetched. Output: %s",
          int(fetchedBefore.size()), int(temporaries), int(after.size()), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestFolderKill)
#include "tst_folderkill.moc"
