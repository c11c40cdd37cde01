// Single files on the command line, with the real `haul` program against s3rver: what S3 or
// this computer would refuse is named before anything is sent or written, every time the
// command is given, a download that keeps the file already there says so, and a second Haul of
// the same user does not take over the first one's queue.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "haulprocess.h"
#include "proxyprocess.h"
#include "testenv.h"

using namespace haul::test;

class TestCliFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY(m_home.isValid() && m_work.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-files"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        m_small = m_work.filePath(QStringLiteral("small.txt"));
        QFile f(m_small);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("small\n") == 6);
    }

    // S3 keys are at most 1,024 bytes. The upload fails before any request, with the reason;
    // given again, the journal's failed transfer is tried again, fails again at once and is
    // reported again (it once ended "0 failed", status 0: the engine announced it retried only
    // after it had failed again, so the command took it for an old failure of the window's).
    void keyTooLongFailsEveryTime()
    {
        const QStringList args{m_small, QStringLiteral("--to"),
                               QStringLiteral("s3://%1/%2/").arg(m_bucket, QString(1100, QLatin1Char('k')))};
        for (int attempt = 1; attempt <= 2; ++attempt) {
            const Run r = haul(args);
            QVERIFY2(r.status == 1, qPrintable(QStringLiteral("attempt %1: %2 %3").arg(attempt).arg(r.out, r.err)));
            QVERIFY2(r.out.contains(QStringLiteral("0 transfers succeeded, 1 failed")), qPrintable(r.out));
            QVERIFY2(r.err.contains(QStringLiteral("The object's name would be longer than S3 allows (1,024 bytes). "
                                                   "Upload into a folder with a shorter name")),
                     qPrintable(r.err));
        }
    }

    // An object whose name ends in ".." cannot be a file here: named as such (not as "a file is
    // already there", which the folder ".." of the destination made it look like), and nothing
    // is written.
    void dotDotObjectIsRefusedByName()
    {
        QCOMPARE(runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"), m_bucket,
                                   QStringLiteral("--key"), QStringLiteral("dir/.."), QStringLiteral("--body"), m_small}),
                 0);
        QTemporaryDir into;
        const QString dest = into.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(dest));
        const Run r = haul({QStringLiteral("--download"), QStringLiteral("s3://%1/dir/..").arg(m_bucket), QStringLiteral("--to"), dest});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The object name “dir/..” cannot be a file name on this computer.")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("already there")), qPrintable(r.err));
        QCOMPARE(QDir(into.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("in")});
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
    }

    // A download that does not fetch because the file is there says so, for each file.
    void keptFilesAreNamed()
    {
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), m_small,
                                   QStringLiteral("s3://%1/keep/small.txt").arg(m_bucket)}),
                 0);
        QTemporaryDir into;
        const QString url = QStringLiteral("s3://%1/keep/small.txt").arg(m_bucket);
        const QString local = into.filePath(QStringLiteral("small.txt"));
        Run r = haul({QStringLiteral("--download"), url, QStringLiteral("--to"), into.path()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("not downloaded")), qPrintable(r.out));
        QCOMPARE(fileMd5(local), fileMd5(m_small));

        r = haul({QStringLiteral("--download"), url, QStringLiteral("--to"), into.path()}); // the same file
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1: not downloaded: the same file is already at %2").arg(url, local)),
                 qPrintable(r.out));

        QFile other(local);
        QVERIFY(other.open(QIODevice::WriteOnly) && other.write("mine, not the bucket's\n") > 0);
        other.close();
        const QByteArray mine = fileMd5(local);
        r = haul({QStringLiteral("--download"), url, QStringLiteral("--to"), into.path(), QStringLiteral("--if-exists"),
                  QStringLiteral("skip")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1: not downloaded: the file already at %2 was kept").arg(url, local)),
                 qPrintable(r.out));
        QCOMPARE(fileMd5(local), mine);
    }

    // A folder given without its trailing '/' is looked up as an object, which is not there:
    // the message says how to give the folder.
    void folderWithoutSlashSaysHow()
    {
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), m_small,
                                   QStringLiteral("s3://%1/run7/small.txt").arg(m_bucket)}),
                 0);
        QTemporaryDir into;
        const Run r = haul({QStringLiteral("--download"), QStringLiteral("s3://%1/run7").arg(m_bucket), QStringLiteral("--to"), into.path()});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no object “run7” in the bucket.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("haul: if “run7” is a folder, give it with a “/” at the end: s3://%1/run7/").arg(m_bucket)),
                 qPrintable(r.err));
        QCOMPARE(QDir(into.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{});
    }

    // A file whose name is not UTF-8 (an old instrument's Latin-1 "café") is named as such, not
    // as missing. The name goes through bash: QProcess passes arguments as text.
    void nameNotTextIsNamed()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("n=\"$2/caf$(printf '\\351').txt\"; printf x > \"$n\" || exit 99; \"$1\" --account environment \"$n\" "
                                "--to s3://%1/latin/ --quit-when-done; s=$?; rm -f \"$n\"; exit $s").arg(m_bucket),
                 QStringLiteral("bash"), haulProgram(), m_work.path()});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("is not valid text on this system, so Haul cannot open the file. Rename it")),
                 qPrintable(err));
    }

    // Qt's offscreen platform warns on stderr whenever a window's size hints change; a scripted
    // run's stderr is for the user, and holds none of that.
    void noPlatformNoise()
    {
        QProcessEnvironment env = environment(); // as in a desktop session (Qt warns without it)
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        const Run r = runHaul({QStringLiteral("--account"), QStringLiteral("environment"), m_small, QStringLiteral("--to"),
                               QStringLiteral("s3://%1/quiet/").arg(m_bucket), QStringLiteral("--quit-when-done")},
                              env);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    // Two Haul processes of one user would restore the same queue and send its files twice (seen:
    // a second command took over the first one's 60 MiB upload and sent it again). The second
    // one says so and exits with status 4; once the first is gone (killed here, so its lock file
    // stays behind, stale), the command runs.
    void secondHaulIsRefused()
    {
        QTemporaryDir home; // a queue of its own
        const QProcessEnvironment env = haulEnvironment(m_server, m_server.endpoint, home.path());
        QProcess first; // the window, left open after its upload
        first.setProcessEnvironment(env);
        first.start(haulProgram(), {QStringLiteral("--account"), QStringLiteral("environment"), m_small,
                                    QStringLiteral("--to"), QStringLiteral("s3://%1/first/").arg(m_bucket)});
        QVERIFY(first.waitForStarted());
        const QString lock = home.filePath(QStringLiteral(".local/share/Haul/Haul/haul.lock"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock), 20000);
        const QStringList second{QStringLiteral("--account"), QStringLiteral("environment"), m_small, QStringLiteral("--to"),
                                 QStringLiteral("s3://%1/second/").arg(m_bucket), QStringLiteral("--quit-when-done")};
        Run r = runHaul(second, env);
        QCOMPARE(r.status, 4);
        QVERIFY2(r.err.contains(QStringLiteral("haul: Haul is already running (process %1)").arg(first.processId())),
                 qPrintable(r.err));
        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(QFileInfo::exists(lock)); // left behind by the killed one
        r = runHaul(second, env);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("succeeded, 0 failed")), qPrintable(r.out));
    }

    // A data folder Haul cannot write to (here every file write fails, as on a full disk): the
    // lock cannot be taken, and Haul says so, not that another Haul runs.
    void unwritableDataFolderIsNamed()
    {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(haulEnvironment(m_server, m_server.endpoint, home.path()));
        // the limit (and SIGXFSZ ignored) pass on to haul through exec
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""),
                                         haulProgram(), QStringLiteral("--account"), QStringLiteral("environment"), m_small,
                                         QStringLiteral("--to"), QStringLiteral("s3://%1/nowhere/").arg(m_bucket),
                                         QStringLiteral("--quit-when-done")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        const QString folder = home.filePath(QStringLiteral(".local/share/Haul/Haul"));
        QVERIFY2(err.contains(QStringLiteral("haul: Haul cannot start: it cannot write into “%1”, where it keeps its "
                                             "queue. Make that folder writable, then start Haul again. (")
                                  .arg(folder)),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("already running")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/haul.lock")));
    }

    // A lab network that reaches the storage through an HTTP proxy: Haul follows this computer's
    // proxy settings (here http_proxy, as aws-cli does; libproxy also reads the desktop's), so
    // requests to a storage address that only the proxy knows go through it, signed for that
    // address (Ceph RGW checks). A proxy that does not answer is named as such, and no_proxy
    // is obeyed.
    void systemProxyIsFollowed()
    {
        const TestServer rgw = testServer(QStringLiteral("rgw"));
        const QString bucket = uniqueBucketName(QStringLiteral("haul-proxied"));
        QCOMPARE(runAws(rgw, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        ProxyProcess proxy;
        QVERIFY(proxy.start(rgw.endpoint, R"({"rules": []})"));
        // a name no DNS knows (and not loopback, which Qt never sends through a proxy)
        QProcessEnvironment env = haulEnvironment(rgw, QUrl(QStringLiteral("http://storage.haul-test.invalid")),
                                                  m_home.filePath(QStringLiteral("proxied")));
        for (const QString &name : {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("https_proxy"),
                                    QStringLiteral("HTTPS_PROXY"), QStringLiteral("HTTP_PROXY")})
            env.remove(name);
        env.insert(QStringLiteral("http_proxy"), proxy.url().toString());
        const QStringList args = {QStringLiteral("--account"), QStringLiteral("environment"), m_small, QStringLiteral("--to"),
                                  QStringLiteral("s3://%1/").arg(bucket), QStringLiteral("--quit-when-done")};
        const Run through = runHaul(args, env);
        QVERIFY2(through.status == 0, qPrintable(through.out + through.err));
        const QList<QJsonObject> requests = proxy.requests();
        QVERIFY(!requests.isEmpty());
        for (const QJsonObject &r : requests)
            QVERIFY(r.value(QStringLiteral("absolute")).toBool()); // sent to it as to a proxy
        QCOMPARE(proxy.count(QStringLiteral("PUT"), QString(), 200), 1);
        QCOMPARE(runAws(rgw, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), bucket,
                              QStringLiteral("--key"), QStringLiteral("small.txt")}), 0);

        env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        const Run refused = runHaul(args, env);
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("The proxy server 127.0.0.1:1 does not let Haul through to the storage "
                                                     "service. Haul uses this computer's proxy settings")),
                 qPrintable(refused.err));

        env.insert(QStringLiteral("no_proxy"), QStringLiteral("storage.haul-test.invalid")); // straight there: no such name
        const Run direct = runHaul(args, env);
        QCOMPARE(direct.status, 1);
        QVERIFY2(direct.err.contains(QStringLiteral("(HostNotFound (storage.haul-test.invalid)")), qPrintable(direct.err));
    }

private:
    QProcessEnvironment environment() const
    {
        return haulEnvironment(m_server, m_server.endpoint, m_home.path());
    }
    Run haul(const QStringList &args) const
    {
        return runHaul(QStringList{QStringLiteral("--account"), QStringLiteral("environment")} + args
                           + QStringList{QStringLiteral("--quit-when-done")},
                       environment());
    }

    TestServer m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_bucket;
    QString m_small;
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
