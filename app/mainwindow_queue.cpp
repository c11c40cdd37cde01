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
#include "folderdownload.h"
#include "format.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "transfermanager.h"
#include "trayicon.h"
#include "uploadplan.h"

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

} // namespace

QList<TransferId> MainWindow::queueUploads(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    if (m_account.isEmpty() || m_browser->bucket().isEmpty()) {
        statusBar()->showMessage(tr("Open a bucket first, then drop the files onto it."));
        return {};
    }
    return queueUploadsTo(paths, m_browser->bucket(), m_browser->prefix());
}

QList<TransferId> MainWindow::queueUploadsTo(const QStringList &paths, const QString &bucket,
                                             const QString &prefix)
{
    QList<TransferId> ids;
    const QList<UploadGroup> plan = planUploads(paths, prefix);
    const QString storageClass = m_settings->preferences().storageClass;
    for (const UploadGroup &group : plan)
        ids += m_context.transfers->addUploads(m_account, group.files, bucket, group.prefix, storageClass);
    statusBar()->showMessage(tr("%n file(s) queued for s3://%1/%2", nullptr, int(ids.size())).arg(bucket, prefix), 5000);
    return ids;
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
    QStringList keys;
    for (const BrowserModel::Entry &e : entries) {
        if (e.kind == BrowserModel::Kind::Object)
            keys.append(e.key);
        if (e.kind != BrowserModel::Kind::Folder)
            continue;
        auto *walk = new FolderDownload(m_context.buckets, m_context.transfers, this);
        connect(walk, &FolderDownload::finished, this, [this](int, const Error &error) {
            if (!error.ok())
                statusBar()->showMessage(errorSentence(error) + QLatin1Char(' ') + errorNextStep(error));
        });
        walk->start(m_account, m_browser->bucket(), e.key, destDir);
    }
    if (!keys.isEmpty())
        m_context.transfers->addDownloads(m_account, m_browser->bucket(), keys, destDir);
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
    if (t.transfers == 0) {
        m_totalsLabel->clear();
    } else if (t.active == 0) {
        m_totalsLabel->setText(tr("%n transfer(s) finished", nullptr, t.transfers));
    } else {
        QStringList parts;
        if (t.bytesPerSecond > 0)
            parts << format::speed(t.bytesPerSecond);
        parts << tr("%1 to go").arg(format::size(t.bytesLeft()));
        if (const QString eta = format::timeLeft(t.bytesLeft(), t.bytesPerSecond); !eta.isEmpty())
            parts << tr("%1 left", "time").arg(eta);
        m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
    }
    m_failedLabel->setText(tr("%n failed", nullptr, t.failed));
    m_failedLabel->setVisible(t.failed > 0);
    m_failedLabel->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
}

void MainWindow::onTransferFinished(const TransferSnapshot &s)
{
    // An upload into the folder being shown: list it again (once for a burst of uploads).
    const QString folder = s.key.left(s.key.lastIndexOf(QLatin1Char('/')) + 1);
    const bool stored = s.state == TransferState::Verified || s.state == TransferState::Done;
    if (stored && s.direction == Direction::Upload && s.bucket == m_browser->bucket() && folder == m_browser->prefix())
        m_refreshTimer->start();
}

void MainWindow::onTransferFailed(const TransferSnapshot &s)
{
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
    if (!m_quitting && busy && m_settings->preferences().trayWhileRunning && m_tray->isAvailable()) {
        hide();
        m_tray->showMessage(tr("Haul"), tr("Haul keeps transferring in the background."), Notifier::Kind::Finished);
        return event->ignore();
    }
    event->accept();
}

} // namespace haul
