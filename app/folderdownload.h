#pragma once

#include <QObject>
#include <QStringList>

#include "error.h"
#include "s3/types.h"

namespace haul {

class BucketService;
class TransferManager;

/// Queues the download of everything under a prefix ("photos/2024/"), walking its sub-folders
/// page by page and recreating them under the destination folder. Deletes itself when done.
class FolderDownload : public QObject {
    Q_OBJECT
public:
    FolderDownload(BucketService *buckets, TransferManager *transfers, QObject *parent = nullptr);

    /// Starts listing; `prefix` ends in "/" (or is empty for the whole bucket). The folder itself
    /// becomes destDir/<last part of prefix>/ unless `intoDestDir` is true.
    void start(const QString &account, const QString &bucket, const QString &prefix,
               const QString &destDir, bool intoDestDir = false);

Q_SIGNALS:
    /// Every folder was listed and its objects queued (`queued` transfers); a listing error
    /// stops the walk and is reported here (what was queued before stays queued).
    void finished(int queued, const haul::Error &error);

private:
    void listNext();
    void onObjectsListed(quint64 request, const haul::ListPage &page, bool lastPage, const haul::Error &error);
    QString localDirFor(const QString &prefix) const;

    BucketService *m_buckets;
    TransferManager *m_transfers;
    QString m_account;
    QString m_bucket;
    QString m_root;        ///< the prefix being downloaded
    QString m_destDir;     ///< the local folder that stands for m_root
    QStringList m_pending; ///< prefixes still to list
    QString m_current;
    quint64 m_request = 0;
    int m_queued = 0;
};

} // namespace haul
