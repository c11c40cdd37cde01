#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include "error.h"
#include "s3/types.h"

namespace haul {

class BucketService;

/// Renames a folder. S3 has no folders, so every object under the old prefix is copied
/// server-side to the new one (each copy verified, a few at a time), and only then are the
/// originals that were copied deleted, with DeleteObjects in batches of 1,000:
///
///   list every key ─▶ copy × N (4 at once; never over an existing object) ─▶ delete the copied originals ─▶ finished
///
/// An object that cannot be copied stays where it was, and is reported. Deletes itself when done.
class FolderRename : public QObject {
    Q_OBJECT
public:
    FolderRename(BucketService *buckets, const QString &account, const QString &bucket,
                 const QString &fromPrefix, const QString &toPrefix, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void progress(const QString &text);
    /// `moved` objects are under the new prefix and gone from the old; `failed` keys stayed.
    void finished(int moved, const QStringList &failed, const haul::Error &firstError);

private:
    void onKeysListed(quint64 request, const QStringList &keys, qint64 bytes, const haul::Error &error);
    void copyNext();
    void onCopied(quint64 request, const haul::ObjectHead &head, const haul::Error &error);
    void onDeleted(quint64 request, int deleted, const QList<haul::DeleteFailure> &failures,
                   const haul::Error &error);
    void end(int moved, const Error &error);

    BucketService *m_buckets;
    QString m_account;
    QString m_bucket;
    QString m_from;
    QString m_to;
    quint64 m_request = 0;          ///< the listing or the delete
    QHash<quint64, QString> m_copying; ///< copy request → source key
    QStringList m_keys;
    qsizetype m_next = 0;
    QStringList m_copied;
    QStringList m_failed;
    Error m_firstError;
};

} // namespace haul
