#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

namespace haul {

/// Why a walked entry is not a file to send.
enum class WalkIssue {
    None,
    Unreadable,     ///< a file or folder this user may not read (detail: the system's message)
    Vanished,       ///< gone between listing its folder and looking at it
    SymlinkSkipped, ///< a symbolic link, and links are not followed (the default)
    BrokenSymlink,  ///< following a link that points nowhere
    SymlinkLoop,    ///< following a link to a folder that contains it
    NotRegularFile, ///< a socket, pipe or device
    InvalidName,    ///< a name that is not valid text in this system's encoding
};

/// Stable name of an issue ("SymlinkLoop"), for logs, reports and tests.
QString walkIssueName(WalkIssue issue);

/// One file found by walkLocal(), or one thing that could not be taken (issue set).
struct WalkEntry {
    QString path;            ///< absolute, with '/' separators
    QString key;             ///< relative key: "run42/sub/file.txt" ('/' separators)
    qint64 size = 0;
    qint64 mtimeNs = 0;      ///< modification time, UTC ns since the epoch (ns where kept)
    bool isSymlink = false;  ///< reached through (or is) a symbolic link
    WalkIssue issue = WalkIssue::None;
    QString detail;          ///< technical detail of an issue (strerror), not for users

    qint64 mtimeMs() const { return mtimeNs >= 0 ? mtimeNs / 1000000 : -((-mtimeNs + 999999) / 1000000); }
};

struct WalkOptions {
    bool followSymlinks = false; ///< links inside folders; dropped roots are always followed
    /// A dropped folder arrives as itself: "run42/…". Off: its contents ("…"), for a sync pair.
    bool includeRootName = true;
    int batchSize = 1000;
};

/// What a walk found.
struct WalkSummary {
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 issues = 0;
    bool stopped = false;    ///< the sink asked to stop
};

/// Receives batches of entries; returns false to stop the walk.
using WalkSink = std::function<bool(QList<WalkEntry> &&batch)>;

/// Walks a dropped mix of files and folders and streams what it finds to `sink` in batches of
/// `options.batchSize`, so that a tree of any size never sits in one list. Blocking: run it on
/// a worker thread. Entries come in S3's key order (UTF-8 bytes of the keys), provided the roots
/// have different names and, without includeRootName, there is one root. Nothing is fatal: an
/// unreadable file or folder, a missing root, a skipped link become entries with an issue, and
/// the rest of the tree goes on. Loops through followed links are cut at the link.
WalkSummary walkLocal(const QStringList &roots, const WalkOptions &options, const WalkSink &sink);

} // namespace haul
