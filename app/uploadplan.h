#pragma once

#include <QList>
#include <QStringList>

namespace haul {

/// Files that go to the same folder of a bucket.
struct UploadGroup {
    QString prefix;      ///< the destination prefix ("" or ending in "/")
    QStringList files;   ///< absolute local paths
};

/// What dropping `paths` onto `prefix` uploads: files go straight to `prefix`, folders are
/// walked and their files go to prefix + folder name + the path inside the folder. Paths that do
/// not exist are kept (in the first group), so the engine reports them as FileVanished rows.
/// Symbolic links to folders are not followed (no loops).
QList<UploadGroup> planUploads(const QStringList &paths, const QString &prefix);

/// The number of files in a plan.
int fileCount(const QList<UploadGroup> &plan);

} // namespace haul
