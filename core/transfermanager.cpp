#include "transfermanager.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include "engine/engine.h"
#include "s3/types.h"

namespace haul {

struct TransferManager::Private {
    QThread thread;
    Engine *engine = nullptr;
    std::shared_ptr<std::atomic<TransferId>> nextId = std::make_shared<std::atomic<TransferId>>(1);
    QList<StaleUpload> stale;
};

static void registerMetaTypes()
{
    qRegisterMetaType<haul::TransferSnapshot>();
    qRegisterMetaType<QList<haul::TransferSnapshot>>();
    qRegisterMetaType<haul::PartsSnapshot>();
    qRegisterMetaType<haul::StaleUpload>();
    qRegisterMetaType<QList<haul::StaleUpload>>();
    qRegisterMetaType<haul::TransferId>("haul::TransferId");
    qRegisterMetaType<QList<haul::TransferId>>();
    qRegisterMetaType<haul::Error>();
    qRegisterMetaType<haul::AccountConnection>();
    qRegisterMetaType<haul::BucketInfo>();
    qRegisterMetaType<QList<haul::BucketInfo>>();
    qRegisterMetaType<haul::ListPage>();
}

TransferManager::TransferManager(const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    registerMetaTypes();
    d->thread.setObjectName(QStringLiteral("haul-engine"));
    d->engine = new Engine(options, d->nextId);
    d->engine->moveToThread(&d->thread);
    connect(d->engine, &Engine::transfersAdded, this, &TransferManager::transfersAdded);
    connect(d->engine, &Engine::transfersUpdated, this, &TransferManager::transfersUpdated);
    connect(d->engine, &Engine::transfersRemoved, this, &TransferManager::transfersRemoved);
    connect(d->engine, &Engine::partsUpdated, this, &TransferManager::partsUpdated);
    connect(d->engine, &Engine::transferFinished, this, &TransferManager::transferFinished);
    connect(d->engine, &Engine::transferFailed, this, &TransferManager::transferFailed);
    connect(d->engine, &Engine::queueIdle, this, &TransferManager::queueIdle);
    connect(d->engine, &Engine::journalSaveChanged, this, &TransferManager::queueSaveChanged);
    connect(d->engine, &Engine::staleUploadsFound, this, [this](const QList<StaleUpload> &uploads) {
        d->stale = uploads;
        Q_EMIT staleUploadsFound(uploads);
    });
    connect(d->engine, &Engine::staleUploadsCleanedUp, this, [this](int aborted, const QList<StaleUpload> &left) {
        d->stale = left;
        Q_EMIT staleUploadsCleanedUp(aborted, left);
    });
    d->thread.start();
    QMetaObject::invokeMethod(d->engine, [e = d->engine] { e->restoreJournal(); });
}

TransferManager::~TransferManager()
{
    Engine *engine = d->engine;
    QMetaObject::invokeMethod(engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

Engine *TransferManager::engine() const
{
    return d->engine;
}

void TransferManager::setAccount(const AccountConnection &connection)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, connection] { e->setAccount(connection); });
}

QList<TransferId> TransferManager::addUploads(const QString &accountName,
                                              const QStringList &localPaths,
                                              const QString &bucket, const QString &prefix,
                                              const QString &storageClass)
{
    QList<TransferSnapshot> snaps;
    QList<TransferId> ids;
    for (const QString &path : localPaths) {
        TransferSnapshot s;
        s.id = (*d->nextId)++;
        s.direction = Direction::Upload;
        s.accountName = accountName;
        s.localPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        s.bucket = bucket;
        s.key = prefix + QFileInfo(path).fileName();
        s.storageClass = storageClass;
        snaps.append(s);
        ids.append(s.id);
    }
    QMetaObject::invokeMethod(d->engine, [e = d->engine, snaps] { e->add(snaps); });
    return ids;
}

QList<TransferId> TransferManager::addDownloads(const QString &accountName, const QString &bucket,
                                                const QStringList &keys, const QString &destDir,
                                                const QList<qint64> &sizes)
{
    QList<TransferSnapshot> snaps;
    QList<TransferId> ids;
    const QDir dir(destDir);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys[i];
        TransferSnapshot s;
        s.size = sizes.value(i, -1);
        s.id = (*d->nextId)++;
        s.direction = Direction::Download;
        s.accountName = accountName;
        s.bucket = bucket;
        s.key = key;
        s.localPath = dir.absoluteFilePath(key.section(QLatin1Char('/'), -1));
        snaps.append(s);
        ids.append(s.id);
    }
    QMetaObject::invokeMethod(d->engine, [e = d->engine, snaps] { e->add(snaps); });
    return ids;
}

QList<TransferId> TransferManager::addTransfers(Direction direction, const QString &accountName,
                                                const QString &bucket,
                                                const QList<TransferItem> &items,
                                                const QString &storageClass, quint64 groupId)
{
    QList<TransferSnapshot> snaps;
    QList<TransferId> ids;
    snaps.reserve(items.size());
    for (const TransferItem &item : items) {
        TransferSnapshot s;
        s.id = (*d->nextId)++;
        s.direction = direction;
        s.accountName = accountName;
        s.localPath = item.localPath;
        s.bucket = bucket;
        s.key = item.key;
        s.size = item.size;
        s.storageClass = direction == Direction::Upload ? storageClass : QString();
        s.groupId = groupId;
        snaps.append(s);
        ids.append(s.id);
    }
    QMetaObject::invokeMethod(d->engine, [e = d->engine, snaps] { e->add(snaps); });
    return ids;
}

#define HAUL_POST(call) QMetaObject::invokeMethod(d->engine, [e = d->engine, id] { e->call(id); })
void TransferManager::pause(TransferId id) { HAUL_POST(pause); }
void TransferManager::resume(TransferId id) { HAUL_POST(resume); }
void TransferManager::cancel(TransferId id) { HAUL_POST(cancel); }
void TransferManager::retry(TransferId id) { HAUL_POST(retry); }
void TransferManager::watchParts(TransferId id) { HAUL_POST(watchParts); }
#undef HAUL_POST

void TransferManager::pauseAll()
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine] { e->pauseAll(); });
}

void TransferManager::resumeAll()
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine] { e->resumeAll(); });
}

void TransferManager::cleanUpStaleUploads()
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine] { e->cleanUpStaleUploads(); });
}

void TransferManager::setWhenFileExists(WhenFileExists policy)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, policy] { e->setWhenFileExists(policy); });
}

void TransferManager::overwriteExisting(const QList<TransferId> &ids)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, ids] {
        for (TransferId id : ids)
            e->overwriteExisting(id);
    });
}

void TransferManager::keepExisting(const QList<TransferId> &ids)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, ids] {
        for (TransferId id : ids)
            e->keepExisting(id);
    });
}

QList<StaleUpload> TransferManager::staleUploads() const
{
    return d->stale;
}

void TransferManager::clearFinished()
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine] { e->clearFinished(); });
}

void TransferManager::setLimits(int maxConnections, qint64 bytesPerSecond)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, maxConnections, bytesPerSecond] {
        e->setLimits(maxConnections, bytesPerSecond);
    });
}

void TransferManager::setPartSize(qint64 bytes)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, bytes] { e->setPartSize(bytes); });
}

void TransferManager::setStorageClass(const QString &storageClass)
{
    QMetaObject::invokeMethod(d->engine, [e = d->engine, storageClass] { e->setStorageClass(storageClass); });
}

} // namespace haul
