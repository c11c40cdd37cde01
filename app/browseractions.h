#pragma once

#include <QObject>
#include <QPointer>

#include "browsermodel.h"
#include "error.h"
#include "s3/types.h"

class QAction;
class QDialog;
class QMenu;
class QMimeData;
class QTreeView;
class QWidget;

namespace haul {

class BrowserPanel;
class BucketService;
class DeleteJob;
class FolderRename;
class TransferManager;

/// The commands on the browser's selection — Details, Share link, Rename, Delete — as actions
/// for the toolbar, the context menu and the keyboard (Delete, F2), and what a drag of rows out
/// of the browser carries (ObjectDragData). The question before a delete is the only dialog it
/// opens by itself; outcomes show in the browser's message line and statusMessage().
class BrowserActions : public QObject {
    Q_OBJECT
public:
    BrowserActions(BrowserPanel *panel, BucketService *buckets, TransferManager *transfers,
                   QWidget *window);

    QAction *detailsAction() const { return m_details; }
    QAction *shareAction() const { return m_share; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    /// Actions of the window shown in the context menu too (e.g. Download…), before ours.
    void setWindowActions(const QList<QAction *> &actions) { m_windowActions = actions; }
    /// The context menu for the current selection (the caller owns it).
    QMenu *contextMenu() const;

    /// Opens Details for the first selected row.
    void showDetails();
    /// Opens the share dialog for the selected object.
    void shareSelected();
    /// Asks for the new name of the selected object or folder (not modal), then renames.
    void renameSelected();
    /// Renames an object (server-side copy, verified, then delete) or a folder (FolderRename)
    /// of the folder shown.
    void renameTo(const BrowserModel::Entry &entry, const QString &newName);
    /// Asks how (RestoreDialog), then asks the store to restore the archived objects of the
    /// selection (folders: every archived object in them). The outcome shows in the message line.
    /// Returns the dialog (not modal; it deletes itself).
    QDialog *restoreSelected();
    /// Counts, asks, deletes the selection (DeleteJob).
    DeleteJob *deleteSelected();
    /// Why `name` cannot be the new name of `entry` in the folder shown; empty when it can.
    QString renameProblem(const BrowserModel::Entry &entry, const QString &name) const;
    /// The largest selection a drag offers to a file manager as files (default 256 MiB).
    void setDragLimit(qint64 bytes) { m_dragLimit = bytes; }
    /// Where downloads for drags are staged (default: the cache location's "drag" folder).
    void setStagingRoot(const QString &path) { m_stagingRoot = path; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    /// A rename or delete changed the folder shown (it is listed again).
    void folderChanged();

private:
    void updateEnabled();
    /// Context menu and drag source of the browser's table.
    void attachToView(QTreeView *view);
    void onObjectsRestored(quint64 request, const haul::RestoreSummary &summary, const haul::Error &error);
    void onObjectCopied(quint64 request, const haul::ObjectHead &head, const haul::Error &error);
    void renameFolder(const BrowserModel::Entry &entry, const QString &newName);
    void onFolderRenamed(int moved, const QStringList &failed, const haul::Error &error);
    void renamed(const QString &outcome);
    void onDeleteFinished(int deleted, const QList<haul::DeleteFailure> &failures,
                          const haul::Error &error, bool cancelled);
    QMimeData *dragData(const QList<int> &rows);

    BrowserPanel *m_panel;
    BucketService *m_buckets;
    TransferManager *m_transfers;
    QWidget *m_window;
    QAction *m_details;
    QAction *m_share;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_restore;
    QList<QAction *> m_windowActions;
    quint64 m_renameRequest = 0;
    quint64 m_restoreRequest = 0;
    QString m_restoreTier;
    QString m_renameText;
    QPointer<DeleteJob> m_deleteJob;
    QPointer<FolderRename> m_folderRename;
    qint64 m_dragLimit = 256LL << 20;
    QString m_stagingRoot;
};

} // namespace haul
