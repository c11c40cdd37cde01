#include "progressdelegate.h"

#include <cmath>

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include "engine/snapshot.h"
#include "queuemodel.h"

namespace haul {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The row background (selection, alternating colours) as any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const double fraction = index.data(QueueModel::ProgressRole).toDouble();
    const auto state = TransferState(index.data(QueueModel::StateRole).toInt());
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = fraction < 0 ? 0 : int(std::lround(fraction * 1000));
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    // Without State_Horizontal Qt 6.4 paints the bar empty.
    bar.state = option.state | QStyle::State_Horizontal;
    if (state == TransferState::Paused || state == TransferState::Cancelled)
        bar.palette.setColor(QPalette::Highlight, QColor(0x9a, 0xa5, 0xb1));
    else if (state == TransferState::Failed)
        bar.palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    else if (state == TransferState::Verified)
        bar.palette.setColor(QPalette::Highlight, QColor(0x1f, 0x9d, 0x55));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}

} // namespace haul
