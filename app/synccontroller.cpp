#include "synccontroller.h"

#include <QWidget>

#include "accountregistry.h"
#include "appsettings.h"
#include "errortext.h"
#include "sync/folderservice.h"
#include "syncconfirm.h"
#include "syncpreview.h"

namespace haul {

SyncController::SyncController(FolderService *folders, AccountRegistry *accounts, AppSettings *settings,
                               QObject *parent)
    : QObject(parent)
    , m_folders(folders)
    , m_accounts(accounts)
    , m_settings(settings)
{
    connect(m_folders, &FolderService::planReady, this, &SyncController::onPlanReady);
    connect(m_folders, &FolderService::deletionsProposed, this, &SyncController::onDeletionsProposed);
    connect(m_folders, &FolderService::folderFinished, this, &SyncController::onFolderFinished);
}

template <typename F>
void SyncController::withAccount(const SavedSyncPair &pair, F start)
{
    const QString name = pair.pair.accountName;
    if (m_accounts->isActive(name))
        return start();
    QPointer<SyncController> self(this);
    m_accounts->activate(name, [self, this, name, start](Result<AccountConnection> ready) {
        if (!self)
            return;
        if (!ready) {
            Q_EMIT message(tr("The account “%1” cannot be used: %2 %3")
                               .arg(name, errorSentence(ready.error()), errorNextStep(ready.error())));
            return;
        }
        start();
    });
}

FolderOptions SyncController::optionsFor(const SavedSyncPair &pair) const
{
    FolderOptions options;
    options.existing = ExistingFiles::SkipIdentical;
    options.method = pair.method;
    if (m_settings) {
        options.storageClass = m_settings->preferences().storageClass;
        options.followSymlinks = m_settings->preferences().followLinks;
    }
    return options;
}

SyncPreviewDialog *SyncController::preview(const SavedSyncPair &pair, QWidget *parent)
{
    auto *dialog = new SyncPreviewDialog(pair, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncPreviewDialog::syncRequested, this,
            [this, parent = QPointer<QWidget>(parent)](const SavedSyncPair &p) { syncNow(p, parent); });
    dialog->show();
    QPointer<SyncPreviewDialog> guarded(dialog);
    withAccount(pair, [this, pair, guarded, parent = QPointer<QWidget>(parent)] {
        const FolderId id = m_folders->sync(pair.pair, true, optionsFor(pair));
        m_runs.insert(id, Run{pair, parent, guarded, true});
    });
    return dialog;
}

void SyncController::syncNow(const SavedSyncPair &pair, QWidget *parent)
{
    if (isRunning(pair))
        return Q_EMIT message(tr("The folder “%1” is being synced already.").arg(pair.folderName()));
    withAccount(pair, [this, pair, parent = QPointer<QWidget>(parent)] {
        const FolderId id = m_folders->sync(pair.pair, false, optionsFor(pair));
        m_runs.insert(id, Run{pair, parent, {}, false});
        Q_EMIT message(tr("Syncing “%1” to %2…").arg(pair.folderName(), pair.destination()));
    });
}

bool SyncController::isRunning(const SavedSyncPair &pair) const
{
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (it.value().pair == pair && !it.value().dryRun)
            return true;
    }
    return false;
}

void SyncController::onPlanReady(const FolderPlan &plan)
{
    const Run run = m_runs.value(plan.id);
    if (run.preview)
        run.preview->setPlan(plan);
}

void SyncController::onDeletionsProposed(quint64 id, const QStringList &keys)
{
    if (!m_runs.contains(id))
        return;
    Run &run = m_runs[id];
    if (!run.pair.deleteRemote) {
        run.kept = keys.size();
        return m_folders->declineDeletions(id);
    }
    // under the dialog that started the sync, or the window when that one was closed since
    QWidget *parent = run.parent && run.parent->isVisible() ? run.parent.data() : qobject_cast<QWidget *>(this->parent());
    auto *dialog = new DeletionConfirmDialog(run.pair, keys, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id, count = keys.size()](int result) {
        if (result == QDialog::Accepted)
            return m_folders->confirmDeletions(id);
        if (m_runs.contains(id))
            m_runs[id].kept = count;
        m_folders->declineDeletions(id);
    });
    dialog->open();
    Q_EMIT deletionQuestionOpened(dialog);
}

void SyncController::onFolderFinished(const FolderSnapshot &snapshot)
{
    if (!m_runs.contains(snapshot.id))
        return;
    const Run run = m_runs.take(snapshot.id);
    if (run.dryRun) {
        if (run.preview && snapshot.state == FolderState::Failed)
            run.preview->showError(snapshot.error);
        return;
    }
    Q_EMIT syncFinished(snapshot, summaryText(run.pair, snapshot, run.kept));
}

QString SyncController::summaryText(const SavedSyncPair &pair, const FolderSnapshot &s, qint64 kept)
{
    if (s.state == FolderState::Failed)
        return tr("The sync of “%1” failed: %2 %3")
            .arg(pair.folderName(), errorSentence(s.error), errorNextStep(s.error));
    if (s.state == FolderState::Cancelled)
        return tr("The sync of “%1” was cancelled.").arg(pair.folderName());
    const qint64 sent = s.filesDone - s.filesSkipped;
    QString text = tr("Sync of “%1” to %2 finished: %L3 sent, %L4 already there, %L5 deleted, %L6 failed.")
                       .arg(pair.folderName(), pair.destination())
                       .arg(sent)
                       .arg(s.filesSkipped)
                       .arg(s.deleted)
                       .arg(s.filesFailed);
    if (kept > 0)
        text += QLatin1Char(' ') + tr("Kept in the bucket although gone from the folder: %L1.").arg(kept);
    return text;
}

} // namespace haul
