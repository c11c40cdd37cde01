#include "browseractions.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QTreeView>

#include "browserpanel.h"
#include "browserview.h"
#include "bucketservice.h"
#include "deletejob.h"
#include "errortext.h"
#include "folderrename.h"
#include "icons.h"
#include "messagebar.h"
#include "objectdetails.h"
#include "objectdragdata.h"
#include "restoredialog.h"
#include "s3/types.h"
#include "sharedialog.h"

namespace haul {

namespace {

/// What Restore from archive would ask for: the archived objects and the folders selected.
struct RestoreTargets {
    QStringList keys;
    QStringList prefixes;
    bool isEmpty() const { return keys.isEmpty() && prefixes.isEmpty(); }
};

RestoreTargets restoreTargets(const QList<BrowserModel::Entry> &selected)
{
    RestoreTargets t;
    for (const BrowserModel::Entry &e : selected) {
        if (e.kind == BrowserModel::Kind::Folder)
            t.prefixes.append(e.key);
        else if (e.kind == BrowserModel::Kind::Object && isArchiveStorageClass(e.storageClass))
            t.keys.append(e.key);
    }
    return t;
}

} // namespace

BrowserActions::BrowserActions(BrowserPanel *panel, BucketService *buckets, TransferManager *transfers,
                               QWidget *window)
    : QObject(window)
    , m_panel(panel)
    , m_buckets(buckets)
    , m_transfers(transfers)
    , m_window(window)
    , m_details(new QAction(icon(u"details"), tr("De&tails…"), this))
    , m_share(new QAction(icon(u"share"), tr("&Share link…"), this))
    , m_rename(new QAction(icon(u"rename"), tr("Re&name…"), this))
    , m_delete(new QAction(icon(u"delete"), tr("De&lete…"), this))
    , m_restore(new QAction(tr("Restore from &archive…"), this))
    , m_stagingRoot(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag"))
{
    m_details->setToolTip(tr("Size, dates, checksum and metadata of the selected object"));
    m_share->setToolTip(tr("Copy a link that lets anyone download the selected file for a while"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected objects and folders (asks first)"));
    for (QAction *a : {m_details, m_share, m_rename, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setPriority(QAction::LowPriority);
        m_panel->view()->addAction(a);
        m_panel->addToolAction(a);
    }
    connect(m_details, &QAction::triggered, this, &BrowserActions::showDetails);
    connect(m_share, &QAction::triggered, this, &BrowserActions::shareSelected);
    connect(m_rename, &QAction::triggered, this, &BrowserActions::renameSelected);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(); });
    m_restore->setToolTip(tr("Ask for archived files (Glacier, Deep Archive) to be restored, so they can be downloaded"));
    m_panel->view()->addAction(m_restore);
    connect(m_restore, &QAction::triggered, this, [this] { restoreSelected(); });
    connect(m_buckets, &BucketService::restoreProgress, this, [this](quint64 request, int answered, int total) {
        if (request == m_restoreRequest)
            Q_EMIT statusMessage(tr("Asking for the restore: %1 of %Ln file(s) answered…", nullptr, total)
                                     .arg(QLocale().toString(answered)));
    });
    connect(m_buckets, &BucketService::objectsRestored, this, &BrowserActions::onObjectsRestored);
    connect(m_buckets, &BucketService::objectCopied, this, &BrowserActions::onObjectCopied);
    connect(m_panel, &BrowserPanel::selectionChanged, this, &BrowserActions::updateEnabled);
    connect(m_panel, &BrowserPanel::locationChanged, this, &BrowserActions::updateEnabled);

    attachToView(m_panel->view());
    updateEnabled();
}

void BrowserActions::attachToView(QTreeView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        QMenu *menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(at));
    });
    if (auto *browserView = qobject_cast<BrowserView *>(view))
        browserView->setDragSource([this](const QList<int> &rows) { return dragData(rows); });
}

void BrowserActions::updateEnabled()
{
    const QList<BrowserModel::Entry> selected = m_panel->selectedEntries();
    const bool one = selected.size() == 1;
    const bool oneObject = one && selected.first().kind == BrowserModel::Kind::Object;
    bool deletable = !selected.isEmpty();
    for (const BrowserModel::Entry &e : selected)
        deletable &= e.kind != BrowserModel::Kind::Bucket;
    m_details->setEnabled(one && selected.first().kind != BrowserModel::Kind::Bucket);
    m_share->setEnabled(oneObject);
    const bool renaming = m_renameRequest != 0 || m_folderRename;
    m_rename->setEnabled(one && selected.first().kind != BrowserModel::Kind::Bucket && !renaming);
    m_delete->setEnabled(deletable && !m_deleteJob);
    m_restore->setEnabled(!restoreTargets(selected).isEmpty() && m_restoreRequest == 0);
}

QMenu *BrowserActions::contextMenu() const
{
    auto *menu = new QMenu(m_panel);
    menu->addActions(m_windowActions);
    if (!m_windowActions.isEmpty())
        menu->addSeparator();
    menu->addActions({m_details, m_share, m_rename});
    if (m_restore->isEnabled())
        menu->addAction(m_restore);
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

void BrowserActions::showDetails()
{
    const QList<BrowserModel::Entry> selected = m_panel->selectedEntries();
    if (selected.size() != 1)
        return;
    auto *dialog = new ObjectDetails(m_buckets, m_panel->account(), m_panel->bucket(), selected.first(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void BrowserActions::shareSelected()
{
    const QList<BrowserModel::Entry> selected = m_panel->selectedEntries();
    if (selected.size() != 1 || selected.first().kind != BrowserModel::Kind::Object)
        return;
    auto *dialog = new ShareDialog(m_buckets, m_panel->account(), m_panel->bucket(), selected.first().key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareDialog::linkCopied, this, [this] { Q_EMIT statusMessage(tr("Share link copied.")); });
    dialog->show();
}

QDialog *BrowserActions::restoreSelected()
{
    const RestoreTargets targets = restoreTargets(m_panel->selectedEntries());
    if (targets.isEmpty() || m_restoreRequest != 0)
        return nullptr;
    QString what;
    if (targets.keys.size() + targets.prefixes.size() > 1)
        what = tr("the selection");
    else if (!targets.keys.isEmpty())
        what = tr("“%1”").arg(targets.keys.first().section(QLatin1Char('/'), -1));
    else
        what = tr("the folder “%1” and its sub-folders").arg(targets.prefixes.first().chopped(1).section(QLatin1Char('/'), -1));
    auto *dialog = new RestoreDialog(what, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString account = m_panel->account();
    const QString bucket = m_panel->bucket();
    connect(dialog, &QDialog::accepted, this, [=, this] {
        if (m_restoreRequest != 0)
            return;
        m_restoreTier = dialog->tier();
        m_restoreRequest = m_buckets->restoreObjects(account, bucket, targets.keys, targets.prefixes, dialog->days(),
                                                     m_restoreTier);
        Q_EMIT statusMessage(tr("Looking for archived files…"));
        updateEnabled();
    });
    dialog->show();
    return dialog;
}

void BrowserActions::onObjectsRestored(quint64 request, const RestoreSummary &summary, const Error &error)
{
    if (request != m_restoreRequest)
        return;
    m_restoreRequest = 0;
    updateEnabled();
    MessageBar *bar = m_panel->messageBar();
    if (!error.ok()) {
        bar->showError(error);
        Q_EMIT statusMessage(errorSentence(error));
        return;
    }
    QStringList sentences;
    if (summary.started > 0)
        sentences << tr("Restore asked for %Ln file(s); it takes %1. Download them once it is done.", nullptr,
                        summary.started).arg(RestoreDialog::tierTime(m_restoreTier));
    if (summary.inProgress > 0)
        sentences << tr("%Ln file(s) were being restored already.", nullptr, summary.inProgress);
    if (summary.alreadyRestored > 0)
        sentences << tr("%Ln file(s) are restored already and can be downloaded now.", nullptr, summary.alreadyRestored);
    MessageBar::Kind kind = MessageBar::Kind::Success;
    QStringList details; // the tooltip: every failure
    if (!summary.failures.isEmpty()) {
        kind = MessageBar::Kind::Warning;
        for (const auto &[key, e] : summary.failures)
            details.append(QStringLiteral("%1: %2").arg(key, e.technical()));
        const auto &[key, e] = summary.failures.first();
        sentences << tr("%Ln file(s) could not be restored, the first: “%1”. %2", nullptr, int(summary.failures.size()))
                         .arg(key, errorSentence(e));
    } else if (sentences.isEmpty()) {
        kind = MessageBar::Kind::Info;
        sentences << tr("Nothing there is archived: it can be downloaded as it is.");
    }
    const QString text = sentences.join(QLatin1Char(' '));
    bar->showMessage(kind, text, details.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(text);
}

void BrowserActions::renameSelected()
{
    const QList<BrowserModel::Entry> selected = m_panel->selectedEntries();
    if (selected.size() != 1 || selected.first().kind == BrowserModel::Kind::Bucket)
        return;
    const BrowserModel::Entry entry = selected.first();
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename"));
    dialog->setLabelText(entry.kind == BrowserModel::Kind::Folder
                             ? tr("New name for the folder “%1” (everything in it is copied on the server, then "
                                  "the originals are deleted):").arg(entry.name)
                             : tr("New name for “%1”:").arg(entry.name));
    dialog->setTextValue(entry.name);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, entry](const QString &name) { renameTo(entry, name.trimmed()); });
    dialog->open();
}

QString BrowserActions::renameProblem(const BrowserModel::Entry &entry, const QString &name) const
{
    if (name.isEmpty())
        return tr("The new name is empty.");
    if (name == entry.name)
        return tr("The new name is the same as the old one.");
    if (entry.kind == BrowserModel::Kind::Folder && name.contains(QLatin1Char('/')))
        return tr("A folder name cannot contain “/”.");
    if (name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/')))
        return tr("A file name cannot begin or end with “/”.");
    const QString slash = entry.kind == BrowserModel::Kind::Folder ? QStringLiteral("/") : QString(); // a folder's key ends in '/'
    if (isKeyTooLong(m_panel->prefix() + name + slash))
        return tr("The new name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.");
    const BrowserModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).name == name)
            return tr("“%1” is already in this folder.").arg(name);
    }
    return {};
}

void BrowserActions::renameTo(const BrowserModel::Entry &entry, const QString &newName)
{
    if (const QString problem = renameProblem(entry, newName); !problem.isEmpty()) {
        m_panel->messageBar()->showMessage(MessageBar::Kind::Warning, problem);
        return;
    }
    if (entry.kind == BrowserModel::Kind::Folder)
        return renameFolder(entry, newName);
    m_renameText = tr("Renamed “%1” to “%2”.").arg(entry.name, newName);
    Q_EMIT statusMessage(tr("Renaming “%1” to “%2”…").arg(entry.name, newName));
    m_renameRequest = m_buckets->copyObject(m_panel->account(), m_panel->bucket(), entry.key, m_panel->bucket(),
                                            m_panel->prefix() + newName, true);
    updateEnabled();
}

void BrowserActions::renameFolder(const BrowserModel::Entry &entry, const QString &newName)
{
    m_renameText = tr("Renamed the folder “%1” to “%2”.").arg(entry.name, newName);
    m_folderRename = new FolderRename(m_buckets, m_panel->account(), m_panel->bucket(), entry.key,
                                      m_panel->prefix() + newName + QLatin1Char('/'), this);
    connect(m_folderRename, &FolderRename::progress, this, &BrowserActions::statusMessage);
    connect(m_folderRename, &FolderRename::finished, this, &BrowserActions::onFolderRenamed);
    updateEnabled();
    m_folderRename->start();
}

void BrowserActions::onFolderRenamed(int, const QStringList &failed, const Error &error)
{
    m_folderRename = nullptr;
    updateEnabled();
    if (error.ok() && failed.isEmpty())
        return renamed(m_renameText);
    m_panel->refresh();
    if (!failed.isEmpty())
        m_panel->messageBar()->showMessage(MessageBar::Kind::Warning,
            tr("%Ln object(s) could not be moved and stayed where they were, the first: “%1”.", nullptr,
               int(failed.size())).arg(failed.first()),
            error.ok() ? QString() : errorToolTip(error));
    else
        m_panel->messageBar()->showError(error);
    Q_EMIT folderChanged();
}

void BrowserActions::renamed(const QString &outcome)
{
    Q_EMIT statusMessage(outcome);
    m_panel->refresh();
    m_panel->messageBar()->showMessage(MessageBar::Kind::Success, outcome);
    Q_EMIT folderChanged();
}

void BrowserActions::onObjectCopied(quint64 request, const ObjectHead &, const Error &error)
{
    if (request != m_renameRequest)
        return;
    m_renameRequest = 0;
    updateEnabled();
    if (error.ok())
        return renamed(m_renameText);
    m_panel->refresh();
    m_panel->messageBar()->showError(error);
    Q_EMIT statusMessage(errorSentence(error));
    Q_EMIT folderChanged();
}

DeleteJob *BrowserActions::deleteSelected()
{
    const QList<BrowserModel::Entry> selected = m_panel->selectedEntries();
    if (selected.isEmpty() || m_deleteJob || m_panel->bucket().isEmpty())
        return nullptr;
    m_deleteJob = new DeleteJob(m_buckets, m_panel->account(), m_panel->bucket(), selected, m_window);
    connect(m_deleteJob, &DeleteJob::progress, this, &BrowserActions::statusMessage);
    connect(m_deleteJob, &DeleteJob::finished, this, &BrowserActions::onDeleteFinished);
    updateEnabled();
    m_deleteJob->start();
    return m_deleteJob;
}

void BrowserActions::onDeleteFinished(int deleted, const QList<DeleteFailure> &failures, const Error &error,
                                      bool cancelled)
{
    m_deleteJob = nullptr;
    updateEnabled();
    if (cancelled) {
        Q_EMIT statusMessage(tr("Nothing was deleted."));
        return;
    }
    m_panel->refresh(); // first: listing again clears the message line
    if (!error.ok())
        m_panel->messageBar()->showError(error);
    if (!failures.isEmpty()) {
        QStringList lines;
        for (const DeleteFailure &f : failures)
            lines.append(QStringLiteral("%1: %2 %3").arg(f.key, f.code, f.message));
        m_panel->messageBar()->showMessage(MessageBar::Kind::Warning,
            tr("%Ln file(s) could not be deleted, the first: “%1” (%2).", nullptr, int(failures.size()))
                .arg(failures.first().key, failures.first().code), lines.join(QLatin1Char('\n')));
    }
    const QString outcome = tr("%Ln file(s) deleted.", nullptr, deleted);
    Q_EMIT statusMessage(outcome);
    if (error.ok() && failures.isEmpty())
        m_panel->messageBar()->showMessage(MessageBar::Kind::Success, outcome);
    Q_EMIT folderChanged();
}

QMimeData *BrowserActions::dragData(const QList<int> &rows)
{
    QList<BrowserModel::Entry> entries;
    QStringList keys;
    for (int row : rows) {
        entries.append(m_panel->model()->entry(row));
        keys.append(entries.last().key);
    }
    const QString account = m_panel->account();
    const QString bucket = m_panel->bucket();
    auto fetch = [transfers = m_transfers, account, bucket, keys, root = m_stagingRoot] {
        return stageDownloads(transfers, account, bucket, keys, root, 10 * 60 * 1000);
    };
    auto *data = new ObjectDragData(bucket, entries, m_dragLimit, fetch);
    if (!data->offersFiles())
        Q_EMIT statusMessage(
            tr("Only files up to %1 in all can be dragged out of Haul; use Download… for folders and big files.")
                .arg(QLocale().formattedDataSize(m_dragLimit)));
    return data;
}

} // namespace haul
