#include "queuepanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>

#include "errortext.h"
#include "foldertext.h"
#include "sync/folderservice.h"
#include "icons.h"
#include "partbar.h"
#include "progressdelegate.h"
#include "queuemodel.h"
#include "transfermanager.h"

namespace haul {

QueuePanel::QueuePanel(TransferManager *transfers, QWidget *parent)
    : QWidget(parent)
    , m_transfers(transfers)
    , m_model(new QueueModel(this))
    , m_view(new QTreeView(this))
    , m_partsRow(new QWidget(this))
    , m_partsLabel(new QLabel(m_partsRow))
    , m_partBar(new PartBar(m_partsRow))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false); // until a folder row comes (updateDecoration)
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(QueueModel::Progress, new ProgressDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QueueModel::Name, QHeaderView::Stretch);
    header->resizeSection(QueueModel::Destination, 170);
    header->resizeSection(QueueModel::Size, 80);
    header->resizeSection(QueueModel::Progress, 120);
    header->resizeSection(QueueModel::Speed, 90);
    header->resizeSection(QueueModel::TimeLeft, 130);
    header->resizeSection(QueueModel::State, 230);

    auto *partsLayout = new QHBoxLayout(m_partsRow);
    partsLayout->setContentsMargins(0, 0, 0, 0);
    partsLayout->addWidget(m_partsLabel);
    partsLayout->addWidget(m_partBar, 1);
    m_partsRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_partsRow);

    createActions();
    connect(m_transfers, &TransferManager::transfersAdded, m_model, &QueueModel::applyAdded);
    connect(m_transfers, &TransferManager::transfersUpdated, m_model, &QueueModel::applyUpdated);
    connect(m_transfers, &TransferManager::transfersRemoved, m_model, &QueueModel::applyRemoved);
    connect(m_transfers, &TransferManager::partsUpdated, this, &QueuePanel::onPartsUpdated);
    connect(m_model, &QueueModel::dataChanged, this, &QueuePanel::updateActions);
    connect(m_model, &QueueModel::dataChanged, this, &QueuePanel::updatePartsLabel);
    connect(m_model, &QueueModel::rowsRemoved, this, &QueuePanel::onSelectionChanged);
    // The expand arrows' column only while a folder row is there: without one, file names start
    // at the left edge instead of after an empty gap.
    const auto updateDecoration = [this] { m_view->setRootIsDecorated(m_model->hasFolderRows()); };
    connect(m_model, &QueueModel::rowsInserted, this, updateDecoration);
    connect(m_model, &QueueModel::rowsRemoved, this, updateDecoration);
    connect(m_model, &QueueModel::modelReset, this, updateDecoration);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePanel::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueuePanel::updateActions);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &QueuePanel::showContextMenu);
}

void QueuePanel::createActions()
{
    m_pause = new QAction(icon(u"pause"), tr("&Pause"), this);
    m_resume = new QAction(icon(u"resume"), tr("Res&ume"), this);
    m_retry = new QAction(icon(u"retry"), tr("&Retry"), this);
    m_cancel = new QAction(icon(u"cancel"), tr("&Cancel"), this);
    m_copyDetails = new QAction(tr("Copy error &details"), this);
    m_toggle = new QAction(icon(u"pause"), tr("&Pause or resume"), this);
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toggle->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancel);
    addAction(m_toggle);
    connect(m_toggle, &QAction::triggered, this, &QueuePanel::togglePause);
    connect(m_pause, &QAction::triggered, this, [this] { forSelected(Command::Pause); });
    connect(m_resume, &QAction::triggered, this, [this] { forSelected(Command::Resume); });
    connect(m_retry, &QAction::triggered, this, [this] { forSelected(Command::Retry); });
    connect(m_cancel, &QAction::triggered, this, [this] { forSelected(Command::Cancel); });
    connect(m_copyDetails, &QAction::triggered, this, &QueuePanel::copyDetails);
    updateActions();
}

void QueuePanel::setFolderService(FolderService *folders)
{
    m_folders = folders;
    connect(folders, &FolderService::folderAdded, m_model, &QueueModel::applyFolder);
    connect(folders, &FolderService::folderUpdated, m_model, &QueueModel::applyFolder);
    connect(folders, &FolderService::folderFinished, m_model, &QueueModel::applyFolder);
    // Folders an earlier run left unfinished, shown before their account opens and they go on.
    for (const FolderSnapshot &f : folders->waitingFolders())
        m_model->applyFolder(f);
}

QList<TransferId> QueuePanel::selectedIds() const
{
    QList<TransferId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const TransferSnapshot *s = m_model->transferAt(index))
            ids.append(s->id);
    }
    return ids;
}

QList<FolderId> QueuePanel::selectedFolders() const
{
    QList<FolderId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const FolderSnapshot *f = m_model->folderAt(index))
            ids.append(f->id);
    }
    return ids;
}

QModelIndexList QueuePanel::commandRows() const
{
    // By keyboard the row with the focus counts when nothing is selected (Tab into the queue,
    // Space pauses the row under the focus frame).
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().siblingAtColumn(0));
    return rows;
}

void QueuePanel::forSelected(Command command)
{
    for (const QModelIndex &index : commandRows())
        act(index, command);
}

void QueuePanel::act(const QModelIndex &index, Command command)
{
    if (const TransferSnapshot *s = m_model->transferAt(index)) {
        switch (command) {
        case Command::Pause: m_transfers->pause(s->id); break;
        case Command::Resume: m_transfers->resume(s->id); break;
        case Command::Retry: m_transfers->retry(s->id); break;
        case Command::Cancel: m_transfers->cancel(s->id); break;
        }
        return;
    }
    onFolder(index, command);
}

void QueuePanel::onFolder(const QModelIndex &index, Command command)
{
    const FolderSnapshot *f = m_model->folderAt(index);
    if (!f || !m_folders)
        return;
    switch (command) {
    case Command::Pause: return m_folders->pause(f->id);
    case Command::Resume: return m_folders->resume(f->id);
    case Command::Cancel: return m_folders->cancel(f->id);
    case Command::Retry: break;
    }
    // Retry: the folder's files that failed or were cancelled go again.
    for (const TransferSnapshot &s : m_model->filesOf(f->id)) {
        if (s.state == TransferState::Failed || s.state == TransferState::Cancelled)
            m_transfers->retry(s.id);
    }
}

void QueuePanel::togglePause()
{
    for (const QModelIndex &index : commandRows()) {
        const auto state = TransferState(index.data(QueueModel::StateRole).toInt());
        const bool finished = state == TransferState::Verified || state == TransferState::Done
            || state == TransferState::Failed || state == TransferState::Cancelled;
        if (state == TransferState::Paused)
            act(index, Command::Resume);
        else if (!finished)
            act(index, Command::Pause);
    }
}

void QueuePanel::updateActions()
{
    bool canPause = false, canResume = false, canRetry = false, canCancel = false, failed = false;
    for (const QModelIndex &index : commandRows()) {
        // Folder rows answer with the state they are painted like (QueueModel::nearestState).
        const auto state = TransferState(index.data(QueueModel::StateRole).toInt());
        const bool finished = state == TransferState::Verified || state == TransferState::Done
            || state == TransferState::Failed || state == TransferState::Cancelled;
        const FolderSnapshot *folder = m_model->folderAt(index);
        if (folder && folder->state == FolderState::Waiting) { // nothing drives it yet
            canCancel = true;
            continue;
        }
        canPause |= !finished && state != TransferState::Paused;
        canResume |= state == TransferState::Paused;
        canRetry |= state == TransferState::Failed || state == TransferState::Cancelled;
        canCancel |= !finished;
        failed |= state == TransferState::Failed;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_retry->setEnabled(canRetry);
    m_cancel->setEnabled(canCancel);
    m_toggle->setEnabled(canPause || canResume);
    m_copyDetails->setEnabled(failed);
}

void QueuePanel::onSelectionChanged()
{
    updateActions();
    const QList<TransferId> ids = selectedIds();
    const TransferId id = ids.size() == 1 ? ids.first() : 0;
    m_partBar->setTransfer(id);
    m_partsRow->setVisible(id != 0);
    if (isVisible() && id != m_watched) {
        m_watched = id;
        m_transfers->watchParts(id);
    }
    updatePartsLabel();
}

void QueuePanel::onPartsUpdated(const PartsSnapshot &parts)
{
    m_partBar->setParts(parts);
}

void QueuePanel::updatePartsLabel()
{
    const TransferSnapshot *found = m_model->transferAt(m_model->indexOf(m_partBar->transfer()));
    if (!found)
        return m_partsLabel->clear();
    const TransferSnapshot &s = *found;
    const bool succeeded = s.state == TransferState::Verified || s.state == TransferState::Done;
    const int done = succeeded ? s.partCount : s.partsDone;
    m_partsLabel->setText(s.partCount > 0 ? tr("Parts: %1 of %n done", nullptr, s.partCount).arg(done)
                                          : tr("Parts:"));
}

void QueuePanel::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    updateActions();
    QMenu menu(this);
    menu.addAction(m_pause);
    menu.addAction(m_resume);
    menu.addAction(m_retry);
    menu.addSeparator();
    menu.addAction(m_cancel);
    menu.addSeparator();
    menu.addAction(m_copyDetails);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void QueuePanel::copyDetails()
{
    QStringList lines;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const FolderSnapshot *f = m_model->folderAt(index)) {
            if (f->state == FolderState::Failed)
                lines.append(tr("%1: %2 %3").arg(f->localPath, errorSentence(f->error), errorDetails(f->error)));
            for (const FolderIssue &issue : f->issues)
                lines.append(folderIssueLine(issue));
            continue;
        }
        const TransferSnapshot *s = m_model->transferAt(index);
        if (s && s->state == TransferState::Failed)
            lines.append(tr("%1: %2 %3").arg(s->localPath, errorSentence(transferError(*s)), errorDetails(s->error)));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void QueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_watched = m_partBar->transfer();
    m_transfers->watchParts(m_watched);
}

void QueuePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_watched = 0;
    m_transfers->watchParts(0); // panels that are not visible are not updated
}

} // namespace haul
