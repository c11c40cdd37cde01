#include "bucketservice.h"

#include "bucketservicecalls.h"

namespace haul {

namespace {

using namespace bucketcalls;

using StopFlag = std::shared_ptr<std::atomic_bool>;

void listPages(S3Client *c, QPointer<BucketService> self, quint64 id, QString bucket,
               QString prefix, QString token, StopFlag stop)
{
    c->listObjects(bucket, prefix, QStringLiteral("/"), token, 1000,
                   [=](Result<ListPage> r) {
                       if (*stop)
                           return;
                       const ListPage page = r ? *r : ListPage{};
                       const bool last = !r || !page.truncated || page.nextContinuationToken.isEmpty();
                       back(self, [self, id, page, last, stop, e = errorOf(r)] {
                           if (!*stop)
                               Q_EMIT self->objectsListed(id, page, last, e);
                       });
                       if (!last)
                           listPages(c, self, id, bucket, prefix, page.nextContinuationToken, stop);
                   });
}

} // namespace

Result<QList<BucketInfo>> withAccountBucket(Result<QList<BucketInfo>> listed, const QString &bucket)
{
    const bool denied = !listed && listed.error().code == ErrorCode::AccessDenied;
    if (denied && bucket.isEmpty()) {
        Error e = listed.error();
        e.code = ErrorCode::ListBucketsDenied;
        return fail(e);
    }
    if (bucket.isEmpty() || (!listed && !denied))
        return listed;
    QList<BucketInfo> buckets = listed.value_or(QList<BucketInfo>{});
    if (std::none_of(buckets.cbegin(), buckets.cend(), [&](const BucketInfo &b) { return b.name == bucket; }))
        buckets.append(BucketInfo{bucket, {}});
    return buckets;
}

namespace {

/// Lists the account's buckets (withAccountBucket) and, when the account names its own bucket,
/// checks that bucket can be listed: a mistyped name is told now, not when browsing.
void listAccountBuckets(S3Client *c, std::function<void(QList<BucketInfo>, Error)> report)
{
    const QString bucket = c->account().bucket;
    c->listBuckets([c, bucket, report](Result<QList<BucketInfo>> r) {
        r = withAccountBucket(std::move(r), bucket);
        if (!r || bucket.isEmpty())
            return report(r.value_or(QList<BucketInfo>{}), errorOf(r));
        c->listObjects(bucket, {}, QStringLiteral("/"), {}, 1, [report, buckets = *r](Result<ListPage> page) {
            report(page ? buckets : QList<BucketInfo>{}, errorOf(page));
        });
    });
}

} // namespace

using namespace bucketcalls;

BucketService::BucketService(TransferManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
}

quint64 BucketService::listBuckets(const QString &accountName)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto emitResult = [self, id](QList<BucketInfo> buckets, Error e) {
        back(self, [self, id, buckets, e] { Q_EMIT self->bucketsListed(id, buckets, e); });
    };
    onEngine(m_manager, accountName, [emitResult](S3Client *c) {
        c->listBuckets([emitResult, bucket = c->account().bucket](Result<QList<BucketInfo>> r) {
            r = withAccountBucket(std::move(r), bucket);
            emitResult(r.value_or(QList<BucketInfo>{}), errorOf(r));
        });
    }, [emitResult](Error e) { emitResult({}, e); });
    return id;
}

quint64 BucketService::listObjects(const QString &accountName, const QString &bucket,
                                   const QString &prefix)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_listings.removeIf([](const auto &listing) { return listing.value().expired(); });
    m_listings.insert(id, stop);
    onEngine(m_manager, accountName, [self, id, bucket, prefix, stop](S3Client *c) {
        listPages(c, self, id, bucket, prefix, QString(), stop);
    }, [self, id, stop](Error e) {
        back(self, [self, id, stop, e] {
            if (!*stop)
                Q_EMIT self->objectsListed(id, ListPage{}, true, e);
        });
    });
    return id;
}

void BucketService::cancelListing(quint64 request)
{
    if (const StopFlag stop = m_listings.take(request).lock())
        *stop = true;
}

quint64 BucketService::testConnection(const AccountConnection &connection)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    Engine *engine = m_manager->engine();
    QMetaObject::invokeMethod(engine, [engine, connection, self, id] {
        S3Client *c = engine->makeClient(connection);
        listAccountBuckets(c, [c, self, id](QList<BucketInfo> buckets, Error e) {
            c->deleteLater();
            back(self, [self, id, buckets, e] { Q_EMIT self->connectionTested(id, buckets, e); });
        });
    });
    return id;
}

quint64 BucketService::createBucket(const QString &accountName, const QString &bucket)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto done = [self, id](Error e) {
        back(self, [self, id, e] { Q_EMIT self->operationDone(id, e); });
    };
    onEngine(m_manager, accountName, [bucket, done](S3Client *c) {
        c->createBucket(bucket, [done](Result<void> r) { done(errorOf(r)); });
    }, done);
    return id;
}

quint64 BucketService::deleteObject(const QString &accountName, const QString &bucket,
                                    const QString &key)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto done = [self, id](Error e) {
        back(self, [self, id, e] { Q_EMIT self->operationDone(id, e); });
    };
    onEngine(m_manager, accountName, [bucket, key, done](S3Client *c) {
        c->deleteObject(bucket, key, [done](Result<void> r) { done(errorOf(r)); });
    }, done);
    return id;
}

quint64 BucketService::headObject(const QString &accountName, const QString &bucket,
                                  const QString &key)
{
    const quint64 id = m_nextRequest++;
    QPointer<BucketService> self(this);
    auto done = [self, id](ObjectHead head, Error e) {
        back(self, [self, id, head, e] { Q_EMIT self->objectHead(id, head, e); });
    };
    onEngine(m_manager, accountName, [bucket, key, done](S3Client *c) {
        c->headObject(bucket, key, [done](Result<ObjectHead> r) {
            done(r ? *r : ObjectHead{}, errorOf(r));
        });
    }, [done](Error e) { done({}, e); });
    return id;
}

QUrl BucketService::shareLink(const QString &accountName, const QString &bucket,
                              const QString &key, int seconds) const
{
    Engine *engine = m_manager->engine();
    QUrl url;
    QMetaObject::invokeMethod(engine, [engine, accountName, bucket, key, seconds, &url] {
        if (S3Client *c = engine->client(accountName))
            url = c->presignGet(bucket, key, seconds);
    }, Qt::BlockingQueuedConnection);
    return url;
}

} // namespace haul
