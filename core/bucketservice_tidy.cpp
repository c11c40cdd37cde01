// BucketService, continued: folders, recursive listings, batch deletes, server-side copies.
#include "bucketservice.h"

#include <memory>

#include <QRandomGenerator>
#include <QTimer>

#include "bucketservicecalls.h"
#include "engine/retrypolicy.h"

namespace haul {

namespace {

using namespace bucketcalls;

/// S3's limit of keys per DeleteObjects request.
constexpr qsizetype DeleteBatch = 1000;

/// Lists every object under `prefix` (all levels), page after page, handing each to `each`;
/// then `done` (with the error of a page that failed).
void listEvery(S3Client *c, const QString &bucket, const QString &prefix, const QString &token,
               std::function<void(const ObjectInfo &)> each, std::function<void(Error)> done)
{
    c->listObjects(bucket, prefix, {}, token, 1000, [=](Result<ListPage> r) {
        if (!r)
            return done(r.error());
        for (const ObjectInfo &o : r->objects)
            each(o);
        if (!r->truncated || r->nextContinuationToken.isEmpty())
            return done(Error());
        listEvery(c, bucket, prefix, r->nextContinuationToken, each, done);
    });
}

/// After a failed request of a run: when the error is retryable, calls `again` after a backoff
/// and returns true (`attempt` counts the tries); else false.
bool retryLater(S3Client *c, const Error &error, int &attempt, std::function<void()> again)
{
    const auto delay = nextDelay(RetryPolicy{}, error, attempt++, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    QTimer::singleShot(*delay, c, std::move(again));
    return true;
}

struct KeyWalk {
    QStringList keys;
    qint64 bytes = 0;
};

struct DeleteRun {
    QString bucket;
    QStringList keys;
    qsizetype next = 0;   ///< index of the first key not yet sent
    int attempt = 1;
    QList<DeleteFailure> failures;
    std::function<void(int)> progress;
    std::function<void(Error)> done;
};

/// Sends the next batch of `run`, retrying a retryable failure with backoff.
void deleteNext(S3Client *c, std::shared_ptr<DeleteRun> run)
{
    if (run->next >= run->keys.size())
        return run->done(Error());
    const QStringList batch = run->keys.mid(run->next, DeleteBatch);
    c->deleteObjects(run->bucket, batch, [c, run, n = batch.size()](Result<QList<DeleteFailure>> r) {
        if (!r) {
            if (!retryLater(c, r.error(), run->attempt, [c, run] { deleteNext(c, run); }))
                run->done(r.error());
            return;
        }
        run->attempt = 1;
        run->failures += *r;
        run->next += n;
        run->progress(int(run->next));
        deleteNext(c, run);
    });
}

/// Restore requests a run keeps under way at once (each is small; one after the other, 10,000
/// files would take 10,000 round trips).
constexpr int RestoresAtOnce = 8;

struct RestoreRun {
    QString bucket;
    QStringList prefixes; ///< folders still to list
    QStringList keys;     ///< objects to restore
    int days = 7;
    QString tier;
    qsizetype next = 0;   ///< index of the first key not yet sent
    int answered = 0;
    int inFlight = 0;     ///< sent, or waiting to be sent again after a backoff
    Error stop;           ///< what ends the run once the requests under way are answered
    RestoreSummary summary;
    std::function<void(int answered, int total)> progress;
    std::function<void(Error)> done;
};

void restoreMore(S3Client *c, std::shared_ptr<RestoreRun> run);

/// Lists the folders of `run` one after the other, keeping their archived objects; then the
/// restores.
void listArchived(S3Client *c, std::shared_ptr<RestoreRun> run)
{
    if (run->prefixes.isEmpty()) {
        run->progress(0, int(run->keys.size()));
        return restoreMore(c, run);
    }
    const QString prefix = run->prefixes.takeFirst();
    listEvery(c, run->bucket, prefix, {}, [run](const ObjectInfo &o) {
        if (isArchiveStorageClass(o.storageClass))
            run->keys.append(o.key);
    }, [c, run](Error e) {
        if (!e.ok())
            return run->done(e);
        listArchived(c, run);
    });
}

/// Asks for `key` (try number `attempt`), retrying a retryable failure with backoff; then more.
void restoreOne(S3Client *c, std::shared_ptr<RestoreRun> run, const QString &key, int attempt)
{
    c->restoreObject(run->bucket, key, run->days, run->tier, [c, run, key, attempt](Result<RestoreAnswer> r) {
        int counted = attempt; // retryLater() counts on it; the next try is attempt + 1
        if (!r && run->stop.ok()
            && retryLater(c, r.error(), counted, [c, run, key, next = attempt + 1] { restoreOne(c, run, key, next); }))
            return;
        --run->inFlight;
        ++run->answered;
        if (!r) {
            if (r.error().code == ErrorCode::NoSuchKey || r.error().code == ErrorCode::AccessDenied)
                run->summary.failures.append({key, r.error()});
            else if (run->stop.ok())
                run->stop = r.error(); // the store, the network or the account: the rest would fail too
        } else {
            switch (*r) {
            case RestoreAnswer::Started: ++run->summary.started; break;
            case RestoreAnswer::InProgress: ++run->summary.inProgress; break;
            case RestoreAnswer::AlreadyRestored: ++run->summary.alreadyRestored; break;
            case RestoreAnswer::NotArchived: ++run->summary.notArchived; break;
            }
        }
        run->progress(run->answered, int(run->keys.size()));
        restoreMore(c, run);
    });
}

/// Sends keys of `run` until RestoresAtOnce are under way; ends the run when all are answered.
void restoreMore(S3Client *c, std::shared_ptr<RestoreRun> run)
{
    while (run->stop.ok() && run->inFlight < RestoresAtOnce && run->next < run->keys.size()) {
        ++run->inFlight;
        restoreOne(c, run, run->keys.at(run->next++), 1);
    }
    if (run->inFlight == 0 && (!run->stop.ok() || run->next >= run->keys.size()))
        run->done(run->stop);
}

struct CopyWhat {
    QString srcBucket, srcKey, dstBucket, dstKey;
};

/// Copies, and with `move` deletes the source once the copy is verified.
void startCopy(S3Client *c, const CopyOptions &options, const CopyWhat &what, bool move,
               std::function<void(ObjectHead, Error)> done)
{
    auto *copy = new ObjectCopy(c, options, c);
    copy->start(what.srcBucket, what.srcKey, what.dstBucket, what.dstKey, [=](Result<ObjectHead> r) {
        if (!r || !move)
            return done(r ? *r : ObjectHead{}, errorOf(r));
        c->deleteObject(what.srcBucket, what.srcKey,
                        [done, head = *r](Result<void> d) { done(head, errorOf(d)); });
    });
}

} // namespace

quint64 BucketService::createFolder(const QString &accountName, const QString &bucket,
                                    const QString &prefix)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto done = [self, id](Error e) {
        back(self, [self, id, e] { Q_EMIT self->operationDone(id, e); });
    };
    onEngine(m_manager, accountName, [bucket, prefix, done](S3Client *c) {
        c->putObject(bucket, prefix, {}, [done](Result<void> r) { done(errorOf(r)); });
    }, done);
    return id;
}

quint64 BucketService::listAllKeys(const QString &accountName, const QString &bucket,
                                   const QString &prefix)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto walk = std::make_shared<KeyWalk>();
    auto done = [self, id, walk](Error e) {
        back(self, [self, id, keys = walk->keys, bytes = walk->bytes, e] {
            Q_EMIT self->keysListed(id, keys, bytes, e);
        });
    };
    onEngine(m_manager, accountName, [bucket, prefix, walk, done](S3Client *c) {
        listEvery(c, bucket, prefix, {}, [walk](const ObjectInfo &o) {
            walk->keys.append(o.key);
            walk->bytes += o.size;
        }, done);
    }, done);
    return id;
}

quint64 BucketService::deleteKeys(const QString &accountName, const QString &bucket,
                                  const QStringList &keys)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto run = std::make_shared<DeleteRun>();
    run->bucket = bucket;
    run->keys = keys;
    const int total = int(keys.size());
    run->progress = [self, id, total](int deleted) {
        back(self, [self, id, deleted, total] { Q_EMIT self->deleteProgress(id, deleted, total); });
    };
    run->done = [self, id, run](Error e) {
        const int deleted = int(run->next) - int(run->failures.size());
        back(self, [self, id, deleted, failures = run->failures, e] {
            Q_EMIT self->objectsDeleted(id, deleted, failures, e);
        });
    };
    onEngine(m_manager, accountName, [run](S3Client *c) { deleteNext(c, run); }, run->done);
    return id;
}

quint64 BucketService::restoreObjects(const QString &accountName, const QString &bucket,
                                     const QStringList &keys, const QStringList &prefixes, int days,
                                     const QString &tier)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto run = std::make_shared<RestoreRun>();
    run->bucket = bucket;
    run->keys = keys;
    run->prefixes = prefixes;
    run->days = days;
    run->tier = tier;
    run->progress = [self, id](int answered, int total) {
        back(self, [self, id, answered, total] { Q_EMIT self->restoreProgress(id, answered, total); });
    };
    run->done = [self, id, run](Error e) {
        back(self, [self, id, summary = run->summary, e] { Q_EMIT self->objectsRestored(id, summary, e); });
    };
    onEngine(m_manager, accountName, [run](S3Client *c) { listArchived(c, run); }, run->done);
    return id;
}

quint64 BucketService::copyObject(const QString &accountName, const QString &srcBucket,
                                  const QString &srcKey, const QString &dstBucket,
                                  const QString &dstKey, bool move)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto done = [self, id](ObjectHead head, Error e) {
        back(self, [self, id, head, e] { Q_EMIT self->objectCopied(id, head, e); });
    };
    const CopyOptions options = m_copyOptions;
    onEngine(m_manager, accountName, [=](S3Client *c) {
        if (srcBucket == dstBucket && srcKey == dstKey)
            return done({}, Error(ErrorCode::InvalidInput, dstKey));
        // Never over an existing object: a rename must not destroy another file.
        c->headObject(dstBucket, dstKey, [=](Result<ObjectHead> existing) {
            if (existing)
                return done({}, Error(ErrorCode::FileExists, dstKey));
            if (existing.error().code != ErrorCode::NoSuchKey)
                return done({}, existing.error());
            startCopy(c, options, {srcBucket, srcKey, dstBucket, dstKey}, move, done);
        });
    }, [done](Error e) { done({}, e); });
    return id;
}

} // namespace haul
