#include "folderjournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "state/savefile.h"

namespace haul {

namespace {

constexpr int FormatVersion = 1;

QJsonObject toJson(const SavedFolderUpload &u)
{
    return QJsonObject{{QStringLiteral("id"), QString::number(u.id)},
                       {QStringLiteral("account"), u.accountName},
                       {QStringLiteral("paths"), QJsonArray::fromStringList(u.paths)},
                       {QStringLiteral("bucket"), u.bucket},
                       {QStringLiteral("prefix"), u.prefix},
                       {QStringLiteral("existing"), int(u.options.existing)},
                       {QStringLiteral("method"), int(u.options.method)},
                       {QStringLiteral("followSymlinks"), u.options.followSymlinks},
                       {QStringLiteral("storageClass"), u.options.storageClass},
                       {QStringLiteral("sync"), u.sync}};
}

/// existing and method, as toJson() writes them (unknown values: the defaults).
FolderOptions optionsFromJson(const QJsonObject &o)
{
    FolderOptions options;
    const int existing = o.value(QStringLiteral("existing")).toInt();
    options.existing = existing >= 0 && existing <= int(ExistingFiles::Ask)
        ? ExistingFiles(existing) : ExistingFiles::SkipIdentical;
    options.method = o.value(QStringLiteral("method")).toInt() == int(CompareMethod::Checksum)
        ? CompareMethod::Checksum : CompareMethod::SizeAndMtime;
    return options;
}

SavedFolderUpload fromJson(const QJsonObject &o)
{
    SavedFolderUpload u;
    u.id = o.value(QStringLiteral("id")).toString().toULongLong();
    u.accountName = o.value(QStringLiteral("account")).toString();
    for (const QJsonValue &p : o.value(QStringLiteral("paths")).toArray())
        u.paths.append(p.toString());
    u.bucket = o.value(QStringLiteral("bucket")).toString();
    u.prefix = o.value(QStringLiteral("prefix")).toString();
    u.options = optionsFromJson(o);
    u.options.followSymlinks = o.value(QStringLiteral("followSymlinks")).toBool();
    u.options.storageClass = o.value(QStringLiteral("storageClass")).toString();
    u.sync = o.value(QStringLiteral("sync")).toBool();
    return u;
}

QJsonObject toJson(const SavedFolderDownload &d)
{
    return QJsonObject{{QStringLiteral("id"), QString::number(d.id)},
                       {QStringLiteral("account"), d.accountName},
                       {QStringLiteral("bucket"), d.bucket},
                       {QStringLiteral("prefix"), d.prefix},
                       {QStringLiteral("destination"), d.destDir},
                       {QStringLiteral("existing"), int(d.options.existing)},
                       {QStringLiteral("method"), int(d.options.method)},
                       {QStringLiteral("started"), QString::number(d.startedMs)}};
}

SavedFolderDownload downloadFromJson(const QJsonObject &o)
{
    SavedFolderDownload d;
    d.id = o.value(QStringLiteral("id")).toString().toULongLong();
    d.accountName = o.value(QStringLiteral("account")).toString();
    d.bucket = o.value(QStringLiteral("bucket")).toString();
    d.prefix = o.value(QStringLiteral("prefix")).toString();
    d.destDir = o.value(QStringLiteral("destination")).toString();
    d.options = optionsFromJson(o);
    d.startedMs = o.value(QStringLiteral("started")).toString().toLongLong();
    return d;
}

} // namespace

FolderJournal::FolderJournal(const QString &path)
    : m_path(path)
{
}

FolderJournalData FolderJournal::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    file.close();
    if (parse.error != QJsonParseError::NoError || root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        QFile::remove(m_path + QStringLiteral(".corrupt"));
        QFile::rename(m_path, m_path + QStringLiteral(".corrupt"));
        return {};
    }
    FolderJournalData data;
    data.nextId = std::max<FolderId>(1, root.value(QStringLiteral("nextId")).toString().toULongLong());
    for (const QJsonValue &v : root.value(QStringLiteral("uploads")).toArray()) {
        const SavedFolderUpload u = fromJson(v.toObject());
        if (u.id != 0 && !u.paths.isEmpty()) {
            data.uploads.append(u);
            data.nextId = std::max(data.nextId, u.id + 1);
        }
    }
    for (const QJsonValue &v : root.value(QStringLiteral("downloads")).toArray()) {
        const SavedFolderDownload d = downloadFromJson(v.toObject());
        if (d.id != 0 && !d.destDir.isEmpty() && !d.bucket.isEmpty()) {
            data.downloads.append(d);
            data.nextId = std::max(data.nextId, d.id + 1);
        }
    }
    return data;
}

bool FolderJournal::save(const FolderJournalData &data, Error *error) const
{
    QJsonArray uploads;
    for (const SavedFolderUpload &u : data.uploads)
        uploads.append(toJson(u));
    QJsonArray downloads;
    for (const SavedFolderDownload &d : data.downloads)
        downloads.append(toJson(d));
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("nextId"), QString::number(data.nextId)},
                           {QStringLiteral("uploads"), uploads},
                           {QStringLiteral("downloads"), downloads}};
    return saveJsonFile(m_path, root, error);
}

} // namespace haul
