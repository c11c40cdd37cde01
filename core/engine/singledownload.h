#pragma once

#include <QCryptographicHash>
#include <QFile>

#include "engine/transfer.h"

namespace haul {

/// An object fetched with one GetObject into a temporary file beside its final name.
///
///   Queued ─▶ Preparing (HeadObject; create the temporary file exclusively, owner-only)
///                 ─▶ Running (GET, If-Match the ETag; after a drop: Range from what is written)
///                 ─▶ Verifying (size; MD5 against a single-part ETag) ─▶ rename ─▶ Verified | Done
///   Any failure: Failed with the temporary file removed, nothing under the final name.
class SingleDownload : public Transfer {
    Q_OBJECT
public:
    SingleDownload(const TransferSnapshot &initial, S3Client *client, QObject *parent = nullptr);
    ~SingleDownload() override;

protected:
    void begin() override;
    void stopRequests() override;
    void cleanUp() override;

private:
    void onHead(const Result<ObjectHead> &head);
    void fetch();
    bool write(const QByteArray &chunk);
    void onGet(const Result<S3Response> &result);
    void finishFile();
    Error openTemporary();
    void discardTemporary();

    S3Call *m_call = nullptr;
    ObjectHead m_head;
    QFile m_file;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    qint64 m_written = 0;
    Error m_writeError;
};

} // namespace haul
