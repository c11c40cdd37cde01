#include "syncpaireditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "accountregistry.h"
#include "bucketservice.h"
#include "messagebar.h"

namespace haul {

SyncPairEditor::SyncPairEditor(AccountRegistry *accounts, BucketService *buckets, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_buckets(buckets)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_account(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_prefix(new QLineEdit(this))
    , m_compare(new QComboBox(this))
    , m_delete(new QCheckBox(tr("&Delete files from the bucket that are no longer in the folder (asks first)"), this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Sync pair"));
    m_folder->setPlaceholderText(tr("The folder on this computer"));
    m_folder->setMinimumWidth(360);
    m_browse->setAccessibleName(tr("Choose the folder"));
    m_account->addItems(m_accounts->names());
    m_bucket->setEditable(true);
    m_bucket->setInsertPolicy(QComboBox::NoInsert);
    m_prefix->setPlaceholderText(tr("Empty: the whole bucket"));
    m_compare->addItem(tr("Size and modification time (fast)"), int(CompareMethod::SizeAndMtime));
    m_compare->addItem(tr("Checksum (reads every file)"), int(CompareMethod::Checksum));
    layOut();
    connect(m_browse, &QPushButton::clicked, this, &SyncPairEditor::browse);
    connect(m_folder, &QLineEdit::textEdited, m_message, &MessageBar::clear); // a refusal is old news
    connect(m_account, &QComboBox::currentIndexChanged, this, &SyncPairEditor::listBuckets);
    connect(m_buckets, &BucketService::bucketsListed, this,
            [this](quint64 request, const QList<BucketInfo> &list, const Error &error) {
                if (request != m_bucketRequest || !error.ok())
                    return;
                const QString typed = m_bucket->currentText();
                m_bucket->clear();
                for (const BucketInfo &b : list)
                    m_bucket->addItem(b.name);
                m_bucket->setCurrentText(typed);
            });
    listBuckets();
}

void SyncPairEditor::layOut()
{
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder on this computer:"), folderRow);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("B&ucket:"), m_bucket);
    form->addRow(tr("Folder &in the bucket:"), m_prefix);
    form->addRow(tr("Co&mpare files by:"), m_compare);
    form->addRow(m_delete);
    // QFormLayout gives the labels as buddies; the folder field sits in a row layout
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncPairEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SyncPairEditor::setPair(const SavedSyncPair &p)
{
    m_folder->setText(QDir::toNativeSeparators(p.pair.localFolder));
    const int account = m_account->findText(p.pair.accountName);
    if (account >= 0)
        m_account->setCurrentIndex(account);
    m_bucket->setCurrentText(p.pair.bucket);
    m_prefix->setText(p.pair.prefix);
    m_compare->setCurrentIndex(m_compare->findData(int(p.method)));
    m_delete->setChecked(p.deleteRemote);
}

SavedSyncPair SyncPairEditor::pair() const
{
    SavedSyncPair p;
    const QString folder = m_folder->text().trimmed();
    p.pair.localFolder = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    p.pair.accountName = m_account->currentText();
    p.pair.bucket = m_bucket->currentText().trimmed();
    QString prefix = m_prefix->text().trimmed();
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    p.pair.prefix = prefix;
    p.method = CompareMethod(m_compare->currentData().toInt());
    p.deleteRemote = m_delete->isChecked();
    return p;
}

bool SyncPairEditor::validate()
{
    const SavedSyncPair p = pair();
    QString problem;
    if (p.pair.localFolder.isEmpty() || !QFileInfo(p.pair.localFolder).isDir())
        problem = tr("Choose a folder on this computer that exists.");
    else if (p.pair.accountName.isEmpty())
        problem = tr("Choose an account. Add one with Account › Add account… first.");
    else if (p.pair.bucket.isEmpty() || p.pair.bucket.contains(QLatin1Char('/')))
        problem = tr("Name the bucket the folder goes to (without “/”).");
    if (problem.isEmpty()) {
        m_message->clear();
        return true;
    }
    m_message->showMessage(MessageBar::Kind::Warning, problem);
    return false;
}

void SyncPairEditor::accept()
{
    if (validate())
        QDialog::accept();
}

void SyncPairEditor::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to sync"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SyncPairEditor::listBuckets()
{
    const QString account = m_account->currentText();
    m_bucketRequest = 0;
    if (!account.isEmpty() && m_accounts->isActive(account))
        m_bucketRequest = m_buckets->listBuckets(account);
}

} // namespace haul
