// Whole folders through FolderService against real servers, counted in the fault proxy's log:
// a tree round-trips byte- and mtime-identical (checked with aws-cli too), a second upload sends
// no PUT (nor HEAD), a changed file is the only one sent again, a sync deletes only after
// confirmation, and keys that would escape the destination are refused.
#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "filesizelimit.h"
#include "foldertext.h"
#include "proxyprocess.h"
#include "s3wait.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfertest.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

const QDateTime Base = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);

/// Runs the event loop until the folder ends; returns its last snapshot.
FolderSnapshot waitFinished(FolderService &folders, FolderId id, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!folders.snapshot(id).isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return folders.snapshot(id);
}

bool writeFile(const QString &path, const QByteArray &content, const QDateTime &mtime)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false; // flushed first: a later write would set the time to now
    return f.setFileTime(mtime, QFileDevice::FileModificationTime);
}

/// A tree of `count` small files in nested folders; names with spaces, '+', unicode. Returns the
/// relative paths. Modification times are in the past, with milliseconds.
QStringList makeTree(const QString &root, int count)
{
    const QStringList dirs = {QString(), QStringLiteral("raw data/"), QStringLiteral("Zürich/"),
                              QStringLiteral("a+b/"), QStringLiteral("deep/er/est/"),
                              QStringLiteral("🙂 emoji/"), QStringLiteral("a-b/")};
    const QStringList names = {QStringLiteral("file %1.txt"), QStringLiteral("1+1=%1"),
                               QStringLiteral("ünïcødé-%1.fastq"), QStringLiteral("x-%1")};
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString rel = dirs[i % dirs.size()] + names[i / dirs.size() % names.size()].arg(i);
        QByteArray content = "content " + QByteArray::number(i) + '\n';
        content += QByteArray(i % 300, char('a' + i % 26));
        const QDateTime mtime = Base.addSecs(i).addMSecs(123 + i % 800);
        if (!writeFile(root + QLatin1Char('/') + rel, content, mtime))
            return {};
        out << rel;
    }
    return out;
}

QByteArray md5Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5) : QByteArray();
}

/// Keys under s3://bucket/prefix as `aws s3 ls --recursive` lists them.
QStringList awsKeys(const TestServer &server, const QString &bucket, const QString &prefix)
{
    QByteArray out;
    if (runAws(server, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                        QStringLiteral("s3://%1/%2").arg(bucket, prefix)}, &out) != 0)
        return {QStringLiteral("aws failed")};
    static const QRegularExpression line(QStringLiteral("^\\S+\\s+\\S+\\s+\\d+ (.*)$"));
    QStringList keys;
    for (const QString &l : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            keys << m.captured(1);
    }
    keys.sort();
    return keys;
}

/// The issues in one line each, for failure messages.
QByteArray describe(const QList<FolderIssue> &issues)
{
    QStringList lines;
    for (const FolderIssue &i : issues)
        lines << i.subject + QStringLiteral(": ") + walkIssueName(i.walkIssue) + QLatin1Char('/')
                + keyIssueName(i.keyIssue) + QLatin1Char('/') + i.error.technical();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

/// The paths of the requests of one method after the first `skip` of them.
QStringList pathsOf(const ProxyProcess &proxy, const QString &method, int skip)
{
    QStringList out;
    for (const QJsonObject &r : proxy.requests()) {
        if (r.value(QStringLiteral("method")).toString() == method && skip-- <= 0)
            out << r.value(QStringLiteral("path")).toString();
    }
    return out;
}

int countLogged(const ProxyProcess &proxy, const QString &method, bool listings)
{
    int n = 0;
    for (const QJsonObject &r : proxy.requests()) {
        const bool listing = r.value(QStringLiteral("query")).toString().contains(QLatin1String("list-type"));
        n += r.value(QStringLiteral("method")).toString() == method && listing == listings;
    }
    return n;
}

/// Requests of a method in the proxy's log once the log has settled: the proxy writes each line
/// just after answering, so the last answers of a finished folder may not be there yet.
int countRequests(const ProxyProcess &proxy, const QString &method, bool listings = false)
{
    int last = countLogged(proxy, method, listings);
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(200);
        const int now = countLogged(proxy, method, listings);
        if (now == last)
            break;
        last = now;
    }
    return last;
}

} // namespace

class TestFolders : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeBucket(const TestServer &server)
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-fold"));
        return runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"),
                               QStringLiteral("s3://") + bucket}) == 0 ? bucket : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<int>("files");
        QTest::newRow("s3rver") << QStringLiteral("s3rver") << 300;
        QTest::newRow("moto") << QStringLiteral("moto") << 60;
        QTest::newRow("rgw") << QStringLiteral("rgw") << 300;
    }

    void roundTrip()
    {
        QFETCH(QString, serverName);
        QFETCH(int, files);
        const TestServer server = testServer(serverName);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString src = m_dir.filePath(serverName + QStringLiteral("/src/run42"));
        const QStringList tree = makeTree(src, files);
        QCOMPARE(tree.size(), files);
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        FolderService folders(&manager);

        // 1. the folder arrives as itself under the prefix
        FolderSnapshot up = waitFinished(folders, folders.upload(server.name, {src}, bucket, QStringLiteral("projects/")));
        QCOMPARE(up.state, FolderState::Finished);
        QVERIFY2(up.issues.isEmpty(), describe(up.issues).constData());
        QCOMPARE(up.filesTotal, files);
        QCOMPARE(up.filesDone, files);
        QCOMPARE(up.filesSkipped, 0);
        QCOMPARE(countRequests(proxy, QStringLiteral("PUT")), files);
        QStringList expected;
        for (const QString &rel : tree)
            expected << QStringLiteral("projects/run42/") + rel;
        expected.sort();
        QCOMPARE(awsKeys(server, bucket, QStringLiteral("projects/")), expected);

        // 2. unchanged: nothing but listings
        const int putsBefore = countRequests(proxy, QStringLiteral("PUT"));
        const int headsBefore = countRequests(proxy, QStringLiteral("HEAD"));
        const int getsBefore = countRequests(proxy, QStringLiteral("GET"));
        up = waitFinished(folders, folders.upload(server.name, {src}, bucket, QStringLiteral("projects/")));
        QCOMPARE(up.state, FolderState::Finished);
        QCOMPARE(up.filesSkipped, files);
        QCOMPARE(countRequests(proxy, QStringLiteral("PUT")), putsBefore);
        const QStringList heads = pathsOf(proxy, QStringLiteral("HEAD"), headsBefore);
        QVERIFY2(heads.isEmpty(), qPrintable(heads.mid(0, 5).join(QLatin1Char(' '))));
        QCOMPARE(countRequests(proxy, QStringLiteral("GET")), getsBefore);

        // 3. one file changed (same size, new time): only it goes again
        const QString changed = src + QLatin1Char('/') + tree[7];
        QFile f(changed);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray content = f.readAll();
        content[0] = 'C';
        QVERIFY(f.seek(0) && f.write(content) == content.size());
        f.close();
        up = waitFinished(folders, folders.upload(server.name, {src}, bucket, QStringLiteral("projects/")));
        QCOMPARE(up.filesSkipped, files - 1);
        QCOMPARE(up.filesDone, files);
        QCOMPARE(countRequests(proxy, QStringLiteral("PUT")), putsBefore + 1);

        // 4. the download keeps the tree, the bytes and the times
        const QString dest = m_dir.filePath(serverName + QStringLiteral("/dest"));
        FolderSnapshot down = waitFinished(folders, folders.download(server.name, bucket, QStringLiteral("projects/run42/"), dest));
        QCOMPARE(down.state, FolderState::Finished);
        QVERIFY2(down.issues.isEmpty(), describe(down.issues).constData());
        QCOMPARE(down.localPath, dest + QStringLiteral("/run42"));
        QCOMPARE(down.filesDone, files);
        for (const QString &rel : tree) {
            const QString a = src + QLatin1Char('/') + rel, b = dest + QStringLiteral("/run42/") + rel;
            QVERIFY2(QFileInfo::exists(b), qPrintable(b));
            QCOMPARE(md5Of(b), md5Of(a));
            QCOMPARE(QFileInfo(b).lastModified().toUTC(), QFileInfo(a).lastModified().toUTC());
        }
        QDirIterator it(dest, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int found = 0;
        for (; it.hasNext(); it.next())
            ++found;
        QCOMPARE(found, files); // no temporary files left

        // 5. downloading again fetches nothing
        const int fetchesBefore = countRequests(proxy, QStringLiteral("GET"));
        down = waitFinished(folders, folders.download(server.name, bucket, QStringLiteral("projects/run42/"), dest));
        QCOMPARE(down.filesSkipped, files);
        QCOMPARE(countRequests(proxy, QStringLiteral("GET")), fetchesBefore);
    }

    void syncDeletesOnlyAfterConfirmation_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("s3rver") << QStringLiteral("s3rver"); // lists "a/…" before "a-b": out of order
        QTest::newRow("rgw") << QStringLiteral("rgw");
    }

    void syncDeletesOnlyAfterConfirmation()
    {
        QFETCH(QString, serverName);
        const TestServer server = testServer(serverName);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString local = m_dir.filePath(serverName + QStringLiteral("-sync"));
        const QStringList tree = makeTree(local, 40);
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        FolderService folders(&manager);
        const SyncPair pair{server.name, local, bucket, QStringLiteral("mirror")};

        FolderSnapshot s = waitFinished(folders, folders.sync(pair, false));
        QCOMPARE(s.state, FolderState::Finished);
        QCOMPARE(s.filesDone, 40);
        QCOMPARE(s.deletionsProposed, 0);
        QCOMPARE(awsKeys(server, bucket, QStringLiteral("mirror/")).size(), 40);

        QVERIFY(QFile::remove(local + QLatin1Char('/') + tree[3]));
        QVERIFY(QFile::remove(local + QLatin1Char('/') + tree[10]));
        QVERIFY(writeFile(local + QStringLiteral("/new file.txt"), "new", Base));
        const QStringList gone = {QStringLiteral("mirror/") + tree[3], QStringLiteral("mirror/") + tree[10]};

        // dry run: the plan, nothing sent or deleted
        QSignalSpy plans(&folders, &FolderService::planReady);
        const int putsBefore = countRequests(proxy, QStringLiteral("PUT"));
        s = waitFinished(folders, folders.sync(pair, true));
        QCOMPARE(s.state, FolderState::Finished);
        QCOMPARE(plans.size(), 1);
        const FolderPlan plan = plans.at(0).at(0).value<FolderPlan>();
        QCOMPARE(plan.transfers.size(), 1);
        QCOMPARE(plan.transfers.at(0).key, QStringLiteral("mirror/new file.txt"));
        QCOMPARE(plan.skipped, 38);
        QStringList proposed = plan.deletions;
        proposed.sort();
        QStringList expected = gone;
        expected.sort();
        QCOMPARE(proposed, expected);
        QCOMPARE(countRequests(proxy, QStringLiteral("PUT")), putsBefore);
        QCOMPARE(countRequests(proxy, QStringLiteral("POST")), 0);

        // a real sync proposes; declined, nothing is deleted
        QSignalSpy proposals(&folders, &FolderService::deletionsProposed);
        FolderId id = folders.sync(pair, false);
        QVERIFY(proposals.wait(60000));
        QCOMPARE(folders.snapshot(id).deletionsProposed, 2);
        folders.declineDeletions(id);
        s = waitFinished(folders, id);
        QCOMPARE(s.deleted, 0);
        QCOMPARE(countRequests(proxy, QStringLiteral("POST")), 0);
        QCOMPARE(awsKeys(server, bucket, QStringLiteral("mirror/")).size(), 41);

        // confirmed: deleted, after the uploads, in one DeleteObjects
        id = folders.sync(pair, false);
        QVERIFY(proposals.wait(60000));
        QCOMPARE(proposals.last().at(1).toStringList().size(), 2);
        folders.confirmDeletions(id);
        s = waitFinished(folders, id);
        QCOMPARE(s.state, FolderState::Finished);
        QCOMPARE(s.deleted, 2);
        QCOMPARE(countRequests(proxy, QStringLiteral("POST")), 1);
        const QStringList left = awsKeys(server, bucket, QStringLiteral("mirror/"));
        QCOMPARE(left.size(), 39);
        for (const QString &key : gone)
            QVERIFY(!left.contains(key));
    }

    // An account that may write into the bucket but not list it (RGW's second user, a "drop
    // box" bucket policy): a folder upload sends every file and says it could not compare; a
    // sync, which is nothing but comparing, stops with AccessDenied and sends nothing.
    void writeOnlyAccountUploadsButCannotSync()
    {
        const TestServer rgw = testServer(QStringLiteral("rgw"));
        const QString bucket = makeWriteOnlyBucket(rgw, QStringLiteral("haul-dropbox"));
        QVERIFY(!bucket.isEmpty());
        const TestServer second = secondRgwUser(rgw);
        QVERIFY2(!second.name.isEmpty(), "servers.env names no second RGW user");
        const QString local = m_dir.filePath(QStringLiteral("dropbox"));
        QCOMPARE(makeTree(local, 5).size(), 5);
        TransferManager manager;
        manager.setAccount(connectionFor(second));
        FolderService folders(&manager);
        const FolderSnapshot up = waitFinished(folders, folders.upload(second.name, {local}, bucket, QStringLiteral("in/")));
        QCOMPARE(up.state, FolderState::Finished);
        QVERIFY(up.notCompared);
        QCOMPARE(up.filesDone, 5);
        QCOMPARE(up.filesFailed, 0);
        const QStringList sent = awsKeys(rgw, bucket, QStringLiteral("in/"));
        QCOMPARE(sent.size(), 5);

        const SyncPair pair{second.name, local, bucket, QStringLiteral("mirror")};
        const FolderSnapshot synced = waitFinished(folders, folders.sync(pair, false));
        QCOMPARE(synced.state, FolderState::Failed);
        QCOMPARE(synced.error.code, ErrorCode::AccessDenied);
        QCOMPARE(awsKeys(rgw, bucket, QString()), sent); // nothing under mirror/
    }

    void traversalKeysRefused_data()
    {
        QTest::addColumn<QString>("serverName");
        // s3rver stores keys as file paths and resolves "..": only stores that keep keys as
        // they are can hold these
        QTest::newRow("moto") << QStringLiteral("moto");
        QTest::newRow("rgw") << QStringLiteral("rgw");
    }

    void traversalKeysRefused()
    {
        QFETCH(QString, serverName);
        const TestServer server = testServer(serverName);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString body = m_dir.filePath(QStringLiteral("body.txt"));
        QVERIFY(writeFile(body, "payload", Base));
        const QStringList keys = {QStringLiteral("dl/../x"), QStringLiteral("dl/a/../../b"),
                                  QStringLiteral("dl//abs"), QStringLiteral("dl/./c"),
                                  QStringLiteral("dl/a//b"), QStringLiteral("dl/ok.txt"),
                                  QStringLiteral("dl/f"), QStringLiteral("dl/f/g"),
                                  QStringLiteral("dl/marker/"), QStringLiteral("../top"),
                                  QStringLiteral("/abs"), QStringLiteral("dl/linked/evil.txt")};
        for (const QString &key : keys)
            QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("put-object"),
                                     QStringLiteral("--bucket"), bucket, QStringLiteral("--key"), key,
                                     QStringLiteral("--body"), body}), 0);
        const QString sandbox = m_dir.filePath(serverName + QStringLiteral("-sandbox"));
        const QString dest = sandbox + QStringLiteral("/in/dest");
        QVERIFY(QDir().mkpath(dest));
        // a link inside the destination that leads out of it
        const QString outside = sandbox + QStringLiteral("/outside");
        QVERIFY(QDir().mkpath(outside) && QDir().mkpath(dest + QStringLiteral("/dl")));
        QVERIFY(QFile::link(outside, dest + QStringLiteral("/dl/linked")));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        FolderService folders(&manager);

        FolderSnapshot s = waitFinished(folders, folders.download(server.name, bucket, QStringLiteral("dl/"), dest));
        QCOMPARE(s.state, FolderState::Finished);
        QMap<QString, QString> reasons;
        for (const FolderIssue &i : s.issues)
            reasons.insert(i.subject, keyIssueName(i.keyIssue));
        QCOMPARE(reasons.value(QStringLiteral("dl/../x")), QStringLiteral("ParentSegment"));
        QCOMPARE(reasons.value(QStringLiteral("dl/a/../../b")), QStringLiteral("ParentSegment"));
        QCOMPARE(reasons.value(QStringLiteral("dl//abs")), QStringLiteral("AbsolutePath"));
        QCOMPARE(reasons.value(QStringLiteral("dl/./c")), QStringLiteral("DotSegment"));
        QCOMPARE(reasons.value(QStringLiteral("dl/a//b")), QStringLiteral("EmptySegment"));
        QCOMPARE(reasons.value(QStringLiteral("dl/f")), QStringLiteral("Collision"));
        QCOMPARE(reasons.value(QStringLiteral("dl/linked/evil.txt")), QStringLiteral("LeavesDestination"));
        QCOMPARE(reasons.size(), 7);
        QVERIFY(QDir(outside).isEmpty());
        QCOMPARE(s.filesDone, 2); // ok.txt and f/g
        QVERIFY(QFileInfo(dest + QStringLiteral("/dl/ok.txt")).isFile());
        QVERIFY(QFileInfo(dest + QStringLiteral("/dl/f/g")).isFile());
        QVERIFY(QFileInfo(dest + QStringLiteral("/dl/marker")).isDir());

        // the whole bucket: "../top" and "/abs" are refused too
        s = waitFinished(folders, folders.download(server.name, bucket, QString(), dest));
        QCOMPARE(s.localPath, dest + QLatin1Char('/') + bucket);
        reasons.clear();
        for (const FolderIssue &i : s.issues)
            reasons.insert(i.subject, keyIssueName(i.keyIssue));
        QCOMPARE(reasons.value(QStringLiteral("../top")), QStringLiteral("ParentSegment"));
        QCOMPARE(reasons.value(QStringLiteral("/abs")), QStringLiteral("AbsolutePath"));

        // nothing at all appeared outside the destination
        QDirIterator it(sandbox, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        for (; it.hasNext();) {
            const QString path = it.next();
            QVERIFY2(path == sandbox + QStringLiteral("/in") || path == outside || path.startsWith(dest),
                     qPrintable(path));
        }
    }

    void localThingsInTheWayAreNamed()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString body = m_dir.filePath(QStringLiteral("body.txt"));
        QVERIFY(writeFile(body, "payload", Base));
        for (const QString &key : {QStringLiteral("w/run42/a.txt"), QStringLiteral("w/ok.txt"), QStringLiteral("w/fine.txt")})
            QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                                     bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), body}), 0);
        // on this computer: a file where the folder run42 must be, a folder where ok.txt must be
        const QString dest = m_dir.filePath(QStringLiteral("in-the-way"));
        QVERIFY(QDir().mkpath(dest + QStringLiteral("/w/ok.txt")));
        QVERIFY(writeFile(dest + QStringLiteral("/w/run42"), "mine", Base));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        FolderService folders(&manager);

        const FolderSnapshot s = waitFinished(folders, folders.download(server.name, bucket, QStringLiteral("w/"), dest));
        QCOMPARE(s.state, FolderState::Finished);
        QMap<QString, FolderIssue> issues;
        for (const FolderIssue &i : s.issues)
            issues.insert(i.subject, i);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(keyIssueName(issues.value(QStringLiteral("w/run42/a.txt")).keyIssue), QStringLiteral("InTheWay"));
        QCOMPARE(issues.value(QStringLiteral("w/run42/a.txt")).error.subject, dest + QStringLiteral("/w/run42"));
        QCOMPARE(keyIssueName(issues.value(QStringLiteral("w/ok.txt")).keyIssue), QStringLiteral("InTheWay"));
        QCOMPARE(issues.value(QStringLiteral("w/ok.txt")).error.subject, dest + QStringLiteral("/w/ok.txt"));
        const QString said = folderIssueSentence(issues.value(QStringLiteral("w/run42/a.txt")));
        QVERIFY2(said.contains(QStringLiteral("“%1/w/run42” on this computer is in the way. Move or rename it").arg(dest)),
                 qPrintable(said));
        QCOMPARE(s.filesDone, 1); // fine.txt
        QVERIFY(QFileInfo(dest + QStringLiteral("/w/fine.txt")).isFile());
        QFile mine(dest + QStringLiteral("/w/run42"));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine")); // left as it was
        QVERIFY(QFileInfo(dest + QStringLiteral("/w/ok.txt")).isDir());
    }

    void unwritableDestinationIsToldOnce()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        const QString body = m_dir.filePath(QStringLiteral("body.txt"));
        QVERIFY(writeFile(body, "payload", Base));
        for (const QString &key : {QStringLiteral("u/a.txt"), QStringLiteral("u/b.txt")})
            QCOMPARE(runAws(server, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                                     bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), body}), 0);
        const QString dest = m_dir.filePath(QStringLiteral("unwritable"));
        TransferManager manager;
        manager.setAccount(connectionFor(server));
        FolderService folders(&manager);
        FolderSnapshot s;
        {
            FileSizeLimit limit(0); // every write fails, as on a read-only or full disk
            s = waitFinished(folders, folders.download(server.name, bucket, QStringLiteral("u/"), dest));
        }
        // the whole download fails once, naming the folder, before any file is tried
        QCOMPARE(s.state, FolderState::Failed);
        QCOMPARE(s.error.code, ErrorCode::DestinationNotWritable);
        QCOMPARE(s.error.subject, dest + QStringLiteral("/u"));
        QCOMPARE(s.filesTotal, 0);
        QVERIFY(s.issues.isEmpty());
        QCOMPARE(QDir(dest + QStringLiteral("/u")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList()); // the write test left nothing behind
    }

    void askAboutChangedFiles()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        const QString src = m_dir.filePath(QStringLiteral("ask/run7"));
        const QStringList tree = makeTree(src, 10);
        ProxyProcess proxy;
        QVERIFY(proxy.start(server.endpoint, R"({"rules": []})"));
        TransferManager manager;
        manager.setAccount(through(server, proxy));
        FolderService folders(&manager);
        QCOMPARE(waitFinished(folders, folders.upload(server.name, {src}, bucket, {})).filesDone, 10);
        for (int i : {2, 5})
            QVERIFY(writeFile(src + QLatin1Char('/') + tree[i], "changed, and longer than before", Base));
        FolderOptions ask;
        ask.existing = ExistingFiles::Ask;
        QSignalSpy questions(&folders, &FolderService::questionsAsked);
        const int putsBefore = countRequests(proxy, QStringLiteral("PUT"));
        const FolderId id = folders.upload(server.name, {src}, bucket, {}, ask);
        QVERIFY(questions.wait(60000));
        const auto asked = questions.at(0).at(1).value<QList<PlannedFile>>();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).reason, CompareReason::SizeDiffers);
        QCOMPARE(folders.snapshot(id).state, FolderState::WaitingForAnswers);
        folders.answer(id, {asked.at(0).key});
        const FolderSnapshot s = waitFinished(folders, id);
        QCOMPARE(s.filesSkipped, 9);
        QCOMPARE(countRequests(proxy, QStringLiteral("PUT")), putsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestFolders)
#include "tst_folders.moc"
