// Comparing 1,000,000 local entries with 1,000,000 remote objects (issue 5: ≤ 10 s, ≤ 300 MB).
//
// The remote side is a generated ListObjectsV2 fixture (1,000 pages of 1,000 keys, url-encoded
// as Haul asks for, written once to a folder) fed through the real parser (parseListObjectsV2)
// into a RemoteIndex; the local side is generated walk entries in key order, as walkLocal gives
// them, with 1 % changed, 1 % new and 1 % vanished. Run:
//   build/tests/bench/bench_syncplan [fixture-dir=/tmp/haul-bench-list] [objects=1000000]
#include <sys/resource.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "s3/xml.h"
#include "sync/syncplan.h"

using namespace haul;

namespace {

constexpr int PageSize = 1000;
constexpr qint64 Stored = 1700000000; // LastModified of every object, seconds

/// The i-th key: 1,000 runs × 1,000 files, some names with a space or '+'.
QString keyOf(int i)
{
    return QStringLiteral("projects/run%1/sample %2/file+%3.fastq.gz")
        .arg(i / 1000, 4, 10, QLatin1Char('0'))
        .arg(i / 100 % 10)
        .arg(i, 7, 10, QLatin1Char('0'));
}

QByteArray pageXml(int first, int count, bool last)
{
    QByteArray x;
    x.reserve(count * 300);
    x += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult "
         "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bench</Name>"
         "<Prefix>projects/</Prefix><KeyCount>" + QByteArray::number(count) + "</KeyCount>"
         "<MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType><IsTruncated>"
         + (last ? "false" : "true") + "</IsTruncated>";
    if (!last)
        x += "<NextContinuationToken>t" + QByteArray::number(first + count) + "</NextContinuationToken>";
    for (int i = first; i < first + count; ++i) {
        x += "<Contents><Key>" + keyOf(i).toUtf8().toPercentEncoding("/") + "</Key>"
             "<LastModified>2023-11-14T22:13:20.000Z</LastModified>"
             "<ETag>&quot;" + QByteArray::number(0x10000000u + uint(i), 16).repeated(4)
             + "&quot;</ETag><Size>" + QByteArray::number(1000 + i % 5000) + "</Size>"
             "<StorageClass>STANDARD</StorageClass></Contents>";
    }
    return x + "</ListBucketResult>";
}

bool generate(const QString &dir, int objects)
{
    QDir().mkpath(dir);
    for (int first = 0; first < objects; first += PageSize) {
        QFile f(QStringLiteral("%1/page-%2.xml").arg(dir).arg(first / PageSize, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(pageXml(first, std::min(PageSize, objects - first), first + PageSize >= objects));
    }
    return true;
}

/// Local entries in key order: object i, except every 100th (vanished); every 100th + 7 has
/// another size; a new file after every 100th + 3.
QList<WalkEntry> localBatch(int first, int count)
{
    QList<WalkEntry> batch;
    batch.reserve(count + count / 100 + 1);
    for (int i = first; i < first + count; ++i) {
        WalkEntry e;
        e.key = keyOf(i).mid(9); // without "projects/"
        e.path = QStringLiteral("/data/") + e.key;
        e.size = 1000 + i % 5000 + (i % 100 == 7 ? 1 : 0);
        e.mtimeNs = (Stored - 86400) * 1000000000;
        if (i % 100 != 0)
            batch.append(e);
        if (i % 100 == 3) {
            e.key += QStringLiteral(".new");
            batch.append(e);
        }
    }
    return batch;
}

double cpuSeconds()
{
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/haul-bench-list");
    const int objects = argc > 2 ? atoi(argv[2]) : 1000000;
    QTextStream out(stdout);
    const QStringList pages = QDir(dir).entryList({QStringLiteral("page-*.xml")}, QDir::Files, QDir::Name);
    if (pages.size() != (objects + PageSize - 1) / PageSize) {
        out << "generating the fixture in " << dir << " …" << Qt::endl;
        QDir(dir).removeRecursively();
        if (!generate(dir, objects))
            return 1;
        // the fixture is generated once; the figures are of a run that reads it
        out << "generated; run again to measure" << Qt::endl;
        return 0;
    }
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds();
    RemoteIndex index;
    for (const QString &name : pages) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const Result<ListPage> page = parseListObjectsV2(f.readAll());
        if (!page)
            return 2;
        index.add(*page);
    }
    const qint64 listed = wall.elapsed();
    index.sort();
    const qint64 sorted = wall.elapsed();
    SyncPlanner planner(index, {QStringLiteral("projects/"), ExistingFiles::SkipIdentical,
                                CompareMethod::SizeAndMtime});
    qint64 counts[6] = {};
    qint64 locals = 0;
    for (int first = 0; first < objects; first += PageSize) {
        const QList<WalkEntry> batch = localBatch(first, std::min(PageSize, objects - first));
        locals += batch.size();
        for (const PlanStep &s : planner.plan(batch))
            ++counts[int(s.kind)];
    }
    const qsizetype deletions = planner.unclaimedKeys().size();
    const qint64 total = wall.elapsed();
    out << "objects " << index.size() << ", local entries " << locals << "\n"
        << "send " << counts[int(PlanKind::Send)] << ", skip " << counts[int(PlanKind::Skip)]
        << ", head " << counts[int(PlanKind::NeedHead)] << ", delete " << deletions << "\n"
        << "parse+index " << listed << " ms, sort " << sorted - listed << " ms, plan "
        << total - sorted << " ms, total " << total << " ms, CPU " << cpuSeconds() - cpu0 << " s\n"
        << "index " << index.memoryUsed() / (1 << 20) << " MiB, peak RSS " << peakRssMb() << " MB"
        << Qt::endl;
    const bool ok = total <= 10000 && peakRssMb() <= 300;
    out << (ok ? "within the target (≤ 10 s, ≤ 300 MB)" : "OVER the target (≤ 10 s, ≤ 300 MB)") << Qt::endl;
    return ok ? 0 : 3;
}
