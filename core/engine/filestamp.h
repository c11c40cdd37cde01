#pragma once

#include <QDateTime>
#include <QString>

namespace haul {

/// What the engine compares to tell whether a local file changed while it was sent: whether it
/// is there, whether it is a regular file, its size and its modification time (UTC, whole
/// milliseconds, as QFileInfo gives it). Read with one stat() and without time zones: QFileInfo
/// in Qt 6.4 hands every file time out as local time, and each conversion makes glibc stat
/// /etc/localtime (issue 5: two per call, four per small file uploaded).
struct FileStamp {
    bool exists = false;
    bool isFile = false;
    qint64 size = -1;
    qint64 mtimeMs = 0;

    QDateTime mtime() const { return QDateTime::fromMSecsSinceEpoch(mtimeMs, Qt::UTC); }
};

/// The stamp of `path`, following symbolic links; `exists` is false when it cannot be read.
FileStamp fileStamp(const QString &path);

} // namespace haul
