#pragma once

#include <QList>
#include <QString>

#include "engine/multipartupload.h"
#include "engine/rangeddownload.h"
#include "engine/snapshot.h"

namespace haul {

/// One unfinished transfer as the journal keeps it.
struct JournalEntry {
    TransferSnapshot snapshot;       ///< direction, account, paths, state (Paused stays paused)
    MultipartProgress multipart;     ///< upload id and verified parts, for multipart uploads
    DownloadProgress download;       ///< temporary file, ETag and fetched spans, for downloads
};

/// Everything the journal holds.
struct JournalData {
    QList<JournalEntry> transfers;
    QList<StaleUpload> staleUploads;  ///< started by Haul, not yet confirmed aborted
};

/// The saved queue: unfinished transfers, written atomically (QSaveFile: a crash mid-write
/// leaves the previous file whole), read back on the next start so nothing queued is lost.
class Journal {
public:
    explicit Journal(const QString &path);

    /// The entries saved last time; empty when there is no file. A corrupt file is moved aside
    /// (to <path>.corrupt) and reported through `error`, never silently dropped.
    JournalData load(Error *error = nullptr) const;
    /// Replaces the saved queue; false (with error) when the file could not be written.
    bool save(const JournalData &data, Error *error = nullptr) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace haul
