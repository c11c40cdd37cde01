// A dropped tree of 100,000 files, walked and queued (issue 5: ≤ 5 s, ≤ 300 MB peak RSS, the
// GUI thread answering within 100 ms throughout).
//
// Generates the tree once (100 folders × 1,000 files of 100 bytes), then measures
//  1. the walk alone (walkLocal into a counting sink), and
//  2. FolderService::upload of the whole tree to an empty bucket on a real server (s3rver from
//     servers.env): the time until every file is walked, compared and queued — the folder's
//     snapshot counts them all and is past Scanning — while a 10 ms timer in the GUI thread
//     records how late it fires. Then the folder is cancelled.
// Run:
//   HAUL_SERVERS_ENV=/tmp/sync-servers/servers.env build/tests/bench/bench_folderqueue
//     [tree=/tmp/haul-bench-tree] [files=100000] [server=s3rver]
#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "s3wait.h"
#include "sync/folderservice.h"
#include "sync/localwalk.h"
#include "testenv.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

long peakRssMb()
{
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

double cpuSeconds()
{
    rusage u;
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool generate(const QString &root, int files)
{
    const QByteArray content(100, 'x');
    for (int i = 0; i < files; ++i) {
        const QString dir = QStringLiteral("%1/run42/lane %2").arg(root).arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0 && !QDir().mkpath(dir))
            return false;
        QFile f(QStringLiteral("%1/read+%2.fastq").arg(dir).arg(i, 6, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return false;
    }
    return true;
}

/// Records how late a 10 ms timer fires in this (the GUI) thread.
class LagMeter : public QObject {
public:
    LagMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_clock.restart() - 10;
            m_worst = std::max(m_worst, late);
        });
        m_clock.start();
        m_timer.start(10);
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString root = args.value(1, QStringLiteral("/tmp/haul-bench-tree"));
    const int files = args.value(2, QStringLiteral("100000")).toInt();
    const TestServer server = testServer(args.value(3, QStringLiteral("s3rver")));
    QTextStream out(stdout);
    const QString tree = root + QStringLiteral("/run42");
    if (!QFileInfo::exists(tree)) {
        out << "generating " << files << " files in " << tree << " …" << Qt::endl;
        if (!generate(root, files))
            return 1;
    }

    QElapsedTimer t;
    t.start();
    qint64 walked = 0;
    walkLocal({tree}, {}, [&walked](QList<WalkEntry> &&batch) {
        walked += batch.size();
        return true;
    });
    out << "walk alone: " << walked << " files in " << t.elapsed() << " ms, peak RSS "
        << peakRssMb() << " MB" << Qt::endl;

    if (server.name.isEmpty()) {
        out << "no server (" << serversMissingReason() << "): queue not measured" << Qt::endl;
        return 0;
    }
    const QString bucket = uniqueBucketName(QStringLiteral("haul-bench"));
    if (runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) != 0)
        return 2;
    TransferManager manager;
    manager.setAccount(connectionFor(server));
    FolderService folders(&manager);
    LagMeter lag;
    const double cpu0 = cpuSeconds();
    t.restart();
    const FolderId id = folders.upload(server.name, {tree}, bucket, QStringLiteral("bench/"));
    qint64 queuedMs = -1;
    // Waits in the event loop: processEvents() with a time-out never sleeps, and a spinning GUI
    // thread would be counted as Haul's CPU time.
    QEventLoop loop;
    QObject::connect(&folders, &FolderService::folderUpdated, &loop, [&](const FolderSnapshot &s) {
        if (s.id == id && s.filesTotal == files && s.state != FolderState::Scanning && queuedMs < 0)
            queuedMs = t.elapsed();
        if (s.id == id && (queuedMs >= 0 || s.isFinished()))
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    const FolderSnapshot s = folders.snapshot(id);
    out << "walked, compared and queued: " << s.filesTotal << " files in " << queuedMs << " ms ("
        << s.filesDone << " already sent meanwhile), CPU " << cpuSeconds() - cpu0 << " s\n"
        << "GUI thread: worst timer lateness " << lag.worstMs() << " ms\n"
        << "peak RSS " << peakRssMb() << " MB" << Qt::endl;
    folders.cancel(id);
    const bool ok = queuedMs >= 0 && queuedMs <= 5000 && peakRssMb() <= 300 && lag.worstMs() <= 100;
    out << (ok ? "within the target (≤ 5 s, ≤ 300 MB, ≤ 100 ms)" : "OVER the target (≤ 5 s, ≤ 300 MB, ≤ 100 ms)")
        << Qt::endl;
    return ok ? 0 : 3;
}
