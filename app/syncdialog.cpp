#include "syncdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "icons.h"
#include "messagebar.h"
#include "synccontroller.h"
#include "syncpaireditor.h"
#include "syncpreview.h"

namespace haul {

SyncDialog::SyncDialog(SyncPairStore *store, SyncController *controller, AccountRegistry *accounts,
                       BucketService *buckets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_controller(controller)
    , m_accounts(accounts)
    , m_buckets(buckets)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_preview(new QPushButton(tr("&Preview…"), this))
    , m_sync(new QPushButton(icon(u"upload"), tr("&Sync now"), this))
    , m_result(new MessageBar(this))
{
    setWindowTitle(tr("Sync a folder"));
    m_list->setHeaderLabels({tr("Folder on this computer"), tr("Goes to"), tr("Account"), tr("Deletes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Saved sync pairs"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add->setAccessibleDescription(tr("Add a folder to keep in sync with a bucket"));
    m_remove->setAccessibleDescription(tr("Forget the pair; nothing in the bucket or the folder changes"));
    m_preview->setAccessibleDescription(tr("Show what a sync would do, without sending anything"));
    layOut();
    reload();
    connect(m_store, &SyncPairStore::changed, this, &SyncDialog::reload);
    connect(m_store, &SyncPairStore::notSaved, m_result, &MessageBar::showError);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openEditor(currentPair()); });
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(currentPair()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_store->remove(currentPair()); });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (currentPair() >= 0)
            m_controller->preview(m_store->pairs().at(currentPair()), this);
    });
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (currentPair() >= 0)
            m_controller->syncNow(m_store->pairs().at(currentPair()), this);
    });
    connect(m_controller, &SyncController::syncFinished, this, &SyncDialog::showResult);
    connect(m_controller, &SyncController::message, this,
            [this](const QString &text) { m_result->showMessage(MessageBar::Kind::Info, text); });
}

void SyncDialog::layOut()
{
    auto *intro = new QLabel(tr("Keep a folder on this computer and a folder in a bucket the same: new and "
                                "changed files are uploaded, files already there are not sent again."),
                             this);
    intro->setWordWrap(true);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        side->addWidget(b);
    side->addSpacing(12);
    side->addWidget(m_preview);
    side->addWidget(m_sync);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 380);
}

void SyncDialog::setDefaults(const QString &account, const QString &bucket, const QString &prefix)
{
    m_defaults.pair.accountName = account;
    m_defaults.pair.bucket = bucket;
    m_defaults.pair.prefix = prefix;
}

SyncPairEditor *SyncDialog::openEditor(int index)
{
    const bool adding = index < 0 || index >= m_store->pairs().size();
    auto *editor = new SyncPairEditor(m_accounts, m_buckets, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(adding ? tr("Add a sync pair") : tr("Edit the sync pair"));
    editor->setPair(adding ? m_defaults : m_store->pairs().at(index));
    connect(editor, &QDialog::accepted, this, [this, editor, adding, index] {
        if (adding)
            setCurrentPair(m_store->add(editor->pair()));
        else
            m_store->replace(index, editor->pair());
    });
    editor->open();
    return editor;
}

void SyncDialog::reload()
{
    const int current = currentPair();
    m_list->clear();
    for (const SavedSyncPair &p : m_store->pairs()) {
        auto *item = new QTreeWidgetItem(m_list, {QDir::toNativeSeparators(p.pair.localFolder), p.destination(),
                                                  p.pair.accountName, p.deleteRemote ? tr("after asking") : tr("never")});
        item->setIcon(0, icon(u"folder"));
    }
    setCurrentPair(std::min(current, int(m_store->pairs().size()) - 1));
    if (currentPair() < 0 && !m_store->pairs().isEmpty())
        setCurrentPair(0);
    updateButtons();
}

void SyncDialog::setCurrentPair(int index)
{
    m_list->setCurrentItem(index >= 0 ? m_list->topLevelItem(index) : nullptr);
}

int SyncDialog::currentPair() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void SyncDialog::updateButtons()
{
    const bool chosen = currentPair() >= 0;
    for (QPushButton *b : {m_edit, m_remove, m_preview, m_sync})
        b->setEnabled(chosen);
}

void SyncDialog::showResult(const FolderSnapshot &snapshot, const QString &summary)
{
    MessageBar::Kind kind = MessageBar::Kind::Success;
    if (snapshot.state != FolderState::Finished)
        kind = MessageBar::Kind::Error;
    else if (snapshot.filesFailed > 0)
        kind = MessageBar::Kind::Warning;
    m_result->showMessage(kind, summary);
}

} // namespace haul
