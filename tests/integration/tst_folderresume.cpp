// A folder upload (against s3rver) and a folder download (s3rver, moto) stopped in the middle
// (the TransferManager and FolderService destroyed, as when Haul quits) and started again from
// the same journals: the folder comes back with its id, the files the engine continues are
// followed by it (not top-level rows), the files never handed to the engine are still sent or
// fetched, and every file is counted exactly once.
#include <algorithm>

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "proxyprocess.h"
#include "s3wait.h"
#include "state/journal.h"
#include "sync/folderjob.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfertest.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

/// `count` small files under root in five folders; their keys (keyPrefix + relative path),
/// sorted.
QStringList makeFiles(const QString &root, int count, const QString &keyPrefix)
{
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        const QString rel = QStringLiteral("d%1/f %2.txt").arg(i % 5).arg(i);
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).absolutePath());
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write("file " + QByteArray::number(i) + '\n') < 0)
            return {};
        keys << keyPrefix + rel;
    }
    keys.sort();
    return keys;
}

/// The object GETs the proxy logged that got a 2xx answer, by key (bucket/key paths, decoded),
/// split at `since` (Unix seconds).
struct Gets {
    QHash<QString, int> before;
    QHash<QString, int> after;
};

Gets objectGets(const ProxyProcess &proxy, const QString &bucket, double since)
{
    Gets gets;
    const QString start = QLatin1Char('/') + bucket + QLatin1Char('/');
    for (const QJsonObject &r : proxy.requests()) {
        const QString path = QUrl::fromPercentEncoding(r.value(QStringLiteral("path")).toString().toUtf8());
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("GET")
            || r.value(QStringLiteral("status")).toInt() / 100 != 2 || !path.startsWith(start)
            || path.size() == start.size())
            continue;
        const QString key = path.mid(start.size());
        ++(r.value(QStringLiteral("t")).toDouble() < since ? gets.before : gets.after)[key];
    }
    return gets;
}

} // namespace

class TestFolderResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HAUL_REQUIRE_SERVERS(); }

    void stoppedFolderUploadCompletesAfterRestart()
    {
        constexpr int Files = 700; // more than FolderJob::Window: some never reach the engine
        static_assert(Files > FolderJob::Window);
        const TestServer server = testServer(QStringLiteral("s3rver"));
        QTemporaryDir dir;
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fres"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString src = dir.filePath(QStringLiteral("run7"));
        const QStringList expected = makeFiles(src, Files, QStringLiteral("up/run7/"));
        QCOMPARE(expected.size(), Files);
        EngineOptions options;
        options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
        const QString folderJournal = options.journalPath + QStringLiteral(".folders");

        FolderId id = 0;
        QSet<QString> handedOver; // keys the first run gave the engine
        QSet<QString> stored;     // of those, the ones it saw stored
        {
            TransferManager manager(options);
            manager.setLimits(2, 300); // slow: the folder is stopped long before its end
            manager.setAccount(connectionFor(server));
            Rows rows;
            rows.follow(manager);
            FolderService folders(&manager);
            folders.setJournal(folderJournal);
            id = folders.upload(server.name, {src}, bucket, QStringLiteral("up/"));
            QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).filesDone >= 3, 120000);
            QVERIFY(!folders.snapshot(id).isFinished());
            for (const TransferSnapshot &s : std::as_const(rows.last)) {
                QCOMPARE(s.groupId, id);
                handedOver.insert(s.key);
                if (s.state == TransferState::Verified || s.state == TransferState::Done)
                    stored.insert(s.key);
            }
        } // destroyed as when Haul quits: the journal keeps the files in the engine
        QVERIFY2(handedOver.size() < Files, "every file reached the engine: nothing left to forget");
        QVERIFY(stored.size() >= 3);

        TransferManager manager(options);
        Rows rows;
        rows.follow(manager);
        manager.setAccount(connectionFor(server));
        QTRY_VERIFY_WITH_TIMEOUT(!rows.last.isEmpty(), 30000); // the journal's files are back
        for (const TransferSnapshot &s : std::as_const(rows.last))
            QCOMPARE(s.groupId, id); // under their folder, not top-level rows
        FolderService folders(&manager);
        QSignalSpy added(&folders, &FolderService::folderAdded);
        folders.setJournal(folderJournal);
        QCOMPARE(added.size(), 0); // waits for its account
        folders.resumeFolders(QStringLiteral("another account"));
        QCOMPARE(added.size(), 0);
        folders.resumeFolders(server.name);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<FolderSnapshot>().id, id);
        QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 300000);
        const FolderSnapshot end = folders.snapshot(id);
        QCOMPARE(end.state, FolderState::Finished);
        QVERIFY(end.issues.isEmpty());
        QCOMPARE(end.filesTotal, Files);
        QCOMPARE(end.filesDone, Files);
        QVERIFY(end.filesSkipped >= 3); // stored before the stop: "already there"

        // every file once: nothing stored by the first run is sent again, nothing is sent twice,
        // and the files the first run never gave the engine are sent now
        QSet<QString> sent;
        for (const TransferSnapshot &s : std::as_const(rows.last)) {
            QCOMPARE(s.groupId, id);
            if (s.state == TransferState::Verified || s.state == TransferState::Done) {
                QVERIFY2(!sent.contains(s.key), qPrintable(s.key));
                QVERIFY2(!stored.contains(s.key), qPrintable(s.key));
                sent.insert(s.key);
            }
        }
        for (const QString &key : expected) {
            if (!handedOver.contains(key))
                QVERIFY2(sent.contains(key), qPrintable(key));
        }
        qInfo("first run: %d files handed to the engine, %d stored; second run: %d sent, %d already there",
              int(handedOver.size()), int(stored.size()), int(sent.size()), int(end.filesSkipped));
        QVERIFY(sent.size() + end.filesSkipped >= Files); // restored files stored before the
                                                          // listing count as already there

        QByteArray out;
        QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("list-objects-v2"),
                                 QStringLiteral("--bucket"), bucket, QStringLiteral("--query"),
                                 QStringLiteral("Contents[].Key"), QStringLiteral("--output"),
                                 QStringLiteral("text")}, &out), 0);
        QStringList keys = QString::fromUtf8(out).trimmed().split(QRegularExpression(QStringLiteral("[\t\n]")));
        keys.sort();
        QCOMPARE(keys, expected);

        // the finished folder is no longer kept: a third start restores nothing
        QTRY_VERIFY(FolderJournal(folderJournal).load().uploads.isEmpty());
    }

    void stoppedFolderDownloadCompletesAfterRestart_data()
    {
        QTest::addColumn<TestServer>("server");
        QTest::addColumn<int>("existing"); // ExistingFiles
        QTest::newRow("s3rver") << testServer(QStringLiteral("s3rver")) << int(ExistingFiles::SkipIdentical);
        QTest::newRow("moto") << testServer(QStringLiteral("moto")) << int(ExistingFiles::SkipIdentical);
        QTest::newRow("s3rver, overwrite") << testServer(QStringLiteral("s3rver")) << int(ExistingFiles::Overwrite);
        // every file there before and different: asked about, answered "replace"
        QTest::newRow("s3rver, ask") << testServer(QStringLiteral("s3rver")) << int(ExistingFiles::Ask);
    }

    void stoppedFolderDownloadCompletesAfterRestart();
};

void TestFolderResume::stoppedFolderDownloadCompletesAfterRestart()
{
    QFETCH(TestServer, server);
    QFETCH(int, existing);
    QVERIFY(!server.name.isEmpty());
    constexpr int Files = 600; // more than FolderJob::Window: some never reach the engine
    static_assert(Files > FolderJob::Window);
    FolderOptions folderOptions;
    folderOptions.existing = ExistingFiles(existing);
    const bool ask = folderOptions.existing == ExistingFiles::Ask;
    QTemporaryDir dir;
    const QString bucket = uniqueBucketName(QStringLiteral("haul-fdres"));
    QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
    const QString src = dir.filePath(QStringLiteral("src/run8"));
    const QStringList keys = makeFiles(src, Files, QStringLiteral("data/run8/"));
    QCOMPARE(keys.size(), Files);
    QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--recursive"),
                             QStringLiteral("--only-show-errors"), src,
                             QStringLiteral("s3://%1/data/run8/").arg(bucket)}, nullptr, nullptr, 600000), 0);
    ProxyProcess proxy; // 150 ms before every answer: two connections fetch a few files a second
    QVERIFY(proxy.start(server.endpoint, R"({"latency_ms": 150, "rules": []})"));
    const QString dest = dir.filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(dest));
    // different files of the same size, there before: replaced all the same (with Overwrite:
    // the last one, which never reaches the first run's engine; asked about: all)
    QStringList before;
    for (const QString &key : keys)
        before.append(key.mid(QStringLiteral("data/").size()));
    if (!ask)
        before = folderOptions.existing == ExistingFiles::Overwrite ? before.mid(Files - 1) : QStringList();
    for (const QString &rel : std::as_const(before)) {
        QVERIFY(QDir().mkpath(QFileInfo(dest + QLatin1Char('/') + rel).absolutePath()));
        QFile old(dest + QLatin1Char('/') + rel);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write(contents(dir.filePath(QStringLiteral("src/")) + rel).toUpper()) > 0);
        QVERIFY(old.flush()); // written now, or closing would set the time to now again — the
                              // second the listing may show, which makes the file "identical"
        QVERIFY(old.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
    }
    QSet<QString> askedFirst;  // keys each run asked about (every answer: replace)
    QSet<QString> askedSecond;
    auto answerReplace = [](FolderService *folders, QSet<QString> *asked) {
        QObject::connect(folders, &FolderService::questionsAsked, folders,
                         [folders, asked](quint64 f, const QList<PlannedFile> &files) {
            QStringList replace;
            for (const PlannedFile &p : files)
                replace.append(p.key);
            *asked += QSet<QString>(replace.cbegin(), replace.cend());
            folders->answer(f, replace);
        });
    };
    EngineOptions options;
    options.journalPath = dir.filePath(QStringLiteral("state/queue.json"));
    const QString folderJournal = options.journalPath + QStringLiteral(".folders");

    FolderId id = 0;
    QSet<QString> handedOver; // keys the first run gave the engine
    QSet<QString> fetched;    // of those, the ones it saw complete
    {
        TransferManager manager(options);
        manager.setLimits(2, 0); // slow: the folder is stopped long before its end
        manager.setAccount(through(server, proxy));
        Rows rows;
        rows.follow(manager);
        FolderService folders(&manager);
        answerReplace(&folders, &askedFirst);
        folders.setJournal(folderJournal);
        id = folders.download(server.name, bucket, QStringLiteral("data/run8/"), dest, folderOptions);
        const QList<SavedFolderDownload> saved = FolderJournal(folderJournal).load().downloads;
        QCOMPARE(saved.size(), 1); // kept from the start
        QCOMPARE(saved.first().id, id);
        QCOMPARE(saved.first().destDir, dest);
        QCOMPARE(saved.first().options.existing, folderOptions.existing);
        auto complete = [&rows] {
            return std::count_if(rows.last.cbegin(), rows.last.cend(), [](const TransferSnapshot &s) {
                return s.state == TransferState::Verified || s.state == TransferState::Done;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(complete() >= 3, 120000); // as the queue shows them
        QVERIFY(!folders.snapshot(id).isFinished());
        for (const TransferSnapshot &s : std::as_const(rows.last)) {
            QCOMPARE(s.groupId, id);
            handedOver.insert(s.key);
            if (s.state == TransferState::Verified || s.state == TransferState::Done)
                fetched.insert(s.key);
        }
    } // destroyed as when Haul quits: the journal keeps the files in the engine
    QVERIFY2(handedOver.size() < Files, "every file reached the engine: nothing left to forget");
    QVERIFY(fetched.size() >= 3);
    const QList<JournalEntry> journal = Journal(options.journalPath).load().transfers;
    QVERIFY(!journal.isEmpty());
    for (const JournalEntry &e : journal)
        QCOMPARE(e.snapshot.groupId, id); // the download's files keep their folder

    QTest::qWait(500); // the proxy logs a request just after answering it
    const double restartedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    TransferManager manager(options);
    Rows rows;
    rows.follow(manager);
    manager.setAccount(through(server, proxy));
    QTRY_VERIFY_WITH_TIMEOUT(!rows.last.isEmpty(), 30000); // the journal's files are back
    for (const TransferSnapshot &s : std::as_const(rows.last))
        QCOMPARE(s.groupId, id); // under their folder, not top-level rows
    FolderService folders(&manager);
    answerReplace(&folders, &askedSecond);
    QSignalSpy added(&folders, &FolderService::folderAdded);
    folders.setJournal(folderJournal);
    QCOMPARE(added.size(), 0); // waits for its account
    QCOMPARE(folders.resumeFolders(server.name), QList<FolderId>{id});
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<FolderSnapshot>().id, id);
    // the same download again (as the same command after a restart): the running folder
    QCOMPARE(folders.download(server.name, bucket, QStringLiteral("data/run8"), dest + QLatin1Char('/'), folderOptions), id);
    QCOMPARE(added.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(folders.snapshot(id).isFinished(), 300000);
    const FolderSnapshot end = folders.snapshot(id);
    QCOMPARE(end.state, FolderState::Finished);
    QVERIFY(end.issues.isEmpty());
    QCOMPARE(end.filesTotal, Files);
    QCOMPARE(end.filesDone, Files);
    QVERIFY(end.filesSkipped >= fetched.size()); // on disk before the stop: "already there"

    // every file there, byte-identical, and nothing else (no temporary file left behind)
    QStringList expected;
    for (const QString &key : keys)
        expected.append(key.mid(QStringLiteral("data/").size()));
    QCOMPARE(filesUnder(dest), expected);
    for (const QString &rel : std::as_const(expected))
        QVERIFY2(contents(dest + QLatin1Char('/') + rel) == contents(dir.filePath(QStringLiteral("src/")) + rel),
                 qPrintable(rel));

    // nothing complete before the stop is fetched again, nothing is fetched twice after it, and
    // the files the first run never gave the engine are fetched now
    QTest::qWait(500);
    const Gets gets = objectGets(proxy, bucket, restartedAt);
    for (const QString &key : std::as_const(fetched))
        QVERIFY2(!gets.after.contains(key), qPrintable(key));
    for (auto it = gets.after.cbegin(); it != gets.after.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (const QString &key : keys) {
        if (!handedOver.contains(key))
            QVERIFY2(gets.after.value(key) == 1, qPrintable(key));
    }
    QVERIFY(!handedOver.contains(keys.last()));
    // asked again only about the files the first run had not handed over: the others were
    // answered then (the engine continues them) or are there now
    QCOMPARE(askedFirst.size(), ask ? Files : 0);
    QCOMPARE(askedSecond, ask ? QSet<QString>(keys.cbegin(), keys.cend()) - handedOver : QSet<QString>());
    QCOMPARE(gets.after.value(keys.last()), 1); // with Overwrite: over the different file there
    qInfo("first run: %d files handed to the engine, %d fetched; second run: %d fetched, %d already there",
          int(handedOver.size()), int(fetched.size()), int(gets.after.size()), int(end.filesSkipped));

    // the finished folder is no longer kept: a third start restores nothing
    QTRY_VERIFY(FolderJournal(folderJournal).load().downloads.isEmpty());
}

QTEST_GUILESS_MAIN(TestFolderResume)
#include "tst_folderresume.moc"
