#include "savefile.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStorageInfo>

namespace haul {

bool saveJsonFile(const QString &path, const QJsonObject &root, Error *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    // Unbuffered: Qt 6.4's commit() ignores a write that fails while close() flushes its buffer
    // (seen: ENOSPC, then the empty file renamed over the journal); a direct write is checked.
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(json) == json.size() && file.commit())
        return true;
    if (error)
        *error = writeFailure(folder, json.size(), file.errorString());
    return false;
}

Error writeFailure(const QString &folder, qint64 needed, const QString &systemMessage)
{
    // QSaveFile and QSettings give no errno: ask the file system whether it is full.
    const QStorageInfo disk(folder);
    const bool full = disk.isValid() && !disk.isReadOnly() && disk.bytesAvailable() < needed + 65536;
    return Error(full ? ErrorCode::DiskFull : ErrorCode::DestinationNotWritable, folder, systemMessage);
}

namespace {

/// Which file is at `path`, as written last: a sync that works puts a new file there (QSaveFile:
/// another inode, another time). Empty when there is none. Nanoseconds and the inode where the
/// system has them, since two syncs can fall within one millisecond.
QByteArray writtenAt(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_ino)) + ':' + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
#else
    QFileInfo file(path);
    file.setCaching(false);
    return file.exists() ? file.lastModified().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
#endif
}

} // namespace

Result<void> syncSettings(QSettings &settings)
{
    const QByteArray before = writtenAt(settings.fileName());
    settings.sync();
    const QByteArray after = writtenAt(settings.fileName());
    if (settings.status() == QSettings::NoError || (!after.isEmpty() && after != before))
        return {};
    const QFileInfo file(settings.fileName());
    return std::unexpected(writeFailure(file.absolutePath(), file.size(), QStringLiteral("settings file not written")));
}

} // namespace haul
