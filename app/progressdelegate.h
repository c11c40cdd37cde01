#pragma once

#include <QStyledItemDelegate>

namespace haul {

/// Paints the queue's progress column as a progress bar with "42 %" in it, from
/// QueueModel::ProgressRole (−1: unknown size, painted busy-free and empty).
/// One delegate for every row: no widget per row.
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace haul
