#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "engine/snapshot.h"

namespace haul {

/// Totals over the whole queue, for the status bar and --screenshot-at.
struct QueueTotals {
    int transfers = 0;
    int active = 0;            ///< not finished (queued, preparing, running, paused, verifying)
    int failed = 0;
    int succeeded = 0;         ///< Verified or Done
    qint64 totalBytes = 0;     ///< sum of known sizes
    qint64 doneBytes = 0;      ///< bytes moved of those
    double bytesPerSecond = 0; ///< sum over running transfers

    qint64 bytesLeft() const { return totalBytes - doneBytes; }
    /// 0..1 over every transfer with a known size; 0 for an empty queue.
    double fraction() const { return totalBytes > 0 ? double(doneBytes) / double(totalBytes) : 0.0; }
};

/// The transfer queue as a table, one row per transfer, kept in the order transfers were added.
///
/// Fed by TransferManager's batches: applyAdded() appends rows, applyUpdated() replaces the
/// snapshots of known ids (unknown ids are ignored) and emits dataChanged once per contiguous
/// span of rows that really changed, applyRemoved() removes rows in contiguous spans.
class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Destination, Size, Progress, Speed, TimeLeft, State, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< double 0..1, or -1 while the size is unknown
        StateRole,                       ///< int(TransferState)
        TransferIdRole,                  ///< TransferId
        DirectionRole,                   ///< int(Direction)
        ErrorRole,                       ///< haul::Error (code None unless Failed)
        SnapshotRole,                    ///< the whole TransferSnapshot
    };

    explicit QueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The row of a transfer, or -1.
    int rowOf(TransferId id) const;
    /// The snapshot in a row (row must be valid).
    const TransferSnapshot &snapshot(int row) const { return m_rows.at(row); }
    QueueTotals totals() const { return m_totals; }

    /// Text of the state column ("Uploading", "Failed: <sentence>", …).
    static QString stateText(const TransferSnapshot &snapshot);

public Q_SLOTS:
    void applyAdded(const QList<haul::TransferSnapshot> &added);
    void applyUpdated(const QList<haul::TransferSnapshot> &changed);
    void applyRemoved(const QList<haul::TransferId> &ids);

Q_SIGNALS:
    /// After every batch, with the new totals.
    void totalsChanged(const haul::QueueTotals &totals);

private:
    QVariant displayData(const TransferSnapshot &s, int column) const;
    QVariant toolTipData(const TransferSnapshot &s, int column) const;
    QVariant decorationData(const TransferSnapshot &s, int column) const;
    void updateRows(const QList<TransferSnapshot> &changed);
    void emitChangedSpans(QList<int> rows);
    void removeSpan(int first, int last);
    void reindexFrom(int row);
    void recomputeTotals();

    QList<TransferSnapshot> m_rows;
    QHash<TransferId, int> m_rowById;
    QueueTotals m_totals;
};

} // namespace haul

Q_DECLARE_METATYPE(haul::QueueTotals)
