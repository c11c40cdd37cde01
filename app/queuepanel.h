#pragma once

#include <QAbstractItemModel>
#include <QWidget>

#include "engine/snapshot.h"
#include "sync/foldertypes.h"

class QAction;
class QLabel;
class QTreeView;

namespace haul {

class FolderService;
class PartBar;
class QueueModel;
class TransferManager;

/// The transfer queue: a tree of transfers (QueueModel, progress painted by ProgressDelegate)
/// fed by TransferManager's batches — a folder transfer is one expandable row over its files —
/// and below it the per-part bar of the selected file (watchParts). Row commands — pause,
/// resume, retry, cancel, copy details — are in the context menu and act on the selected rows;
/// on a folder row they act on the folder (FolderService; retry: its failed files).
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit QueuePanel(TransferManager *transfers, QWidget *parent = nullptr);
    /// Shows the folders of `folders` (not owned) as rows and lets their rows' commands act.
    void setFolderService(FolderService *folders);

    QueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    PartBar *partBar() const { return m_partBar; }
    /// The selected file rows' transfer ids, in row order (folder rows are left out).
    QList<TransferId> selectedIds() const;
    /// The selected folder rows' ids.
    QList<FolderId> selectedFolders() const;

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
    enum class Command { Pause, Resume, Retry, Cancel };
    void forSelected(Command command);
    void act(const QModelIndex &index, Command command);
    void onFolder(const QModelIndex &index, Command command);
    void togglePause();

    TransferManager *m_transfers;
    FolderService *m_folders = nullptr;
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
