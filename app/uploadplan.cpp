#include "uploadplan.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>

namespace haul {
namespace {

/// Adds every file under `folder` to `groups`, keyed by destination prefix.
void addFolder(const QFileInfo &folder, const QString &prefix, QMap<QString, QStringList> &groups)
{
    const QDir root(folder.absoluteFilePath());
    const QString base = prefix + folder.fileName() + QLatin1Char('/');
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QString relativeDir = root.relativeFilePath(file.absolutePath());
        const QString dest = relativeDir == QLatin1String(".") ? base : base + relativeDir + QLatin1Char('/');
        groups[dest].append(file.absoluteFilePath());
    }
}

} // namespace

QList<UploadGroup> planUploads(const QStringList &paths, const QString &prefix)
{
    QMap<QString, QStringList> groups;
    QStringList direct;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            addFolder(info, prefix, groups);
        else
            direct.append(info.absoluteFilePath());
    }
    QList<UploadGroup> plan;
    if (!direct.isEmpty())
        plan.append({prefix, direct});
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QStringList files = it.value();
        files.sort();
        plan.append({it.key(), files});
    }
    return plan;
}

int fileCount(const QList<UploadGroup> &plan)
{
    int count = 0;
    for (const UploadGroup &group : plan)
        count += int(group.files.size());
    return count;
}

} // namespace haul
