#pragma once

#include <functional>
#include <optional>

#include <QMimeData>
#include <QUrl>

#include "browsermodel.h"

namespace haul {

class TransferManager;

/// What a drag of browser rows carries.
///
/// Always Haul's own type (so Haul never mistakes its own rows for files to upload) and
/// text/plain: one s3://bucket/key per row, for a terminal or a lab notebook. When every row is
/// an object and together they are small (≤ maxBytes), also text/uri-list — produced only when
/// the drop target asks for it, at the drop: then `fetch` downloads the objects into a staging
/// folder (they show in the queue) and returns their local file URLs, and the file manager
/// copies them to where they were dropped.
///
/// Why a staging folder: X11 (XDND) and Wayland give the drag source no way to learn where a
/// drop landed, and Qt has no lazy "file promise" (macOS's NSFilePromiseProvider) — so, as
/// WinSCP's "temporary folder" mode, the files come via a staging folder. That is only sensible
/// for small files: for folders and big files the drag says so and Download… is the way.
class ObjectDragData : public QMimeData {
    Q_OBJECT
public:
    /// Downloads the objects and returns their local files (empty on failure or time-out).
    using Fetch = std::function<QList<QUrl>()>;

    ObjectDragData(const QString &bucket, const QList<BrowserModel::Entry> &entries,
                   qint64 maxBytes, Fetch fetch);

    /// Whether a file manager is offered the files (text/uri-list).
    bool offersFiles() const { return m_offersFiles; }
    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QByteArray internalData() const;

    QString m_bucket;
    QList<BrowserModel::Entry> m_entries;
    bool m_offersFiles = false;
    Fetch m_fetch;
    mutable std::optional<QList<QUrl>> m_files; ///< fetched once, at the first request
};

/// Downloads `keys` into a new folder under `stagingRoot` through the queue and waits — the
/// event loop running — until every one is verified (or `timeoutMs` passed, or one failed).
/// Returns the files' URLs; empty unless all arrived.
QList<QUrl> stageDownloads(TransferManager *transfers, const QString &account, const QString &bucket,
                           const QStringList &keys, const QString &stagingRoot, int timeoutMs);

} // namespace haul
