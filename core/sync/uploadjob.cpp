#include "uploadjob.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

#include "engine/engine.h"

namespace haul {

UploadJob::UploadJob(const FolderSnapshot &initial, const QStringList &roots,
                     const FolderOptions &options, TransferManager *manager, QThreadPool *pool)
    : FolderJob(initial, options, manager, pool)
    , m_roots(roots)
{
}

UploadJob::~UploadJob()
{
    ended();
}

void UploadJob::ended()
{
    if (m_walk) { // the walking thread stops at its next entry; what it posts is ignored
        m_walk->cancel = true;
        m_walk->room.release(100);
    }
}

void UploadJob::begin()
{
    if (m_snap.kind == FolderKind::Sync) {
        // A sync of a missing or unreadable folder must not look like an empty one.
        const QFileInfo root(m_roots.value(0));
        if (!root.isDir())
            return fail(Error(ErrorCode::FileVanished, root.filePath()));
        if (!root.isReadable() || !root.isExecutable())
            return fail(Error(ErrorCode::FileUnreadable, root.filePath()));
    }
    startWalk();
    startListings();
}

void UploadJob::startListings()
{
    QStringList prefixes;
    bool files = false;
    for (const QString &root : std::as_const(m_roots)) {
        const QFileInfo info(root);
        if (m_snap.kind == FolderKind::Sync)
            prefixes.append(m_snap.prefix);
        else if (info.isDir())
            prefixes.append(m_snap.prefix + info.fileName() + QLatin1Char('/'));
        else
            files = true;
    }
    m_listingsLeft = int(prefixes.size()) + (files ? 1 : 0);
    auto page = [this](const ListPage &p) { m_index.add(p); };
    auto done = [this](const Error &e) { onListed(e); };
    for (const QString &prefix : std::as_const(prefixes))
        listAll(prefix, QString(), page, done);
    if (files) // the dropped files sit right under the prefix: one folder level is enough
        listAll(m_snap.prefix, QStringLiteral("/"), page, done);
    if (m_listingsLeft == 0)
        onListed(Error());
}

void UploadJob::onListed(const Error &error)
{
    // An account that may write but not list (a "drop box" bucket policy) still uploads a
    // folder, every file of it, as `aws s3 cp --recursive` does, and says so; a sync, which is
    // nothing but comparing, fails.
    if (error.code == ErrorCode::AccessDenied && m_snap.kind == FolderKind::Upload)
        m_snap.notCompared = true;
    else if (!error.ok())
        return fail(error);
    if (--m_listingsLeft > 0)
        return;
    m_index.sort();
    m_planner = std::make_unique<SyncPlanner>(
        m_index, PlanOptions{m_snap.prefix, m_options.existing, m_options.method});
    m_listed = true;
    const QList<QList<WalkEntry>> waiting = std::exchange(m_waiting, {});
    for (const QList<WalkEntry> &batch : waiting)
        planBatch(batch);
    feed();
    checkDone();
}

void UploadJob::startWalk()
{
    m_walk = std::make_shared<WalkChannel>();
    WalkOptions options;
    options.followSymlinks = m_options.followSymlinks;
    options.includeRootName = m_snap.kind != FolderKind::Sync;
    QPointer<UploadJob> self(this);
    Engine *engine = m_engine; // outlives the job: a safe place to post to
    m_pool->start([channel = m_walk, self, engine, roots = m_roots, options] {
        const WalkSummary summary = walkLocal(roots, options, [&](QList<WalkEntry> &&batch) {
            while (!channel->room.tryAcquire(1, 100)) {
                if (channel->cancel)
                    return false;
            }
            if (channel->cancel)
                return false;
            QMetaObject::invokeMethod(engine, [self, batch = std::move(batch)] {
                if (self)
                    self->onBatch(batch);
            });
            return true;
        });
        QMetaObject::invokeMethod(engine, [self, summary] {
            if (!self)
                return;
            self->m_walkDone = true;
            self->m_walkIncomplete = self->m_walkIncomplete || summary.stopped;
            self->checkDone();
        });
    });
}

void UploadJob::onBatch(const QList<WalkEntry> &batch)
{
    if (isStopped())
        return;
    if (!m_listed) {
        m_waiting.append(batch); // the walk waits for room: at most a few batches
        return;
    }
    planBatch(batch);
    feed();
    checkDone();
}

void UploadJob::planBatch(const QList<WalkEntry> &batch)
{
    for (const PlanStep &step : m_planner->plan(batch))
        takeStep(step);
    m_walk->room.release();
}

void UploadJob::takeStep(const PlanStep &step)
{
    if (step.kind != PlanKind::Issue) {
        Candidate c{step.local.path, step.key, {true, step.local.size, step.local.mtimeMs(), {}},
                    {}, CompareReason::New};
        c.remote.exists = step.remote >= 0;
        if (c.remote.exists)
            c.remote = m_index.facts(step.remote);
        ++m_snap.filesTotal;
        return act(c, step.comparison);
    }
    // A socket, pipe or device holds no data to send: named, but neither a file of the folder
    // nor a failure (rclone passes over them with a notice too).
    const bool notAFile = step.local.issue == WalkIssue::NotRegularFile;
    if (!notAFile)
        ++m_snap.filesTotal;
    if (step.local.key.isEmpty())
        m_walkIncomplete = true; // the folder itself: nothing in it may count as vanished
    FolderIssue issue{step.keyTooLong ? FolderIssueKind::KeyTooLong : FolderIssueKind::Walk,
                      step.local.path, step.local.issue, KeyIssue::None, {}};
    issue.error.message = step.local.detail;
    if (step.local.issue == WalkIssue::SymlinkSkipped || notAFile) { // a choice, not a failure
        m_snap.issues.append(issue);
        m_snap.filesDone += notAFile ? 0 : 1;
        return markDirty();
    }
    addIssue(issue);
}

bool UploadJob::scanDone() const
{
    return m_listed && m_walkDone && m_waiting.isEmpty();
}

Comparison UploadJob::compare(const Candidate &c) const
{
    return compareForUpload(c.local, c.remote, m_options.existing, m_options.method);
}

void UploadJob::decided()
{
    if (m_snap.kind != FolderKind::Sync || m_walkIncomplete)
        return;
    m_deletions = stillVanished(m_planner->unclaimedKeys());
    m_snap.deletionsProposed = m_deletions.size();
    if (m_snap.dryRun) {
        m_plan.deletions = m_deletions;
        return markDirty();
    }
    publish();
    if (!m_deletions.isEmpty())
        Q_EMIT deletionsProposed(m_snap.id, m_deletions);
}

QStringList UploadJob::stillVanished(const QStringList &keys) const
{
    // Looked at once more: a file that appeared since the walk is not deleted.
    QStringList out;
    const QString root = m_roots.value(0);
    for (const QString &key : keys) {
        const QFileInfo local(root + QLatin1Char('/') + key.mid(m_snap.prefix.size()));
        if (!local.exists() && !local.isSymLink())
            out.append(key);
    }
    return out;
}

void UploadJob::confirmDeletions(bool confirmed)
{
    if (isStopped())
        return;
    if (!confirmed) {
        m_deletions.clear();
        m_snap.deletionsProposed = 0;
    }
    m_confirmed = confirmed;
    markDirty();
    checkDone();
}

bool UploadJob::afterTransfers()
{
    if (m_deletions.isEmpty() && !m_deleting)
        return false;
    if (!m_confirmed) {
        m_snap.state = FolderState::WaitingForConfirmation;
        return true;
    }
    if (!m_deleting) {
        m_deleting = true;
        m_snap.state = FolderState::Deleting;
        deleteNext();
    }
    return m_deleting;
}

void UploadJob::deleteNext()
{
    if (m_deleteNext >= m_deletions.size()) {
        m_deleting = false;
        m_deletions.clear();
        return checkDone();
    }
    const QStringList keys = m_deletions.mid(m_deleteNext, 1000);
    m_deleteNext += keys.size();
    QPointer<UploadJob> self(this);
    S3Client *client = m_client;
    const QString bucket = m_snap.bucket;
    client->deleteObjects(bucket, keys, [self, keys](Result<QList<DeleteFailure>> r) {
        if (!self || self->isStopped())
            return;
        const QList<DeleteFailure> failures = r ? *r : QList<DeleteFailure>{};
        for (const DeleteFailure &f : failures) {
            Error e(ErrorCode::Unknown, f.key, f.message);
            e.s3Code = f.code;
            self->addIssue({FolderIssueKind::Delete, f.key, WalkIssue::None, KeyIssue::None, e});
        }
        if (!r) {
            for (const QString &key : keys)
                self->addIssue({FolderIssueKind::Delete, key, WalkIssue::None, KeyIssue::None, r.error()});
        }
        self->m_snap.deleted += r ? keys.size() - failures.size() : 0;
        self->markDirty();
        self->deleteNext();
    });
}

} // namespace haul
