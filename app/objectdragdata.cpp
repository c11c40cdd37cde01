#include "objectdragdata.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include "transfermanager.h"

namespace haul {

namespace {

const QString UriList = QStringLiteral("text/uri-list");
const QString PlainText = QStringLiteral("text/plain");

} // namespace

ObjectDragData::ObjectDragData(const QString &bucket, const QList<BrowserModel::Entry> &entries,
                               qint64 maxBytes, Fetch fetch)
    : m_bucket(bucket)
    , m_entries(entries)
    , m_fetch(std::move(fetch))
{
    qint64 total = 0;
    bool onlyObjects = !entries.isEmpty();
    for (const BrowserModel::Entry &e : entries) {
        onlyObjects &= e.kind == BrowserModel::Kind::Object;
        total += std::max<qint64>(0, e.size);
    }
    m_offersFiles = onlyObjects && total <= maxBytes && m_fetch;
}

QStringList ObjectDragData::formats() const
{
    QStringList list{BrowserModel::internalMimeType(), PlainText};
    if (m_offersFiles)
        list.append(UriList);
    return list;
}

bool ObjectDragData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QByteArray ObjectDragData::internalData() const
{
    QJsonArray keys;
    for (const BrowserModel::Entry &e : m_entries)
        keys.append(e.key);
    return QJsonDocument(QJsonObject{{QStringLiteral("bucket"), m_bucket}, {QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Compact);
}

QVariant ObjectDragData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == BrowserModel::internalMimeType())
        return internalData();
    if (mimeType == PlainText) {
        QStringList lines;
        for (const BrowserModel::Entry &e : m_entries)
            lines.append(QStringLiteral("s3://%1/%2").arg(m_bucket, e.key));
        return lines.join(QLatin1Char('\n'));
    }
    if (mimeType != UriList || !m_offersFiles)
        return {};
    if (!m_files)
        m_files = m_fetch(); // at the drop: download now (the event loop keeps running)
    if (type.id() == QMetaType::QByteArray) {
        QByteArray bytes;
        for (const QUrl &url : std::as_const(*m_files))
            bytes += url.toEncoded() + "\r\n";
        return bytes;
    }
    QVariantList urls;
    for (const QUrl &url : std::as_const(*m_files))
        urls.append(url);
    return urls;
}

QList<QUrl> stageDownloads(TransferManager *transfers, const QString &account, const QString &bucket,
                           const QStringList &keys, const QString &stagingRoot, int timeoutMs)
{
    QDir().mkpath(stagingRoot);
    QTemporaryDir dir(QDir(stagingRoot).filePath(QStringLiteral("drag-XXXXXX")));
    dir.setAutoRemove(false); // the file manager copies from here after we return
    if (!dir.isValid())
        return {};
    QEventLoop loop;
    QSet<TransferId> waiting;
    QList<QUrl> files;
    bool failed = false;
    auto onEnd = [&](const TransferSnapshot &s, bool ok) {
        if (!waiting.remove(s.id))
            return;
        failed |= !ok;
        files.append(QUrl::fromLocalFile(s.localPath));
        if (waiting.isEmpty() || failed)
            loop.quit();
    };
    QObject context;
    QObject::connect(transfers, &TransferManager::transferFinished, &context,
                     [&](const TransferSnapshot &s) { onEnd(s, true); });
    QObject::connect(transfers, &TransferManager::transferFailed, &context,
                     [&](const TransferSnapshot &s) { onEnd(s, false); });
    const QList<TransferId> ids = transfers->addDownloads(account, bucket, keys, dir.path());
    if (ids.size() != keys.size())
        return {}; // some are queued already (elsewhere): nothing sensible to hand over
    for (TransferId id : ids)
        waiting.insert(id);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!waiting.isEmpty())
        loop.exec();
    if (failed || !waiting.isEmpty())
        return {};
    return files;
}

} // namespace haul
