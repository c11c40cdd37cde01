#pragma once

#include <functional>

#include <QTreeView>

class QMimeData;

namespace haul {

/// The browser's table. Rows dragged out of it carry what the drag source makes of them
/// (setDragSource: the window, which can stage downloads for a file manager); drops go to the
/// model (BrowserModel::dropMimeData), onto a folder row or the folder shown.
class BrowserView : public QTreeView {
    Q_OBJECT
public:
    /// Makes the data of a drag of these rows (source-model rows); nullptr: no drag.
    using DragSource = std::function<QMimeData *(const QList<int> &rows)>;

    explicit BrowserView(QWidget *parent = nullptr);

    void setDragSource(DragSource source) { m_dragSource = std::move(source); }
    /// The data a drag of the selected rows would carry (what startDrag hands to QDrag), for
    /// tests; the caller owns it.
    QMimeData *dragData() const;

protected:
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QList<int> selectedSourceRows() const;

    DragSource m_dragSource;
};

} // namespace haul
