#include "folderdownload.h"

#include <QDir>

#include "bucketservice.h"
#include "transfermanager.h"

namespace haul {

FolderDownload::FolderDownload(BucketService *buckets, TransferManager *transfers, QObject *parent)
    : QObject(parent)
    , m_buckets(buckets)
    , m_transfers(transfers)
{
    connect(m_buckets, &BucketService::objectsListed, this, &FolderDownload::onObjectsListed);
}

void FolderDownload::start(const QString &account, const QString &bucket, const QString &prefix,
                           const QString &destDir, bool intoDestDir)
{
    m_account = account;
    m_bucket = bucket;
    m_root = prefix;
    const QString folderName = prefix.section(QLatin1Char('/'), -2, -2);
    m_destDir = intoDestDir || folderName.isEmpty() ? destDir : QDir(destDir).filePath(folderName);
    m_pending = {prefix};
    listNext();
}

void FolderDownload::listNext()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(m_queued, Error());
        deleteLater();
        return;
    }
    m_current = m_pending.takeFirst();
    m_request = m_buckets->listObjects(m_account, m_bucket, m_current);
}

QString FolderDownload::localDirFor(const QString &prefix) const
{
    const QString relative = prefix.mid(m_root.size());
    return relative.isEmpty() ? m_destDir : QDir(m_destDir).filePath(relative);
}

void FolderDownload::onObjectsListed(quint64 request, const ListPage &page, bool lastPage, const Error &error)
{
    if (request != m_request)
        return;
    if (!error.ok()) {
        m_request = 0;
        Q_EMIT finished(m_queued, error);
        deleteLater();
        return;
    }
    QStringList keys;
    for (const ObjectInfo &o : page.objects) {
        if (!o.key.endsWith(QLatin1Char('/'))) // folder markers are not files
            keys.append(o.key);
    }
    if (!keys.isEmpty()) {
        const QString dir = localDirFor(m_current);
        QDir().mkpath(dir);
        m_queued += int(m_transfers->addDownloads(m_account, m_bucket, keys, dir).size());
    }
    for (const ObjectInfo &p : page.prefixes)
        m_pending.append(p.key);
    if (lastPage)
        listNext();
}

} // namespace haul
