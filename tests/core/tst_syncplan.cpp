// Planning an upload / sync: a walked tree against a remote listing (RemoteIndex), as tables.
#include <QRandomGenerator>
#include <QTest>

#include "sync/syncplan.h"

using namespace haul;

namespace {

constexpr qint64 T = 1700000000; // seconds

/// "key:size:seconds" (local: mtime, remote: LastModified); "key!Issue" for a walk issue.
QList<WalkEntry> locals(const QStringList &specs)
{
    QList<WalkEntry> out;
    for (const QString &s : specs) {
        WalkEntry e;
        if (s.contains(QLatin1Char('!'))) {
            e.key = s.section(QLatin1Char('!'), 0, 0);
            e.issue = s.endsWith(QLatin1String("Unreadable")) ? WalkIssue::Unreadable
                                                               : WalkIssue::SymlinkSkipped;
        } else {
            e.key = s.section(QLatin1Char(':'), 0, 0);
            e.size = s.section(QLatin1Char(':'), 1, 1).toLongLong();
            e.mtimeNs = (T + s.section(QLatin1Char(':'), 2, 2).toLongLong()) * 1000000000;
        }
        e.path = QStringLiteral("/local/") + e.key;
        out << e;
    }
    return out;
}

RemoteIndex remotes(const QStringList &specs)
{
    RemoteIndex index;
    for (const QString &s : specs) {
        ObjectInfo o;
        o.key = s.section(QLatin1Char(':'), 0, 0);
        o.size = s.section(QLatin1Char(':'), 1, 1).toLongLong();
        o.lastModified = QDateTime::fromSecsSinceEpoch(T + s.section(QLatin1Char(':'), 2, 2).toLongLong(), Qt::UTC);
        index.add(o);
    }
    index.sort();
    return index;
}

/// A QStringList of UTF-8 literals (QT_NO_CAST_FROM_ASCII forbids the implicit way).
QString q(const char *utf8) { return QString::fromUtf8(utf8); }
QString q(const QString &s) { return s; }
template <typename... Items>
QStringList sl(const Items &...items)
{
    return QStringList{q(items)...};
}

QString kindName(PlanKind k)
{
    static const char *names[] = {"Send", "Skip", "Ask", "NeedHead", "NeedChecksum", "Issue"};
    return QString::fromLatin1(names[int(k)]);
}

/// "key=Kind/Reason" per step.
QStringList describe(const QList<PlanStep> &steps)
{
    QStringList out;
    for (const PlanStep &s : steps) {
        QString d = s.key + QLatin1Char('=') + kindName(s.kind);
        if (s.kind != PlanKind::Issue)
            d += QLatin1Char('/') + compareReasonName(s.comparison.reason);
        else if (s.keyTooLong)
            d += QStringLiteral("/KeyTooLong");
        out << d;
    }
    return out;
}

} // namespace

class TestSyncPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void outOfOrderBatches();
    void askAndOverwrite();
    void etagsKept_data();
    void etagsKept();
    void lowerBoundMatchesStd();
};

void TestSyncPlan::plan_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("local");
    QTest::addColumn<QStringList>("remote");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("unclaimed");

    const QString e = QString(QChar(0xE000));
    const QString smile = QStringLiteral("🙂");
    QTest::newRow("empty remote: all new")
        << QString() << sl("a:1:0", "b/c:2:0") << sl()
        << sl("a=Send/New", "b/c=Send/New") << sl();
    QTest::newRow("stored after the change: skipped")
        << QString() << sl("a:1:0", "b/c:2:0") << sl("a:1:10", "b/c:2:10")
        << sl("a=Skip/Identical", "b/c=Skip/Identical") << sl();
    QTest::newRow("size changed")
        << QString() << sl("a:1:0", "b:3:0") << sl("a:1:10", "b:2:10")
        << sl("a=Skip/Identical", "b=Send/SizeDiffers") << sl();
    QTest::newRow("touched after upload: metadata decides")
        << QString() << sl("a:1:20") << sl("a:1:10")
        << sl("a=NeedHead/Unknown") << sl();
    QTest::newRow("vanished locally: unclaimed")
        << QString() << sl("b:1:0") << sl("a:1:10", "b:1:10", "c/d:1:10")
        << sl("b=Skip/Identical") << sl("a", "c/d");
    QTest::newRow("prefix")
        << QStringLiteral("projects/") << sl("run42/a:1:0", "run42/new:1:0")
        << sl("projects/run42/a:1:10", "projects/run42/old:1:10")
        << sl("projects/run42/a=Skip/Identical", "projects/run42/new=Send/New")
        << sl("projects/run42/old");
    QTest::newRow("listing out of order (s3rver walks folders)")
        << QString() << sl("a b:1:0", "a+b:1:0", "a-b:1:0", "a/x:1:0")
        << sl("a/x:1:10", "a-b:1:10", "a+b:1:10", "a b:1:10")
        << sl("a b=Skip/Identical", "a+b=Skip/Identical", "a-b=Skip/Identical",
                       "a/x=Skip/Identical")
        << sl();
    QTest::newRow("code point order: U+E000 before emoji")
        << QString() << sl(e + QStringLiteral(":1:0"), smile + QStringLiteral(":1:0"))
        << sl(smile + QStringLiteral(":1:10"), e + QStringLiteral(":1:10"))
        << sl(e + QStringLiteral("=Skip/Identical"), smile + QStringLiteral("=Skip/Identical"))
        << sl();
    QTest::newRow("key listed twice")
        << QString() << sl("a:1:0") << sl("a:1:10", "a:1:10")
        << sl("a=Skip/Identical") << sl();
    QTest::newRow("folder markers are never proposed")
        << QString() << sl() << sl("d/:0:10", "d/x:1:10")
        << sl() << sl("d/x");
    QTest::newRow("unreadable folder keeps its objects")
        << QString() << sl("closed/!Unreadable", "z:1:0")
        << sl("closed/a:1:10", "closed/b/c:1:10", "closedx:1:10", "z:1:10")
        << sl("closed/=Issue", "z=Skip/Identical") << sl("closedx");
    QTest::newRow("skipped link keeps its object and tree")
        << QString() << sl("link!SymlinkSkipped")
        << sl("link:1:10", "link/in:1:10", "link2:1:10")
        << sl("link=Issue") << sl("link2");
    QTest::newRow("key too long")
        << QString() << sl(QString(1025, QLatin1Char('k')) + QStringLiteral(":1:0"), "ok:1:0")
        << sl() << sl(QString(1025, QLatin1Char('k')) + QStringLiteral("=Issue/KeyTooLong"), "ok=Send/New")
        << sl();
    QTest::newRow("1024 bytes is fine")
        << QString() << sl(QString(1024, QLatin1Char('k')) + QStringLiteral(":1:0"))
        << sl() << sl(QString(1024, QLatin1Char('k')) + QStringLiteral("=Send/New"))
        << sl();
}

void TestSyncPlan::plan()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, local);
    QFETCH(QStringList, remote);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, unclaimed);
    const RemoteIndex index = remotes(remote);
    SyncPlanner planner(index, {prefix, ExistingFiles::SkipIdentical, CompareMethod::SizeAndMtime});
    QCOMPARE(describe(planner.plan(locals(local))), steps);
    QCOMPARE(planner.unclaimedKeys(), unclaimed);
    QCOMPARE(planner.unclaimedCount(), unclaimed.size());
}

void TestSyncPlan::outOfOrderBatches()
{
    const RemoteIndex index = remotes(sl("a:1:10", "b:1:10", "c:1:10", "d:1:10"));
    SyncPlanner planner(index, {});
    QCOMPARE(describe(planner.plan(locals(sl("c:1:0", "d:1:0")))),
             sl("c=Skip/Identical", "d=Skip/Identical"));
    QCOMPARE(describe(planner.plan(locals(sl("a:1:0", "x:1:0")))),
             sl("a=Skip/Identical", "x=Send/New"));
    QCOMPARE(planner.unclaimedKeys(), sl("b"));
}

void TestSyncPlan::askAndOverwrite()
{
    const RemoteIndex index = remotes(sl("same:1:10", "changed:1:10"));
    const QList<WalkEntry> walked = locals(sl("changed:2:0", "new:1:0", "same:1:0"));
    SyncPlanner ask(index, {QString(), ExistingFiles::Ask, CompareMethod::SizeAndMtime});
    QCOMPARE(describe(ask.plan(walked)),
             sl("changed=Ask/SizeDiffers", "new=Send/New", "same=Skip/Identical"));
    SyncPlanner overwrite(index, {QString(), ExistingFiles::Overwrite, CompareMethod::SizeAndMtime});
    QCOMPARE(describe(overwrite.plan(walked)),
             sl("changed=Send/Overwrite", "new=Send/New", "same=Send/Overwrite"));
    SyncPlanner checksum(index, {QString(), ExistingFiles::SkipIdentical, CompareMethod::Checksum});
    // these objects have no MD5 ETag: size + mtime decides
    QCOMPARE(describe(checksum.plan(walked)),
             sl("changed=Send/SizeDiffers", "new=Send/New", "same=Skip/Identical"));
}

void TestSyncPlan::etagsKept_data()
{
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("kept");
    QTest::newRow("md5") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("upper case") << QStringLiteral("D41D8CD98F00B204E9800998ECF8427E") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("multipart") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e-12") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e-12");
    QTest::newRow("not hex") << QStringLiteral("zz1d8cd98f00b204e9800998ecf8427e") << QStringLiteral("zz1d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("other store's") << QStringLiteral("1-abc") << QStringLiteral("1-abc");
    QTest::newRow("none") << QString() << QString();
}

void TestSyncPlan::etagsKept()
{
    QFETCH(QString, etag);
    QFETCH(QString, kept);
    RemoteIndex index;
    ObjectInfo o;
    o.key = QStringLiteral("k");
    o.size = 7;
    o.etag = etag;
    o.lastModified = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    index.add(o);
    index.sort();
    QCOMPARE(index.etag(0), kept);
    const RemoteFacts f = index.facts(0);
    QCOMPARE(f.size, 7);
    QCOMPARE(f.lastModifiedMs, 1700000000123);
    QCOMPARE(f.etag, kept);
}

void TestSyncPlan::lowerBoundMatchesStd()
{
    QRandomGenerator rng(42);
    RemoteIndex index;
    std::vector<QByteArray> keys;
    for (int i = 0; i < 2000; ++i) {
        ObjectInfo o;
        o.key = QString::number(rng.bounded(100000));
        index.add(o);
        keys.push_back(o.key.toUtf8());
    }
    index.sort();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QCOMPARE(index.size(), qsizetype(keys.size()));
    for (int i = 0; i < 3000; ++i) {
        const QByteArray probe = QByteArray::number(rng.bounded(100000));
        const qsizetype from = rng.bounded(int(keys.size()) + 1);
        const auto expected = std::lower_bound(keys.begin() + from, keys.end(), probe) - keys.begin();
        QCOMPARE(index.lowerBound(probe, from), qsizetype(expected));
    }
}

QTEST_APPLESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
