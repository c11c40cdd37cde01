#include "browserview.h"

#include <QAbstractProxyModel>
#include <QDrag>
#include <QMimeData>

#include "icons.h"

namespace haul {

BrowserView::BrowserView(QWidget *parent)
    : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(true); // a drop lands on a row (a folder), not between rows
    setDefaultDropAction(Qt::CopyAction);
}

QList<int> BrowserView::selectedSourceRows() const
{
    QList<int> rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(proxy ? proxy->mapToSource(index).row() : index.row());
    return rows;
}

QMimeData *BrowserView::dragData() const
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || !m_dragSource)
        return nullptr;
    return m_dragSource(rows);
}

void BrowserView::startDrag(Qt::DropActions supportedActions)
{
    QMimeData *data = dragData();
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(icon(u"file").pixmap(32, 32));
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions, Qt::CopyAction);
}

} // namespace haul
