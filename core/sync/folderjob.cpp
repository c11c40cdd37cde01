#include "folderjob.h"

#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>

#include "engine/engine.h"
#include "engine/retrypolicy.h"
#include "sync/localdigest.h"

namespace haul {

namespace {

constexpr int MaxHeadsInFlight = 8;

/// Sends `send(callback)` again after the retry policy's delay while it fails retryably; the
/// retry timer dies with `context`.
template <typename T>
void sendRetried(QObject *context, std::function<S3Call *(S3Client::Callback<T>)> send,
                 S3Client::Callback<T> done, int attempt = 1)
{
    QPointer<QObject> guard(context);
    send([=](Result<T> r) {
        if (!r && guard) {
            const double random = QRandomGenerator::global()->generateDouble();
            if (const auto delay = nextDelay(RetryPolicy{}, r.error(), attempt, random)) {
                QTimer::singleShot(*delay, guard.data(), [=] {
                    sendRetried<T>(guard.data(), send, done, attempt + 1);
                });
                return;
            }
        }
        done(std::move(r));
    });
}

QList<PlannedFile> planned(const QList<Candidate> &candidates, bool upload)
{
    QList<PlannedFile> out;
    for (const Candidate &c : candidates)
        out.append({c.localPath, c.key, upload ? c.local.size : c.remote.size, c.reason});
    return out;
}

} // namespace

FolderJob::FolderJob(const FolderSnapshot &initial, const FolderOptions &options,
                     TransferManager *manager, QThreadPool *pool)
    : m_snap(initial)
    , m_options(options)
    , m_manager(manager)
    , m_engine(manager->engine())
    , m_pool(pool)
{
    m_plan.id = m_snap.id;
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &FolderJob::tick);
}

FolderJob::~FolderJob() = default;

void FolderJob::start()
{
    connect(m_engine, &Engine::transfersAdded, this, &FolderJob::onTransfers);
    connect(m_engine, &Engine::transfersUpdated, this, &FolderJob::onTransfers);
    connect(m_engine, &Engine::transfersRemoved, this, &FolderJob::onRemoved);
    m_timer.start();
    m_sinceTick.start();
    Q_EMIT changed(m_snap);
    m_client = m_engine->client(m_snap.accountName);
    if (!m_client)
        return fail(Error(ErrorCode::CredentialsMissing, m_snap.accountName));
    begin();
}

void FolderJob::consider(const Candidate &c)
{
    ++m_snap.filesTotal;
    act(c, compare(c));
}

void FolderJob::act(const Candidate &decidedFile, const Comparison &comparison)
{
    Candidate c = decidedFile;
    c.reason = comparison.reason;
    const qint64 size = direction() == Direction::Upload ? c.local.size : c.remote.size;
    switch (comparison.action) {
    case CompareAction::Transfer:
        m_snap.bytesTotal += size;
        if (m_snap.dryRun)
            m_plan.transfers.append({c.localPath, c.key, size, comparison.reason});
        else
            m_pending.append(c);
        break;
    case CompareAction::Skip:
        if (!m_snap.dryRun && restoredGoing(c)) { // the engine sends or sent it: followed
            m_snap.bytesTotal += size;
            m_pending.append(c);
            break;
        }
        countSkipped();
        break;
    case CompareAction::Ask:
        ask(c, size);
        break;
    case CompareAction::NeedHead:
        m_needHead.append(c);
        pumpHeads();
        break;
    case CompareAction::NeedChecksum:
        startDigest(c);
        break;
    }
    markDirty();
}

void FolderJob::ask(const Candidate &c, qint64 size)
{
    // Started again after a restart, and the engine took the file up again for this folder:
    // "replace" was answered before the restart; not asked again.
    if (!m_snap.dryRun && restoredFile(c)) {
        m_snap.bytesTotal += size;
        m_pending.append(c);
        return;
    }
    m_questions.append(c);
    if (m_snap.dryRun)
        m_plan.questions.append({c.localPath, c.key, size, c.reason});
    ++m_snap.questions;
}

const TransferSnapshot *FolderJob::restoredFile(const Candidate &c) const
{
    TransferSnapshot like;
    like.direction = direction();
    like.accountName = m_snap.accountName;
    like.localPath = c.localPath;
    like.bucket = m_snap.bucket;
    like.key = c.key;
    like.groupId = m_snap.id;
    return m_engine->folderFile(like);
}

bool FolderJob::restoredGoing(const Candidate &c) const
{
    const TransferSnapshot *s = restoredFile(c);
    return s && s->state != TransferState::Failed;
}

void FolderJob::countSkipped()
{
    ++m_snap.filesSkipped;
    ++m_snap.filesDone;
    markDirty();
}

void FolderJob::addIssue(const FolderIssue &issue)
{
    m_snap.issues.append(issue);
    ++m_snap.filesFailed;
    markDirty();
}

void FolderJob::pumpHeads()
{
    while (m_headsInFlight < MaxHeadsInFlight && !m_needHead.isEmpty() && !isStopped()) {
        const Candidate c = m_needHead.takeFirst();
        ++m_headsInFlight;
        QPointer<FolderJob> self(this);
        S3Client *client = m_client;
        const QString bucket = m_snap.bucket;
        sendRetried<ObjectHead>(this, [client, bucket, key = c.key](S3Client::Callback<ObjectHead> cb) {
            return client->headObject(bucket, key, cb);
        }, [self, c](Result<ObjectHead> r) {
            if (self)
                self->onHead(c, r);
        });
    }
}

void FolderJob::onHead(Candidate c, const Result<ObjectHead> &head)
{
    --m_headsInFlight;
    if (isStopped())
        return;
    if (!head && head.error().code == ErrorCode::NoSuchKey) {
        c.remote.exists = false; // deleted since the listing
        act(c, compare(c));
    } else if (!head) {
        addIssue({FolderIssueKind::Check, direction() == Direction::Upload ? c.localPath : c.key,
                  WalkIssue::None, KeyIssue::None, head.error()});
    } else {
        c.remote.headDone = true;
        c.remote.mtimeMs = parseMtimeMetadata(head->metadata.value(QStringLiteral("mtime")));
        act(c, compare(c));
    }
    pumpHeads();
    feed();
    checkDone();
}

void FolderJob::startDigest(const Candidate &c)
{
    ++m_digestsInFlight;
    QPointer<FolderJob> self(this);
    Engine *engine = m_engine; // outlives the job: a safe place to post the answer to
    // A multipart ETag: the part sizes the engine would use now, and those of other tools.
    const int parts = multipartEtagParts(c.remote.etag);
    const QList<qint64> partSizes = parts > 0
        ? checksumPartSizes(c.local.size, parts, m_engine->partSize()) : QList<qint64>();
    m_pool->start([self, engine, c, partSizes] {
        const Result<LocalFacts> d = digestForComparison(c.localPath, c.local, c.remote.etag, partSizes);
        QMetaObject::invokeMethod(engine, [self, c, d] {
            if (!self)
                return;
            --self->m_digestsInFlight;
            if (self->isStopped())
                return;
            if (!d) {
                self->addIssue({FolderIssueKind::Check, c.localPath, WalkIssue::None, KeyIssue::None, d.error()});
            } else {
                Candidate digested = c;
                digested.local = *d;
                self->act(digested, self->compare(digested));
            }
            self->feed();
            self->checkDone();
        });
    });
}

bool FolderJob::everythingDecided() const
{
    return scanDone() && m_needHead.isEmpty() && m_headsInFlight == 0 && m_digestsInFlight == 0;
}

void FolderJob::checkDone()
{
    if (isStopped() || !everythingDecided())
        return;
    if (!m_decidedCalled) {
        m_decidedCalled = true;
        decided();
        if (isStopped())
            return;
    }
    if (m_snap.dryRun) {
        m_plan.skipped = m_snap.filesSkipped;
        m_plan.issues = m_snap.issues;
        Q_EMIT planReady(m_plan);
        return finish(FolderState::Finished);
    }
    if (!m_questions.isEmpty()) {
        m_snap.state = FolderState::WaitingForAnswers;
        if (m_asked)
            return markDirty();
        m_asked = true;
        publish(); // the snapshot says so before the question arrives
        Q_EMIT questionsAsked(m_snap.id, planned(m_questions, direction() == Direction::Upload));
        return;
    }
    if (pendingCount() > 0 || m_inEngine > 0) {
        m_snap.state = m_paused ? FolderState::Paused : FolderState::Transferring;
        return markDirty();
    }
    if (afterTransfers())
        return markDirty();
    finish(FolderState::Finished);
}

void FolderJob::answer(const QStringList &overwriteKeys)
{
    const QSet<QString> overwrite(overwriteKeys.begin(), overwriteKeys.end());
    const bool upload = direction() == Direction::Upload;
    for (const Candidate &c : std::as_const(m_questions)) {
        if (overwrite.contains(c.key)) {
            m_snap.bytesTotal += upload ? c.local.size : c.remote.size;
            m_pending.append(c);
        } else {
            countSkipped();
        }
    }
    m_questions.clear();
    m_snap.questions = 0;
    feed();
    checkDone();
}

void FolderJob::fail(const Error &error)
{
    m_snap.error = error;
    finish(FolderState::Failed);
}

void FolderJob::finish(FolderState state)
{
    m_snap.state = state;
    m_snap.bytesPerSecond = 0;
    m_timer.stop();
    ended();
    publish();
    Q_EMIT finished(m_snap);
}

void FolderJob::confirmDeletions(bool)
{
}

void FolderJob::publish()
{
    m_dirty = false;
    Q_EMIT changed(m_snap);
}

void FolderJob::tick()
{
    const double seconds = double(m_sinceTick.restart()) / 1000.0;
    const double now = seconds > 0 ? double(std::max<qint64>(0, m_snap.bytesDone - m_bytesAtTick)) / seconds : 0;
    m_bytesAtTick = m_snap.bytesDone;
    const double before = m_snap.bytesPerSecond;
    m_snap.bytesPerSecond = before <= 0 ? now : 0.7 * before + 0.3 * now;
    if (m_dirty || before != m_snap.bytesPerSecond)
        publish();
}

void FolderJob::listAll(const QString &prefix, const QString &delimiter,
                        std::function<void(const ListPage &)> page, std::function<void(Error)> done,
                        const QString &token)
{
    QPointer<FolderJob> self(this);
    S3Client *client = m_client;
    const QString bucket = m_snap.bucket;
    sendRetried<ListPage>(this, [=](S3Client::Callback<ListPage> cb) {
        return client->listObjects(bucket, prefix, delimiter, token, 1000, cb);
    }, [=](Result<ListPage> r) {
        if (!self || self->isStopped())
            return;
        if (!r)
            return done(r.error());
        page(*r);
        if (!r->truncated || r->nextContinuationToken.isEmpty())
            return done(Error());
        self->listAll(prefix, delimiter, page, done, r->nextContinuationToken);
    });
}

} // namespace haul
