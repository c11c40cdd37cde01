#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "error.h"
#include "sync/compare.h"
#include "sync/keypath.h"
#include "sync/localwalk.h"

namespace haul {

// Value types of folder transfers (FolderService): what the app sees.

/// A folder transfer's id; files of it carry it as TransferSnapshot::groupId.
using FolderId = quint64;

enum class FolderKind {
    Upload,   ///< dropped files and folders → bucket/prefix (each folder arrives as itself)
    Download, ///< bucket/prefix/ → a folder named after the prefix's last part
    Sync,     ///< a saved pair: the local folder's contents → bucket/prefix, deletions proposed
};

enum class FolderState {
    Scanning,      ///< listing the store, walking the folder, comparing
    Transferring,  ///< everything is decided; files are on their way
    WaitingForAnswers,      ///< ExistingFiles::Ask: questionsAsked() waits for answer()
    WaitingForConfirmation, ///< a sync waits for confirmDeletions() / declineDeletions()
    Deleting,      ///< removing the confirmed remote files (DeleteObjects, 1,000 at a time)
    Paused,
    Finished,      ///< done; some files may have failed (filesFailed, issues)
    Failed,        ///< the folder as a whole could not be done (error: e.g. listing refused)
    Cancelled,
    Waiting,       ///< left unfinished by an earlier run: starts again when its account opens
                   ///< (FolderService::resumeFolders); only cancel() acts on it meanwhile
};

/// What kind of trouble one file (or folder entry) had.
enum class FolderIssueKind {
    Walk,        ///< the local walk could not take it (walkIssue)
    Key,         ///< a key that is not safe as a local path (keyIssue), downloads
    KeyTooLong,  ///< the key would be over S3's 1,024 bytes, uploads
    Transfer,    ///< its transfer failed (error); "Retry" on its queue row may still save it
    LocalFolder, ///< its folder could not be made here (error), downloads
    Check,       ///< reading the object's metadata or the file's checksum failed (error)
    Delete,      ///< a confirmed remote deletion failed (error)
};

/// One problem, reported at the end and listed in the summary; never fatal to the folder.
struct FolderIssue {
    FolderIssueKind kind = FolderIssueKind::Transfer;
    QString subject;                      ///< local path (uploads) or key (downloads, deletions)
    WalkIssue walkIssue = WalkIssue::None;
    KeyIssue keyIssue = KeyIssue::None;
    Error error;                          ///< technical detail (Walk: message only)
};

/// How a folder transfer compares and what it does with existing files.
struct FolderOptions {
    ExistingFiles existing = ExistingFiles::SkipIdentical;
    CompareMethod method = CompareMethod::SizeAndMtime;
    bool followSymlinks = false;  ///< uploads: follow links inside folders (loops are cut)
    QString storageClass;         ///< uploads: x-amz-storage-class (empty: the store's default)
};

/// A saved "sync this folder" pair: local folder ↔ bucket prefix (uploads only: the folder is
/// the source; remote files that vanished locally are deleted only after confirmation).
struct SyncPair {
    QString accountName;
    QString localFolder;
    QString bucket;
    QString prefix;               ///< "" for the bucket's root; a '/' is added when missing
};

/// A value copy of one folder transfer, sent to the GUI a few times a second.
struct FolderSnapshot {
    FolderId id = 0;
    FolderKind kind = FolderKind::Upload;
    FolderState state = FolderState::Scanning;
    QString accountName;
    QString bucket;
    QString prefix;               ///< uploads: where the files go; downloads: what is fetched
    QString localPath;            ///< downloads: the folder made; sync: the local folder;
                                  ///< uploads: the first dropped path
    bool dryRun = false;
    qint64 filesTotal = 0;        ///< files found so far (including skipped and failed)
    qint64 filesDone = 0;         ///< finished: sent or fetched, or skipped as identical
    qint64 filesSkipped = 0;      ///< of those, "already there"
    qint64 filesFailed = 0;       ///< files with an issue (see issues)
    qint64 bytesTotal = 0;        ///< bytes of the files to send or fetch
    qint64 bytesDone = 0;
    double bytesPerSecond = 0;
    qint64 questions = 0;         ///< files waiting for answer()
    qint64 deletionsProposed = 0; ///< sync: remote files that vanished locally
    qint64 deleted = 0;
    bool notCompared = false;     ///< uploads: the account may not list the bucket, so every
                                  ///< file was sent without looking for what is there
    QList<FolderIssue> issues;
    Error error;                  ///< Failed: why

    bool isFinished() const
    {
        return state == FolderState::Finished || state == FolderState::Failed
            || state == FolderState::Cancelled;
    }
};

/// One file a folder transfer would send or fetch (dry run, questions).
struct PlannedFile {
    QString localPath;
    QString key;
    qint64 size = 0;
    CompareReason reason = CompareReason::New;
};

/// What a dry run found: nothing has been sent or deleted.
struct FolderPlan {
    FolderId id = 0;
    QList<PlannedFile> transfers;  ///< would be sent, with why
    QList<PlannedFile> questions;  ///< would be asked about (ExistingFiles::Ask)
    qint64 skipped = 0;            ///< identical, "already there"
    QStringList deletions;         ///< sync: would be deleted after confirmation
    QList<FolderIssue> issues;
};

} // namespace haul

Q_DECLARE_METATYPE(haul::FolderSnapshot)
Q_DECLARE_METATYPE(haul::FolderPlan)
Q_DECLARE_METATYPE(haul::PlannedFile)
