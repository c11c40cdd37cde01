#pragma once

#include <QMainWindow>

#include "browsermodel.h"
#include "engine/snapshot.h"
#include "error.h"
#include "sync/foldertypes.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace haul {

class AccountRegistry;
class BrowserActions;
class AppSettings;
class BrowserPanel;
class BucketService;
class FirstRunWizard;
class FolderQuestions;
class FolderService;
class LocationDialog;
class NetworkWatch;
class Notifier;
class QueuePanel;
class SyncController;
class SyncDialog;
class SyncPairStore;
class TransferManager;
class TrayIcon;
struct Preferences;
struct QueueTotals;

/// What the main window works with; every piece is owned elsewhere (main.cpp or a test).
struct AppContext {
    TransferManager *transfers = nullptr;
    BucketService *buckets = nullptr;
    AccountRegistry *accounts = nullptr;
    AppSettings *settings = nullptr;  ///< null: default preferences, kept in memory only
    NetworkWatch *network = nullptr;  ///< null: no network watch (nothing pauses by itself)
    FolderService *folders = nullptr; ///< null: the window makes its own over `transfers`
};

/// What an upload command queued: files on their own and folder transfers (one queue row each).
struct QueuedUploads {
    QList<TransferId> files;
    QList<FolderId> folders;
    bool isEmpty() const { return files.isEmpty() && folders.isEmpty(); }
};

/// Haul's window: toolbar (account picker and commands), the store browser above the transfer
/// queue, totals in the status bar. Files dropped anywhere on the window are uploaded to the
/// bucket and folder being shown. Nothing here opens a modal dialog on its own during a batch:
/// failures show in the queue rows, the browser's message line and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Chooses an account: reads its secret and lists its buckets. When its secret is missing,
    /// the account dialog opens (not modal) to ask for it.
    void selectAccount(const QString &name);
    /// Opens `preferred`, else the first account; with no account at all, the first-run
    /// assistant.
    void start(const QString &preferred = {});
    /// Shows the window, or with "start minimised to the tray" and a tray, only the tray icon
    /// (the window appears when nothing is left to transfer).
    void showOrStartInTray();
    /// Opens the Settings dialog (window-modal); OK applies the preferences.
    void openSettings();
    /// Opens the first-run assistant (not modal).
    FirstRunWizard *openFirstRun();
    /// The account in use (empty until one is ready).
    QString account() const { return m_account; }

    /// Uploads files and folders to the bucket and folder shown. Without an open bucket nothing
    /// is queued and the status bar says to open one. Each folder arrives as itself ("run42/"
    /// onto "projects/" gives "projects/run42/…") as one folder transfer; files the bucket
    /// already has are handled as folderOptions() says.
    QueuedUploads queueUploads(const QStringList &paths);
    /// Uploads to an explicit bucket and prefix.
    QueuedUploads queueUploadsTo(const QStringList &paths, const QString &bucket, const QString &prefix);
    QueuedUploads queueUploadsTo(const QStringList &paths, const QString &bucket, const QString &prefix,
                                 const FolderOptions &options);
    /// Folder transfers as the preferences say ("when a file exists", storage class).
    FolderOptions folderOptions() const;
    /// Keeps files (from the command line) until a bucket is open; a status bar button uploads them.
    void addPendingUploads(const QStringList &paths);
    /// Downloads objects, and whole folders (as destDir/<folder name>/…, one queue row each),
    /// into destDir.
    void queueDownloads(const QList<BrowserModel::Entry> &entries, const QString &destDir);

    BrowserPanel *browser() const { return m_browser; }
    QueuePanel *queue() const { return m_queue; }
    /// Folder uploads and downloads (the context's, or the window's own).
    FolderService *folders() const { return m_context.folders; }
    /// Details, share link, rename, delete on the browser's selection.
    BrowserActions *browserActions() const { return m_browserActions; }
    QComboBox *accountBox() const { return m_accountBox; }
    AppSettings *settings() const { return m_settings; }
    /// Decides on desktop notifications; its notify() signal goes to the tray icon.
    Notifier *notifier() const { return m_notifier; }
    /// Opens "Sync a folder" (not modal), new pairs starting at the browser's location.
    SyncDialog *openSyncDialog();
    /// Opens "Open a bucket or folder" (View menu, Ctrl+L), filled with the browser's location.
    LocationDialog *openLocationDialog();
    /// Previews and runs the saved sync pairs; its summaries go to the status bar.
    SyncController *syncController() const { return m_sync; }
    SyncPairStore *syncPairs() const { return m_syncPairs; }
    /// The latest status bar text (temporary message, else totals).
    QString statusText() const;

Q_SIGNALS:
    void accountReady(const QString &name);
    void accountFailed(const QString &name, const haul::Error &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createAppActions();
    void createSyncAction();
    void setUpDesktop();
    void describeForAccessibility();
    void applyPreferences(const haul::Preferences &preferences);
    void onOnlineChanged(bool online);
    void createToolBar();
    void createStatusBar();
    void reloadAccounts();
    void onAccountBoxActivated(int index);
    void openAccountDialog(const QString &name, const Error &why = {});
    void onLocationChanged(const QString &bucket, const QString &prefix);
    void onTotalsChanged(const haul::QueueTotals &totals);
    void onTransferFinished(const haul::TransferSnapshot &snapshot);
    void onTransferFailed(const haul::TransferSnapshot &snapshot);
    void addFiles();
    void addFolder();
    void onFolderFinished(const haul::FolderSnapshot &folder);
    void downloadSelected();
    void newBucketOrFolder();
    void uploadPending();
    void updateActions();

    AppContext m_context;
    BrowserPanel *m_browser;
    QueuePanel *m_queue;
    BrowserActions *m_browserActions = nullptr;
    QComboBox *m_accountBox = nullptr;
    QAction *m_editAccount = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_download = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_openLocation = nullptr;
    QAction *m_newItem = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_resumeAll = nullptr;
    QAction *m_clearFinished = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_syncAction = nullptr;
    SyncPairStore *m_syncPairs = nullptr;
    SyncController *m_sync = nullptr;
    AppSettings *m_settings = nullptr;
    Notifier *m_notifier = nullptr;
    TrayIcon *m_tray = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_failedLabel = nullptr;
    QPushButton *m_pendingButton = nullptr;
    QTimer *m_refreshTimer;
    FolderQuestions *m_questions = nullptr;
    QStringList m_pendingUploads;
    QString m_account;
    QString m_lastDownloadDir;
    QString m_openAfterReady;  ///< bucket to open once the account is ready (first run)
    bool m_quitting = false;   ///< Quit chosen: close even when the tray would keep Haul
};

} // namespace haul
