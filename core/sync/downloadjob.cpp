#include "downloadjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>

#include "state/savefile.h"
#include "sync/keypath.h"

namespace haul {

namespace {

/// Makes `folder` and writes a byte into it (a temporary file, removed at once): a read-only
/// disk, a folder without write permission or a full disk is told once for the whole download,
/// not once per file. An ok() Error when it can be written.
Error writableFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return writeFailure(QFileInfo(folder).absolutePath(), 1, QStringLiteral("cannot make the folder %1").arg(folder));
    QTemporaryFile probe(folder + QStringLiteral("/.haul-write-test-XXXXXX"));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
        return writeFailure(folder, 1, probe.errorString());
    return {};
}

/// The issue of a key refused for `issue`: InvalidFileName naming the key.
FolderIssue keyIssue(const QString &key, KeyIssue issue)
{
    FolderIssue i{FolderIssueKind::Key, key, WalkIssue::None, issue, {}};
    i.error = Error(ErrorCode::InvalidFileName, key);
    i.error.detail = keyIssueName(issue);
    return i;
}

/// `key` not downloaded because `local`, a file or folder on this computer, takes its place.
FolderIssue inTheWay(const QString &key, const QString &local)
{
    FolderIssue i = keyIssue(key, KeyIssue::InTheWay);
    i.error.subject = local;
    return i;
}

constexpr qsizetype KeysPerTurn = 1000;

/// Removes in each folder the temporary files of downloads whose file is there now: a run that
/// was killed before its journal named them leaves them behind, and nothing continues them.
void removeStrayTemporaries(const QStringList &folders)
{
    const QLatin1String tag(".haul-");
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList temps = dir.entryList({QStringLiteral(".*.haul-*.part")}, QDir::Files | QDir::Hidden);
        for (const QString &temp : temps) {
            const QString name = temp.mid(1, temp.lastIndexOf(tag) - 1); // ".<name>.haul-<tag>.part"
            if (!name.isEmpty() && QFileInfo(dir.filePath(name)).isFile())
                QFile::remove(dir.filePath(temp));
        }
    }
}

} // namespace

DownloadJob::DownloadJob(const FolderSnapshot &initial, const QString &folderName, qint64 startedMs,
                         const FolderOptions &options, TransferManager *manager, QThreadPool *pool)
    : FolderJob(initial, options, manager, pool)
    , m_folderName(folderName)
    , m_destination(QFileInfo(initial.localPath).absolutePath())
    , m_startedMs(startedMs)
{
}

void DownloadJob::begin()
{
    if (const KeyIssue issue = checkSegment(m_folderName, hostNameRules()); issue != KeyIssue::None) {
        Error e(ErrorCode::InvalidFileName, m_snap.prefix);
        e.detail = keyIssueName(issue);
        return fail(e);
    }
    listAll(m_snap.prefix, QString(), [this](const ListPage &p) { m_index.add(p); },
            [this](const Error &e) { onListed(e); });
}

void DownloadJob::onListed(const Error &error)
{
    if (!error.ok())
        return fail(error);
    if (m_index.size() == 0) // not even a folder marker: most likely a name mistyped
        return fail(Error(ErrorCode::NothingToDownload, QStringLiteral("s3://%1/%2").arg(m_snap.bucket, m_snap.prefix)));
    m_index.sort();
    if (!m_snap.dryRun) {
        if (const Error e = writableFolder(m_snap.localPath); !e.ok())
            return fail(e);
    }
    m_canonicalRoot = QFileInfo(m_snap.localPath).canonicalFilePath();
    m_folders.insert(m_snap.localPath);
    scanSome();
}

void DownloadJob::scanSome()
{
    if (isStopped())
        return;
    const qsizetype end = std::min(m_index.size(), m_next + KeysPerTurn);
    for (; m_next < end; ++m_next)
        scanKey(m_next);
    feed();
    if (m_next < m_index.size()) {
        QTimer::singleShot(0, this, &DownloadJob::scanSome); // the engine thread stays lively
        return;
    }
    m_scanned = true;
    checkDone();
}

void DownloadJob::scanKey(qsizetype i)
{
    const QString key = m_index.key(i);
    const KeyPath where = localPathForKey(key, m_snap.prefix, m_folderName, hostNameRules());
    if (where.issue == KeyIssue::FolderMarker) { // an empty folder: made, not counted as a file
        if (const std::optional<FolderIssue> issue = makeFolder(key, m_destination + QLatin1Char('/') + where.relativePath))
            reject(*issue);
        return;
    }
    if (where.issue != KeyIssue::None)
        return reject(key, where.issue);
    if (namesAFolder(i))
        return reject(key, KeyIssue::Collision);
    const QString path = m_destination + QLatin1Char('/') + where.relativePath;
    if (const std::optional<FolderIssue> issue = makeFolder(key, path.left(path.lastIndexOf(QLatin1Char('/')))))
        return reject(*issue);
    const QFileInfo local(path);
    if (local.isDir())
        return reject(inTheWay(key, path));
    LocalFacts facts{local.exists(), local.exists() ? local.size() : 0, 0, {}};
    if (facts.exists)
        facts.mtimeMs = local.lastModified().toMSecsSinceEpoch();
    // Overwrite, started again after a restart: a file written since the folder first started
    // may be one it fetched then; compared, and kept when identical (renaming a download into
    // place and giving it the object's time both change the file's status time).
    if (facts.exists && m_options.existing == ExistingFiles::Overwrite && m_startedMs > 0
        && local.metadataChangeTime().toMSecsSinceEpoch() >= m_startedMs)
        m_changedSinceStart.insert(path);
    consider({path, key, facts, m_index.facts(i), CompareReason::New});
}

bool DownloadJob::namesAFolder(qsizetype i) const
{
    const QByteArray folder = m_index.keyUtf8(i).toByteArray() + '/';
    for (qsizetype j = m_index.lowerBound(folder, i + 1);
         j < m_index.size() && m_index.keyUtf8(j).startsWith(folder); ++j) {
        const KeyIssue issue = localPathForKey(m_index.key(j), m_snap.prefix, m_folderName,
                                               hostNameRules()).issue;
        if (issue == KeyIssue::None || issue == KeyIssue::FolderMarker)
            return true; // a key that will need this name as a folder
    }
    return false;
}

std::optional<FolderIssue> DownloadJob::makeFolder(const QString &key, const QString &path)
{
    if (m_folders.contains(path))
        return std::nullopt;
    // the nearest part of the path that exists: a file there is in the way
    QString existing = path;
    while (!QFileInfo::exists(existing) && existing.size() > m_snap.localPath.size())
        existing.truncate(existing.lastIndexOf(QLatin1Char('/')));
    const QFileInfo nearest(existing);
    if (nearest.exists() && !nearest.isDir())
        return inTheWay(key, existing);
    if (m_snap.dryRun)
        return std::nullopt;
    // A link placed inside the destination must not carry folders or files elsewhere: the
    // nearest folder that exists is checked before anything is made under it, the new one after.
    if (!isInside(existing))
        return keyIssue(key, KeyIssue::LeavesDestination);
    if (!QDir().mkpath(path)) { // not a file in the way: the folder may not be written, or is full
        FolderIssue issue{FolderIssueKind::LocalFolder, key, WalkIssue::None, KeyIssue::None, {}};
        issue.error = writeFailure(existing, 0, QStringLiteral("cannot make the folder %1").arg(path));
        return issue;
    }
    if (!isInside(path))
        return keyIssue(key, KeyIssue::LeavesDestination);
    m_folders.insert(path);
    return std::nullopt;
}

bool DownloadJob::isInside(const QString &path) const
{
    const QString real = QFileInfo(path).canonicalFilePath();
    return real == m_canonicalRoot || real.startsWith(m_canonicalRoot + QLatin1Char('/'));
}

void DownloadJob::reject(const QString &key, KeyIssue issue)
{
    reject(keyIssue(key, issue));
}

void DownloadJob::reject(const FolderIssue &issue)
{
    ++m_snap.filesTotal;
    addIssue(issue);
}

void DownloadJob::ended()
{
    if (m_snap.state != FolderState::Finished || m_snap.dryRun)
        return;
    m_pool->start([folders = QStringList(m_folders.cbegin(), m_folders.cend())] {
        removeStrayTemporaries(folders);
    });
}

Comparison DownloadJob::compare(const Candidate &c) const
{
    const ExistingFiles existing = m_changedSinceStart.contains(c.localPath) ? ExistingFiles::SkipIdentical
                                                                            : m_options.existing;
    return compareForDownload(c.remote, c.local, existing, m_options.method);
}

} // namespace haul
