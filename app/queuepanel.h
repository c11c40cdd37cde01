#pragma once

#include <QAbstractItemModel>
#include <QWidget>

#include "engine/snapshot.h"

class QAction;
class QLabel;
class QTreeView;

namespace haul {

class PartBar;
class QueueModel;
class TransferManager;

/// The transfer queue: a table of transfers (QueueModel, progress painted by ProgressDelegate)
/// fed by TransferManager's batches, and below it the per-part bar of the selected transfer
/// (watchParts). Row commands — pause, resume, retry, cancel, copy details — are in the context
/// menu and act on the selected rows.
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(TransferManager *transfers, QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    PartBar *partBar() const { return m_partBar; }
    /// The selected transfers' ids, in row order.
    QList<TransferId> selectedIds() const;

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *retryAction() const { return m_retry; }
    QAction *cancelAction() const { return m_cancel; }
    /// Space: pauses the selected transfers that move, resumes the paused ones.
    QAction *toggleAction() const { return m_toggle; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void updateActions();
    void onSelectionChanged();
    void onPartsUpdated(const haul::PartsSnapshot &parts);
    void updatePartsLabel();
    void showContextMenu(const QPoint &pos);
    void copyDetails();
    QModelIndexList commandRows() const;
    void forSelected(void (TransferManager::*command)(TransferId));
    void togglePause();

    TransferManager *m_transfers;
    QueueModel *m_model;
    QTreeView *m_view;
    QWidget *m_partsRow;
    QLabel *m_partsLabel;
    PartBar *m_partBar;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_copyDetails = nullptr;
    QAction *m_toggle = nullptr;
    TransferId m_watched = 0;
};

} // namespace haul
