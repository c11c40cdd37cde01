#include "folderservice.h"

#include <algorithm>
#include <atomic>

#include <QDateTime>
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
    m_retrySave.setSingleShot(true);
    m_retrySave.setInterval(5000);
    connect(&m_retrySave, &QTimer::timeout, this, &FolderService::saveFolders);
}

FolderService::~FolderService()
{
    // Jobs live in the engine thread: delete them there (their transfers stay queued).
    for (FolderJob *job : std::as_const(m_jobs))
        QMetaObject::invokeMethod(job, [job] { delete job; }, Qt::BlockingQueuedConnection);
    m_pool->waitForDone(); // walks see their cancel flag and stop
}

namespace {

std::atomic<FolderId> s_nextId{1};

} // namespace

FolderId FolderService::nextId()
{
    return s_nextId++;
}

FolderId FolderService::upload(const QString &accountName, const QStringList &paths,
                               const QString &bucket, const QString &prefix,
                               const FolderOptions &options)
{
    QStringList roots;
    for (const QString &p : paths)
        roots.append(QDir::cleanPath(QFileInfo(p).absoluteFilePath()));
    // The same command again after a restart (or the same drop twice): the folder still going.
    for (const SavedFolderUpload &s : std::as_const(m_saved)) {
        if (!s.sync && s.accountName == accountName && s.paths == roots && s.bucket == bucket
            && folderPrefix(s.prefix) == folderPrefix(prefix) && s.options.existing == options.existing
            && s.options.method == options.method && m_jobs.contains(s.id)
            && !m_last.value(s.id).isFinished())
            return s.id;
    }
    return launchUpload({nextId(), accountName, roots, bucket, prefix, options});
}

FolderSnapshot FolderService::snapshotOf(const SavedFolderUpload &saved)
{
    FolderSnapshot s;
    s.id = saved.id;
    s.kind = saved.sync ? FolderKind::Sync : FolderKind::Upload;
    s.accountName = saved.accountName;
    s.bucket = saved.bucket;
    s.prefix = folderPrefix(saved.prefix);
    s.localPath = saved.paths.value(0);
    return s;
}

FolderSnapshot FolderService::snapshotOf(const SavedFolderDownload &saved)
{
    FolderSnapshot s;
    s.id = saved.id;
    s.kind = FolderKind::Download;
    s.accountName = saved.accountName;
    s.bucket = saved.bucket;
    s.prefix = folderPrefix(saved.prefix);
    s.localPath = QDir::cleanPath(saved.destDir + QLatin1Char('/') + folderNameForPrefix(saved.prefix, saved.bucket));
    return s;
}

FolderId FolderService::launchUpload(const SavedFolderUpload &saved)
{
    m_saved.insert(saved.id, saved);
    return launch(new UploadJob(snapshotOf(saved), saved.paths, saved.options, m_manager, m_pool));
}

void FolderService::setJournal(const QString &path)
{
    m_journal = std::make_unique<FolderJournal>(path);
    const FolderJournalData data = m_journal->load();
    FolderId next = s_nextId;
    while (next < data.nextId && !s_nextId.compare_exchange_weak(next, data.nextId)) {
    }
    auto waiting = [this](FolderSnapshot s) {
        s.state = FolderState::Waiting;
        m_last.insert(s.id, s);
    };
    for (const SavedFolderUpload &saved : data.uploads) {
        m_saved.insert(saved.id, saved);
        waiting(snapshotOf(saved));
    }
    for (const SavedFolderDownload &saved : data.downloads) {
        m_savedDownloads.insert(saved.id, saved);
        waiting(snapshotOf(saved));
    }
    saveFolders();
}

QList<FolderId> FolderService::resumeFolders(const QString &accountName)
{
    QList<FolderId> resumed;
    auto waiting = [&](FolderId id, const QString &account) {
        return !m_jobs.contains(id) && (accountName.isEmpty() || account == accountName);
    };
    const QList<SavedFolderUpload> uploads = m_saved.values();
    for (const SavedFolderUpload &folder : uploads) {
        if (waiting(folder.id, folder.accountName))
            resumed.append(launchUpload(folder));
    }
    const QList<SavedFolderDownload> downloads = m_savedDownloads.values();
    for (const SavedFolderDownload &folder : downloads) {
        if (waiting(folder.id, folder.accountName))
            resumed.append(launchDownload(folder));
    }
    return resumed;
}

void FolderService::onFinished(const FolderSnapshot &snapshot)
{
    // Kept when the account is not set yet: the next start tries again.
    const bool retryLater = snapshot.state == FolderState::Failed
        && snapshot.error.code == ErrorCode::CredentialsMissing;
    if (!retryLater && (m_saved.remove(snapshot.id) || m_savedDownloads.remove(snapshot.id)))
        saveFolders();
    if (!retryLater) { // its failed files come back on their own after a restart
        Engine *engine = m_manager->engine();
        QMetaObject::invokeMethod(engine, [engine, id = snapshot.id] { engine->endGroup(id); });
    }
    Q_EMIT folderFinished(snapshot);
}

void FolderService::saveFolders()
{
    if (!m_journal)
        return;
    FolderJournalData data;
    data.uploads = m_saved.values();
    data.downloads = m_savedDownloads.values();
    data.nextId = s_nextId;
    Error error;
    const bool saved = m_journal->save(data, &error);
    if (!saved)
        m_retrySave.start(); // the disk may have room again by then
    if (saved == m_journalSaved)
        return;
    m_journalSaved = saved;
    Q_EMIT journalSaveChanged(saved, error);
}

FolderId FolderService::download(const QString &accountName, const QString &bucket,
                                 const QString &prefix, const QString &destDir,
                                 const FolderOptions &options)
{
    const SavedFolderDownload wanted{0, accountName, bucket, folderPrefix(prefix),
                                     QDir::cleanPath(QFileInfo(destDir).absoluteFilePath()), options};
    // The same command again after a restart (or the same folder twice): the saved folder.
    for (auto it = m_savedDownloads.begin(); it != m_savedDownloads.end(); ++it) {
        const SavedFolderDownload &s = *it;
        if (s.accountName != wanted.accountName || s.bucket != bucket || s.prefix != wanted.prefix
            || s.destDir != wanted.destDir || s.options.existing != options.existing
            || s.options.method != options.method)
            continue;
        if (!m_jobs.contains(s.id))
            return launchDownload(s); // not resumed yet: now
        if (!m_last.value(s.id).isFinished())
            return s.id;
        m_savedDownloads.erase(it); // kept after its account was missing: this one replaces it
        break;
    }
    SavedFolderDownload saved = wanted;
    saved.id = nextId();
    saved.startedMs = QDateTime::currentMSecsSinceEpoch();
    return launchDownload(saved);
}

FolderId FolderService::launchDownload(const SavedFolderDownload &saved)
{
    m_savedDownloads.insert(saved.id, saved);
    const QString name = folderNameForPrefix(saved.prefix, saved.bucket);
    return launch(new DownloadJob(snapshotOf(saved), name, saved.startedMs, saved.options, m_manager, m_pool));
}

FolderId FolderService::sync(const SyncPair &pair, bool dryRun, const FolderOptions &options)
{
    const QString local = QDir::cleanPath(QFileInfo(pair.localFolder).absoluteFilePath());
    if (!dryRun) // kept until it ends, like an upload
        return launchUpload({nextId(), pair.accountName, {local}, pair.bucket, pair.prefix, options, true});
    FolderSnapshot s;
    s.id = nextId();
    s.kind = FolderKind::Sync;
    s.accountName = pair.accountName;
    s.bucket = pair.bucket;
    s.prefix = folderPrefix(pair.prefix);
    s.localPath = local;
    s.dryRun = true; // a preview: nothing to keep
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
    connect(job, &FolderJob::finished, this, &FolderService::onFinished);
    connect(job, &FolderJob::planReady, this, &FolderService::planReady);
    connect(job, &FolderJob::questionsAsked, this, &FolderService::questionsAsked);
    connect(job, &FolderJob::deletionsProposed, this, &FolderService::deletionsProposed);
    job->moveToThread(m_manager->engine()->thread());
    saveFolders(); // the new folder's id, and the folder itself unless it is a preview
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
    if (m_jobs.contains(id))
        return post(id, [](FolderJob *job) { job->cancel(); });
    const auto last = m_last.find(id);
    if (last == m_last.end() || last->state != FolderState::Waiting)
        return;
    // Not started again yet: forget it, and the files the engine restored for it.
    m_saved.remove(id);
    m_savedDownloads.remove(id);
    saveFolders();
    Engine *engine = m_manager->engine();
    QMetaObject::invokeMethod(engine, [engine, id] {
        engine->cancelGroup(id);
        engine->endGroup(id);
    });
    last->state = FolderState::Cancelled;
    Q_EMIT folderFinished(*last);
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
    m_last.removeIf([this](const auto &it) { return it.value().isFinished() && !m_jobs.contains(it.key()); });
}

QList<FolderSnapshot> FolderService::waitingFolders() const
{
    QList<FolderSnapshot> waiting;
    for (const FolderSnapshot &s : m_last) {
        if (s.state == FolderState::Waiting)
            waiting.append(s);
    }
    std::sort(waiting.begin(), waiting.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return waiting;
}

} // namespace haul
