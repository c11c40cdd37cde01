#include "staleuploadsbar.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPointer>
#include <QPushButton>

#include "accountregistry.h"
#include "messagebar.h"
#include "transfermanager.h"

namespace haul {

StaleUploadsBar::StaleUploadsBar(TransferManager *transfers, AccountRegistry *accounts, QWidget *parent)
    : QWidget(parent)
    , m_transfers(transfers)
    , m_accounts(accounts)
    , m_message(new MessageBar(this))
    , m_cleanUp(new QPushButton(tr("&Clean up"), this))
    , m_notNow(new QPushButton(tr("Not now"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_cleanUp);
    layout->addWidget(m_notNow);
    m_cleanUp->setToolTip(tr("Abort these unfinished uploads on the storage service, so that their parts stop costing storage"));
    m_notNow->setToolTip(tr("Keep them for now; Haul offers this again at the next start"));
    connect(m_cleanUp, &QPushButton::clicked, this, &StaleUploadsBar::cleanUp);
    connect(m_notNow, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_transfers, &TransferManager::staleUploadsFound, this, &StaleUploadsBar::offer);
    connect(m_transfers, &TransferManager::staleUploadsCleanedUp, this, &StaleUploadsBar::onCleanedUp);
    hide();
    if (const QList<StaleUpload> known = m_transfers->staleUploads(); !known.isEmpty())
        offer(known); // found before this bar existed
}

void StaleUploadsBar::offer(const QList<StaleUpload> &uploads)
{
    if (uploads.isEmpty())
        return;
    QStringList buckets;
    for (const StaleUpload &u : uploads) {
        if (!buckets.contains(u.bucket))
            buckets.append(u.bucket);
    }
    m_message->showMessage(
        MessageBar::Kind::Warning,
        tr("Haul left %n unfinished upload(s) on %1. Their parts cost storage until they are cleaned up.",
           nullptr, int(uploads.size()))
            .arg(QLocale().createSeparatedList(buckets)));
    m_cleanUp->setEnabled(true);
    m_cleanUp->show();
    m_notNow->setText(tr("Not now"));
    show();
}

void StaleUploadsBar::cleanUp()
{
    m_cleaning = true;
    m_cleanUp->setEnabled(false);
    m_message->showMessage(MessageBar::Kind::Info, tr("Cleaning up the unfinished uploads…"));
    QStringList accounts;
    for (const StaleUpload &u : m_transfers->staleUploads()) {
        if (!accounts.contains(u.accountName) && !m_accounts->isActive(u.accountName) && m_accounts->contains(u.accountName))
            accounts.append(u.accountName);
    }
    activateNext(accounts);
}

/// The core aborts uploads only of accounts it knows: open them first (one secret at a time).
void StaleUploadsBar::activateNext(QStringList accounts)
{
    if (accounts.isEmpty())
        return m_transfers->cleanUpStaleUploads();
    const QString name = accounts.takeFirst();
    QPointer<StaleUploadsBar> self(this);
    m_accounts->activate(name, [self, accounts](Result<AccountConnection>) {
        if (self)
            self->activateNext(accounts); // one that cannot be opened keeps its uploads
    });
}

void StaleUploadsBar::onCleanedUp(int aborted, const QList<StaleUpload> &left)
{
    if (!m_cleaning)
        return;
    m_cleaning = false;
    m_cleanUp->hide();
    m_notNow->setText(tr("Close"));
    if (left.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Cleaned up %n unfinished upload(s).", nullptr, aborted));
        return;
    }
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("Cleaned up %1; %n unfinished upload(s) could not be cleaned up now "
                              "(the storage service refused or could not be reached). Haul offers "
                              "this again at the next start.", nullptr, int(left.size()))
                               .arg(aborted));
}

} // namespace haul
