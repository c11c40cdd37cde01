#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "sync/foldertypes.h"
#include "syncpairs.h"

class QWidget;

namespace haul {

class AccountRegistry;
class AppSettings;
class DeletionConfirmDialog;
class FolderService;
class SyncPreviewDialog;

/// Runs the saved sync pairs for the window: "Preview" (a dry run shown in a SyncPreviewDialog)
/// and "Sync now" (files go through the normal queue). When a sync finds remote files that
/// vanished locally, it asks once with a DeletionConfirmDialog if the pair allows deleting, and
/// keeps them without asking if it does not; nothing is deleted otherwise. The end of a sync is
/// reported as a one-line summary (finished(), no dialog). The pair's account is opened first
/// when it is not in use yet.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(FolderService *folders, AccountRegistry *accounts, AppSettings *settings,
                   QObject *parent = nullptr);

    /// Starts a dry run and opens its preview (not modal, under `parent`); returns the dialog,
    /// filled when the plan is ready.
    SyncPreviewDialog *preview(const SavedSyncPair &pair, QWidget *parent);
    /// Starts the sync; a deletion question opens under `parent` (or, once that is closed,
    /// under the controller's parent widget).
    void syncNow(const SavedSyncPair &pair, QWidget *parent);
    /// True while a sync (not a preview) of this pair runs.
    bool isRunning(const SavedSyncPair &pair) const;

    /// "Sync of “run42” to s3://b/p/ finished: 3 sent, 40 already there, 1 deleted, 0 failed."
    /// `kept`: remote files gone from the folder that were not deleted (declined or not allowed).
    static QString summaryText(const SavedSyncPair &pair, const FolderSnapshot &snapshot, qint64 kept = 0);

Q_SIGNALS:
    /// A short note for the window's status bar (started, could not start).
    void message(const QString &text);
    /// The deletion question is open.
    void deletionQuestionOpened(haul::DeletionConfirmDialog *dialog);
    /// A sync ended (finished, failed or cancelled), with its summary.
    void syncFinished(const haul::FolderSnapshot &snapshot, const QString &summary);

private:
    struct Run {
        SavedSyncPair pair;
        QPointer<QWidget> parent;
        QPointer<SyncPreviewDialog> preview; ///< dry runs: where the plan goes
        bool dryRun = false;
        qint64 kept = 0; ///< proposed deletions declined (the snapshot then counts none)
    };

    template <typename F>
    void withAccount(const SavedSyncPair &pair, F start);
    FolderOptions optionsFor(const SavedSyncPair &pair) const;
    void onPlanReady(const FolderPlan &plan);
    void onDeletionsProposed(quint64 id, const QStringList &keys);
    void onFolderFinished(const FolderSnapshot &snapshot);

    FolderService *m_folders;
    AccountRegistry *m_accounts;
    AppSettings *m_settings;
    QHash<FolderId, Run> m_runs;
};

} // namespace haul
