#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "accountdialog.h"
#include "accountregistry.h"
#include "appsettings.h"
#include "browseractions.h"
#include "browserpanel.h"
#include "errortext.h"
#include "existingfilesbar.h"
#include "folderquestion.h"
#include "icons.h"
#include "messagebar.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "queuesavebar.h"
#include "staleuploadsbar.h"
#include "sync/folderservice.h"
#include "transfermanager.h"

namespace haul {
namespace {

constexpr int AddAccountRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_browser(new BrowserPanel(context.buckets, this))
    , m_queue(new QueuePanel(context.transfers, this))
    , m_refreshTimer(new QTimer(this))
{
    m_settings = context.settings ? context.settings : new AppSettings(nullptr, this);
    if (!m_context.folders)
        m_context.folders = new FolderService(m_context.transfers, this);
    m_queue->setFolderService(m_context.folders);
    m_questions = new FolderQuestions(m_context.folders, this);
    initResources();
    setWindowTitle(tr("Haul"));
    setWindowIcon(icon(u"haul"));
    setAcceptDrops(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_queue);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    setUpDesktop();
    reloadAccounts();

    connect(m_context.accounts, &AccountRegistry::accountsChanged, this, &MainWindow::reloadAccounts);
    connect(m_browser, &BrowserPanel::locationChanged, this, &MainWindow::onLocationChanged);
    connect(m_browser, &BrowserPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_browser, &BrowserPanel::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_queue->model(), &QueueModel::totalsChanged, this, &MainWindow::onTotalsChanged);
    connect(m_context.transfers, &TransferManager::transferFailed, this, &MainWindow::onTransferFailed);
    connect(m_context.transfers, &TransferManager::transferFinished, this, &MainWindow::onTransferFinished);
    connect(m_context.folders, &FolderService::folderFinished, this, &MainWindow::onFolderFinished);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(700);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_browser->isLoading())
            m_browser->refresh();
    });
    // above the browser: the offer to clean up uploads Haul left unfinished, and the question
    // about downloads whose file is already there
    placeAboveCentralWidget(this, new StaleUploadsBar(m_context.transfers, m_context.accounts, this));
    placeAboveCentralWidget(this, new ExistingFilesBar(m_context.transfers, m_settings, this));
    placeAboveCentralWidget(this, new QueueSaveBar(m_context.transfers, m_context.folders, this));
    resize(1000, 680);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_editAccount = new QAction(icon(u"account"), tr("Account &settings…"), this);
    m_addFiles = new QAction(icon(u"upload"), tr("&Add files…"), this);
    m_addFiles->setToolTip(tr("Upload files to the folder shown (or drop them onto the window)"));
    m_addFiles->setShortcut(QKeySequence::Open);
    m_addFolder = new QAction(icon(u"folder"), tr("Add f&older…"), this);
    m_addFolder->setToolTip(tr("Upload a folder with everything in it to the folder shown"));
    m_addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_download = new QAction(icon(u"download"), tr("&Download…"), this);
    m_download->setToolTip(tr("Download the selected objects and folders"));
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_refresh = new QAction(icon(u"refresh"), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_openLocation = new QAction(tr("&Open a bucket or folder…"), this);
    m_openLocation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openLocation->setToolTip(tr("Type the name of a bucket, with any folders, to open it"));
    connect(m_openLocation, &QAction::triggered, this, &MainWindow::openLocationDialog);
    // Icon only in the toolbar, so every command fits in a 1000-pixel window.
    m_refresh->setPriority(QAction::LowPriority);
    m_editAccount->setPriority(QAction::LowPriority);
    m_newItem = new QAction(icon(u"newbucket"), tr("&New bucket…"), this);
    m_newItem->setShortcut(QKeySequence::New);
    m_pauseAll = new QAction(icon(u"pause"), tr("Pause &all"), this);
    m_resumeAll = new QAction(icon(u"resume"), tr("Resume a&ll"), this);
    m_clearFinished = new QAction(icon(u"clear"), tr("Clear &finished"), this);
    connect(m_editAccount, &QAction::triggered, this, [this] { openAccountDialog(m_account); });
    connect(m_addFiles, &QAction::triggered, this, &MainWindow::addFiles);
    connect(m_addFolder, &QAction::triggered, this, &MainWindow::addFolder);
    connect(m_download, &QAction::triggered, this, &MainWindow::downloadSelected);
    connect(m_refresh, &QAction::triggered, m_browser, &BrowserPanel::refresh);
    connect(m_newItem, &QAction::triggered, this, &MainWindow::newBucketOrFolder);
    connect(m_pauseAll, &QAction::triggered, m_context.transfers, &TransferManager::pauseAll);
    connect(m_resumeAll, &QAction::triggered, m_context.transfers, &TransferManager::resumeAll);
    connect(m_clearFinished, &QAction::triggered, this, [this] {
        m_context.transfers->clearFinished();
        m_context.folders->clearFinished();
        m_queue->model()->removeFinishedFolders();
    });
    m_browserActions = new BrowserActions(m_browser, m_context.buckets, m_context.transfers, this);
    m_browserActions->setWindowActions({m_download});
    connect(m_browserActions, &BrowserActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_browser, &BrowserPanel::uploadRequested, this,
            [this](const QStringList &paths, const QString &bucket, const QString &prefix) {
                queueUploadsTo(paths, bucket, prefix);
            });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountBox = new QComboBox(bar);
    m_accountBox->setMinimumContentsLength(14);
    m_accountBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountBox->setToolTip(tr("The storage account to work with"));
    connect(m_accountBox, &QComboBox::activated, this, &MainWindow::onAccountBoxActivated);
    bar->addWidget(m_accountBox);
    bar->addAction(m_editAccount);
    bar->addSeparator();
    bar->addAction(m_addFiles);
    bar->addAction(m_download);
    bar->addAction(m_newItem);
    bar->addAction(m_refresh);
    bar->addSeparator();
    bar->addAction(m_pauseAll);
    bar->addAction(m_resumeAll);
    bar->addAction(m_clearFinished);
}

void MainWindow::createStatusBar()
{
    m_pendingButton = new QPushButton(icon(u"upload"), QString(), this);
    m_pendingButton->hide();
    connect(m_pendingButton, &QPushButton::clicked, this, &MainWindow::uploadPending);
    m_failedLabel = new QLabel(this);
    m_failedLabel->hide();
    m_totalsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pendingButton);
    statusBar()->addPermanentWidget(m_failedLabel);
    statusBar()->addPermanentWidget(m_totalsLabel);
}

void MainWindow::reloadAccounts()
{
    m_accountBox->clear();
    for (const QString &name : m_context.accounts->names())
        m_accountBox->addItem(icon(u"account"), name, name);
    if (m_accountBox->count() > 0)
        m_accountBox->insertSeparator(m_accountBox->count());
    m_accountBox->addItem(tr("Add account…"));
    m_accountBox->setItemData(m_accountBox->count() - 1, true, AddAccountRole);
    const int current = m_accountBox->findData(m_account);
    m_accountBox->setCurrentIndex(current >= 0 ? current : -1);
}

void MainWindow::onAccountBoxActivated(int index)
{
    if (m_accountBox->itemData(index, AddAccountRole).toBool()) {
        m_accountBox->setCurrentIndex(m_accountBox->findData(m_account));
        openAccountDialog({});
        return;
    }
    selectAccount(m_accountBox->itemData(index).toString());
}

void MainWindow::start(const QString &preferred)
{
    const QStringList names = m_context.accounts->names();
    if (!preferred.isEmpty())
        return selectAccount(preferred);
    if (!names.isEmpty())
        return selectAccount(names.first());
    statusBar()->showMessage(tr("Welcome! Add the account of your storage service to begin."));
    openFirstRun();
}

void MainWindow::selectAccount(const QString &name)
{
    if (name.isEmpty() || name == m_account)
        return;
    m_accountBox->setCurrentIndex(m_accountBox->findData(name));
    statusBar()->showMessage(tr("Opening the account “%1”…").arg(name));
    QPointer<MainWindow> self(this);
    m_context.accounts->activate(name, [self, this, name](Result<AccountConnection> ready) {
        if (!self)
            return;
        if (!ready) {
            const Error error = ready.error();
            statusBar()->showMessage(errorSentence(error) + QLatin1Char(' ') + errorNextStep(error));
            if (error.code == ErrorCode::CredentialsMissing || error.code == ErrorCode::KeychainUnavailable)
                openAccountDialog(name, error);
            Q_EMIT accountFailed(name, error);
            return;
        }
        m_account = name;
        // folder uploads, syncs and downloads an earlier run left unfinished; asked as before
        for (const FolderId id : m_context.folders->resumeFolders(name))
            m_questions->track(id);
        // the bucket chosen at first run, else the account's own bucket (as Cyberduck opens a
        // bookmark's path), else the list of buckets
        const std::optional<Account> account = m_context.accounts->account(name);
        QString bucket = std::exchange(m_openAfterReady, {});
        if (bucket.isEmpty() && account)
            bucket = account->bucket;
        m_browser->setAccount(name, bucket);
        updateActions();
        Q_EMIT accountReady(name);
    });
}

void MainWindow::openAccountDialog(const QString &name, const Error &why)
{
    auto *dialog = new AccountDialog(m_context.accounts, m_context.buckets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty())
        dialog->editAccount(name);
    else
        dialog->setDefaultChecksum(m_settings->preferences().checksum);
    if (!why.ok())
        dialog->showError(why);
    connect(dialog, &AccountDialog::accountSaved, this, [this](const QString &saved) {
        if (saved == m_account)
            m_account.clear(); // settings changed: open it again with them
        selectAccount(saved);
    });
    dialog->open();
}

void MainWindow::onLocationChanged(const QString &bucket, const QString &prefix)
{
    const QString where = bucket.isEmpty() ? m_account : QStringLiteral("%1/%2").arg(bucket, prefix);
    setWindowTitle(where.isEmpty() ? tr("Haul") : tr("%1 — Haul").arg(where));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasAccount = !m_account.isEmpty();
    const bool inBucket = hasAccount && !m_browser->bucket().isEmpty();
    m_editAccount->setEnabled(hasAccount);
    m_addFiles->setEnabled(inBucket);
    m_addFolder->setEnabled(inBucket);
    m_refresh->setEnabled(hasAccount);
    m_openLocation->setEnabled(hasAccount);
    m_newItem->setEnabled(hasAccount);
    m_newItem->setText(inBucket ? tr("&New folder…") : tr("&New bucket…"));
    m_newItem->setIcon(icon(inBucket ? u"newfolder" : u"newbucket"));
    bool downloadable = false;
    for (const BrowserModel::Entry &e : m_browser->selectedEntries())
        downloadable |= e.kind != BrowserModel::Kind::Bucket;
    m_download->setEnabled(downloadable);
    m_pendingButton->setEnabled(inBucket);
}

QString MainWindow::statusText() const
{
    const QString message = statusBar()->currentMessage();
    return message.isEmpty() ? m_totalsLabel->text() : message;
}

} // namespace haul
