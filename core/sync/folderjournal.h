#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "error.h"
#include "sync/foldertypes.h"

namespace haul {

/// An unfinished folder upload or sync as FolderJournal keeps it: enough to start it again.
struct SavedFolderUpload {
    FolderId id = 0;
    QString accountName;
    QStringList paths;   ///< the dropped files and folders, absolute
    QString bucket;
    QString prefix;
    FolderOptions options;
    bool sync = false;   ///< a saved pair's sync (FolderKind::Sync; paths: its local folder)
};

/// An unfinished folder download as FolderJournal keeps it: enough to start it again.
struct SavedFolderDownload {
    FolderId id = 0;
    QString accountName;
    QString bucket;
    QString prefix;      ///< what is fetched ("projects/run42/")
    QString destDir;     ///< absolute: the folder named after the prefix is made in it
    FolderOptions options;
    qint64 startedMs = 0; ///< when it first started (UTC ms): with ExistingFiles::Overwrite, an
                          ///< identical file changed since then was fetched by it, not again
};

/// What FolderJournal holds.
struct FolderJournalData {
    QList<SavedFolderUpload> uploads;
    QList<SavedFolderDownload> downloads;
    FolderId nextId = 1; ///< above every folder id given so far (files in the journal carry them)
};

/// The unfinished folder transfers (uploads, syncs and downloads), next to the transfer journal
/// (its path + ".folders"), written atomically (QSaveFile). A folder is written when it starts
/// and removed when it ends (finished, failed or cancelled; kept when its account was missing).
/// The files already handed to the engine are in the transfer journal, each with its folder's
/// id; this keeps the folders themselves, so that after a quit or a crash the folder is listed
/// and compared again (what arrived counts as done) and the files not handed over yet are not
/// forgotten.
class FolderJournal {
public:
    explicit FolderJournal(const QString &path);

    /// Empty when there is no file or it cannot be read (a corrupt file is moved aside to
    /// <path>.corrupt).
    FolderJournalData load() const;
    /// False (with error) when the file could not be written: the previous one stays whole.
    bool save(const FolderJournalData &data, Error *error = nullptr) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace haul
