// Folders on the command line, with the real `haul` program against s3rver:
// `haul run42 --to s3://bucket/projects/ --quit-when-done` gives projects/run42/…, a second run
// sends nothing ("already there"), `haul --download s3://bucket/projects/run42/ --to DIR` makes
// DIR/run42/…, and a key that would lead outside DIR is skipped, named and fails the run.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "haulprocess.h"
#include "testenv.h"

using namespace haul::test;

namespace {

/// `count` files in nested folders under root (names with spaces and '+'); their relative paths.
QStringList makeTree(const QString &root, int count)
{
    const QStringList dirs = {QString(), QStringLiteral("lane 1/"), QStringLiteral("lane 1/qc/"),
                              QStringLiteral("a+b/"), QStringLiteral("deep/er/est/")};
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString rel = dirs[i % dirs.size()] + QStringLiteral("read %1+x.fastq").arg(i);
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).absolutePath());
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(100 + i * 37, char('a' + i % 26))) < 0)
            return {};
        out << rel;
    }
    return out;
}

/// Every file under root, relative, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestCliFolders : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;

    QProcessEnvironment env() const
    {
        return haulEnvironment(m_server, m_server.endpoint, m_dir.filePath(QStringLiteral("home")));
    }

    QStringList keysUnder(const QString &prefix)
    {
        QByteArray out;
        if (runAws(m_server, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                              QStringLiteral("s3://%1/%2").arg(m_bucket, prefix)}, &out) != 0)
            return {QStringLiteral("aws failed")};
        static const QRegularExpression line(QStringLiteral("^\\S+\\s+\\S+\\s+\\d+ (.*)$"));
        QStringList keys;
        for (const QString &l : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (const auto m = line.match(l); m.hasMatch())
                keys << m.captured(1);
        }
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-cli-folders"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
    }

    void uploadKeepsTheFolderName()
    {
        const QString run42 = m_dir.filePath(QStringLiteral("run42"));
        const QStringList files = makeTree(run42, 25);
        QCOMPARE(files.size(), 25);
        const Run run = runHaul({run42, QStringLiteral("--to"), QStringLiteral("s3://%1/projects/").arg(m_bucket),
                                 QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("total 25, transferred 25, already there 0, failed 0, unsafe names skipped 0, links not followed 0")), qPrintable(run.out));
        QStringList expected;
        for (const QString &f : files)
            expected << QStringLiteral("projects/run42/") + f;
        expected.sort();
        QCOMPARE(keysUnder(QStringLiteral("projects/")), expected);

        // again: everything is already there, nothing is sent
        const Run again = runHaul({run42, QStringLiteral("--to"), QStringLiteral("s3://%1/projects/").arg(m_bucket),
                                   QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(again.status == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("total 25, transferred 0, already there 25, failed 0, unsafe names skipped 0, links not followed 0")), qPrintable(again.out));
    }

    void downloadMakesTheFolder()
    {
        const QString run42 = m_dir.filePath(QStringLiteral("run42"));
        const QString into = m_dir.filePath(QStringLiteral("into"));
        QVERIFY(QDir().mkpath(into));
        const Run run = runHaul({QStringLiteral("--download"), QStringLiteral("s3://%1/projects/run42/").arg(m_bucket),
                                 QStringLiteral("--to"), into, QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("total 25, transferred 25, already there 0, failed 0, unsafe names skipped 0, links not followed 0")), qPrintable(run.out));
        QCOMPARE(filesUnder(into + QStringLiteral("/run42")), filesUnder(run42));
        QCOMPARE(filesUnder(into).size(), 25); // nothing beside run42/
        for (const QString &f : filesUnder(run42))
            QCOMPARE(fileMd5(into + QStringLiteral("/run42/") + f), fileMd5(run42 + QLatin1Char('/') + f));
    }

    void linksAndSpecialFilesAreNamedNotSent()
    {
        const QString tree = m_dir.filePath(QStringLiteral("odd"));
        QVERIFY(QDir().mkpath(tree));
        QFile f(tree + QStringLiteral("/data.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("data\n") == 5);
        f.close();
        QVERIFY(QFile::link(QStringLiteral("data.txt"), tree + QStringLiteral("/link.txt")));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {tree + QStringLiteral("/pipe")}), 0); // would block a reader
        const Run run = runHaul({tree, QStringLiteral("--to"), QStringLiteral("s3://%1/odd-to/").arg(m_bucket),
                                 QStringLiteral("--quit-when-done")}, env());
        // the pipe holds no data: named, but neither counted nor a failure (rclone only notes it)
        QVERIFY2(run.status == 0, qPrintable(QString::number(run.status) + run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("total 2, transferred 1, already there 0, failed 0, unsafe names skipped 0, links not followed 1")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("link.txt: skipped: a symbolic link")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("pipe: skipped: not a regular file (a socket, pipe or device)")), qPrintable(run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("pipe")), qPrintable(run.err));
        QCOMPARE(keysUnder(QStringLiteral("odd-to/")), QStringList{QStringLiteral("odd-to/odd/data.txt")});

        // --follow-links (rclone's -L, aws-cli's default): the link goes as the file it points to
        QVERIFY(QFile::remove(tree + QStringLiteral("/pipe")));
        const Run followed = runHaul({tree, QStringLiteral("--to"), QStringLiteral("s3://%1/odd-followed/").arg(m_bucket),
                                      QStringLiteral("--follow-links"), QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(followed.status == 0, qPrintable(QString::number(followed.status) + followed.out + followed.err));
        QVERIFY2(followed.out.contains(QStringLiteral("total 2, transferred 2, already there 0, failed 0, unsafe names skipped 0, links not followed 0")),
                 qPrintable(followed.out));
        QCOMPARE(keysUnder(QStringLiteral("odd-followed/")),
                 (QStringList{QStringLiteral("odd-followed/odd/data.txt"), QStringLiteral("odd-followed/odd/link.txt")}));
    }

    // A "drop box": a bucket policy lets RGW's second user write into the bucket, not list it.
    // A folder upload then sends every file (as `aws s3 cp --recursive` does) and says why; before,
    // the refused listing failed the whole folder.
    void writeOnlyAccountSendsEveryFile()
    {
        const TestServer rgw = testServer(QStringLiteral("rgw"));
        QVERIFY2(!rgw.name.isEmpty(), "Ceph RGW is not running");
        const QString bucket = makeWriteOnlyBucket(rgw, QStringLiteral("haul-dropbox"));
        QVERIFY(!bucket.isEmpty());
        const TestServer second = secondRgwUser(rgw);
        QVERIFY2(!second.name.isEmpty(), "servers.env names no second RGW user");
        const QProcessEnvironment writer = haulEnvironment(second, rgw.endpoint, m_dir.filePath(QStringLiteral("home-writer")));
        const QString scans = m_dir.filePath(QStringLiteral("scans"));
        QCOMPARE(makeTree(scans, 3).size(), 3);
        const QStringList args = {scans, QStringLiteral("--to"), QStringLiteral("s3://%1/in/").arg(bucket),
                                  QStringLiteral("--quit-when-done")};
        for (int round = 1; round <= 2; ++round) { // nothing can be seen as already there: both send all
            const Run run = runHaul(args, writer);
            QVERIFY2(run.status == 0, qPrintable(QString::number(run.status) + run.out + run.err));
            QVERIFY2(run.out.contains(QStringLiteral("scans: This account may not list the bucket, so Haul could not see "
                                                     "which files were already there and sent every file.")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("total 3, transferred 3, already there 0, failed 0")), qPrintable(run.out));
        }
        QByteArray listed;
        QCOMPARE(runAws(rgw, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                              QStringLiteral("s3://%1/").arg(bucket)}, &listed), 0);
        QCOMPARE(listed.count("in/scans/"), 3);
    }

    void mistypedFolderSaysNothingIsThere()
    {
        const QString into = m_dir.filePath(QStringLiteral("into-typo"));
        const Run run = runHaul({QStringLiteral("--download"), QStringLiteral("s3://%1/projeckts/run42/").arg(m_bucket),
                                 QStringLiteral("--to"), into, QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(run.status == 1, qPrintable(QString::number(run.status) + run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("There is nothing to download under “s3://%1/projeckts/run42/”.").arg(m_bucket)),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(into + QStringLiteral("/run42"))); // no empty folder left as if done

        // an empty folder that exists (a folder marker, as the console's "Create folder" makes)
        QCOMPARE(runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                                   m_bucket, QStringLiteral("--key"), QStringLiteral("projects/empty/")}), 0);
        const Run empty = runHaul({QStringLiteral("--download"), QStringLiteral("s3://%1/projects/empty/").arg(m_bucket),
                                   QStringLiteral("--to"), into, QStringLiteral("--quit-when-done")}, env());
        QVERIFY2(empty.status == 0, qPrintable(empty.out + empty.err));
        QVERIFY(QFileInfo(into + QStringLiteral("/empty")).isDir());
        QVERIFY(filesUnder(into).isEmpty());
    }

    void unsafeKeyIsSkippedNamedAndFails()
    {
        // moto keeps such keys as they are (s3rver stores them elsewhere)
        const TestServer moto = testServer(QStringLiteral("moto"));
        QVERIFY2(!moto.name.isEmpty(), "moto is not running");
        const QString bucket = uniqueBucketName(QStringLiteral("haul-cli-evil"));
        QCOMPARE(runAws(moto, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString body = makeRandomFile(m_dir.path(), 300, 5);
        for (const QString &key : {QStringLiteral("evil/ok.txt"), QStringLiteral("evil/a/../../../escaped.txt")}) {
            QCOMPARE(runAws(moto, {QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                                   bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), body}), 0);
        }
        const QString into = m_dir.filePath(QStringLiteral("into-evil"));
        QVERIFY(QDir().mkpath(into + QStringLiteral("/inner")));
        const Run run = runHaul({QStringLiteral("--download"), QStringLiteral("s3://%1/evil/").arg(bucket),
                                 QStringLiteral("--to"), into + QStringLiteral("/inner"), QStringLiteral("--quit-when-done")},
                                haulEnvironment(moto, moto.endpoint, m_dir.filePath(QStringLiteral("home"))));
        QVERIFY2(run.status == 1, qPrintable(QString::number(run.status) + run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("evil/a/../../../escaped.txt")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("outside")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("total 2, transferred 1, already there 0, failed 1, unsafe names skipped 1, links not followed 0")),
                 qPrintable(run.out));
        QCOMPARE(filesUnder(into), QStringList{QStringLiteral("inner/evil/ok.txt")});
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("escaped.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestCliFolders)
#include "tst_cli_folders.moc"
