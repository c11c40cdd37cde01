#include "folderservice.h"

#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

#include "engine/engine.h"
#include "sync/downloadjob.h"
#include "sync/uploadjob.h"
#include "transfermanager.h"

namespace haul {

FolderService::FolderService(TransferManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_pool(new QThreadPool(this))
{
    qRegisterMetaType<haul::FolderSnapshot>();
    qRegisterMetaType<haul::FolderPlan>();
    qRegisterMetaType<QList<haul::PlannedFile>>();
    m_pool->setMaxThreadCount(2); // walks and checksums: the disk, not the CPU, is the limit
}

FolderService::~FolderService()
{
    // Jobs live in the engine thread: delete them there (their transfers stay queued).
    for (FolderJob *job : std::as_const(m_jobs))
        QMetaObject::invokeMethod(job, [job] { delete job; }, Qt::BlockingQueuedConnection);
    m_pool->waitForDone(); // walks see their cancel flag and stop
}

FolderId FolderService::nextId()
{
    static std::atomic<FolderId> next{1};
    return next++;
}

FolderId FolderService::upload(const QString &accountName, const QStringList &paths,
                               const QString &bucket, const QString &prefix,
                               const FolderOptions &options)
{
    FolderSnapshot s;
    s.id = nextId();
    s.kind = FolderKind::Upload;
    s.accountName = accountName;
    s.bucket = bucket;
    s.prefix = folderPrefix(prefix);
    QStringList roots;
    for (const QString &p : paths)
        roots.append(QDir::cleanPath(QFileInfo(p).absoluteFilePath()));
    s.localPath = roots.value(0);
    return launch(new UploadJob(s, roots, options, m_manager, m_pool));
}

FolderId FolderService::download(const QString &accountName, const QString &bucket,
                                 const QString &prefix, const QString &destDir,
                                 const FolderOptions &options)
{
    FolderSnapshot s;
    s.id = nextId();
    s.kind = FolderKind::Download;
    s.accountName = accountName;
    s.bucket = bucket;
    s.prefix = folderPrefix(prefix);
    const QString name = folderNameForPrefix(prefix, bucket);
    s.localPath = QDir::cleanPath(QFileInfo(destDir).absoluteFilePath() + QLatin1Char('/') + name);
    return launch(new DownloadJob(s, name, options, m_manager, m_pool));
}

FolderId FolderService::sync(const SyncPair &pair, bool dryRun, const FolderOptions &options)
{
    FolderSnapshot s;
    s.id = nextId();
    s.kind = FolderKind::Sync;
    s.accountName = pair.accountName;
    s.bucket = pair.bucket;
    s.prefix = folderPrefix(pair.prefix);
    s.localPath = QDir::cleanPath(QFileInfo(pair.localFolder).absoluteFilePath());
    s.dryRun = dryRun;
    return launch(new UploadJob(s, {s.localPath}, options, m_manager, m_pool));
}

FolderId FolderService::launch(FolderJob *job)
{
    const FolderSnapshot first = job->snapshot();
    m_jobs.insert(first.id, job);
    m_last.insert(first.id, first);
    connect(job, &FolderJob::changed, this, [this](const FolderSnapshot &s) {
        if (!m_jobs.contains(s.id))
            return;
        m_last.insert(s.id, s);
        Q_EMIT folderUpdated(s);
    });
    connect(job, &FolderJob::finished, this, &FolderService::folderFinished);
    connect(job, &FolderJob::planReady, this, &FolderService::planReady);
    connect(job, &FolderJob::questionsAsked, this, &FolderService::questionsAsked);
    connect(job, &FolderJob::deletionsProposed, this, &FolderService::deletionsProposed);
    job->moveToThread(m_manager->engine()->thread());
    Q_EMIT folderAdded(first);
    QMetaObject::invokeMethod(job, [job] { job->start(); });
    return first.id;
}

template <typename F>
void FolderService::post(FolderId id, F f)
{
    if (FolderJob *job = m_jobs.value(id))
        QMetaObject::invokeMethod(job, [job, f] { f(job); });
}

void FolderService::confirmDeletions(FolderId id)
{
    post(id, [](FolderJob *job) { job->confirmDeletions(true); });
}

void FolderService::declineDeletions(FolderId id)
{
    post(id, [](FolderJob *job) { job->confirmDeletions(false); });
}

void FolderService::answer(FolderId id, const QStringList &overwriteKeys)
{
    post(id, [overwriteKeys](FolderJob *job) { job->answer(overwriteKeys); });
}

void FolderService::cancel(FolderId id)
{
    post(id, [](FolderJob *job) { job->cancel(); });
}

void FolderService::pause(FolderId id)
{
    post(id, [](FolderJob *job) { job->pause(); });
}

void FolderService::resume(FolderId id)
{
    post(id, [](FolderJob *job) { job->resume(); });
}

void FolderService::clearFinished()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (!m_last.value(it.key()).isFinished()) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        m_last.remove(it.key());
        it = m_jobs.erase(it);
    }
}

} // namespace haul
