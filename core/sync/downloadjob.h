#pragma once

#include <QSet>

#include "sync/folderjob.h"
#include "sync/remoteindex.h"

namespace haul {

/// Download of everything under a prefix into a folder named after it: "projects/run42/" into
/// DIR makes DIR/run42/… (FolderKind::Download).
///
/// The prefix is listed whole (no delimiter) into a RemoteIndex and sorted, then looked at a
/// thousand keys per event-loop turn: each key is mapped to a local path (localPathForKey); a
/// key that is not safe here is skipped and reported with its reason, never written; a file key
/// that names a folder other keys need ("a" beside "a/b") is reported as a Collision (the
/// folder wins); folder markers ("x/") make their folder. Existing files are compared
/// (compareForDownload) and kept when identical. Folders are made before a file is queued.
/// When it finishes, temporary files (".<name>.haul-….part") left beside a file that is now
/// complete — begun by a run that crashed before its journal named them — are removed.
class DownloadJob : public FolderJob {
    Q_OBJECT
public:
    /// `initial.localPath` is the folder to make (destination + folder name), `folderName`
    /// its last part; `startedMs` when the folder first started (UTC ms; earlier than now when
    /// it is started again after a restart): with ExistingFiles::Overwrite, a file changed since
    /// then that is identical to its object was fetched by this folder and is not fetched again.
    DownloadJob(const FolderSnapshot &initial, const QString &folderName, qint64 startedMs,
                const FolderOptions &options, TransferManager *manager, QThreadPool *pool);

protected:
    void begin() override;
    bool scanDone() const override { return m_scanned; }
    Comparison compare(const Candidate &c) const override;
    Direction direction() const override { return Direction::Download; }
    void ended() override;

private:
    void onListed(const Error &error);
    void scanSome();
    void scanKey(qsizetype i);
    bool namesAFolder(qsizetype i) const;
    /// Makes (dry run: checks) `path` and the folders above it for `key`; the issue to report
    /// when it cannot be made, or leads elsewhere.
    std::optional<FolderIssue> makeFolder(const QString &key, const QString &path);
    bool isInside(const QString &path) const;
    void reject(const QString &key, KeyIssue issue);
    void reject(const FolderIssue &issue);

    QString m_folderName;
    QString m_destination;         ///< the folder the named folder goes into
    RemoteIndex m_index;
    qsizetype m_next = 0;
    bool m_scanned = false;
    QSet<QString> m_folders;       ///< made (or checked, in a dry run) already
    QString m_canonicalRoot;       ///< the folder made, links resolved
    qint64 m_startedMs = 0;
    QSet<QString> m_changedSinceStart; ///< Overwrite: local files changed since m_startedMs
};

} // namespace haul
