#include "folderrename.h"

#include <QLocale>

#include "bucketservice.h"

namespace haul {

namespace {

/// Copies in flight at once: server-side copies cost the store work, not this computer.
constexpr int Parallel = 4;

} // namespace

FolderRename::FolderRename(BucketService *buckets, const QString &account, const QString &bucket,
                           const QString &fromPrefix, const QString &toPrefix, QObject *parent)
    : QObject(parent)
    , m_buckets(buckets)
    , m_account(account)
    , m_bucket(bucket)
    , m_from(fromPrefix)
    , m_to(toPrefix)
{
    connect(m_buckets, &BucketService::keysListed, this, &FolderRename::onKeysListed);
    connect(m_buckets, &BucketService::objectCopied, this, &FolderRename::onCopied);
    connect(m_buckets, &BucketService::objectsDeleted, this, &FolderRename::onDeleted);
}

void FolderRename::start()
{
    Q_EMIT progress(tr("Listing “%1”…").arg(m_from));
    m_request = m_buckets->listAllKeys(m_account, m_bucket, m_from);
}

void FolderRename::onKeysListed(quint64 request, const QStringList &keys, qint64, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    if (!error.ok())
        return end(0, error);
    m_keys = keys;
    for (int i = 0; i < Parallel; ++i)
        copyNext();
    if (m_keys.isEmpty())
        end(0, {});
}

void FolderRename::copyNext()
{
    if (m_next >= m_keys.size())
        return;
    const QString key = m_keys.at(m_next++);
    const quint64 id = m_buckets->copyObject(m_account, m_bucket, key, m_bucket, m_to + key.mid(m_from.size()), false);
    m_copying.insert(id, key);
}

void FolderRename::onCopied(quint64 request, const ObjectHead &, const Error &error)
{
    const auto it = m_copying.find(request);
    if (it == m_copying.end())
        return;
    const QString key = *it;
    m_copying.erase(it);
    if (error.ok()) {
        m_copied.append(key);
    } else {
        m_failed.append(key);
        if (m_firstError.ok())
            m_firstError = error;
    }
    const qsizetype done = m_copied.size() + m_failed.size();
    Q_EMIT progress(tr("Renaming “%1”: %2 of %3 copied…")
                        .arg(m_from, QLocale().toString(done), QLocale().toString(m_keys.size())));
    copyNext();
    if (done < m_keys.size())
        return;
    if (m_copied.isEmpty())
        return end(0, m_firstError);
    Q_EMIT progress(tr("Renaming “%1”: deleting the originals…").arg(m_from));
    m_request = m_buckets->deleteKeys(m_account, m_bucket, m_copied);
}

void FolderRename::onDeleted(quint64 request, int deleted, const QList<DeleteFailure> &failures, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    for (const DeleteFailure &f : failures)
        m_failed.append(f.key); // copied, but the original is still there too
    end(deleted, error.ok() ? m_firstError : error);
}

void FolderRename::end(int moved, const Error &error)
{
    Q_EMIT finished(moved, m_failed, error);
    deleteLater();
}

} // namespace haul
