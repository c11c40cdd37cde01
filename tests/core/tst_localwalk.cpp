// The local walk: keys in S3's order, the folder itself arrives, links skipped or followed
// (loops cut), unreadable and odd entries reported while the rest goes on, batches bounded.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sync/localwalk.h"

using namespace haul;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

struct Walked {
    QList<WalkEntry> entries;
    QList<int> batchSizes;
    WalkSummary summary;

    QStringList keys(WalkIssue issue = WalkIssue::None) const
    {
        QStringList out;
        for (const WalkEntry &e : entries) {
            if (e.issue == issue)
                out << e.key;
        }
        return out;
    }
    const WalkEntry *find(const QString &key) const
    {
        for (const WalkEntry &e : entries) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }
};

Walked walk(const QStringList &roots, WalkOptions options = {})
{
    Walked w;
    w.summary = walkLocal(roots, options, [&w](QList<WalkEntry> &&batch) {
        w.batchSizes << int(batch.size());
        w.entries += batch;
        return true;
    });
    return w;
}

bool sortedAsS3(const QStringList &keys)
{
    for (qsizetype i = 1; i < keys.size(); ++i) {
        if (!(keys[i - 1].toUtf8() < keys[i].toUtf8()))
            return false;
    }
    return true;
}

} // namespace

class TestLocalWalk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_run;   ///< m_dir/run42: a small tree

private Q_SLOTS:
    void initTestCase();
    void folderArrivesAsItself();
    void keysInS3Order();
    void sizesAndTimes();
    void contentsOnly();
    void mixOfFilesAndFolders();
    void symlinksSkippedByDefault();
    void symlinksFollowedWithLoopCut();
    void oddEntriesReported();
    void missingRootReported();
    void batchesAreBounded_data();
    void batchesAreBounded();
    void sinkStopsTheWalk();
    void unreadableReportedAndRestContinues();
};

void TestLocalWalk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_run = m_dir.filePath(QStringLiteral("run42"));
    for (const char *name : {"a.txt", "a-b.txt", "a/one.txt", "a/deeper/two.txt", "a b/x",
                             "a+b/y", "Zürich/ü.txt", "sub/🙂.txt", "sub/\xee\x80\x80.txt",
                             ".hidden/h"})
        QVERIFY(writeFile(m_run + QLatin1Char('/') + QString::fromUtf8(name), name));
    QVERIFY(QDir().mkpath(m_run + QStringLiteral("/empty")));
}

void TestLocalWalk::folderArrivesAsItself()
{
    const Walked w = walk({m_run});
    QCOMPARE(w.summary.files, 10);
    QCOMPARE(w.summary.issues, 0);
    for (const QString &key : w.keys())
        QVERIFY2(key.startsWith(QLatin1String("run42/")), qPrintable(key));
    const WalkEntry *e = w.find(QStringLiteral("run42/a/deeper/two.txt"));
    QVERIFY(e);
    QCOMPARE(e->path, m_run + QStringLiteral("/a/deeper/two.txt"));
}

void TestLocalWalk::keysInS3Order()
{
    const Walked w = walk({m_run});
    const QStringList keys = w.keys();
    QVERIFY2(sortedAsS3(keys), qPrintable(keys.join(QLatin1Char('\n'))));
    // '-', ' ' and '+' sort before '/': "a-b.txt" comes before everything in "a/"
    QVERIFY(keys.indexOf(QStringLiteral("run42/a-b.txt")) < keys.indexOf(QStringLiteral("run42/a/one.txt")));
    // U+E000 before the emoji, unlike QString's UTF-16 order
    QVERIFY(keys.indexOf(QStringLiteral("run42/sub/") + QChar(0xE000) + QStringLiteral(".txt"))
            < keys.indexOf(QStringLiteral("run42/sub/🙂.txt")));
}

void TestLocalWalk::sizesAndTimes()
{
    const QString path = m_run + QStringLiteral("/a.txt");
    struct timespec times[2] = {{1700000000, 123456789}, {1700000000, 123456789}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    const Walked w = walk({m_run});
    const WalkEntry *e = w.find(QStringLiteral("run42/a.txt"));
    QVERIFY(e);
    QCOMPARE(e->size, qint64(5));
    QCOMPARE(e->mtimeNs, 1700000000123456789LL);
    QCOMPARE(e->mtimeMs(), 1700000000123LL);
    QVERIFY(!e->isSymlink);
}

void TestLocalWalk::contentsOnly()
{
    WalkOptions o;
    o.includeRootName = false;
    const Walked w = walk({m_run}, o);
    QCOMPARE(w.summary.files, 10);
    QVERIFY(w.keys().contains(QStringLiteral("a/one.txt")));
    QVERIFY(sortedAsS3(w.keys()));
}

void TestLocalWalk::mixOfFilesAndFolders()
{
    const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(file, "n"));
    const Walked w = walk({file, m_run + QStringLiteral("/a"), m_run + QStringLiteral("/a b")});
    QCOMPARE(w.keys(), QStringList({QStringLiteral("a b/x"), QStringLiteral("a/deeper/two.txt"),
                                    QStringLiteral("a/one.txt"), QStringLiteral("notes.txt")}));
}

void TestLocalWalk::symlinksSkippedByDefault()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("t/real.txt")), "r"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("t/real.txt")), dir.filePath(QStringLiteral("t/link.txt"))));
    QVERIFY(QFile::link(m_run, dir.filePath(QStringLiteral("t/linkdir"))));
    const Walked w = walk({dir.filePath(QStringLiteral("t"))});
    QCOMPARE(w.keys(), QStringList{QStringLiteral("t/real.txt")});
    QCOMPARE(w.keys(WalkIssue::SymlinkSkipped), QStringList({QStringLiteral("t/link.txt"), QStringLiteral("t/linkdir")}));
    QVERIFY(w.find(QStringLiteral("t/link.txt"))->isSymlink);
    // a dropped link is what the user picked: followed
    const Walked root = walk({dir.filePath(QStringLiteral("t/linkdir"))});
    QCOMPARE(root.summary.files, 10);
    QVERIFY(root.keys().contains(QStringLiteral("linkdir/a.txt")));
}

void TestLocalWalk::symlinksFollowedWithLoopCut()
{
    QTemporaryDir dir;
    const QString t = dir.filePath(QStringLiteral("t"));
    QVERIFY(writeFile(t + QStringLiteral("/real.txt"), "r"));
    QVERIFY(writeFile(t + QStringLiteral("/in/deep.txt"), "d"));
    QVERIFY(QFile::link(t + QStringLiteral("/real.txt"), t + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(t, t + QStringLiteral("/in/loop")));        // back to the root
    QVERIFY(QFile::link(t + QStringLiteral("/in"), t + QStringLiteral("/in/self"))); // to itself
    QVERIFY(QFile::link(t + QStringLiteral("/gone"), t + QStringLiteral("/broken")));
    WalkOptions o;
    o.followSymlinks = true;
    const Walked w = walk({t}, o);
    QCOMPARE(w.keys(), QStringList({QStringLiteral("t/in/deep.txt"), QStringLiteral("t/link.txt"),
                                    QStringLiteral("t/real.txt")}));
    QVERIFY(w.find(QStringLiteral("t/link.txt"))->isSymlink);
    QCOMPARE(w.keys(WalkIssue::SymlinkLoop), QStringList({QStringLiteral("t/in/loop"), QStringLiteral("t/in/self")}));
    QCOMPARE(w.keys(WalkIssue::BrokenSymlink), QStringList{QStringLiteral("t/broken")});
}

void TestLocalWalk::oddEntriesReported()
{
    QTemporaryDir dir;
    const QString t = dir.filePath(QStringLiteral("t"));
    QVERIFY(writeFile(t + QStringLiteral("/ok"), "o"));
    QCOMPARE(::mkfifo(QFile::encodeName(t + QStringLiteral("/pipe")).constData(), 0600), 0);
    const QByteArray bad = QFile::encodeName(t) + "/bad-\xff-name";
    FILE *raw = std::fopen(bad.constData(), "w");
    QVERIFY(raw);
    std::fclose(raw);
    const Walked w = walk({t});
    QCOMPARE(w.keys(), QStringList{QStringLiteral("t/ok")});
    QCOMPARE(w.keys(WalkIssue::NotRegularFile), QStringList{QStringLiteral("t/pipe")});
    QCOMPARE(w.keys(WalkIssue::InvalidName).size(), 1);
    QCOMPARE(w.summary.issues, 2);
    std::remove(bad.constData()); // QTemporaryDir cannot name it
}

void TestLocalWalk::missingRootReported()
{
    const QString missing = m_dir.filePath(QStringLiteral("nope"));
    const Walked w = walk({missing, m_run + QStringLiteral("/a.txt")});
    QCOMPARE(w.keys(), QStringList{QStringLiteral("a.txt")});
    QCOMPARE(w.keys(WalkIssue::Vanished), QStringList{QStringLiteral("nope")});
}

void TestLocalWalk::batchesAreBounded_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("1") << 1 << QList<int>(10, 1);
    QTest::newRow("3") << 3 << QList<int>({3, 3, 3, 1});
    QTest::newRow("10: one full batch") << 10 << QList<int>({10});
    QTest::newRow("1000") << 1000 << QList<int>({10});
}

void TestLocalWalk::batchesAreBounded()
{
    QFETCH(int, batchSize);
    QFETCH(QList<int>, sizes);
    WalkOptions o;
    o.batchSize = batchSize;
    QCOMPARE(walk({m_run}, o).batchSizes, sizes);
}

void TestLocalWalk::sinkStopsTheWalk()
{
    WalkOptions o;
    o.batchSize = 2;
    int batches = 0;
    const WalkSummary s = walkLocal({m_run}, o, [&batches](QList<WalkEntry> &&) { return ++batches < 2; });
    QVERIFY(s.stopped);
    QCOMPARE(batches, 2);
}

void TestLocalWalk::unreadableReportedAndRestContinues()
{
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("HAUL_WALK_AS_NOBODY")) {
        // root reads everything: run this test again as nobody
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_WALK_AS_NOBODY"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                                            QStringLiteral("unreadableReportedAndRestContinues")});
        if (!p.waitForStarted())
            QSKIP("running as root and setpriv is missing");
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        return;
    }
    QTemporaryDir dir;
    const QString t = dir.filePath(QStringLiteral("t"));
    QVERIFY(writeFile(t + QStringLiteral("/a.txt"), "a"));
    QVERIFY(writeFile(t + QStringLiteral("/secret.txt"), "s"));
    QVERIFY(writeFile(t + QStringLiteral("/closed/inside.txt"), "i"));
    QVERIFY(writeFile(t + QStringLiteral("/z/last.txt"), "z"));
    QCOMPARE(::chmod(QFile::encodeName(t + QStringLiteral("/secret.txt")).constData(), 0), 0);
    QCOMPARE(::chmod(QFile::encodeName(t + QStringLiteral("/closed")).constData(), 0), 0);
    const Walked w = walk({t});
    ::chmod(QFile::encodeName(t + QStringLiteral("/closed")).constData(), 0700);
    QCOMPARE(w.keys(), QStringList({QStringLiteral("t/a.txt"), QStringLiteral("t/z/last.txt")}));
    QCOMPARE(w.keys(WalkIssue::Unreadable), QStringList({QStringLiteral("t/closed/"), QStringLiteral("t/secret.txt")}));
    QVERIFY(!w.find(QStringLiteral("t/secret.txt"))->detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalWalk)
#include "tst_localwalk.moc"
