#pragma once
// Internal to BucketService's .cpp files: running work on the engine thread and answering in
// the service's (GUI) thread.

#include <QPointer>

#include "bucketservice.h"
#include "engine/engine.h"
#include "net/s3client.h"
#include "transfermanager.h"

namespace haul::bucketcalls {

/// Runs `work(client)` in the engine thread with the named account's client; when the account
/// is unknown, `missing(error)` runs instead.
template <typename Work, typename Missing>
void onEngine(TransferManager *manager, const QString &account, Work work, Missing missing)
{
    Engine *engine = manager->engine();
    QMetaObject::invokeMethod(engine, [engine, account, work, missing] {
        if (S3Client *c = engine->client(account))
            work(c);
        else
            missing(Error(ErrorCode::CredentialsMissing, account));
    });
}

/// Calls `f` in the service's (GUI) thread, if the service still exists.
template <typename F>
void back(const QPointer<BucketService> &service, F f)
{
    if (service)
        QMetaObject::invokeMethod(service.data(), f, Qt::QueuedConnection);
}

template <typename T>
Error errorOf(const Result<T> &r)
{
    return r ? Error() : r.error();
}

} // namespace haul::bucketcalls
