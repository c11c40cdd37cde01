// MainWindow, continued: queuing uploads and downloads, drops, totals and failures.
#include "mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include "appsettings.h"
#include "browserpanel.h"
#include "errortext.h"
#include "folderquestion.h"
#include "format.h"
#include "icons.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sync/folderservice.h"
#include "transfermanager.h"
#include "trayicon.h"

namespace haul {
namespace {

/// The local files among dropped URLs.
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

/// "When a file exists" for folders: ask (identical files are skipped, changed ones asked
/// about), overwrite, or skip identical ones and send the changed ones.
ExistingFiles existingFilesFor(ExistingFile preference)
{
    switch (preference) {
    case ExistingFile::Ask: return ExistingFiles::Ask;
    case ExistingFile::Overwrite: return ExistingFiles::Overwrite;
    case ExistingFile::SkipIfIdentical: return ExistingFiles::SkipIdentical;
    }
    return ExistingFiles::SkipIdentical;
}

} // namespace

FolderOptions MainWindow::folderOptions() const
{
    FolderOptions options;
    options.existing = existingFilesFor(m_settings->preferences().existingFile);
    options.storageClass = m_settings->preferences().storageClass;
    options.followSymlinks = m_settings->preferences().followLinks;
    return options;
}

QueuedUploads MainWindow::queueUploads(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    if (m_account.isEmpty() || m_browser->bucket().isEmpty()) {
        statusBar()->showMessage(tr("Open a bucket first, then drop the files onto it."));
        return {};
    }
    return queueUploadsTo(paths, m_browser->bucket(), m_browser->prefix());
}

QueuedUploads MainWindow::queueUploadsTo(const QStringList &paths, const QString &bucket, const QString &prefix,
                                         const FolderOptions &options)
{
    // Files go as they are; each folder is one folder transfer (one row in the queue) that
    // arrives as itself under prefix and skips what the bucket already has.
    QueuedUploads queued;
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        queued.folders.append(m_context.folders->upload(m_account, {path}, bucket, prefix, options));
        m_questions->track(queued.folders.last());
    }
    if (!files.isEmpty())
        queued.files = m_context.transfers->addUploads(m_account, files, bucket, prefix, options.storageClass);
    const QString where = QStringLiteral("s3://%1/%2").arg(bucket, prefix);
    if (queued.folders.isEmpty())
        statusBar()->showMessage(tr("%n file(s) queued for %1", nullptr, int(queued.files.size())).arg(where), 5000);
    else
        statusBar()->showMessage(tr("%n folder(s) and %1 queued for %2", nullptr, int(queued.folders.size()))
                                     .arg(tr("%n file(s)", nullptr, int(queued.files.size())), where), 5000);
    return queued;
}

QueuedUploads MainWindow::queueUploadsTo(const QStringList &paths, const QString &bucket, const QString &prefix)
{
    return queueUploadsTo(paths, bucket, prefix, folderOptions());
}

void MainWindow::addPendingUploads(const QStringList &paths)
{
    m_pendingUploads += paths;
    m_pendingButton->setText(tr("Upload %n file(s) here", nullptr, int(m_pendingUploads.size())));
    m_pendingButton->setToolTip(m_pendingUploads.join(QLatin1Char('\n')));
    m_pendingButton->setVisible(!m_pendingUploads.isEmpty());
    statusBar()->showMessage(tr("Open the bucket and folder the %n file(s) should go to, then click “Upload here”.",
                                nullptr, int(m_pendingUploads.size())));
    updateActions();
}

void MainWindow::uploadPending()
{
    if (queueUploads(m_pendingUploads).isEmpty() && !m_pendingUploads.isEmpty())
        return;
    m_pendingUploads.clear();
    m_pendingButton->hide();
}

void MainWindow::queueDownloads(const QList<BrowserModel::Entry> &entries, const QString &destDir)
{
    // A folder becomes destDir/<its name>/…, one row in the queue (FolderService keeps keys
    // that would lead outside it from being written, and reports them).
    QStringList keys;
    QList<qint64> sizes; // as listed: the queued rows and the totals show them before they start
    for (const BrowserModel::Entry &e : entries) {
        if (e.kind == BrowserModel::Kind::Object) {
            keys.append(e.key);
            sizes.append(e.size);
        }
        if (e.kind == BrowserModel::Kind::Folder)
            m_questions->track(m_context.folders->download(m_account, m_browser->bucket(), e.key, destDir, folderOptions()));
    }
    if (!keys.isEmpty())
        m_context.transfers->addDownloads(m_account, m_browser->bucket(), keys, destDir, sizes);
}

void MainWindow::addFiles()
{
    // Window-modal, not a nested event loop: the queue keeps updating behind it.
    auto *dialog = new QFileDialog(this, tr("Upload files"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) { queueUploads(files); });
    dialog->open();
}

void MainWindow::addFolder()
{
    auto *dialog = new QFileDialog(this, tr("Upload a folder"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        if (!dir.isEmpty())
            queueUploads({dir});
    });
    dialog->open();
}

void MainWindow::downloadSelected()
{
    const QList<BrowserModel::Entry> entries = m_browser->selectedEntries();
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("Select the objects or folders to download first."));
        return;
    }
    if (m_lastDownloadDir.isEmpty())
        m_lastDownloadDir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new QFileDialog(this, tr("Download to folder"), m_lastDownloadDir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, entries](const QString &dir) {
        if (dir.isEmpty())
            return;
        m_lastDownloadDir = dir;
        queueDownloads(entries, dir);
    });
    dialog->open();
}

void MainWindow::newBucketOrFolder()
{
    const bool inBucket = !m_browser->bucket().isEmpty();
    bool ok = false;
    const QString name = QInputDialog::getText(this, inBucket ? tr("New folder") : tr("New bucket"),
        inBucket ? tr("Folder name:") : tr("Bucket name (lower-case letters, digits, dots, hyphens):"),
        QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (inBucket)
        m_browser->addFolder(name);
    else
        m_browser->createBucket(name);
}

void MainWindow::onTotalsChanged(const QueueTotals &t)
{
    if (t.transfers == 0 && t.skipped == 0 && t.active == 0) { // empty, or folders waiting
        m_totalsLabel->clear();
    } else if (t.active == 0) {
        QString text = tr("%n transfer(s) finished", nullptr, t.transfers);
        if (t.skipped > 0) // files of folders that were not sent again
            text += tr(", %n already there", nullptr, int(t.skipped));
        m_totalsLabel->setText(text);
    } else {
        QStringList parts;
        if (t.bytesPerSecond > 0)
            parts << format::speed(t.bytesPerSecond);
        if (t.bytesLeft() > 0) // nothing known to move yet: a folder comparing or waiting
            parts << tr("%1 to go").arg(format::size(t.bytesLeft()));
        if (const QString eta = format::timeLeft(t.bytesLeft(), t.bytesPerSecond); !eta.isEmpty())
            parts << tr("%1 left", "time").arg(eta);
        m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
    }
    m_failedLabel->setText(tr("%n failed", nullptr, t.failed));
    m_failedLabel->setVisible(t.failed > 0);
    m_failedLabel->setStyleSheet(darkPalette() ? QStringLiteral("color: #f07b6e; font-weight: bold;")
                                               : QStringLiteral("color: #c0392b; font-weight: bold;"));
}

void MainWindow::onTransferFinished(const TransferSnapshot &s)
{
    // An upload into the folder being shown: list it again (once for a burst of uploads).
    const QString folder = s.key.left(s.key.lastIndexOf(QLatin1Char('/')) + 1);
    const bool stored = s.state == TransferState::Verified || s.state == TransferState::Done;
    if (stored && s.direction == Direction::Upload && s.bucket == m_browser->bucket() && folder == m_browser->prefix())
        m_refreshTimer->start();
}

void MainWindow::onFolderFinished(const FolderSnapshot &f)
{
    // A folder uploaded into the folder shown appears there; problems are named in the row.
    if (f.kind == FolderKind::Upload && f.bucket == m_browser->bucket() && f.prefix == m_browser->prefix())
        m_refreshTimer->start();
    const QString name = QFileInfo(f.localPath).fileName();
    if (f.state == FolderState::Failed)
        statusBar()->showMessage(tr("“%1” failed: %2").arg(name, errorSentence(f.error)));
    else if (f.filesFailed > 0)
        statusBar()->showMessage(tr("“%1”: %n file(s) could not be transferred; the queue row lists them.", nullptr,
                                    int(f.filesFailed)).arg(name));
}

void MainWindow::onTransferFailed(const TransferSnapshot &s)
{
    if (awaitsAnswer(s))
        return; // the existing-files bar asks
    const QString name = QFileInfo(s.direction == Direction::Upload ? s.localPath : s.key).fileName();
    statusBar()->showMessage(tr("“%1” failed: %2").arg(name, errorSentence(transferError(s))));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    queueUploads(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With "minimised to the tray while transfers run", closing hides the window until the
    // queue is done. Otherwise the queue is journaled: unfinished transfers continue at the next start.
    const bool busy = m_queue->model()->totals().active > 0;
    if (closeHidesToTray(m_settings->preferences().trayWhileRunning, m_tray->isAvailable(), busy, m_quitting)) {
        hide();
        m_tray->showMessage(tr("Haul"), tr("Haul keeps transferring in the background."), Notifier::Kind::Finished);
        return event->ignore();
    }
    event->accept();
}

} // namespace haul
