#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

/// What FolderJournal holds.
struct FolderJournalData {
    QList<SavedFolderUpload> uploads;
    FolderId nextId = 1; ///< above every folder id given so far (files in the journal carry them)
};

/// The unfinished folder uploads, next to the transfer journal (its path + ".folders"),
/// written atomically (QSaveFile). The files already handed to the engine are in the journal;
/// this keeps the folders themselves, so that the files not handed over yet are not forgotten.
class FolderJournal {
public:
    explicit FolderJournal(const QString &path);

    /// Empty when there is no file or it cannot be read (a corrupt file is moved aside to
    /// <path>.corrupt).
    FolderJournalData load() const;
    bool save(const FolderJournalData &data) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace haul
