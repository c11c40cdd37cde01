#pragma once

#include <QString>

#include "error.h"

class QJsonObject;
class QSettings;

namespace haul {

/// Writes `root` as compact JSON to `path` atomically (QSaveFile), creating the folder. On
/// failure the previous file stays whole and `error` says why, naming the folder: DiskFull when
/// the disk has no room left, else DestinationNotWritable.
bool saveJsonFile(const QString &path, const QJsonObject &root, Error *error = nullptr);

/// Why a file in `folder` could not be written, as an Error naming the folder: DiskFull when its
/// disk has less than `needed` bytes (plus some room) left, else DestinationNotWritable.
/// `systemMessage` (e.g. "No space left on device") becomes the technical message.
Error writeFailure(const QString &folder, qint64 needed, const QString &systemMessage);

/// Syncs `settings` to its file and says whether the file was written (a full disk, a folder
/// not writable: the error names the folder, as writeFailure()). QSettings keeps what it could
/// not write in memory and writes it at a later sync; its status() keeps the first error for
/// good, so whether this sync wrote the file is told by the file itself (a new one is there).
Result<void> syncSettings(QSettings &settings);

} // namespace haul
