#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include "engine/snapshot.h"
#include "sync/foldertypes.h"

namespace haul {

/// Totals over the whole queue, for the status bar and --screenshot-at.
struct QueueTotals {
    int transfers = 0;         ///< files: on their own and inside folders
    int active = 0;            ///< files not finished (queued … verifying) plus unfinished folders
                               ///< (not those waiting for their account)
    int failed = 0;
    int succeeded = 0;         ///< Verified or Done
    int folders = 0;           ///< folder rows
    qint64 skipped = 0;        ///< files of folders that were "already there"
    qint64 totalBytes = 0;     ///< sum of known sizes
    qint64 doneBytes = 0;      ///< bytes moved of those
    double bytesPerSecond = 0; ///< sum over running transfers

    qint64 bytesLeft() const { return totalBytes - doneBytes; }
    /// 0..1 over every transfer with a known size; 0 for an empty queue.
    double fraction() const { return totalBytes > 0 ? double(doneBytes) / double(totalBytes) : 0.0; }
};

/// The transfer queue as a tree, kept in the order things were added: a file on its own is a
/// top-level row; a folder transfer (FolderService) is ONE top-level row whose children are its
/// files (the transfers whose groupId is the folder's id), so 100,000 files make one row.
///
/// Fed by TransferManager's batches — applyAdded() appends rows (under their folder's row),
/// applyUpdated() replaces the snapshots of known ids (unknown ids are ignored) and emits
/// dataChanged once per contiguous span of rows that really changed, applyRemoved() removes rows
/// in contiguous spans — and by FolderService's snapshots (applyFolder()). A file whose folder is
/// not known yet gets a placeholder folder row that the folder's first snapshot fills in.
class QueueModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Destination, Size, Progress, Speed, TimeLeft, State, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< double 0..1, or -1 while the size is unknown
        StateRole,                       ///< int(TransferState); folders: the nearest one
        TransferIdRole,                  ///< TransferId (0 on folder rows)
        DirectionRole,                   ///< int(Direction)
        ErrorRole,                       ///< haul::Error (code None unless Failed)
        SnapshotRole,                    ///< the whole TransferSnapshot (file rows)
        FolderIdRole,                    ///< FolderId (0 on rows of files on their own)
        FolderSnapshotRole,              ///< the whole FolderSnapshot (folder rows)
    };

    explicit QueueModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The top-level row of a file on its own, or -1 (files of folders: indexOf()).
    int rowOf(TransferId id) const;
    /// The row of any file, top-level or inside its folder (column 0); invalid when unknown.
    QModelIndex indexOf(TransferId id) const;
    /// The top-level row of a folder (column 0); invalid when unknown.
    QModelIndex folderIndex(FolderId id) const;
    /// The snapshot of a top-level file row (an empty one for a folder row).
    const TransferSnapshot &snapshot(int row) const;
    /// The snapshot of a file row anywhere, or null (folder rows, invalid indexes).
    const TransferSnapshot *transferAt(const QModelIndex &index) const;
    /// The snapshot of a folder row, or null.
    const FolderSnapshot *folderAt(const QModelIndex &index) const;
    /// Whether any row is a folder (only folder rows have rows inside them).
    bool hasFolderRows() const { return !m_folders.isEmpty(); }
    /// The files of a folder, in the order they were queued.
    QList<TransferSnapshot> filesOf(FolderId id) const;
    QueueTotals totals() const { return m_totals; }
    /// The same over the files and folders of one account only (the command line's: transfers
    /// of other accounts restored from the journal wait for them and hold nothing up).
    QueueTotals totalsOf(const QString &accountName) const;

    /// Text of the state column ("Uploading", "Failed: <sentence>", …).
    static QString stateText(const TransferSnapshot &snapshot);
    /// Text of a folder's state column ("Uploading: 12 of 40 files", "40 files, 12 already there").
    static QString folderStateText(const FolderSnapshot &snapshot);
    /// Why a folder upload sent every file (FolderSnapshot::notCompared).
    static QString notComparedText();
    /// The transfer state a folder row is painted like (progress colour, actions).
    static TransferState nearestState(const FolderSnapshot &snapshot);

public Q_SLOTS:
    void applyAdded(const QList<haul::TransferSnapshot> &added);
    void applyUpdated(const QList<haul::TransferSnapshot> &changed);
    void applyRemoved(const QList<haul::TransferId> &ids);
    /// A folder's snapshot (FolderService's folderAdded / folderUpdated / folderFinished).
    /// Dry runs (sync previews) are not shown.
    void applyFolder(const haul::FolderSnapshot &folder);
    /// Removes finished folder rows with their files (after FolderService::clearFinished()).
    void removeFinishedFolders();

Q_SIGNALS:
    /// After every batch, with the new totals.
    void totalsChanged(const haul::QueueTotals &totals);

private:
    /// A top-level row: a file on its own (folder == 0) or a folder.
    struct Top {
        FolderId folder = 0;
        TransferSnapshot file;
    };
    struct Folder {
        FolderSnapshot snapshot;
        QList<TransferSnapshot> files;
    };
    /// Where a file is: its folder (0: top level) and row.
    struct Place {
        FolderId folder = 0;
        int row = -1;
    };

    /// A folder's file by its path inside the folder ("lane 1/qc/read-04.fastq").
    static QString nameInFolder(const FolderSnapshot &folder, const TransferSnapshot &file);
    QVariant fileData(const TransferSnapshot &s, int column, int role) const;
    QVariant folderData(const FolderSnapshot &f, int column, int role) const;
    QVariant displayData(const TransferSnapshot &s, int column) const;
    QVariant toolTipData(const TransferSnapshot &s, int column) const;
    QVariant decorationData(const TransferSnapshot &s, int column) const;
    QVariant folderDisplay(const FolderSnapshot &f, int column) const;
    QVariant folderToolTip(const FolderSnapshot &f, int column) const;
    QVariant folderDecoration(const FolderSnapshot &f, int column) const;
    Place placeOf(TransferId id) const;
    int filesIn(FolderId id) const;
    TransferSnapshot *fileAt(Place place);
    void appendTop(const QList<TransferSnapshot> &files);
    void appendChildren(FolderId folder, const QList<TransferSnapshot> &files);
    int ensureFolder(FolderId id, const TransferSnapshot &file);
    void updateRows(const QList<TransferSnapshot> &changed);
    void emitChangedSpans(const QModelIndex &parent, QList<int> rows);
    void removeRows(FolderId folder, QList<int> rows);
    void removeSpan(FolderId folder, int first, int last);
    void reindex(FolderId folder, int from);
    void reindexTop(int from);
    void recomputeTotals();

    QList<Top> m_top;
    QHash<FolderId, Folder> m_folders;
    QHash<FolderId, int> m_topByFolder;
    QHash<TransferId, Place> m_places;
    QueueTotals m_totals;
};

} // namespace haul

Q_DECLARE_METATYPE(haul::QueueTotals)
