#include "localwalk.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace haul {

namespace {

/// What one stat told about a file system node.
struct Node {
    int error = 0;           ///< errno of the stat; 0: the fields below are set
    bool isDir = false;
    bool isFile = false;
    bool isLink = false;     ///< the node itself is a link (from lstat)
    bool readable = true;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 dev = 0;
    quint64 ino = 0;
};

struct Child {
    QString name;
    QByteArray sortKey;      ///< UTF-8 of name, plus '/' for a folder: S3's key order
    Node node;               ///< after following, when links are followed
    WalkIssue issue = WalkIssue::None;
};

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

#ifdef Q_OS_UNIX
Node fromStat(const struct stat &st)
{
    Node n;
    n.isDir = S_ISDIR(st.st_mode);
    n.isFile = S_ISREG(st.st_mode);
    n.isLink = S_ISLNK(st.st_mode);
    n.size = st.st_size;
#ifdef Q_OS_DARWIN
    n.mtimeNs = qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    n.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    n.dev = quint64(st.st_dev);
    n.ino = quint64(st.st_ino);
    return n;
}

/// stat of `name` in the open folder `dirFd` (`follow`: through a link).
Node statAt(int dirFd, const char *name, bool follow)
{
    struct stat st;
    if (::fstatat(dirFd, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
        Node n;
        n.error = errno;
        return n;
    }
    Node n = fromStat(st);
    if (n.isFile)
        n.readable = ::faccessat(dirFd, name, R_OK, 0) == 0;
    return n;
}

Node statPath(const QString &path, bool follow)
{
    return statAt(AT_FDCWD, QFile::encodeName(path).constData(), follow);
}

Child makeChild(int dirFd, const char *rawName, bool follow)
{
    Child c;
    c.name = QFile::decodeName(rawName);
    if (QFile::encodeName(c.name) != QByteArrayView(rawName))
        c.issue = WalkIssue::InvalidName;
    c.node = statAt(dirFd, rawName, false);
    if (c.node.error == 0 && c.node.isLink && follow) {
        c.node = statAt(dirFd, rawName, true);
        c.node.isLink = true;
    }
    return c;
}

/// The entries of a folder (unsorted); errno on failure.
int listFolder(const QString &path, bool follow, QList<Child> &out)
{
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return errno;
    const int fd = ::dirfd(dir);
    while (const dirent *e = ::readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        out.append(makeChild(fd, e->d_name, follow));
    }
    ::closedir(dir);
    return 0;
}
#else
Node statPath(const QString &path, bool follow)
{
    const QFileInfo info(path);
    Node n;
    n.isLink = info.isSymLink();
    if (n.isLink && !follow)
        return n;
    if (!info.exists()) {
        n.error = ENOENT;
        return n;
    }
    n.isDir = info.isDir();
    n.isFile = info.isFile();
    n.readable = info.isReadable();
    n.size = info.size();
    n.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    n.ino = qHash(info.canonicalFilePath()); // identity for the loop check
    return n;
}

int listFolder(const QString &path, bool follow, QList<Child> &out)
{
    const QDir dir(path);
    if (!dir.isReadable())
        return EACCES;
    const auto filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    for (const QString &name : dir.entryList(filters, QDir::Unsorted)) {
        Child c;
        c.name = name;
        c.node = statPath(dir.filePath(name), follow);
        out.append(c);
    }
    return 0;
}
#endif

struct Frame {
    QString path;            ///< the folder, absolute
    QString keyPrefix;       ///< "" or "run42/sub/"
    QList<Child> children;   ///< sorted
    qsizetype next = 0;
    quint64 dev = 0;
    quint64 ino = 0;
};

void sortChildren(QList<Child> &children)
{
    for (Child &c : children)
        c.sortKey = c.node.isDir ? c.name.toUtf8() + '/' : c.name.toUtf8();
    std::sort(children.begin(), children.end(),
              [](const Child &a, const Child &b) { return a.sortKey < b.sortKey; });
}

} // namespace

QString walkIssueName(WalkIssue issue)
{
    switch (issue) {
    case WalkIssue::None: return QStringLiteral("None");
    case WalkIssue::Unreadable: return QStringLiteral("Unreadable");
    case WalkIssue::Vanished: return QStringLiteral("Vanished");
    case WalkIssue::SymlinkSkipped: return QStringLiteral("SymlinkSkipped");
    case WalkIssue::BrokenSymlink: return QStringLiteral("BrokenSymlink");
    case WalkIssue::SymlinkLoop: return QStringLiteral("SymlinkLoop");
    case WalkIssue::NotRegularFile: return QStringLiteral("NotRegularFile");
    case WalkIssue::InvalidName: return QStringLiteral("InvalidName");
    }
    return QStringLiteral("Unknown");
}

namespace {

/// One walk: a stack of open folders (depth-first, each folder's entries in key order).
class Walker {
public:
    Walker(const WalkOptions &options, const WalkSink &sink) : m_options(options), m_sink(sink)
    {
        m_options.batchSize = std::max(1, m_options.batchSize);
    }

    WalkSummary run(const QStringList &roots);

private:
    void visit(const QString &path, const QString &key, const Child &child);
    void enterFolder(const QString &path, const QString &keyPrefix, const Node &node);
    bool isAncestor(const Node &node) const;
    void issue(const QString &path, const QString &key, WalkIssue what, const Child &child,
               QString detail = {});
    void add(WalkEntry &&entry);
    void flush();

    WalkOptions m_options;
    const WalkSink &m_sink;
    std::vector<Frame> m_stack;
    QList<WalkEntry> m_batch;
    WalkSummary m_summary;
};

WalkSummary Walker::run(const QStringList &roots)
{
    QList<Child> top;
    for (const QString &root : roots) {
        const QString path = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
        Child c;
        c.name = path; // the full path until sorted; the key uses the file name
        c.node = statPath(path, true);
        c.node.isLink = statPath(path, false).isLink;
        top.append(c);
    }
    for (Child &c : top)
        c.sortKey = QFileInfo(c.name).fileName().toUtf8() + (c.node.isDir ? "/" : "");
    std::sort(top.begin(), top.end(), [](const Child &a, const Child &b) { return a.sortKey < b.sortKey; });
    for (const Child &c : std::as_const(top)) {
        const QString name = QFileInfo(c.name).fileName();
        if (c.node.isDir && c.node.error == 0 && !m_options.includeRootName)
            enterFolder(c.name, QString(), c.node);
        else
            visit(c.name, name, c);
        while (!m_stack.empty() && !m_summary.stopped) {
            Frame &f = m_stack.back();
            if (f.next == f.children.size()) {
                m_stack.pop_back();
                continue;
            }
            const Child child = f.children[f.next++]; // a copy: visit() may grow the stack
            visit(f.path + QLatin1Char('/') + child.name, f.keyPrefix + child.name, child);
        }
        if (m_summary.stopped)
            break;
    }
    flush();
    return m_summary;
}

void Walker::visit(const QString &path, const QString &key, const Child &child)
{
    const Node &n = child.node;
    if (child.issue != WalkIssue::None)
        return issue(path, key, child.issue, child);
    if (n.isLink && !m_options.followSymlinks && !m_stack.empty())
        return issue(path, key, WalkIssue::SymlinkSkipped, child);
    if (n.error != 0) {
        const WalkIssue what = n.isLink ? WalkIssue::BrokenSymlink
            : n.error == ENOENT         ? WalkIssue::Vanished
                                        : WalkIssue::Unreadable;
        return issue(path, key, what, child, errorText(n.error));
    }
    if (n.isDir) {
        if (isAncestor(n))
            return issue(path, key, WalkIssue::SymlinkLoop, child);
        return enterFolder(path, key + QLatin1Char('/'), n);
    }
    if (!n.isFile)
        return issue(path, key, WalkIssue::NotRegularFile, child);
    if (!n.readable)
        return issue(path, key, WalkIssue::Unreadable, child, errorText(EACCES));
    add({path, key, n.size, n.mtimeNs, n.isLink, WalkIssue::None, {}});
    ++m_summary.files;
    m_summary.bytes += n.size;
}

void Walker::enterFolder(const QString &path, const QString &keyPrefix, const Node &node)
{
    Frame f{path, keyPrefix, {}, 0, node.dev, node.ino};
    if (const int error = listFolder(path, m_options.followSymlinks, f.children); error != 0) {
        Child c;
        c.node = node;
        return issue(path, keyPrefix, WalkIssue::Unreadable, c, errorText(error));
    }
    sortChildren(f.children);
    m_stack.push_back(std::move(f));
}

bool Walker::isAncestor(const Node &node) const
{
    return std::any_of(m_stack.begin(), m_stack.end(), [&node](const Frame &f) {
        return f.dev == node.dev && f.ino == node.ino;
    });
}

void Walker::issue(const QString &path, const QString &key, WalkIssue what, const Child &child,
                   QString detail)
{
    add({path, key, 0, child.node.mtimeNs, child.node.isLink, what, std::move(detail)});
    ++m_summary.issues;
}

void Walker::add(WalkEntry &&entry)
{
    if (m_batch.isEmpty())
        m_batch.reserve(m_options.batchSize);
    m_batch.append(std::move(entry));
    if (m_batch.size() >= m_options.batchSize)
        flush();
}

void Walker::flush()
{
    if (m_batch.isEmpty() || m_summary.stopped)
        return;
    if (!m_sink(std::move(m_batch)))
        m_summary.stopped = true;
    m_batch = {};
}

} // namespace

WalkSummary walkLocal(const QStringList &roots, const WalkOptions &options, const WalkSink &sink)
{
    return Walker(options, sink).run(roots);
}

} // namespace haul
