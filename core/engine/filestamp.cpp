#include "filestamp.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

namespace haul {

FileStamp fileStamp(const QString &path)
{
    FileStamp stamp;
#ifdef Q_OS_LINUX
    struct stat st {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return stamp;
    stamp.exists = true;
    stamp.isFile = S_ISREG(st.st_mode);
    stamp.size = st.st_size;
    stamp.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return stamp;
    stamp.exists = true;
    stamp.isFile = info.isFile();
    stamp.size = info.size();
    stamp.mtimeMs = info.lastModified().toUTC().toMSecsSinceEpoch();
#endif
    return stamp;
}

} // namespace haul
