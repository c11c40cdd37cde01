// A folder of many small files uploaded through FolderService to a real server, to the end
// (issue 5 measures 1,000 files of 64 KiB: peers need 1.9–4.2 CPU s, Haul's target is ≤ 0.6 for
// the app). Then the same folder again, unchanged: nothing but listings should go.
// Run:
//   HAUL_SERVERS_ENV=/tmp/sync-servers/servers.env build/tests/bench/bench_folderupload
//     [files=1000] [bytes=65536] [server=s3rver]
// Figures are of this process (core only, no GUI); the tree goes to /tmp/haul-bench-up-<files>.
#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include "s3wait.h"
#include "sync/folderservice.h"
#include "testenv.h"
#include "transfermanager.h"

using namespace haul;
using namespace haul::test;

namespace {

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

/// Waits in the event loop (not polling: processEvents() with a time-out never sleeps, and a
/// spinning GUI thread would be counted as Haul's CPU time).
FolderSnapshot runToEnd(FolderService &folders, FolderId id)
{
    QEventLoop loop;
    QObject::connect(&folders, &FolderService::folderFinished, &loop,
                     [&loop, id](const FolderSnapshot &s) {
                         if (s.id == id)
                             loop.quit();
                     });
    if (!folders.snapshot(id).isFinished())
        loop.exec();
    return folders.snapshot(id);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.value(1, QStringLiteral("1000")).toInt();
    const int bytes = args.value(2, QStringLiteral("65536")).toInt();
    const TestServer server = testServer(args.value(3, QStringLiteral("s3rver")));
    QTextStream out(stdout);
    if (server.name.isEmpty()) {
        out << serversMissingReason() << Qt::endl;
        return 1;
    }
    const QString tree = QStringLiteral("/tmp/haul-bench-up-%1/run42").arg(files);
    if (!QFileInfo::exists(tree)) {
        for (int i = 0; i < files; ++i) {
            const QString dir = QStringLiteral("%1/d%2").arg(tree).arg(i / 100);
            QDir().mkpath(dir);
            const QString made = makeRandomFile(dir, bytes, quint32(i)); // random-<size>-<seed>.bin
            if (made.isEmpty())
                return 1;
        }
    }
    const QString bucket = uniqueBucketName(QStringLiteral("haul-bench"));
    if (runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}) != 0)
        return 2;
    TransferManager manager;
    manager.setAccount(connectionFor(server));
    FolderService folders(&manager);
    for (const char *pass : {"first upload", "unchanged again"}) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        const FolderSnapshot s = runToEnd(folders, folders.upload(server.name, {tree}, bucket, {}));
        out << pass << ": " << s.filesDone << " files (" << s.filesSkipped << " already there, "
            << s.filesFailed << " failed) in " << t.elapsed() << " ms, CPU " << cpuSeconds() - cpu0
            << " s, peak RSS " << peakRssMb() << " MB" << Qt::endl;
    }
    return 0;
}
