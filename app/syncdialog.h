#pragma once

#include <QDialog>

#include "syncpairs.h"

class QPushButton;
class QTreeWidget;

namespace haul {

class AccountRegistry;
class BucketService;
class MessageBar;
class SyncController;
class SyncPairEditor;
class SyncPreviewDialog;
struct FolderSnapshot;

/// "Sync a folder": the saved pairs (local folder → bucket and folder), with Add, Edit, Remove,
/// Preview (a dry run: nothing is sent) and Sync now. New pairs start at the location the
/// browser shows. The result of the last sync stays in the dialog as a one-line summary. Not
/// modal: the window and the queue stay usable.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(SyncPairStore *store, SyncController *controller, AccountRegistry *accounts,
               BucketService *buckets, QWidget *parent = nullptr);

    /// Where a new pair points at first (the browser's account, bucket and folder).
    void setDefaults(const QString &account, const QString &bucket, const QString &prefix);
    /// Opens the editor for a new pair (index < 0) or the pair at index (window-modal);
    /// OK stores it.
    SyncPairEditor *openEditor(int index = -1);
    /// Selects a pair in the list.
    void setCurrentPair(int index);
    int currentPair() const;

    QTreeWidget *pairList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *syncButton() const { return m_sync; }
    /// The last sync's summary.
    MessageBar *resultBar() const { return m_result; }

private:
    void layOut();
    void reload();
    void updateButtons();
    void showResult(const haul::FolderSnapshot &snapshot, const QString &summary);

    SyncPairStore *m_store;
    SyncController *m_controller;
    AccountRegistry *m_accounts;
    BucketService *m_buckets;
    SavedSyncPair m_defaults;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_preview;
    QPushButton *m_sync;
    MessageBar *m_result;
};

} // namespace haul
