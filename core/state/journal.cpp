#include "journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "state/savefile.h"

namespace haul {

namespace {

constexpr int FormatVersion = 1;

QJsonObject partsToJson(const MultipartProgress &m)
{
    QJsonArray parts;
    for (int i = 0; i < m.doneParts.size(); ++i) {
        const PartInfo &p = m.doneParts[i];
        parts.append(QJsonObject{{QStringLiteral("n"), p.number},
                                 {QStringLiteral("size"), p.size},
                                 {QStringLiteral("etag"), p.etag},
                                 {QStringLiteral("crc32c"), p.checksumCrc32c},
                                 {QStringLiteral("md5"), QString::fromLatin1(m.doneMd5s.value(i))}});
    }
    return QJsonObject{{QStringLiteral("uploadId"), m.uploadId},
                       {QStringLiteral("partSize"), m.partSize},
                       {QStringLiteral("fileSize"), m.fileSize},
                       {QStringLiteral("mtime"), m.mtime.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("parts"), parts}};
}

MultipartProgress partsFromJson(const QJsonObject &o)
{
    MultipartProgress m;
    m.uploadId = o.value(QStringLiteral("uploadId")).toString();
    m.partSize = o.value(QStringLiteral("partSize")).toInteger();
    m.fileSize = o.value(QStringLiteral("fileSize")).toInteger(-1);
    m.mtime = QDateTime::fromString(o.value(QStringLiteral("mtime")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject p = v.toObject();
        m.doneParts.append({p.value(QStringLiteral("n")).toInt(),
                            p.value(QStringLiteral("size")).toInteger(),
                            p.value(QStringLiteral("etag")).toString(),
                            p.value(QStringLiteral("crc32c")).toString()});
        m.doneMd5s.append(p.value(QStringLiteral("md5")).toString().toLatin1());
    }
    return m;
}

QJsonObject downloadToJson(const DownloadProgress &d)
{
    QJsonArray done;
    for (const ByteSpan &s : d.done)
        done.append(QJsonArray{s.offset, s.length});
    return QJsonObject{{QStringLiteral("temp"), d.tempPath},
                       {QStringLiteral("etag"), d.etag},
                       {QStringLiteral("size"), d.size},
                       {QStringLiteral("done"), done}};
}

DownloadProgress downloadFromJson(const QJsonObject &o)
{
    DownloadProgress d;
    d.tempPath = o.value(QStringLiteral("temp")).toString();
    d.etag = o.value(QStringLiteral("etag")).toString();
    d.size = o.value(QStringLiteral("size")).toInteger(-1);
    for (const QJsonValue &v : o.value(QStringLiteral("done")).toArray()) {
        const QJsonArray span = v.toArray();
        d.done.append({span.at(0).toInteger(), span.at(1).toInteger()});
    }
    return d;
}

// A failed transfer keeps why it failed, so that it comes back as it was: failed, with its
// reason and "Retry".
QJsonObject errorToJson(const Error &e)
{
    return QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)},
                       {QStringLiteral("http"), e.httpStatus},
                       {QStringLiteral("s3Code"), e.s3Code},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("subject"), e.subject},
                       {QStringLiteral("detail"), e.detail}};
}

Error errorFromJson(const QJsonObject &o)
{
    Error e(errorCodeFromName(o.value(QStringLiteral("code")).toString()),
            o.value(QStringLiteral("subject")).toString(), o.value(QStringLiteral("message")).toString());
    e.httpStatus = o.value(QStringLiteral("http")).toInt();
    e.s3Code = o.value(QStringLiteral("s3Code")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

QJsonObject entryToJson(const JournalEntry &e)
{
    const TransferSnapshot &s = e.snapshot;
    QJsonObject o{{QStringLiteral("direction"),
                   s.direction == Direction::Upload ? QStringLiteral("upload") : QStringLiteral("download")},
                  {QStringLiteral("account"), s.accountName},
                  {QStringLiteral("local"), s.localPath},
                  {QStringLiteral("bucket"), s.bucket},
                  {QStringLiteral("key"), s.key},
                  {QStringLiteral("storageClass"), s.storageClass},
                  // Failed ones read as paused by a Haul before "failed" was written
                  {QStringLiteral("paused"),
                   s.state == TransferState::Paused || s.state == TransferState::Failed}};
    if (s.state == TransferState::Failed)
        o.insert(QStringLiteral("failed"), errorToJson(s.error));
    // A file of a folder upload, sync or download: FolderService starts those folders again and
    // the file comes back under its folder.
    if (s.groupId != 0)
        o.insert(QStringLiteral("group"), QString::number(s.groupId));
    if (!e.multipart.uploadId.isEmpty())
        o.insert(QStringLiteral("multipart"), partsToJson(e.multipart));
    if (!e.download.tempPath.isEmpty())
        o.insert(QStringLiteral("download"), downloadToJson(e.download));
    return o;
}

JournalEntry entryFromJson(const QJsonObject &o)
{
    JournalEntry e;
    TransferSnapshot &s = e.snapshot;
    s.direction = o.value(QStringLiteral("direction")).toString() == QLatin1String("download")
        ? Direction::Download : Direction::Upload;
    s.accountName = o.value(QStringLiteral("account")).toString();
    s.localPath = o.value(QStringLiteral("local")).toString();
    s.bucket = o.value(QStringLiteral("bucket")).toString();
    s.key = o.value(QStringLiteral("key")).toString();
    s.storageClass = o.value(QStringLiteral("storageClass")).toString();
    s.state = o.value(QStringLiteral("paused")).toBool() ? TransferState::Paused : TransferState::Queued;
    if (o.contains(QStringLiteral("failed"))) {
        s.state = TransferState::Failed;
        s.error = errorFromJson(o.value(QStringLiteral("failed")).toObject());
    }
    s.groupId = o.value(QStringLiteral("group")).toString().toULongLong();
    if (o.contains(QStringLiteral("multipart")))
        e.multipart = partsFromJson(o.value(QStringLiteral("multipart")).toObject());
    if (o.contains(QStringLiteral("download")))
        e.download = downloadFromJson(o.value(QStringLiteral("download")).toObject());
    return e;
}

} // namespace

Journal::Journal(const QString &path)
    : m_path(path)
{
}

JournalData Journal::load(Error *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error(ErrorCode::FileUnreadable, m_path, file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    file.close();
    const QJsonObject root = doc.object();
    if (parse.error != QJsonParseError::NoError || root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        QFile::remove(m_path + QStringLiteral(".corrupt"));
        QFile::rename(m_path, m_path + QStringLiteral(".corrupt"));
        if (error)
            *error = Error(ErrorCode::ProtocolError, m_path, parse.errorString());
        return {};
    }
    JournalData data;
    for (const QJsonValue &v : root.value(QStringLiteral("transfers")).toArray())
        data.transfers.append(entryFromJson(v.toObject()));
    for (const QJsonValue &v : root.value(QStringLiteral("stale")).toArray()) {
        const QJsonObject o = v.toObject();
        data.staleUploads.append({o.value(QStringLiteral("account")).toString(),
                                  o.value(QStringLiteral("bucket")).toString(),
                                  o.value(QStringLiteral("key")).toString(),
                                  o.value(QStringLiteral("uploadId")).toString()});
    }
    return data;
}

bool Journal::save(const JournalData &data, Error *error) const
{
    QJsonArray list;
    for (const JournalEntry &e : data.transfers)
        list.append(entryToJson(e));
    QJsonArray stale;
    for (const StaleUpload &u : data.staleUploads)
        stale.append(QJsonObject{{QStringLiteral("account"), u.accountName},
                                 {QStringLiteral("bucket"), u.bucket},
                                 {QStringLiteral("key"), u.key},
                                 {QStringLiteral("uploadId"), u.uploadId}});
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("transfers"), list},
                           {QStringLiteral("stale"), stale}};
    return saveJsonFile(m_path, root, error);
}

} // namespace haul
