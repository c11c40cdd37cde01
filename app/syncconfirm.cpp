#include "syncconfirm.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "icons.h"

namespace haul {

DeletionConfirmDialog::DeletionConfirmDialog(const SavedSyncPair &pair, const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_count(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(icon(u"delete"), tr("&Delete %n file(s)", nullptr, int(keys.size())), this))
    , m_keep(new QPushButton(tr("&Keep them"), this))
{
    setWindowTitle(tr("Delete files from the bucket?"));
    auto *intro = new QLabel(tr("These files are in %1 but no longer in the folder “%2”. The sync can delete "
                                "them from the bucket too. Deleted files cannot be brought back.")
                                 .arg(pair.destination(), QDir::toNativeSeparators(pair.pair.localFolder)),
                             this);
    intro->setWordWrap(true);
    m_count->setText(tr("Files to delete: %L1").arg(keys.size()));
    m_list->addItems(keys);
    m_list->setAccessibleName(tr("Files that would be deleted"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformItemSizes(true);
    m_keep->setDefault(true);
    m_keep->setAutoDefault(true);
    m_delete->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_keep, QDialogButtonBox::RejectRole);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_keep, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
    m_keep->setFocus();
}

QString DeletionConfirmDialog::countText() const
{
    return m_count->text();
}

} // namespace haul
