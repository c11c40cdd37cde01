// MainWindow, continued: the menu bar, settings, the first-run assistant, and the desktop
// around the window (tray icon, notifications, network loss).
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include "accountdialog.h"
#include "appsettings.h"
#include "browseractions.h"
#include "browserpanel.h"
#include "firstrun.h"
#include "icons.h"
#include "locationdialog.h"
#include "net/networkwatch.h"
#include "notifier.h"
#include "partbar.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "settingsdialog.h"
#include "synccontroller.h"
#include "syncdialog.h"
#include "syncpairs.h"
#include "transfermanager.h"
#include "trayicon.h"

namespace haul {

void MainWindow::createAppActions()
{
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
}

void MainWindow::createSyncAction()
{
    m_syncPairs = new SyncPairStore(m_settings->store(), this);
    m_sync = new SyncController(folders(), m_context.accounts, m_settings, this);
    connect(m_sync, &SyncController::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_sync, &SyncController::syncFinished, this,
            [this](const FolderSnapshot &, const QString &summary) { statusBar()->showMessage(summary); });
    m_syncAction = new QAction(tr("S&ync a folder…"), this);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setToolTip(tr("Keep a folder on this computer and a folder in a bucket the same"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::openSyncDialog);
}

SyncDialog *MainWindow::openSyncDialog()
{
    auto *dialog = findChild<SyncDialog *>();
    if (!dialog) {
        dialog = new SyncDialog(m_syncPairs, m_sync, m_context.accounts, m_context.buckets, this);
        dialog->setAccessibleName(tr("Sync a folder"));
    }
    dialog->setDefaults(m_account, m_browser->bucket(), m_browser->prefix());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

LocationDialog *MainWindow::openLocationDialog()
{
    auto *dialog = findChild<LocationDialog *>();
    if (!dialog) {
        dialog = new LocationDialog(this);
        connect(dialog, &LocationDialog::locationChosen, this, [this](const QString &bucket, const QString &prefix) {
            m_browser->openLocation(bucket, prefix);
            m_browser->view()->setFocus(Qt::OtherFocusReason);
        });
    }
    dialog->setLocation(m_browser->bucket(), m_browser->prefix());
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    dialog->edit()->setFocus();
    dialog->edit()->selectAll();
    return dialog;
}

void MainWindow::createMenus()
{
    createAppActions();
    createSyncAction();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_addFiles, m_addFolder, m_download, m_newItem, m_syncAction});
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_browserActions->detailsAction(), m_browserActions->shareAction(),
                      m_browserActions->renameAction(), m_browserActions->restoreAction(),
                      m_browserActions->deleteAction()});

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Add account…"), this, [this] { openAccountDialog({}); });
    account->addAction(m_editAccount);

    QMenu *transfers = menuBar()->addMenu(tr("&Transfers"));
    transfers->addActions({m_queue->toggleAction(), m_queue->retryAction(), m_queue->cancelAction()});
    transfers->addSeparator();
    transfers->addActions({m_pauseAll, m_resumeAll, m_clearFinished});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(m_openLocation);
    view->addAction(tr("Go to the &browser"), QKeySequence(Qt::ALT | Qt::Key_1), this,
                    [this] { m_browser->view()->setFocus(Qt::ShortcutFocusReason); });
    view->addAction(tr("Go to the &queue"), QKeySequence(Qt::ALT | Qt::Key_2), this,
                    [this] { m_queue->view()->setFocus(Qt::ShortcutFocusReason); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Haul"), this, [this] {
        QMessageBox::about(this, tr("About Haul"),
                           tr("Haul %1: fast, verified transfers to and from S3.").arg(QStringLiteral(HAUL_VERSION)));
    });
}

void MainWindow::setUpDesktop()
{
    m_notifier = new Notifier(m_context.transfers, this);
    m_tray = new TrayIcon(this, {m_pauseAll, m_resumeAll, m_quit}, this);
    connect(m_notifier, &Notifier::notify, m_tray, &TrayIcon::showMessage);
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applyPreferences);
    m_notifier->setEnabled(m_settings->preferences().notifications);
    m_tray->setVisible(m_settings->preferences().trayWhileRunning);

    m_offlineLabel = new QLabel(tr("Offline"), this);
    m_offlineLabel->setToolTip(tr("The network is gone. Transfers are paused and continue when it is back."));
    m_offlineLabel->setAccessibleDescription(m_offlineLabel->toolTip());
    m_offlineLabel->hide();
    statusBar()->addPermanentWidget(m_offlineLabel);
    if (NetworkWatch *network = m_context.network) {
        connect(network, &NetworkWatch::onlineChanged, this, &MainWindow::onOnlineChanged);
        connect(network, &NetworkWatch::transfersPaused, this, [this](int count) {
            statusBar()->showMessage(tr("The network is gone: %n transfer(s) paused. They continue when it is back.",
                                        nullptr, count));
        });
        connect(network, &NetworkWatch::transfersResumed, this, [this](int count) {
            statusBar()->showMessage(tr("The network is back: %n transfer(s) continue.", nullptr, count), 10000);
        });
        onOnlineChanged(network->isOnline());
    }
    describeForAccessibility();
}

void MainWindow::describeForAccessibility()
{
    m_accountBox->setAccessibleName(tr("Account"));
    m_accountBox->setAccessibleDescription(tr("The storage account to work with"));
    m_browser->view()->setAccessibleName(tr("Buckets and files"));
    m_browser->view()->setAccessibleDescription(tr("Open a bucket or folder with Enter. Drop files here to upload them."));
    m_browser->filterEdit()->setAccessibleName(tr("Filter by name"));
    m_queue->view()->setAccessibleName(tr("Transfer queue"));
    m_queue->view()->setAccessibleDescription(tr("Space pauses or resumes the selected transfers, Delete cancels them."));
    m_totalsLabel->setAccessibleName(tr("Queue totals"));
    m_failedLabel->setAccessibleName(tr("Failed transfers"));
    setTabOrder(m_accountBox, m_browser->view());
    setTabOrder(m_browser->view(), m_queue->view());
}

void MainWindow::applyPreferences(const Preferences &p)
{
    m_context.transfers->setLimits(p.effectiveConnections(), p.bytesPerSecond());
    m_context.transfers->setPartSize(p.partSizeBytes());
    m_context.transfers->setStorageClass(p.storageClass);
    m_notifier->setEnabled(p.notifications);
    m_tray->setVisible(p.trayWhileRunning);
}

void MainWindow::onOnlineChanged(bool online)
{
    m_offlineLabel->setVisible(!online);
    if (!online)
        statusBar()->showMessage(tr("The network is gone. Transfers pause and continue when it is back."));
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

FirstRunWizard *MainWindow::openFirstRun()
{
    auto *wizard = new FirstRunWizard(m_context.accounts, m_context.buckets, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->accountForm()->setDefaultChecksum(m_settings->preferences().checksum);
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        if (wizard->savedAccount().isEmpty())
            return;
        m_openAfterReady = result == QDialog::Accepted ? wizard->chosenBucket() : QString();
        selectAccount(wizard->savedAccount());
    });
    wizard->show();
    return wizard;
}

void MainWindow::showOrStartInTray()
{
    if (!startsInTray(m_settings->preferences().trayWhileRunning, m_tray->isAvailable()))
        return show();
    m_tray->setVisible(true);
    // The queue of the last session arrives from the journal first: with nothing to do, show up.
    QTimer::singleShot(1500, this, [this] {
        if (m_queue->model()->totals().active == 0)
            show();
    });
}

} // namespace haul
